// annals/explain.h: mentions, their rules, and what overlap resolution lost.
#include "annals/explain.h"

#include <doctest/doctest.h>

#include "annals/article.h"
#include "annals/rules.h"
#include "annals/status.h"
#include "tests/api/api_fixture.h"

namespace {

using annals::testing::BundledRuleSet;

// Two timex rules that overlap on "March 5": the longer match wins.
const char* kOverlapRules = R"(timex:
  - id: t.month_day
    pattern: '\bMarch 5\b'
    type: DATE
    value: 'literal(value=XXXX-03-05)'
  - id: t.month
    pattern: '\bMarch\b'
    type: DATE
    value: 'literal(value=XXXX-03)'
)";

annals::RuleSet OverlapRules() {
  auto rules = annals::RuleSet::FromYaml(
      {{{"mem/contract.yaml", annals::testing::kContractLexicons},
        {"mem/overlap.yaml", kOverlapRules}}});
  REQUIRE_MESSAGE(rules.ok(), rules.status().ToString());
  return *rules;
}

const annals::Document kDoc{
    .path = "made-up.txt",
    .text = "They met on March 5. They spoke again in March.",
    .dct = "2021-03-01"};

TEST_CASE("Explain lists mentions with stage, rule, offsets and fields") {
  auto e = annals::Explain(OverlapRules(), kDoc);
  REQUIRE_MESSAGE(e.ok(), e.status().ToString());
  CHECK(e->path == "made-up.txt");
  CHECK(e->text == kDoc.text);
  CHECK(e->dct == "2021-03-01");
  CHECK(e->dct_origin == "option");
  CHECK(e->dct_rule.empty());
  CHECK(e->sentences.size() == 2);
  REQUIRE(e->mentions.size() == 2);
  const auto& first = e->mentions[0];
  CHECK(first.stage == "timex");
  CHECK(first.rule == "t.month_day");
  CHECK(kDoc.text.substr(first.begin, first.end - first.begin) == "March 5");
  CHECK(first.FieldsText().find("type=DATE") == 0);
  CHECK(e->mentions[1].rule == "t.month");
  CHECK(kDoc.text.substr(e->mentions[1].begin, 5) == "March");
}

TEST_CASE("Explain says which match lost, to which rule, and why") {
  auto e = annals::Explain(OverlapRules(), kDoc);
  REQUIRE(e.ok());
  REQUIRE(e->discarded.size() == 1);
  const auto& d = e->discarded[0];
  CHECK(d.rule == "t.month");
  CHECK(d.winner == "t.month_day");
  CHECK(d.reason == "shorter");
  CHECK(d.begin == kDoc.text.find("March 5"));
  CHECK(d.end == d.begin + 5);
}

TEST_CASE("Explain narrowed to one rule keeps what it found, lost or won") {
  auto loser = annals::Explain(OverlapRules(), kDoc, "t.month");
  REQUIRE(loser.ok());
  REQUIRE(loser->mentions.size() == 1);
  CHECK(loser->mentions[0].rule == "t.month");
  CHECK(loser->discarded.size() == 1);
  CHECK(loser->sentences.size() == 2);  // the frame is always there

  auto winner = annals::Explain(OverlapRules(), kDoc, "t.month_day");
  REQUIRE(winner.ok());
  CHECK(winner->mentions.size() == 1);
  CHECK(winner->discarded.size() == 1);  // it beat t.month
}

TEST_CASE("Explain refuses an unknown rule and a bad DCT") {
  auto unknown = annals::Explain(OverlapRules(), kDoc, "t.nope");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == annals::Status::Code::kNotFound);
  CHECK(unknown.status().message() == "no rule with id 't.nope'");
  auto bad = annals::Explain(OverlapRules(), {.text = "x", .dct = "soon"});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == annals::Status::Code::kInvalidArgument);
}

TEST_CASE(
    "Explain gives the dateline and the dct rule with the bundled rules") {
  annals::Document doc{.path = "wire.txt",
                       .text =
                           "LISBON, Portugal, March 19 (Xinhua) -- Talks were "
                           "held on Thursday."};
  auto e = annals::Explain(BundledRuleSet(), doc);
  REQUIRE(e.ok());
  CHECK(e->dct_origin != "none");
  CHECK_FALSE(e->dct_rule.empty());
  CHECK(e->dateline_place == "Lisbon");
}

}  // namespace
