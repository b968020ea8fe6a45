// StartFilter: the first two bytes a stage's rules can begin a match with,
// as one bit table, asked before any RE2 runs.
//
// StageMatcher asks an anchored RE2::Set at each token start which rules
// match there. An ask costs a few hundred instructions even when the DFA
// dies on the first byte, and most words of a news text ("said", "of")
// can begin no rule of a stage. StartFilter reads each pattern's text once,
// at load, for the literal bytes its matches can begin with ("ja" of
// "January", "la" of "last"); a pattern that begins with a class ("\p{Lu}",
// "\d") allows every second byte after the bytes of the class. At run time
// a start is one bit lookup of its first two bytes, ASCII lower-cased.
//
// The filter may say "maybe" too often, never "no" wrongly: syntax it does
// not follow widens the answer to the bytes RE2's PossibleMatchRange gives.
// Comparison is ASCII case-insensitive, a superset of the case-sensitive
// and (?i) rules alike.
//
// Thread-safety: immutable after Add; MayStartAt may run concurrently.
#ifndef ANNALS_PIPELINE_START_FILTER_H_
#define ANNALS_PIPELINE_START_FILTER_H_

#include <re2/re2.h>

#include <bitset>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

// What a pattern's matches can begin with, ASCII lower-cased.
struct PatternStart {
  std::vector<std::string> pairs;  // two literal first bytes
  std::string singles;  // a first byte after which anything may follow
  bool unknown = false;  // syntax not followed: any start
};

// Reads the beginnings of an RE2 pattern (expanded: no macros left).
// Example: ReadPatternStart("(?:[Tt]he )?(?:last|next) week").pairs is
// {"la", "ne", "th"}; ReadPatternStart("\\d+ days").singles is "0123456789".
PatternStart ReadPatternStart(std::string_view pattern);

class StartFilter {
 public:
  StartFilter();

  // Adds a rule: `pattern` is its RE2 syntax, `re` the compiled pattern.
  void Add(std::string_view pattern, const RE2& re);

  // Whether some added rule may match at text[pos].
  // Example: after Add("(?:last|next) week", re), MayStartAt("the last
  // week", 4) is true and MayStartAt("the last week", 0) is false.
  bool MayStartAt(std::string_view text, size_t pos) const {
    const unsigned char a = Lower(text[pos]);
    const unsigned char b = pos + 1 < text.size() ? Lower(text[pos + 1]) : 0;
    return (*pairs_)[a << 8 | b];
  }

 private:
  static char Lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  void AllowRow(unsigned char first);

  std::unique_ptr<std::bitset<65536>> pairs_;  // first << 8 | second
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_START_FILTER_H_
