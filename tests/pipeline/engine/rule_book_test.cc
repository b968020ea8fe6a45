// RuleBook loading: every kind of mistake a rule author makes is reported
// at the right file:line:col with the rule id, all of them in one pass;
// and layers add rules and override them by id.
#include "pipeline/engine/rule_book.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace annals {
namespace {

// The value functions a caller evaluates are its contract's to name.
const RuleContract kFunctions{{}, {"literal", "year"}};

std::string Load(const std::string& yaml) {
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"r.yaml", yaml}}}, &d, AllStages(), kFunctions);
  std::string out;
  for (const auto& s : d) out += s.ToString() + "\n";
  if (!book && out.empty()) out = "failed without a message\n";
  return out;
}

struct BadCase {
  const char* name;
  const char* yaml;
  const char* expected;  // a substring of the diagnostics
};

const BadCase kBad[] = {
    {"yaml syntax", "timex:\n  - id: a\n    pattern: [x\n", "r.yaml:4:"},
    {"unknown key with hint",
     "place:\n  - id: p\n    patern: 'x'\n    name: x\n",
     "r.yaml:3:5: error: unknown key 'patern' in a place rule (did you mean 'pattern'?) [p]"},
    {"missing field", "place:\n  - id: p\n    pattern: 'x'\n",
     "r.yaml:2:5: error: missing required field 'name' [p]"},
    {"wrong type of field", "place:\n  - id: p\n    pattern: [x]\n    name: x\n",
     "r.yaml:3:14: error: pattern must be a string [p]"},
    {"wrong type of priority", "place:\n  - id: p\n    pattern: x\n    name: x\n    priority: high\n",
     "r.yaml:5:15: error: priority must be an integer [p]"},
    {"duplicate id",
     "place:\n  - {id: p, pattern: x, name: x}\n  - {id: p, pattern: y, name: y}\n",
     "r.yaml:3:5: error: duplicate rule id 'p' (first defined at r.yaml:2) [p]"},
    {"undefined reference", "place:\n  - id: p\n    pattern: '{NOPE}'\n    name: x\n",
     "r.yaml:3:14: error: pattern refers to undefined macro or lexicon {NOPE} [p]"},
    {"macro cycle", "macros:\n  A: '{B}'\n  B: 'x{A}'\n",
     "r.yaml:2:6: error: macro A is part of a cycle of macro references (A -> B -> A)"},
    {"re2 error", "place:\n  - id: p\n    pattern: 'a(b'\n    name: x\n",
     "r.yaml:3:14: error: pattern does not compile: missing ): a(b [p]"},
    {"missing capture", "place:\n  - id: p\n    pattern: 'x'\n    name: $who\n",
     "r.yaml:4:11: error: field name refers to $who but the pattern has no group (?P<who>...) [p]"},
    {"over memory budget", "place:\n  - id: p\n    pattern: '(?:[a-z]{1,1000}){1,1000}'\n    name: x\n",
     "r.yaml:3:14: error: pattern does not compile: "},
    {"bad enum", "timex:\n  - {id: t, pattern: x, type: DAY, value: 'year(year=1)'}\n",
     "r.yaml:2:31: error: type 'DAY' is not one of: DATE, TIME, DURATION, SET [t]"},
    {"unknown function", "timex:\n  - {id: t, pattern: x, type: DATE, value: 'yr(year=1)'}\n",
     "r.yaml:2:44: error: unknown value function 'yr' (known: literal, year) [t]"},
    {"unknown end function", "timex:\n  - {id: t, pattern: x, type: DATE, value: 'year(y=1)', end: 'yr(y=2)'}\n",
     "error: unknown end function 'yr' (known: literal, year) [t]"},
    {"lexicon without entries", "lexicons:\n  L: {case: insensitive}\n", "r.yaml:2:6: error: lexicon L has no entries:"},
    {"lexicon bad case", "lexicons:\n  L: {case: upper, entries: [a]}\n",
     "r.yaml:2:13: error: lexicon L: case must be 'sensitive' or 'insensitive'"},
    {"lexicon duplicate form", "lexicons:\n  L:\n    entries: [a, a]\n",
     "r.yaml:3:18: error: lexicon L"},
    {"lexicon entry of wrong type", "lexicons:\n  L:\n    entries: [[a]]\n",
     "r.yaml:3:15: error: lexicon L: an entry must be a string or a map"},
    {"lexicon map value of wrong type", "lexicons:\n  L:\n    entries: {a: [1]}\n",
     "r.yaml:3:18: error: lexicon L: the value of 'a' must be a string"},
    {"duplicate key", "place:\n  - id: p\n    pattern: x\n    pattern: y\n    name: x\n",
     "r.yaml:4:5: error: duplicate key 'pattern' in a place rule [p]"},
    {"section not a list", "timex: {id: t}\n", "r.yaml:1:8: error: section timex must be a list of rules"},
    {"unknown section", "timexes: []\n", "r.yaml:1:1: error: unknown key 'timexes' in a rule file (did you mean 'timex'?)"},
    {"exclude unknown lexicon", "place:\n  - {id: p, pattern: '(?P<n>x)', name: x, exclude: {n: NOPE}}\n",
     "error: exclude names unknown lexicon NOPE [p]"},
};

