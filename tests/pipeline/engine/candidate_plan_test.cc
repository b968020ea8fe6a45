// CandidatePlan: a plan read back from its bytes makes CandidateSets answer
// exactly as a plan read from the patterns; damaged or foreign bytes are
// refused, never half-trusted.
#include "pipeline/engine/candidate_plan.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "pipeline/engine/candidate_sets.h"

namespace annals {
namespace {

const std::vector<std::string> kPatterns = {
    R"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3},? (?:said|says))",
    R"(\b(?:President|Prime Minister) \p{Lu}\p{Ll}+)",
    R"(\b[0-9]{1,2} (?i:days|weeks)\b)",
    R"((?m)^[A-Z][A-Z .'-]+[A-Z], )",
    R"((?i)\b(?:last|next) (?:week|month)\b)",
    R"([^a-z]x)",  // a negated class: not followed by ReadPatternStart
};

const char* kTexts[] = {
    "PARIS, May 2\nPresident Hu said it took 3 days. Ana Ruiz says no.",
    "Élodie Dupont said last WEEK: 12 weeks, Qx",
    "",
    "x",
    "\xC3",
};

struct Fixture {
  std::vector<std::unique_ptr<RE2>> compiled;
  std::vector<CandidateRule> rules;
  int compiles = 0;  // calls of `compiled`
  Fixture() {
    for (const std::string& p : kPatterns) {
      compiled.push_back(std::make_unique<RE2>(p));
      REQUIRE(compiled.back()->ok());
      const RE2* re = compiled.back().get();
      rules.push_back({p, [this, re]() -> const RE2& {
                         ++compiles;
                         return *re;
                       }});
    }
  }
};

// The answers of `sets` at every byte offset of every text.
std::vector<std::vector<int>> Answers(const CandidateSets& sets) {
  std::vector<std::vector<int>> out;
  std::vector<int> found;
  for (const char* t : kTexts) {
    const std::string_view text(t);
    for (size_t pos = 0; pos < text.size(); ++pos) {
      sets.Find(text, pos, &found);
      out.push_back(found);
    }
  }
  return out;
}

std::string Encoded(const std::vector<CandidateRule>& rules) {
  std::string bytes;
  EncodePlan(PlanCandidates(rules, CandidateGrouping::kByBeginning), &bytes);
  return bytes;
}

TEST_CASE("a plan read back answers as the plan read from the patterns") {
  Fixture f;
  const std::string bytes = Encoded(f.rules);
  std::string_view in(bytes);
  auto plan = DecodePlan(&in, f.rules.size());
  REQUIRE(plan);
  CHECK(in.empty());
  CHECK(plan->groups.size() == 2);
  const int compiles_before = f.compiles;
  CandidateSets from_bytes(f.rules, std::move(*plan));
  CHECK(f.compiles == compiles_before);  // no rule compiled for the filters
  CandidateSets fresh(f.rules);
  CHECK(Answers(from_bytes) == Answers(fresh));
}

TEST_CASE("a rule whose beginning is not followed is compiled for the plan") {
  Fixture f;
  auto plan = PlanCandidates(f.rules, CandidateGrouping::kOneSet);
  CHECK(f.compiles == 1);  // the negated class alone
  REQUIRE(plan.groups.size() == 1);
  CHECK(plan.groups[0].rules == std::vector<int>{0, 1, 2, 3, 4, 5});
  CHECK(plan.groups[0].filter.MayStartAt("Qx", 0));  // RE2's first bytes
}

TEST_CASE("plans of several stages read back one after the other") {
  Fixture f;
  std::vector<CandidateRule> two = {f.rules[2], f.rules[4]};
  std::string bytes = Encoded(f.rules);
  bytes += Encoded(two);
  EncodePlan(CandidatePlan{}, &bytes);  // a stage without rules
  std::string_view in(bytes);
  CHECK(DecodePlan(&in, f.rules.size()));
  auto second = DecodePlan(&in, 2);
  REQUIRE(second);
  CHECK(second->groups.size() == 1);
  auto empty = DecodePlan(&in, 0);
  REQUIRE(empty);
  CHECK(empty->groups.empty());
  CHECK(in.empty());
}

TEST_CASE("damaged or foreign plan bytes are refused") {
  Fixture f;
  const std::string bytes = Encoded(f.rules);
  for (size_t cut = 0; cut < bytes.size(); cut += 97) {
    std::string_view in(bytes.data(), cut);
    CAPTURE(cut);
    CHECK_FALSE(DecodePlan(&in, f.rules.size()));
  }
  std::string_view in(bytes);
  CHECK_FALSE(DecodePlan(&in, f.rules.size() - 1));  // an index too large
  in = bytes;
  CHECK_FALSE(DecodePlan(&in, f.rules.size() + 1));  // a rule in no group
  std::string twice = bytes;
  twice[8] = twice[12];  // group 0's second rule is its first again
  in = twice;
  CHECK_FALSE(DecodePlan(&in, f.rules.size()));
}

}  // namespace
}  // namespace annals
