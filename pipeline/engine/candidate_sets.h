// CandidateSets: which rules of a stage may match at a token start, asked
// of a few anchored RE2::Sets, each with its own StartFilter.
//
// Design: one anchored RE2::Set of all a stage's patterns says at each start
// which rules may match there (StageMatcher). Its DFA states are sets of the
// states of every pattern at once, so two families of rules alive at the
// same starts multiply their states: in the actor stage, rules that may open
// with any capital of any script ("\p{Lu}\p{Ll}+", a name) and rules that
// open with lexicons (titles, countries, organizations) are both alive at
// every capitalized word, and each new word builds new product states of
// the lexicon tries and the name automata (issue 18, third round: most of
// an ask's cost was building states, not stepping). Here the rules are put
// in groups read from their patterns, never listed by hand:
//
//   letter-led  the rule can begin with a class holding letters of any
//               script (ASCII letters and non-ASCII lead bytes in its
//               start bytes: "\p{Lu}", "\p{L}", "[[:^space:]]"), or its
//               beginning is not followed (StartFilter "unknown");
//   the rest    literal beginnings (lexicons, words), ASCII classes
//               ("[0-9]", "[A-Z]").
//
// Each group has its own set and start filter and is asked only at the
// starts its filter allows. A start where both groups may begin is asked
// twice (more asks), but each DFA stays the size of its own family: the
// actor stage's asks cost 41 % fewer instructions on the base corpus. Rules
// that begin with ASCII classes (digits in timex, "[a-z]+-year" in block)
// stay with the rest: split off, they only added asks (measured: block,
// timex and event 25-33 % more instructions each). One set per rule was
// worse again (millions of asks). The figures: docs/PERFORMANCE.md, issue
// 18, fourth round. A stage whose rules all fall in one group
// keeps one set, exactly as before.
//
// The answer is a superset of the rules that match, as with one set: each
// candidate still runs its own RE2 (StageMatcher::MatchAt), so outputs do
// not depend on the grouping.
//
// Lazy: the groups and their start filters come from a CandidatePlan (read
// from the patterns, or from the compiled-rules cache at a warm start), and
// each group's RE2::Set is compiled on the first ask that needs it
// (std::call_once; compiling the sets was most of a warm start: issue 18,
// fifth round). A group no start of the input ever reaches (an empty
// article, digit-led rules in a text without digits) is never compiled.
// The sets hold copies of the patterns, so nothing read at construction
// needs to outlive it.
//
// Thread-safety: Find may run concurrently (the first ask of a group
// compiles its set once; the others wait for it).
#ifndef ANNALS_PIPELINE_ENGINE_CANDIDATE_SETS_H_
#define ANNALS_PIPELINE_ENGINE_CANDIDATE_SETS_H_

#include <memory>
#include <string_view>
#include <vector>

#include "pipeline/engine/candidate_plan.h"

namespace annals {

class CandidateSets {
 public:
  using Grouping = CandidateGrouping;

  // `rules` in stage order; indexes returned by Find are into it. Patterns
  // are read (and copied) here; a `compiled` is called, if ever, only here.
  explicit CandidateSets(const std::vector<CandidateRule>& rules,
                         Grouping grouping = Grouping::kByBeginning);
  // The same with the groups and filters already known (PlanCandidates, or
  // DecodePlan of a cache entry): no pattern is read beyond a copy.
  // `plan` must be a plan of exactly these rules.
  CandidateSets(const std::vector<CandidateRule>& rules, CandidatePlan plan);
  ~CandidateSets();
  CandidateSets(CandidateSets&&) noexcept;
  CandidateSets& operator=(CandidateSets&&) noexcept;

  // The indexes of the rules that may match at text[pos], ascending.
  // Example: with rules {"\\p{Lu}\\p{Ll}+ said", "[Tt]he two"},
  // Find("Then Ana said", 5, &out) gives {0}, Find(..., 0, &out) {}.
  void Find(std::string_view text, size_t pos, std::vector<int>* out) const;

  size_t group_count() const { return groups_.size(); }

 private:
  class Group;
  std::vector<std::unique_ptr<Group>> groups_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_CANDIDATE_SETS_H_
