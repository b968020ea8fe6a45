// Word helpers over masked sentence text that the event stage's files
// (event_sentence.cc, event_people.cc) share. Internal to pipeline/extract.
//
// Thread-safety: pure functions.
#ifndef ANNALS_PIPELINE_EXTRACT_EVENT_TEXT_H_
#define ANNALS_PIPELINE_EXTRACT_EVENT_TEXT_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/span.h"
#include "pipeline/engine/lexicon.h"

namespace annals::event_text {

// Whether `inner` lies within `outer`.
inline bool Contains(Span outer, Span inner) {
  return inner.begin >= outer.begin && inner.end <= outer.end;
}

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Puts `actor` first unless it is -1 or already there.
// Example: v = {3, 4}; AddFront(&v, 7) -> {7, 3, 4}.
inline void AddFront(std::vector<int>* v, int actor) {
  if (actor < 0 || std::find(v->begin(), v->end(), actor) != v->end()) return;
  v->insert(v->begin(), actor);
}

// The word ending at `end` (letters only), or "" when a token or
// punctuation stands there; `*begin` is set to its start.
// Example: WordBefore("he will meet", 7, &b) -> "will", b == 3.
inline std::string_view WordBefore(const std::string& s, size_t end, size_t* begin) {
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t b = end;
  while (b > 0 && IsAsciiLetter(s[b - 1])) --b;
  *begin = b;
  return std::string_view(s.data() + b, end - b);
}

// The next word at or after `pos` (before `end`), stepping over tokens and
// non-letters; `skip` says which words to step over too.
// Example: NextWord("said that he", 4, 12, is_that) -> "he".
template <typename Skip>
inline std::string_view NextWord(const std::string& s, size_t pos, size_t end,
                          const Skip& skip) {
  while (pos < end) {
    if (s[pos] == '\x1e') {
      size_t close = s.find('\x1f', pos);
      pos = close == std::string::npos ? end : close + 1;
      continue;
    }
    if (!IsAsciiLetter(s[pos])) {
      ++pos;
      continue;
    }
    size_t w = pos;
    while (w < end && IsAsciiLetter(s[w])) ++w;
    std::string_view word(s.data() + pos, w - pos);
    if (!skip(word)) return word;
    pos = w;
  }
  return {};
}

// Whether any word of `text` is a form of `lex`.
inline bool HasWordOf(const std::string& text, const Lexicon& lex) {
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && !IsAsciiLetter(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && IsAsciiLetter(text[j])) ++j;
    if (j > i && lex.Find(std::string_view(text.data() + i, j - i))) return true;
    i = j;
  }
  return false;
}

}  // namespace annals::event_text

#endif  // ANNALS_PIPELINE_EXTRACT_EVENT_TEXT_H_