TEST_CASE("every kind of rule mistake is reported where it is") {
  for (const auto& c : kBad) {
    CAPTURE(c.name);
    std::string diags = Load(c.yaml);
    CHECK_MESSAGE(diags.find(c.expected) != std::string::npos, diags);
  }
}

TEST_CASE("all problems are reported at once") {
  std::string diags = Load(
      "place:\n  - {id: a, pattern: 'x(', name: x}\n  - {id: b, pattern: y}\n"
      "  - {id: c, patern: z, name: z}\n");
  CHECK(diags.find("[a]") != std::string::npos);
  CHECK(diags.find("[b]") != std::string::npos);
  CHECK(diags.find("[c]") != std::string::npos);
}

TEST_CASE("a lexicon defined twice in one layer is an error; across layers it overrides") {
  Diagnostics d;
  auto same = RuleBook::LoadSources(
      {{{"a.yaml", "lexicons:\n  L: {entries: [a]}\n"}, {"b.yaml", "lexicons:\n  L: {entries: [b]}\n"}}}, &d);
  CHECK(same == nullptr);
  REQUIRE(!d.empty());
  CHECK(d[0].ToString().find("b.yaml:2:3: error: lexicon L is already defined at a.yaml:2") == 0);
  d.clear();
  auto layered = RuleBook::LoadSources(
      {{{"a.yaml", "lexicons:\n  L: {entries: [a]}\n"}}, {{"b.yaml", "lexicons:\n  L: {entries: [b]}\n"}}}, &d);
  REQUIRE(layered != nullptr);
  CHECK(layered->lexicon("L")->Find("b") != nullptr);
  CHECK(layered->lexicon("L")->Find("a") == nullptr);
}

TEST_CASE("a later layer overrides a rule by id and adds new ones") {
  const std::string base =
      "place:\n  - {id: p.one, pattern: 'Alpha', name: Alpha}\n"
      "  - {id: p.two, pattern: 'Beta', name: Beta}\n";
  const std::string user =
      "place:\n  - {id: p.one, pattern: 'Gamma', name: Gamma}\n"
      "  - {id: p.three, pattern: 'Delta', name: Delta}\n";
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"base.yaml", base}}, {{"user.yaml", user}}}, &d);
  REQUIRE(book != nullptr);
  CHECK(book->rule_count() == 3);
  CHECK(book->rule("p.one")->pattern_source == "Gamma");
  CHECK(book->rule("p.one")->where.file == "user.yaml");
  CHECK(book->rule("p.one")->layer == 1);
  CHECK(book->rule("p.two")->where.file == "base.yaml");
  CHECK(book->rule("p.three") != nullptr);
  CHECK(book->rules(Stage::kPlace).size() == 3);
  CHECK(book->file_count() == 2);
}

