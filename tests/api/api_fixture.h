// Test helper for tests/api: the bundled rules as a public RuleSet, loaded
// once per test binary, and the seed article. Only <annals/...> headers
// here, as in an embedding program.
#ifndef ANNALS_TESTS_API_API_FIXTURE_H_
#define ANNALS_TESTS_API_API_FIXTURE_H_

#include <string>

#include "annals/rules.h"
#include "tests/contract_lexicons.h"

namespace annals::testing {

inline const std::string kRulesDir = ANNALS_SOURCE_DIR "/rules";
inline const std::string kSeedArticle =
    ANNALS_SOURCE_DIR "/examples/articles/000_71cd7fc4d746160c.txt";

// Loading the bundled rules compiles a few hundred regular expressions;
// once per test binary is enough.
inline const RuleSet& BundledRuleSet() {
  static const RuleSet rules = *RuleSet::Load({kRulesDir});
  return rules;
}

// One rule set of our own: a single timex rule, with one example that
// passes and one that fails.
inline constexpr const char* kDailyRules = R"(timex:
  - id: timex.set.daily
    pattern: '\b(?P<f>daily)\b'
    type: SET
    value: 'literal(value=P1D)'
    examples:
      - text: "It is published daily."
        match: "daily"
        value: P1D
      - text: "It is published weekly."
        match: "weekly"
)";

// The rule set above, with the lexicons the stages read by name.
inline RuleSet DailyRuleSet() {
  return *RuleSet::FromYaml({{{"mem/contract.yaml", kContractLexicons},
                              {"mem/sets.yaml", kDailyRules}}});
}

}  // namespace annals::testing

#endif  // ANNALS_TESTS_API_API_FIXTURE_H_
