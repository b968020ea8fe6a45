// annals/rule_examples.h: the `examples:` of rules as tests.
#include "annals/rule_examples.h"

#include <doctest/doctest.h>

#include "annals/status.h"
#include "tests/api/api_fixture.h"

namespace {

using annals::testing::DailyRuleSet;

TEST_CASE("TestRuleExamples judges every example, in file order") {
  auto results = annals::TestRuleExamples(DailyRuleSet());
  REQUIRE_MESSAGE(results.ok(), results.status().ToString());
  REQUIRE(results->size() == 2);
  const auto& pass = (*results)[0];
  CHECK(pass.rule == "timex.set.daily");
  CHECK(pass.passed);
  CHECK(pass.detail.empty());
  CHECK(pass.where.file == "mem/sets.yaml");
  CHECK(pass.where.line > 0);
  const auto& fail = (*results)[1];
  CHECK_FALSE(fail.passed);
  CHECK(fail.detail.find("\"weekly\"") != std::string::npos);
  CHECK(fail.where.line > pass.where.line);
}

TEST_CASE(
    "an example result prints as file:line:col: PASS|FAIL rule[: detail]") {
  annals::RuleExampleResult r{
      .rule = "t.x", .where = {"a.yaml", 12, 9}, .passed = true};
  CHECK(r.ToString() == "a.yaml:12:9: PASS t.x");
  r.passed = false;
  r.detail = "expected \"March\"; found: nothing";
  CHECK(r.ToString() ==
        "a.yaml:12:9: FAIL t.x: expected \"March\"; found: nothing");
}

TEST_CASE("TestRuleExamples narrowed to one rule, or refusing an unknown one") {
  auto one = annals::TestRuleExamples(DailyRuleSet(), "timex.set.daily");
  REQUIRE(one.ok());
  CHECK(one->size() == 2);
  auto unknown = annals::TestRuleExamples(DailyRuleSet(), "timex.set.weekly");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == annals::Status::Code::kNotFound);
  CHECK(unknown.status().ToString() ==
        "error: no rule with id 'timex.set.weekly'");
}

}  // namespace
