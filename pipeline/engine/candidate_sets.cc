#include "pipeline/engine/candidate_sets.h"

#include <re2/set.h>

#include <algorithm>
#include <mutex>
#include <string>

#include "pipeline/engine/stage_matcher.h"  // RelaxForPrefilter

namespace annals {

// One group: its rules, its filter, and its anchored set, compiled on the
// first call to set().
class CandidateSets::Group {
 public:
  Group(CandidatePlan::Group plan, const std::vector<CandidateRule>& rules)
      : rules_(std::move(plan.rules)), filter_(std::move(plan.filter)) {
    patterns_.reserve(rules_.size());
    for (int i : rules_) patterns_.emplace_back(rules[i].pattern);
  }

  const std::vector<int>& rules() const { return rules_; }
  bool MayStartAt(std::string_view text, size_t pos) const {
    return filter_.MayStartAt(text, pos);
  }
  // The set, compiled on the first call; null when it could not compile.
  const RE2::Set* set() const {
    std::call_once(once_, [this] { set_ = Compile(); });
    return set_.get();
  }

 private:
  std::unique_ptr<RE2::Set> Compile() const {
    RE2::Options opts;
    opts.set_max_mem(int64_t{256} << 20);
    opts.set_log_errors(false);
    auto set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_START);
    for (const std::string& p : patterns_) {
      // A relaxed pattern RE2 rejects ("a{2}{3}" -> "a++") goes in as
      // written.
      if (set->Add(RelaxForPrefilter(p), nullptr) < 0 &&
          set->Add(p, nullptr) < 0)
        return nullptr;
    }
    return set->Compile() ? std::move(set) : nullptr;
  }

  std::vector<int> rules_;  // stage indexes
  StartFilter filter_;      // two-byte starts the group can begin with
  std::vector<std::string> patterns_;  // rules_' patterns, as written
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2::Set> set_;  // anchored; see set()
};

CandidateSets::CandidateSets(const std::vector<CandidateRule>& rules,
                             Grouping grouping)
    : CandidateSets(rules, PlanCandidates(rules, grouping)) {}

CandidateSets::CandidateSets(const std::vector<CandidateRule>& rules,
                             CandidatePlan plan) {
  for (CandidatePlan::Group& g : plan.groups)
    groups_.push_back(std::make_unique<Group>(std::move(g), rules));
}

CandidateSets::~CandidateSets() = default;
CandidateSets::CandidateSets(CandidateSets&&) noexcept = default;
CandidateSets& CandidateSets::operator=(CandidateSets&&) noexcept = default;

void CandidateSets::Find(std::string_view text, size_t pos,
                         std::vector<int>* out) const {
  out->clear();
  std::vector<int> found;
  const std::string_view rest = text.substr(pos);
  for (const auto& g : groups_) {
    if (!g->MayStartAt(text, pos)) continue;
    const RE2::Set* set = g->set();
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    // Most starts match no rule: asking "any?" first lets the DFA stop at
    // the earliest match and skips building the list of matching rules.
    if (set && !set->Match(rest, nullptr, &error) &&
        error.kind == RE2::Set::kNoError)
      continue;
    found.clear();
    if (set && error.kind == RE2::Set::kNoError &&
        set->Match(rest, &found, &error)) {
      for (int local : found) out->push_back(g->rules()[local]);
    } else if (!set || error.kind != RE2::Set::kNoError) {
      // No set, or its DFA ran out of memory: every rule of the group
      // rather than lose matches.
      out->insert(out->end(), g->rules().begin(), g->rules().end());
    }
  }
  std::sort(out->begin(), out->end());
}

}  // namespace annals
