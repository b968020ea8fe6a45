#include "graph/export/svg_renderer.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <vector>

extern char** environ;

namespace annals {
namespace {

// A file descriptor closed when it goes out of scope.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  int* out() { return &fd_; }

 private:
  int fd_ = -1;
};

// The three streams of the child: [0] is the parent's end, [1] the child's.
// stdin is a socket pair so the parent can write with MSG_NOSIGNAL: a dot
// that dies early must give an error, not SIGPIPE for all of annals.
struct ChildStreams {
  Fd in[2], out[2], err[2];

  Status Open() {
    int s[2], o[2], e[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s) != 0 || ::pipe2(o, O_CLOEXEC) != 0 ||
        ::pipe2(e, O_CLOEXEC) != 0) {
      return Status::IoError("cannot create pipes for Graphviz");
    }
    *in[0].out() = s[0], *in[1].out() = s[1];
    *out[0].out() = o[0], *out[1].out() = o[1];
    *err[0].out() = e[0], *err[1].out() = e[1];
    return Status::Ok();
  }
};

Status Spawn(const std::string& path, const std::string& format, ChildStreams& io, pid_t* pid) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, io.in[1].get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, io.out[1].get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, io.err[1].get(), STDERR_FILENO);
  std::string flag = "-T" + format;
  std::vector<char*> argv = {const_cast<char*>(path.c_str()), flag.data(), nullptr};
  int rc = posix_spawn(pid, path.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  io.in[1].reset(), io.out[1].reset(), io.err[1].reset();  // else we never see EOF
  if (rc != 0) return Status::IoError("cannot run Graphviz: " + std::string(strerror(rc)), path);
  return Status::Ok();
}

bool Drain(int fd, std::string* into) {
  char buf[65536];
  ssize_t n = ::read(fd, buf, sizeof buf);
  if (n > 0) into->append(buf, static_cast<std::size_t>(n));
  return n > 0 || (n < 0 && errno == EINTR);
}

// Feeds `input` and collects stdout and stderr until both close, or the
// deadline passes (false).
bool Exchange(ChildStreams& io, const std::string& input, std::string* out, std::string* err,
              std::chrono::steady_clock::time_point deadline) {
  std::size_t sent = 0;
  if (input.empty()) io.in[0].reset();
  while (io.out[0].get() >= 0 || io.err[0].get() >= 0) {
    pollfd fds[3] = {{io.in[0].get(), POLLOUT, 0}, {io.out[0].get(), POLLIN, 0}, {io.err[0].get(), POLLIN, 0}};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    if (::poll(fds, 3, static_cast<int>(left.count())) < 0 && errno != EINTR) return false;
    if (fds[0].revents) {
      ssize_t n = ::send(io.in[0].get(), input.data() + sent, input.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) sent += static_cast<std::size_t>(n);
      if (n < 0 && errno != EINTR && errno != EAGAIN) sent = input.size();  // dot stopped reading
      if (sent == input.size()) io.in[0].reset();
    }
    if (fds[1].revents && !Drain(io.out[0].get(), out)) io.out[0].reset();
    if (fds[2].revents && !Drain(io.err[0].get(), err)) io.err[0].reset();
  }
  return true;
}

}  // namespace

std::string FindProgram(const std::string& program) {
  if (program.find('/') != std::string::npos) return ::access(program.c_str(), X_OK) == 0 ? program : "";
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    std::string candidate = (dir.empty() ? "." : dir) + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

Result<std::string> RenderDot(const std::string& dot_source, const RenderOptions& options) {
  std::string path = FindProgram(options.program);
  if (path.empty()) {
    return Status::Error(Status::Code::kNotFound,
                         "Graphviz '" + options.program +
                             "' is not installed (not on PATH); install Graphviz (Debian: apt-get install graphviz)");
  }
  ChildStreams io;
  if (Status s = io.Open(); !s.ok()) return s;
  pid_t pid = 0;
  if (Status s = Spawn(path, options.format, io, &pid); !s.ok()) return s;
  std::string out, err;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.timeout_seconds);
  bool finished = Exchange(io, dot_source, &out, &err, deadline);
  if (!finished) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (!finished) return Status::IoError("Graphviz took longer than " + std::to_string(options.timeout_seconds) + "s; stopped it", path);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::Error(Status::Code::kInvalidArgument, "Graphviz rejected the graph: " + err);
  }
  return out;
}

}  // namespace annals
