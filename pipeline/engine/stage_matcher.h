// StageMatcher: runs all the rules of one stage over a piece of text.
//
// Design (re2-style: compile once, match many times): matches begin at
// token starts (pipeline/engine/token_starts.h), and at each start whose first two
// bytes some rule can begin with (StartFilter, one bit lookup), anchored
// RE2::Sets of the stage's patterns say which rules match there
// (CandidateSets: one set, or two for rule families whose DFA states
// multiply); only those run, anchored, to get spans and captures. Anchoring is what keeps this fast: rules open with
// lexicons of hundreds of words, and an unanchored DFA would follow a
// partial match from every earlier position at once (see token_starts.h).
// The set holds relaxed patterns (RelaxForPrefilter): a cheap superset
// test, exact matching is left to each rule's own RE2. Per rule, matches
// do not overlap: as in an unanchored scan, the next one is looked for
// from the end of the last. Matches of different rules may overlap;
// ResolveOverlaps keeps the best of each overlapping group: higher priority,
// then longer, then earlier (the order users expect from spaCy and HeidelTime),
// and says why the others lost, for `annals explain`.
//
// Thread-safety: const methods may be called from many threads at once.
#ifndef ANNALS_PIPELINE_ENGINE_STAGE_MATCHER_H_
#define ANNALS_PIPELINE_ENGINE_STAGE_MATCHER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/engine/candidate_sets.h"
#include "pipeline/engine/rule.h"
#include "pipeline/engine/template.h"

namespace annals {

struct Capture {
  std::string name;
  size_t begin = 0;
  size_t end = 0;
  bool matched = false;
};

// One match of one rule; offsets are into the text given to FindAll.
struct Match {
  const Rule* rule = nullptr;
  size_t begin = 0;
  size_t end = 0;
  std::vector<Capture> captures;

  const Capture* capture(std::string_view name) const;
  size_t length() const { return end - begin; }
};

// A match dropped by overlap resolution, and the match that beat it.
struct Discarded {
  Match match;
  const Rule* winner = nullptr;
  std::string reason;
};

class StageMatcher {
 public:
  // `rules` must outlive the matcher. Their RE2s are compiled on first use
  // (Rule::re), the candidate sets on their first ask (CandidateSets); the
  // start filters read the patterns' text here.
  explicit StageMatcher(std::vector<const Rule*> rules);
  // The same with the candidate plan already made (Plan, or read from the
  // compiled-rules cache): no pattern is read, no RE2 compiled here.
  StageMatcher(std::vector<const Rule*> rules, CandidatePlan plan);

  // The candidate plan of `rules` (read from their patterns; a rule's RE2
  // is compiled only for a beginning the reader does not follow).
  static CandidatePlan Plan(const std::vector<const Rule*>& rules);

  // Every match of every rule in `text`, unresolved, ordered by start.
  // Example: with a rule "\\d+ days", FindAll("in 3 days", &out) gives
  // one match [3, 9).
  void FindAll(std::string_view text, std::vector<Match>* out) const;

  // Keeps non-overlapping matches (priority, length, position decide) in
  // text order; appends the losers to `dropped` when it is not null.
  static std::vector<Match> ResolveOverlaps(std::vector<Match> matches,
                                            std::vector<Discarded>* dropped);

  size_t size() const { return rules_.size(); }

 private:
  // Runs `rule` anchored at text[pos]; fills *m on a match.
  bool MatchAt(const Rule& rule, std::string_view text, size_t pos,
               std::vector<re2::StringPiece>* groups, Match* m) const;
  // Applies the rule's `exclude:`; false when the match must go.
  bool ApplyExclusions(Match* m, std::string_view text) const;

  std::vector<const Rule*> rules_;
  CandidateSets candidates_;  // which rules may match at a start
};

// The pattern the prefilter set holds for a rule: the rule's pattern with
// every counted repetition x{n,m} widened to x* (n = 0) or x+, a language
// that contains the rule's. The set only has to say which rules may
// match, and counters ("[^,;]{0,160}") multiply the states of the set's
// DFA, which then spends its time building states instead of matching.
// Example: RelaxForPrefilter("a{0,5}\\p{Lu}{2}") == "a*\\p{Lu}+"
std::string RelaxForPrefilter(std::string_view pattern);

// Renders templates against a match: `$name` is the lexicon value of a
// lexicon group or the capture's text, `$name.field` a lexicon field,
// `$0` the whole match. `slice` turns a range of the matched text into the
// text users should see (it unmasks tokens); by default the range itself.
CaptureLookup MakeLookup(
    const Match& match, std::string_view text,
    std::function<std::string(size_t, size_t)> slice = nullptr);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_STAGE_MATCHER_H_
