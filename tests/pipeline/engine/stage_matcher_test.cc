#include "pipeline/engine/stage_matcher.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "pipeline/engine/rule_book.h"

namespace annals {
namespace {

TEST_CASE("RelaxForPrefilter widens counted repetitions only") {
  CHECK(RelaxForPrefilter("a{0,5}b{2}c{1,}d") == "a*b+c+d");
  CHECK(RelaxForPrefilter("[^,;]{0,160}?x") == "[^,;]*?x");
  // Braces of escapes, classes and literals stay.
  CHECK(RelaxForPrefilter(R"(\p{Lu}\x{2019}{2})") == R"(\p{Lu}\x{2019}+)");
  CHECK(RelaxForPrefilter("[{1,2}]{3}") == "[{1,2}]+");
  CHECK(RelaxForPrefilter("[]{]{2}") == "[]{]+");
  CHECK(RelaxForPrefilter("[[:alpha:]{]{0,2}") == "[[:alpha:]{]*");
  CHECK(RelaxForPrefilter(R"(\{1,2\}a{x})") == R"(\{1,2\}a{x})");
  CHECK(RelaxForPrefilter("{1,2}") == "{1,2}");
}

TEST_CASE("RelaxForPrefilter gives a language that contains the rule's") {
  const char* patterns[] = {
      R"((?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}), (?:an?|the) [^,;]{0,20}?\bminister\b)",
      R"(\b(?:[Tt]he )?(?:[A-Z][\w.-]* ){0,3}delegation\b)",
  };
  const char* texts[] = {"Wang Yi, the foreign minister, said",
                         "the Chinese Foreign Ministry delegation",
                         "Wang Yi Zhang, a minister", "nothing here"};
  for (const char* p : patterns) {
    RE2 exact(p), relaxed(RelaxForPrefilter(p));
    REQUIRE(relaxed.ok());
    for (const char* t : texts) {
      if (RE2::PartialMatch(t, exact)) CHECK(RE2::PartialMatch(t, relaxed));
    }
  }
}

}  // namespace
}  // namespace annals

namespace annals {
namespace {

// Runs the `timex` rules of `yaml` over `text`: "rule@begin-end" per match.
std::vector<std::string> Find(const std::string& yaml, std::string_view text) {
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"r.yaml", yaml}}}, &d);
  REQUIRE(book);
  std::vector<Match> found;
  book->matcher(Stage::kTimex).FindAll(text, &found);
  std::vector<std::string> out;
  for (const Match& m : found) {
    out.push_back(m.rule->id + "@" + std::to_string(m.begin) + "-" +
                  std::to_string(m.end));
  }
  return out;
}

const char* kTwoRules =
    "timex:\n"
    "  - {id: days, pattern: '\\d+ days', type: DURATION, value: 'P1D'}\n"
    "  - {id: king, pattern: '(?i:king|day)', type: DATE, value: '2000'}\n";

TEST_CASE("StageMatcher: matches begin at token starts, never inside a word") {
  // "making" holds "king" and "Monday" holds "day": neither is a match.
  CHECK(Find(kTwoRules, "policy-making on Monday") ==
        std::vector<std::string>{});
  CHECK(Find(kTwoRules, "the King said") ==
        std::vector<std::string>{"king@4-8"});
}

TEST_CASE(
    "StageMatcher: per rule, leftmost matches that do not overlap, in text "
    "order") {
  CHECK(Find(kTwoRules, "in 3 days and 12 days, a day") ==
        std::vector<std::string>{"days@3-9", "king@5-8", "days@14-21",
                                 "king@17-20", "king@25-28"});
}

TEST_CASE("StageMatcher: malformed UTF-8 in the text is matched around") {
  CHECK(Find(kTwoRules, "in 3 days \xff a day") ==
        std::vector<std::string>{"days@3-9", "king@5-8", "king@14-17"});
}

TEST_CASE("StageMatcher: an excluded word cuts a capture; a hyphen's second part does not") {
  const char* yaml =
      "lexicons:\n  STOP: {entries: [Monday, Asian]}\n"
      "timex:\n"
      "  - {id: name, pattern: '(?P<n>[A-Z][\\w-]*(?: [A-Z][\\w-]*)*)', type: DATE,\n"
      "     value: '2000', exclude: {n: [STOP]}}\n";
  // "Ana Ruiz Monday" keeps "Ana Ruiz"; a first excluded word drops it.
  CHECK(Find(yaml, "Ana Ruiz Monday") == std::vector<std::string>{"name@0-8"});
  CHECK(Find(yaml, "Monday Ruiz") == std::vector<std::string>{});
  // "Sino-Asian Bank" is whole; "Asian-run Bank" begins with a stop word.
  CHECK(Find(yaml, "Sino-Asian Bank") == std::vector<std::string>{"name@0-15"});
  CHECK(Find(yaml, "Asian-run Bank") == std::vector<std::string>{});
}

}  // namespace
}  // namespace annals
