// ASCII case folding shared by the stages and the exporters. Rule text
// and lexicon forms are matched case-insensitively by RE2; these helpers
// are for the few comparisons made outside RE2 (a title held by an actor,
// a name typed into the report's search), where only ASCII letters fold.
#ifndef ANNALS_PIPELINE_BASE_ASCII_H_
#define ANNALS_PIPELINE_BASE_ASCII_H_

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace annals {

// `s` with ASCII letters lower-cased; other bytes (UTF-8 included) as is.
// Example: AsciiLower("Foreign Minister") == "foreign minister".
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return out;
}

}  // namespace annals

#endif  // ANNALS_PIPELINE_BASE_ASCII_H_
