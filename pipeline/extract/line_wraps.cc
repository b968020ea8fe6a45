#include "pipeline/extract/line_wraps.h"

namespace annals {
namespace {

bool IsBlankChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Calls `soft(newline, next_line_start)` for each line break between two
// non-blank lines whose second line is not indented.
template <typename F>
void ForEachSoftBreak(std::string_view text, F soft) {
  bool previous_blank = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    bool blank = true;
    for (size_t i = pos; i < eol && blank; ++i) blank = IsBlankChar(text[i]);
    if (!blank && !previous_blank && !IsBlankChar(text[pos])) soft(pos - 1, pos);
    previous_blank = blank;
    pos = eol + 1;
  }
}

}  // namespace

bool LooksWrapped(std::string_view text) {
  size_t breaks = 0;
  size_t lower = 0;
  ForEachSoftBreak(text, [&](size_t, size_t next) {
    ++breaks;
    if (text[next] >= 'a' && text[next] <= 'z') ++lower;
  });
  return lower > 0 && 5 * lower > breaks;
}

bool UnwrapLines(std::string* text) {
  if (!LooksWrapped(*text)) return false;
  ForEachSoftBreak(*text, [text](size_t newline, size_t) {
    (*text)[newline] = ' ';
    if (newline > 0 && (*text)[newline - 1] == '\r') (*text)[newline - 1] = ' ';
  });
  return true;
}

}  // namespace annals