// A lexicon's alternation is made once per load and reused: every rule and
// macro that names it, directly or through a macro, gets the same text,
// that of the lexicon as the last layer defines it.
TEST_CASE("every use of a lexicon expands to its one alternation") {
  Diagnostics d;
  auto book = RuleBook::LoadSources(
      {{{"base.yaml", "lexicons:\n  L: {entries: [a, bb]}\n"}},
       {{"user.yaml",
         "lexicons:\n  L: {entries: [c, ddd]}\nmacros:\n  M: 'x{L}'\n"
         "place:\n  - {id: p, pattern: '{L} {M}', name: p}\n"
         "  - {id: q, pattern: '{L}', name: q}\n"}}},
      &d);
  REQUIRE(book != nullptr);
  const std::string alt = book->lexicon("L")->Alternation();
  CHECK(alt == "(?-i:ddd|c)");
  CHECK(book->rule("q")->pattern == alt);
  CHECK(book->rule("p")->pattern == alt + " (?:x" + alt + ")");
}

TEST_CASE("a later layer may use lexicons and macros of an earlier one") {
  Diagnostics d;
  auto book = RuleBook::LoadSources(
      {{{"base.yaml", "lexicons:\n  CITY: {entries: [Springfield]}\nmacros:\n  IN: 'in '\n"}},
       {{"user.yaml", "place:\n  - {id: p, pattern: '{IN}(?P<c>{CITY})', name: $c}\n"}}},
      &d);
  REQUIRE(book != nullptr);
  CHECK(book->rule("p")->group_lexicons.count("c") == 1);
}

TEST_CASE("a missing rules directory is an error naming it") {
  Diagnostics d;
  CHECK(RuleBook::LoadDirs({"/nonexistent/rules-dir"}, &d) == nullptr);
  REQUIRE(d.size() == 1);
  CHECK(d[0].ToString() == "/nonexistent/rules-dir: error: rules directory not found");
}

}  // namespace
}  // namespace annals

namespace annals {
namespace {

// A time-only load (`annals tag`) reads every file but compiles only the
// dct, block and timex stages: the book holds no other rules, and a pattern
// error in another stage does not stop it.
TEST_CASE("a StageMask load keeps and compiles only the stages asked for") {
  const char* yaml =
      "timex:\n  - {id: t, pattern: 'today', type: DATE, value: 'literal(value=PRESENT_REF)'}\n"
      "place:\n  - {id: p, pattern: '(unclosed', name: x}\n";
  Diagnostics all_diags;
  CHECK(RuleBook::LoadSources({{{"r.yaml", yaml}}}, &all_diags) == nullptr);
  REQUIRE_FALSE(all_diags.empty());
  CHECK(all_diags[0].ToString().find("[p]") != std::string::npos);

  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"r.yaml", yaml}}}, &d, TimeStages());
  REQUIRE(book != nullptr);
  CHECK(d.empty());
  CHECK(book->rule_count() == 1);
  CHECK(book->rule("t") != nullptr);
  CHECK(book->rule("p") == nullptr);
  CHECK(book->rules(Stage::kPlace).empty());
  CHECK(book->stages() == TimeStages());
}

TEST_CASE("a StageMask load still reports YAML errors of every file") {
  Diagnostics d;
  auto book = RuleBook::LoadSources(
      {{{"r.yaml", "place:\n  - id: p\n    patern: 'x'\n    name: x\n"}}}, &d,
      TimeStages());
  CHECK(book == nullptr);
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].ToString().find("r.yaml:3:5: error: unknown key 'patern'") == 0);
}

}  // namespace
}  // namespace annals
