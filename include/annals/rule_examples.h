// annals/rule_examples.h: a rule's `examples:` run as tests.
//
// A rule may carry examples: a text, the span it should find (`match`),
// the fields it should give (`value: 2021-03-18`), or `reject: true` for
// a text it must not match. Each example goes through the whole pipeline
// like an article, so overlap resolution and the earlier stages take
// part: an example documents what users will see, not what the bare
// regular expression matches. `annals rules test` prints the results:
//
//   rules/time/dates.yaml:41:9: FAIL timex.date.month_day: expected "March 5" value=2021-03-05; found: nothing
//
// Thread-safety: TestRuleExamples may be called concurrently with the same
// RuleSet; results are plain values.
#ifndef ANNALS_RULE_EXAMPLES_H_
#define ANNALS_RULE_EXAMPLES_H_

#include <string>
#include <vector>

#include "annals/rules.h"
#include "annals/status.h"

namespace annals {

// The outcome of one example.
struct RuleExampleResult {
  std::string rule;      // the id of the rule the example belongs to
  SourceLocation where;  // the example in its rule file
  bool passed = false;
  // Why it failed: what was expected and what the pipeline found instead
  // (by any rule); "" when it passed.
  std::string detail;

  // "file:line:col: PASS|FAIL rule[: detail]", one line.
  // Example: r.ToString() == "rules/a.yaml:12:9: PASS timex.date.month_day"
  std::string ToString() const;
};

// Runs the examples of every rule, in rule file order, or only those of
// `rule_id` (kNotFound when no rule has that id).
// Example:
//   auto results = annals::TestRuleExamples(*rules);
//   for (const auto& r : *results)
//     if (!r.passed) std::cout << r.ToString() << "\n";
Result<std::vector<RuleExampleResult>> TestRuleExamples(
    const RuleSet& rules, const std::string& rule_id = {});

}  // namespace annals

#endif  // ANNALS_RULE_EXAMPLES_H_
