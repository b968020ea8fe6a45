#include "cli/watch.h"

#include <thread>

namespace annals {
namespace fs = std::filesystem;

FileSnapshot FileSnapshot::Take(const std::vector<std::string>& paths) {
  FileSnapshot snap;
  auto add = [&snap](const fs::path& p) {
    std::error_code ec;
    auto mtime = fs::last_write_time(p, ec);
    if (ec) return;
    auto size = fs::file_size(p, ec);
    if (!ec) snap.files_[p.string()] = {mtime, size};
  };
  for (const auto& path : paths) {
    std::error_code ec;
    if (path == "-") continue;
    if (!fs::is_directory(path, ec)) {
      if (fs::is_regular_file(path, ec)) add(path);
      continue;
    }
    // The iterator walks with its own stack: deep trees cannot overflow ours.
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) add(it->path());
    }
  }
  return snap;
}

int WatchLoop(const WatchOptions& options, const std::function<int()>& run, std::ostream& log) {
  FileSnapshot seen = FileSnapshot::Take(options.paths);
  int status = run();
  log << "watching " << seen.size() << " files; Ctrl-C to stop" << std::endl;
  while (!options.stop()) {
    std::this_thread::sleep_for(options.interval);
    FileSnapshot now = FileSnapshot::Take(options.paths);
    if (now == seen) continue;
    seen = std::move(now);
    log << "change detected; running again" << std::endl;
    status = run();
    log << (status == 0 ? "ok" : "failed (see the errors above)") << "; watching" << std::endl;
  }
  return status;
}

}  // namespace annals
