// annals/rules.h: RuleSet loading, diagnostics and what a set holds.
#include "annals/rules.h"

#include <doctest/doctest.h>

#include "annals/article.h"
#include "annals/explain.h"
#include "annals/status.h"
#include "tests/api/api_fixture.h"

namespace {

using annals::testing::BundledRuleSet;
using annals::testing::DailyRuleSet;
using annals::testing::kDailyRules;

TEST_CASE("RuleSet::FromYaml compiles in-memory rules") {
  auto rules = annals::RuleSet::FromYaml(
      {{{"mem/contract.yaml", annals::testing::kContractLexicons},
        {"mem/sets.yaml", kDailyRules}}});
  REQUIRE_MESSAGE(rules.ok(), rules.status().ToString());
  CHECK(rules->rule_count() == 1);
  auto x = annals::TagTimes(
      *rules,
      {.id = "d1", .text = "It is published daily.", .dct = "2021-03-12"});
  REQUIRE(x.ok());
  auto times = x->times();
  REQUIRE(times.size() == 1);
  CHECK(times[0].begin == 16);
  CHECK(times[0].end == 21);
  CHECK(times[0].type == "SET");
  CHECK(times[0].value == "P1D");
  CHECK(times[0].rule == "timex.set.daily");
}

TEST_CASE("rule errors carry file, line, column and every problem") {
  annals::Diagnostics all;
  auto rules = annals::RuleSet::FromYaml(
      {{{"mem/bad.yaml",
         "timex:\n  - id: timex.bad\n    patern: 'x'\n    type: DATE\n"}}},
      &all);
  REQUIRE_FALSE(rules.ok());
  CHECK_FALSE(all.empty());
  CHECK(rules.status().where().file == "mem/bad.yaml");
  CHECK(rules.status().where().line > 0);
  CHECK(rules.status().ToString().find("mem/bad.yaml:") == 0);

  auto missing = annals::RuleSet::Load({"/nonexistent/annals-rules"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == annals::Status::Code::kIoError);
  CHECK_FALSE(annals::RuleSet::Load({}).ok());
}

TEST_CASE(
    "a RuleSet says how many files, lexicons and rules of each stage it has") {
  annals::RuleSet daily = DailyRuleSet();
  CHECK(daily.file_count() == 2);
  // kDailyRules adds no lexicon of its own to the contract file.
  CHECK(daily.lexicon_count() ==
        static_cast<std::size_t>(annals::testing::ContractLexiconCount()));
  auto stages = daily.stage_rule_counts();
  REQUIRE(stages.size() == 7);
  CHECK(stages[0].stage == "dct");
  CHECK(stages[2].stage == "timex");
  CHECK(stages[2].rules == 1);
  std::size_t sum = 0;
  for (const auto& s : stages) sum += s.rules;
  CHECK(sum == daily.rule_count());

  const annals::RuleSet& bundled = BundledRuleSet();
  CHECK(bundled.file_count() > 1);
  CHECK(bundled.lexicon_count() > 0);
  sum = 0;
  for (const auto& s : bundled.stage_rule_counts()) sum += s.rules;
  CHECK(sum == bundled.rule_count());
}

TEST_CASE(
    "has_rule knows the ids of every stage, and nothing of a moved-from set") {
  annals::RuleSet daily = DailyRuleSet();
  CHECK(daily.has_rule("timex.set.daily"));
  CHECK_FALSE(daily.has_rule("timex.set.weekly"));
  CHECK_FALSE(daily.has_rule(""));
  annals::RuleSet taken = std::move(daily);
  CHECK(taken.has_rule("timex.set.daily"));
  CHECK_FALSE(
      daily.has_rule("timex.set.daily"));  // NOLINT: moved-from on purpose
  CHECK(daily.file_count() == 0);          // NOLINT
  CHECK(daily.stage_rule_counts().size() == 7);  // NOLINT
}

TEST_CASE("a RuleSet loaded for times tags times and refuses Extract") {
  auto times = annals::RuleSet::Load({ANNALS_SOURCE_DIR "/rules"}, nullptr,
                                     annals::RuleSet::Scope::kTimes);
  REQUIRE_MESSAGE(times.ok(), times.status().ToString());
  CHECK(times->scope() == annals::RuleSet::Scope::kTimes);
  CHECK(BundledRuleSet().scope() == annals::RuleSet::Scope::kEverything);
  CHECK(times->rule_count() < BundledRuleSet().rule_count());
  CHECK(times->has_rule("timex.set.daily") ==
        BundledRuleSet().has_rule("timex.set.daily"));

  const annals::Document doc{.id = "d",
                             .text =
                                 "The envoy met the mayor on "
                                 "Friday, March 5, 2021.",
                             .dct = "2021-03-08"};
  auto tagged = annals::TagTimes(*times, doc);
  auto full = annals::TagTimes(BundledRuleSet(), doc);
  REQUIRE(tagged.ok());
  REQUIRE(full.ok());
  REQUIRE(tagged->times().size() == full->times().size());
  CHECK(tagged->times()[0].value == full->times()[0].value);

  auto extracted = annals::Extract(*times, doc);
  REQUIRE_FALSE(extracted.ok());
  CHECK(extracted.status().code() == annals::Status::Code::kInvalidArgument);
  CHECK(extracted.status().message().find("Scope::kTimes") !=
        std::string::npos);
  CHECK_FALSE(annals::Explain(*times, doc).ok());
}

}  // namespace

TEST_CASE("a set that breaks the rule contract or holds no rule is refused") {
  // Renaming a lexicon a stage reads by name: an error at the rename, not
  // a quieter extraction.
  std::string renamed = annals::testing::kContractLexicons;
  renamed.replace(renamed.find("  PRONOUN:"), 10, "  PRONOUNS:");
  annals::Diagnostics all;
  auto rules = annals::RuleSet::FromYaml(
      {{{"mem/contract.yaml", renamed}, {"mem/sets.yaml", kDailyRules}}}, &all);
  REQUIRE_FALSE(rules.ok());
  std::string text;
  for (const auto& d : all) text += d.ToString() + "\n";
  CHECK(text.find("mem/contract.yaml:20:") != std::string::npos);
  CHECK(
      text.find(
          "reads lexicon 'PRONOUN', which is not defined (is 'PRONOUNS' here a "
          "rename of it?)") != std::string::npos);

  std::string no_field = annals::testing::kContractLexicons;
  no_field.replace(no_field.find("rank: head, "), 12, "");
  auto fieldless = annals::RuleSet::FromYaml(
      {{{"mem/contract.yaml", no_field}, {"mem/sets.yaml", kDailyRules}}});
  REQUIRE_FALSE(fieldless.ok());
  CHECK(fieldless.status().message() ==
        "the actor finder reads field 'rank' of lexicon 'TITLE', which no "
        "entry gives");

  auto empty = annals::RuleSet::FromYaml(
      {{{"mem/contract.yaml", annals::testing::kContractLexicons}}});
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message().find("no rules loaded") == 0);

  auto layered = annals::RuleSet::LoadLayered(
      {ANNALS_SOURCE_DIR "/rules"}, {{{"mem/sets.yaml", kDailyRules}}});
  REQUIRE_MESSAGE(layered.ok(), layered.status().ToString());
  CHECK(layered->rule_count() ==
        BundledRuleSet().rule_count() +
            (BundledRuleSet().has_rule("timex.set.daily") ? 0 : 1));
}
