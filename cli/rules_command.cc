// annals rules check|test: the rule author's tools.
//
//   annals rules check [DIR...]   load and compile; every problem as
//                                 file:line:col: error: message [rule]
//   annals rules test [DIR...]    run every rule's examples: through the
//                                 pipeline, like a test runner
// Both exit 1 when anything is wrong, so they fit in CI and `make test`.
// A client of the public API (include/annals): RuleSet::Load and
// TestRuleExamples.
#include <fmt/format.h>

#include <iostream>

#include "annals/rule_examples.h"
#include "annals/rules.h"
#include "annals/status.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace annals {
namespace {

struct RulesOptions {
  RulesOption rules;
  std::string rule;  // `test --rule ID`: only this rule's examples
  bool verbose = false;
};

// "OK: 22 files, 14 lexicons, 231 rules (dct 2, block 12, timex 120, ...)"
std::string Summary(const RuleSet& rules) {
  std::string stages;
  for (const RuleSet::StageRules& s : rules.stage_rule_counts()) {
    stages +=
        fmt::format("{}{} {}", stages.empty() ? "" : ", ", s.stage, s.rules);
  }
  return fmt::format("OK: {} files, {} lexicons, {} rules ({})",
                     rules.file_count(), rules.lexicon_count(),
                     rules.rule_count(), stages);
}

int RunCheck(const RulesOptions& o, const char* argv0) {
  Diagnostics diags;
  auto rules = RuleSet::Load(RuleDirs(o.rules, argv0), &diags);
  for (const auto& d : diags) std::cerr << d.ToString() << "\n";
  if (!rules) {
    std::cerr << fmt::format("{} error{}\n", diags.size(),
                             diags.size() == 1 ? "" : "s");
    return 1;
  }
  std::cout << Summary(*rules) << "\n";
  return 0;
}

int RunTest(const RulesOptions& o, const char* argv0) {
  // Results cite each example's file:line: positions a cached parse lacks.
  auto rules = LoadRuleSetOrReport(o.rules, argv0, RuleSet::Scope::kEverything,
                                   RulesCache::kBypass);
  if (!rules) return 1;
  auto results = TestRuleExamples(*rules, o.rule);
  if (!results) return Report(results.status());
  int failed = 0;
  for (const auto& r : *results) {
    if (!r.passed) ++failed;
    if (!r.passed || o.verbose) std::cout << r.ToString() << "\n";
  }
  std::cout << fmt::format("{} passed, {} failed\n", results->size() - failed,
                           failed);
  return failed ? 1 : 0;
}

}  // namespace

void SetupRules(CLI::App* sub, Action* action, const char* argv0) {
  sub->require_subcommand(1);
  auto o = std::make_shared<RulesOptions>();
  CLI::App* check = sub->add_subcommand(
      "check", "Load and compile rules; report every problem");
  check->add_option(
      "dirs", o->rules.dirs,
      "Rule directories, layered on the bundled rules in this order");
  check->add_flag("--no-bundled-rules", o->rules.no_bundled,
                  "Check the given directories alone");
  check->callback([o, action, argv0] {
    *action = [o, argv0] { return RunCheck(*o, argv0); };
  });
  CLI::App* test =
      sub->add_subcommand("test", "Run the examples: of every rule");
  test->add_option(
      "dirs", o->rules.dirs,
      "Rule directories, layered on the bundled rules in this order");
  test->add_flag("--no-bundled-rules", o->rules.no_bundled,
                 "Load the given directories alone");
  test->add_option("--rule", o->rule, "Only this rule's examples");
  test->add_flag("-v,--verbose", o->verbose, "Print passing examples too");
  test->callback([o, action, argv0] {
    *action = [o, argv0] { return RunTest(*o, argv0); };
  });
}

}  // namespace annals
