// RuleTester on rule files of our own: passing and failing examples of
// each kind (match, fields, reject, dct, block rules), and the messages.
#include "pipeline/extract/rule_tester.h"

#include <doctest/doctest.h>

#include <string>

namespace annals {
namespace {

const char kRules[] = R"(
lexicons:
  MONTH:
    entries:
      - {forms: [March, Mar.], value: 3}
      - {forms: [April], value: 4}
block:
  - id: block.flight
    pattern: 'flight [0-9]+'
    blocks: [timex]
    examples:
      - {text: "Take flight 1990 home.", match: "flight 1990"}
      - {text: "Take flight 1990 home.", match: "flight 19"}
timex:
  - id: t.month_day
    pattern: '\b(?P<m>{MONTH}) (?P<d>[0-9]{1,2})\b'
    type: DATE
    value: 'date(month=$m, day=$d)'
    examples:
      - {text: "They met on March 5.", dct: "2021-03-19", match: "March 5", value: "2021-03-05"}
      - {text: "They met on March 5.", dct: "2021-03-19", match: "March 5", value: "2021-03-06"}
      - {text: "They met on April 31st.", reject: true, match: "March 5"}
      - {text: "They met on March 5.", reject: true, match: "March 5"}
      - "Due March 4."
      - "No date here."
  - id: t.year
    pattern: '\b(?P<y>19[0-9]{2})\b'
    type: DATE
    value: 'year(year=$y)'
    examples:
      - {text: "In 1990 it grew.", match: "1990", value: "1990"}
      - {text: "Take flight 1990 home.", reject: true}
place:
  - id: p.city
    pattern: '\bin (?P<n>Springfield)\b'
    name: $n
    kind: city
    examples:
      - {text: "They met in Springfield.", match: "Springfield", name: "Springfield", kind: city}
      - {text: "They met in Springfield.", name: "Shelbyville"}
)";

std::shared_ptr<const RuleBook> Book() {
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"t.yaml", kRules}}}, &d);
  for (const auto& s : d) MESSAGE(s.ToString());
  return book;
}

TEST_CASE("examples pass and fail as written") {
  auto book = Book();
  REQUIRE(book != nullptr);
  RuleTester tester(book);
  auto results = tester.RunAll();
  struct Want {
    const char* rule;
    int line;
    bool passed;
  };
  const Want kWant[] = {
      {"block.flight", 12, true},  {"block.flight", 13, false}, {"t.month_day", 20, true},
      {"t.month_day", 21, false},  {"t.month_day", 22, true},   {"t.month_day", 23, false},
      {"t.month_day", 24, true},   {"t.month_day", 25, false},  {"t.year", 31, true},
      {"t.year", 32, true},        {"p.city", 39, true},        {"p.city", 40, false},
  };
  REQUIRE(results.size() == std::size(kWant));
  for (size_t i = 0; i < results.size(); ++i) {
    CAPTURE(FormatResult(results[i]));
    CHECK(results[i].rule->id == kWant[i].rule);
    CHECK(results[i].example->where.line == kWant[i].line);
    CHECK(results[i].passed == kWant[i].passed);
  }
}

TEST_CASE("failures say what was expected and what was found") {
  auto book = Book();
  REQUIRE(book != nullptr);
  RuleTester tester(book);
  auto results = tester.Run(*book->rule("t.month_day"));
  REQUIRE(results.size() == 6);
  CHECK(FormatResult(results[1]) ==
        "t.yaml:21:9: FAIL t.month_day: expected \"March 5\" value=2021-03-06; found: "
        "\"March 5\" type=DATE value=2021-03-05 [t.month_day]");
  CHECK(FormatResult(results[3]) ==
        "t.yaml:23:9: FAIL t.month_day: must not find \"March 5\", but did");
  CHECK(FormatResult(results[5]) ==
        "t.yaml:25:9: FAIL t.month_day: expected a match; found: nothing");
  CHECK(FormatResult(results[0]) == "t.yaml:20:9: PASS t.month_day");
}

TEST_CASE("the bundled rules load and their examples run") {
  Diagnostics d;
  auto book = RuleBook::LoadDirs({ANNALS_SOURCE_DIR "/rules"}, &d);
  REQUIRE(book != nullptr);
  auto results = RuleTester(book).RunAll();
  CHECK(results.size() > 50);
}

}  // namespace
}  // namespace annals
