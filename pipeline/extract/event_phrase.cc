#include "pipeline/extract/event_phrase.h"

#include <algorithm>

namespace annals {
namespace {

constexpr char kTokenOpen = '\x1e';

struct Word {
  size_t begin = 0;
  size_t end = 0;  // without trailing punctuation
  char trailing = 0;  // ',', '.', ';' or ':' right after the word, else 0
};

bool IsPunct(char c) { return c == ',' || c == '.' || c == ';' || c == ':'; }

bool IsToken(std::string_view w) {
  return w.find(kTokenOpen) != std::string_view::npos;
}

bool IsTimex(std::string_view w) {
  return w.size() > 1 && w[0] == kTokenOpen && w[1] == 'T';
}

bool IsCapitalized(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

// A word before an event noun that belongs to its phrase: a name (token or
// capitalized), a hyphenated or possessive modifier ("Xi-Biden", "Putin's",
// "two-day").
bool BelongsBefore(std::string_view w) {
  return IsToken(w) || IsCapitalized(w) ||
         w.find('-') != std::string_view::npos ||
         (w.size() > 1 && (w.back() == '\'' || w.ends_with("'s")));
}

// The word ending at `end` (exclusive), skipping spaces; empty at the start
// or when punctuation stands there.
Word WordBefore(std::string_view s, size_t end) {
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t b = end;
  while (b > 0 && s[b - 1] != ' ') --b;
  Word w{b, end, 0};
  if (w.end > w.begin && IsPunct(s[w.end - 1])) w.begin = w.end;  // "X, the"
  return w;
}

// "U.S.", "J.": a period inside the word or after one capital is part of
// it, and ends nothing.
bool IsAbbreviation(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  w.remove_suffix(1);
  return w.find('.') != std::string_view::npos || (w.size() == 1 && IsCapitalized(w));
}

Word WordAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  size_t e = pos;
  while (e < s.size() && s[e] != ' ') ++e;
  Word w{pos, e, 0};
  if (w.end > w.begin && IsPunct(s[w.end - 1]) && !IsAbbreviation(s.substr(w.begin, e - w.begin))) {
    w.trailing = s[--w.end];
  }
  return w;
}

size_t PhraseStart(std::string_view s, Span trigger, Span segment,
                   size_t max_words) {
  size_t begin = trigger.begin;
  for (size_t n = 0; n < max_words && begin > segment.begin; ++n) {
    Word w = WordBefore(s, begin);
    if (w.end <= w.begin || w.begin < segment.begin ||
        !BelongsBefore(s.substr(w.begin, w.end - w.begin))) {
      break;
    }
    begin = w.begin;
  }
  return begin;
}

// The complement opens with an `opens` PHRASE_LINK word (tokens may come
// first: "talks on \x1eT1\x1f with"); after it, up to `max_words` other
// words may precede the first name ("with his Chinese counterpart \x1eA1\x1f");
// after a name, only a link word ("and", "with") or another name goes on.
// Punctuation other than a comma, a clause boundary or the end of the
// segment ends it; it ends at its last name or token.
size_t PhraseEnd(std::string_view s, Span trigger, size_t limit,
                 const PhraseWords& words) {
  enum { kOpen, kLinked, kNamed } state = kOpen;
  size_t end = trigger.end, pos = trigger.end, loose = 0;
  while (pos < limit) {
    Word w = WordAfter(s, pos);
    if (w.end <= w.begin || w.end > limit) break;
    std::string_view text = s.substr(w.begin, w.end - w.begin);
    const LexiconEntry* link = words.link ? words.link->Find(text) : nullptr;
    if (link && link->Value() == "dates" && !w.trailing) {
      // "talks on Monday between A and B": the date is stepped over.
      Word next = WordAfter(s, w.end);
      if (!IsTimex(s.substr(next.begin, next.end - next.begin))) break;
      pos = next.end + (next.trailing ? 1 : 0);
      if (next.trailing && next.trailing != ',') break;
      continue;
    }
    bool opens = link && link->Value() == "opens";
    if (IsToken(text) || (state != kOpen && IsCapitalized(text))) {
      end = w.end;
      if (state != kOpen) state = kNamed;
    } else if (link && (opens || state == kNamed)) {
      state = kLinked;
      loose = 0;
    } else if (state != kLinked || ++loose > words.max_words) {
      break;
    }
    if (w.trailing && w.trailing != ',') break;
    pos = w.end + (w.trailing ? 1 : 0);
  }
  return end;
}

// The entry of `verbs` formed by the first one to three words from `pos`,
// longest first ("took place" before "took").
const LexiconEntry* VerbAt(std::string_view s, size_t pos, const Lexicon& verbs) {
  std::vector<Word> words;
  for (size_t n = 0; n < 3; ++n) {
    Word w = WordAfter(s, words.empty() ? pos : words.back().end);
    if (w.end <= w.begin) break;
    words.push_back(w);
    if (w.trailing) break;
  }
  for (size_t n = words.size(); n > 0; --n) {
    auto phrase = s.substr(words[0].begin, words[n - 1].end - words[0].begin);
    if (const LexiconEntry* e = verbs.Find(phrase)) return e;
  }
  return nullptr;
}

}  // namespace

RelativeClause OwnRelativeClause(std::string_view masked, size_t phrase_end,
                                 const std::vector<size_t>& bounds,
                                 const Lexicon& verbs) {
  size_t pos = phrase_end;
  while (pos < masked.size() && masked[pos] == ' ') ++pos;
  if (pos < masked.size() && masked[pos] == ',') ++pos;
  while (pos < masked.size() && masked[pos] == ' ') ++pos;
  if (!std::binary_search(bounds.begin(), bounds.end(), pos)) return {};
  Word boundary = WordAfter(masked, pos);
  if (boundary.trailing) return {};
  const LexiconEntry* verb = VerbAt(masked, boundary.end, verbs);
  if (!verb) return {};
  return {pos, verb->Value()};
}

Span PhraseAround(std::string_view masked, Span trigger, Span segment,
                  const std::vector<size_t>& bounds, const PhraseWords& words) {
  size_t limit = std::min(segment.end, masked.size());
  auto next = std::upper_bound(bounds.begin(), bounds.end(), trigger.end);
  if (next != bounds.end()) limit = std::min(limit, *next);
  return {PhraseStart(masked, trigger, segment, words.max_words),
          PhraseEnd(masked, trigger, limit, words)};
}

}  // namespace annals
