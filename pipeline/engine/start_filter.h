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
// a start is one bit lookup of its first two bytes, as they are.
//
// The filter may say "maybe" too often, never "no" wrongly: syntax it does
// not follow widens the answer to the bytes RE2's PossibleMatchRange gives.
// Case counts: a case-sensitive literal allows its own bytes, "\p{Lu}"
// the capitals, and only under (?i) (a flag of the pattern or of one of its
// groups, as lexicons are written) does a letter allow both its cases.
// Most words of a news text are lower-case, and most rules of the mention
// stages begin with a capital ("\p{Lu}", a name lexicon): a filter blind
// to case let nine starts in ten of the actor stage through to the
// RE2::Set (issue 18, third round).
//
// The tables can be saved as bytes and read back (ToBytes / FromBytes), so
// a warm start takes them from the compiled-rules cache instead of reading
// every pattern again (candidate_plan.h).
//
// Thread-safety: immutable after Add; MayStartAt may run concurrently.
#ifndef ANNALS_PIPELINE_ENGINE_START_FILTER_H_
#define ANNALS_PIPELINE_ENGINE_START_FILTER_H_

#include <re2/re2.h>

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

// Beginnings of matches, bytes as they are (case forms listed apart).
struct Beginnings {
  std::vector<std::string> pairs;  // two literal first bytes
  std::string singles;  // a first byte after which anything may follow
};

// What a pattern's matches can begin with.
struct PatternStart {
  Beginnings anywhere;
  // Beginnings that need a line start ("(?m)^", "\\A"): the text's start
  // or just after a line break.
  Beginnings line_start;
  bool unknown = false;  // syntax not followed: any start
};

// Reads the beginnings of an RE2 pattern (expanded: no macros left).
// Example: ReadPatternStart("(?:[Tt]he )?(?:last|next) week").anywhere.pairs
// is {"Th", "la", "ne", "th"}; ReadPatternStart("\\d+ days").anywhere.singles
// is "0123456789"; ReadPatternStart("(?m)^Published").line_start.pairs
// {"Pu"}; ReadPatternStart("(?i)no").anywhere.pairs {"NO", "No", "nO", "no"}.
PatternStart ReadPatternStart(std::string_view pattern);

class StartFilter {
 public:
  StartFilter();

  // Adds a rule: `pattern` is its RE2 syntax, `re` the compiled pattern.
  void Add(std::string_view pattern, const RE2& re);
  // The same, `compiled` called only when the pattern's text is not enough
  // (syntax ReadPatternStart does not follow), so a rule's RE2 compiled on
  // first use (Rule::re) is not compiled here for nothing.
  void Add(std::string_view pattern,
           const std::function<const RE2&()>& compiled);
  // The same, with the pattern's beginnings already read
  // (ReadPatternStart), for a caller that looks at them too.
  void Add(PatternStart start, const std::function<const RE2&()>& compiled);

  // Whether some added rule may match at text[pos].
  // Example: after Add("(?:last|next) week", re), MayStartAt("the last
  // week", 4) is true, MayStartAt("the last week", 0) and
  // MayStartAt("the Last week", 4) are false.
  bool MayStartAt(std::string_view text, size_t pos) const {
    const unsigned char a = text[pos];
    const unsigned char b = pos + 1 < text.size() ? text[pos + 1] : 0;
    const int key = a << 8 | b;
    if (Test(tables_->anywhere, key)) return true;
    return (pos == 0 || text[pos - 1] == '\n') &&
           Test(tables_->line_start, key);
  }

  // The tables as bytes (machine byte order: the cache is per machine and
  // per build), and a filter from such bytes; nullopt unless `bytes` has
  // exactly the size ToBytes gives.
  // Example: StartFilter::FromBytes(f.ToBytes()) answers as f does.
  std::string ToBytes() const;
  static std::optional<StartFilter> FromBytes(std::string_view bytes);

 private:
  // One bit per first << 8 | second byte.
  using Table = std::array<uint64_t, 65536 / 64>;
  struct Tables {
    Table anywhere;
    Table line_start;  // the same, at line starts only
  };
  static bool Test(const Table& t, int key) {
    return (t[key >> 6] >> (key & 63)) & 1;
  }
  static void Set(Table* t, int key) {
    (*t)[key >> 6] |= uint64_t{1} << (key & 63);
  }
  static void Allow(const Beginnings& b, Table* table);

  std::unique_ptr<Tables> tables_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_START_FILTER_H_
