// TestRuleExamples: RuleTester behind the API.
#include "annals/rule_examples.h"

#include <fmt/format.h>

#include "api/internal.h"
#include "pipeline/extract/rule_tester.h"

namespace annals {
namespace {

// The tester's result holds pointers into the RuleBook; the public one
// owns copies, so it outlives the RuleSet.
RuleExampleResult Public(const ExampleResult& r) {
  RuleExampleResult out;
  out.rule = r.rule ? r.rule->id : std::string();
  if (r.example) out.where = r.example->where;
  out.passed = r.passed;
  out.detail = r.detail;
  return out;
}

}  // namespace

// The same line as pipeline's FormatResult, which needs the RuleBook.
std::string RuleExampleResult::ToString() const {
  std::string line = fmt::format("{}:{}:{}: {} {}", where.file, where.line,
                                 where.column, passed ? "PASS" : "FAIL", rule);
  if (!detail.empty()) line += ": " + detail;
  return line;
}

Result<std::vector<RuleExampleResult>> TestRuleExamples(
    const RuleSet& rules, const std::string& rule_id) {
  const internal::Access::RulesImpl* r = internal::Access::Rules(rules);
  if (!r) return internal::NoRules();
  const Rule* only = rule_id.empty() ? nullptr : r->book->rule(rule_id);
  if (!rule_id.empty() && !only) {
    return Status::Error(Status::Code::kNotFound,
                         "no rule with id '" + rule_id + "'");
  }
  RuleTester tester(r->book);
  std::vector<RuleExampleResult> out;
  for (const ExampleResult& e : only ? tester.Run(*only) : tester.RunAll()) {
    out.push_back(Public(e));
  }
  return out;
}

}  // namespace annals
