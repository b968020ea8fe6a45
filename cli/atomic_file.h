// WriteFileAtomic: write a whole output file or leave the old one intact.
//
// The content goes to a temporary file beside the target, which is then
// renamed over it; an interrupted run never leaves a half-written
// timeline.json behind.
#ifndef ANNALS_CLI_ATOMIC_FILE_H_
#define ANNALS_CLI_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "annals/status.h"

namespace annals {

// Example: WriteFileAtomic("out/timeline.json", json_text);
Status WriteFileAtomic(const std::string& path, std::string_view content);

}  // namespace annals

#endif  // ANNALS_CLI_ATOMIC_FILE_H_
