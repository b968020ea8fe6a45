// CandidatePlan: what CandidateSets reads from a stage's patterns before it
// can answer: which rules go in which group, and each group's StartFilter.
//
// Design: reading the beginnings of every pattern (ReadPatternStart) was a
// sixth of a warm start of `annals tag` and a tenth of `run` (issue 18,
// fifth round), and a beginning the reader does not follow compiles the
// rule's RE2 to ask it (StartFilter::Add). A plan depends only on the
// patterns' text, so it is made once, when a rule book is checked cold,
// saved with the cache entry that vouches for the book (EncodePlan), and
// read back at a warm start (DecodePlan): no pattern is read and no RE2
// compiled to build the filters. The RE2::Sets themselves are not in the
// plan (RE2 cannot save them): CandidateSets compiles each group's set on
// its first ask.
//
// Ownership: a plan is a value; CandidateRule's pattern must outlive the
// call it is given to. Thread-safety: values, no shared state.
#ifndef ANNALS_PIPELINE_ENGINE_CANDIDATE_PLAN_H_
#define ANNALS_PIPELINE_ENGINE_CANDIDATE_PLAN_H_

#include <re2/re2.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/engine/start_filter.h"

namespace annals {

// One rule as the candidate step sees it: its pattern and its compiled RE2
// (called only when the start filter cannot read the pattern's text).
struct CandidateRule {
  std::string_view pattern;
  std::function<const RE2&()> compiled;
};

// kOneSet: all the rules in one group. kByBeginning: letter-led rules in a
// group of their own (see candidate_sets.h for why).
enum class CandidateGrouping { kOneSet, kByBeginning };

// Whether a rule whose matches begin as `start` says goes with the
// letter-led group (see candidate_sets.h).
// Example: true for ReadPatternStart("\\p{Lu}\\p{Ll}+"), false for
// ReadPatternStart("(?:President|Minister) \\p{Lu}") and "[0-9]+ days".
bool LetterLed(const PatternStart& start);

struct CandidatePlan {
  struct Group {
    std::vector<int> rules;  // indexes into the stage's rules, ascending
    StartFilter filter;      // the starts any of them can begin with
  };
  std::vector<Group> groups;  // none empty; in the order Find asks them
};

// The plan for `rules` (in stage order), read from their patterns; a
// `compiled` is called only for a beginning the reader does not follow.
// Example: PlanCandidates({{"\\p{Lu}\\p{Ll}+ said", f}, {"[Tt]he two", g}},
//          CandidateGrouping::kByBeginning).groups.size() == 2
CandidatePlan PlanCandidates(const std::vector<CandidateRule>& rules,
                             CandidateGrouping grouping);

// Appends the plan's bytes to `out` (machine byte order; the cache entry
// holding them is per build).
void EncodePlan(const CandidatePlan& plan, std::string* out);

// Reads a plan EncodePlan wrote from the front of `*in` and advances it;
// nullopt when the bytes are not a plan of exactly `rule_count` rules,
// each in one group (a stale or damaged entry is never trusted).
std::optional<CandidatePlan> DecodePlan(std::string_view* in,
                                        size_t rule_count);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_CANDIDATE_PLAN_H_
