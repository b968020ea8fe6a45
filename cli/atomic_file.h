// Output files written whole or not at all.
//
// The content goes to a temporary file beside the target, which is then
// renamed over it; an interrupted run never leaves a half-written
// timeline.json behind.
//
//   WriteFileAtomic  a whole file from a string
//   AtomicFile       a file streamed as it is produced (a huge timeline
//                    is never held in memory whole), renamed by Commit
//
// Thread-safety: distinct AtomicFiles may be written from distinct
// threads; one AtomicFile is used by one thread at a time.
#ifndef ANNALS_CLI_ATOMIC_FILE_H_
#define ANNALS_CLI_ATOMIC_FILE_H_

#include <fstream>
#include <string>
#include <string_view>

#include "annals/status.h"

namespace annals {

// Example: WriteFileAtomic("out/timeline.json", json_text);
Status WriteFileAtomic(const std::string& path, std::string_view content);

// Example:
//   AtomicFile f("out/timeline.json");
//   annals::Write(f.stream(), timeline, Format::kTimelineJson);
//   Status s = f.Commit();  // out/timeline.json is now the new file
// Destroyed uncommitted (an error on the way), it removes its temporary
// file and leaves the target as it was. Owns the temporary file; not
// copyable or movable (the stream is handed out by reference).
class AtomicFile {
 public:
  // Creates the target's directories and opens the temporary file; an
  // error there is kept and returned by Commit (the stream then fails).
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  const std::string& path() const { return path_; }
  // False when the temporary file could not be created.
  bool opened() const { return out_.is_open(); }

  // Flushes and closes the temporary file and renames it over the
  // target. kIoError, the target untouched and the temporary file
  // removed, when it could not be created, written or renamed.
  Status Commit();

 private:
  void Discard();

  std::string path_;
  std::string tmp_;
  std::ofstream out_;
  bool done_ = false;
};

}  // namespace annals

#endif  // ANNALS_CLI_ATOMIC_FILE_H_
