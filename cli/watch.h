// Watch mode: run a command again whenever one of its inputs changes.
//
// `annals run --watch` keeps a rule author's loop short: edit a rule file
// or an article, and the outputs are rebuilt a second later. A run that
// fails (a rule that no longer compiles) prints its errors and leaves the
// previous outputs as they were (they are only ever replaced atomically),
// and the watch goes on.
//
// Changes are found by polling: every regular file below the watched
// paths, with its modification time and size, once per interval. Polling
// needs no platform API, sees editors that replace files by renaming, and
// costs little for a rules tree of a few dozen files.
//
//   FileSnapshot before = FileSnapshot::Take({"rules", "articles"});
//   ... edit rules/time/dates.yaml ...
//   FileSnapshot::Take({"rules", "articles"}) != before  // true
//
// Thread-safety: values; WatchLoop runs on the calling thread.
#ifndef ANNALS_CLI_WATCH_H_
#define ANNALS_CLI_WATCH_H_

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace annals {

class FileSnapshot {
 public:
  // Every regular file at or below `paths` ("-" and missing paths skipped;
  // a missing path that appears later is a change).
  static FileSnapshot Take(const std::vector<std::string>& paths);

  bool operator==(const FileSnapshot& other) const { return files_ == other.files_; }
  bool operator!=(const FileSnapshot& other) const { return !(*this == other); }
  size_t size() const { return files_.size(); }

 private:
  using Stamp = std::pair<std::filesystem::file_time_type, std::uintmax_t>;
  std::map<std::string, Stamp> files_;
};

struct WatchOptions {
  std::vector<std::string> paths;
  std::chrono::milliseconds interval{1000};
  // Asked before each poll; the loop ends when it returns true. The CLI
  // never stops (Ctrl-C ends it); embedding programs may.
  std::function<bool()> stop = [] { return false; };
};

// Runs `run` once, then again after every change; prints a line to `log`
// before each re-run. Returns the exit status of the last run.
int WatchLoop(const WatchOptions& options, const std::function<int()>& run, std::ostream& log);

}  // namespace annals

#endif  // ANNALS_CLI_WATCH_H_
