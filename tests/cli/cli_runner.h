// Test helpers for tests/cli: run the annals binary as a user would, and
// make throw-away directories with files in them.
//
//   TempDir dir;                          // removed at scope end
//   dir.Write("a.txt", "Text.");
//   CliResult r = RunAnnals("run --out " + dir.Path("out") + " " + dir.Path("a.txt"));
//   CHECK(r.status == 0);
#ifndef ANNALS_TESTS_CLI_CLI_RUNNER_H_
#define ANNALS_TESTS_CLI_CLI_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace annals::testing {

struct CliResult {
  int status = -1;     // exit status; -1 when killed by a signal
  std::string output;  // stdout and stderr together
};

// Runs `annals ARGS` through the shell, with the bundled rules by default.
inline CliResult RunAnnals(const std::string& args) {
  std::string cmd = std::string("ANNALS_RULES=") + ANNALS_SOURCE_DIR "/rules '" ANNALS_BINARY "' " +
                    args + " 2>&1";
  CliResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
  int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "annals-test-XXXXXX").string();
    path_ = mkdtemp(templ.data()) ? templ : "";
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string Path(const std::string& name = "") const { return name.empty() ? path_ : path_ + "/" + name; }
  std::string Write(const std::string& name, const std::string& content) const {
    std::filesystem::create_directories(std::filesystem::path(Path(name)).parent_path());
    std::ofstream(Path(name), std::ios::binary) << content;
    return Path(name);
  }
  std::string Read(const std::string& name) const {
    std::ifstream in(Path(name), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  std::string path_;
};

}  // namespace annals::testing

#endif  // ANNALS_TESTS_CLI_CLI_RUNNER_H_
