#include "pipeline/engine/candidate_sets.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/engine/token_starts.h"

namespace annals {
namespace {

// Patterns of the kinds the stages hold: name-led (a Unicode capital),
// lexicon-led, ASCII-class-led, (?i) words, line starts.
const std::vector<std::string> kPatterns = {
    R"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3},? (?:said|says))",
    R"(\b(?:President|Prime Minister|Foreign Minister) \p{Lu}\p{Ll}+)",
    R"(\b(?:[Tt]he )?(?:United Nations|European Union|World Bank)\b)",
    R"([,"”] (?P<name>\p{Lu}\p{Ll}+) said)",
    R"(\b[0-9]{1,2} (?i:days|weeks|months)\b)",
    R"(\b[A-Z][a-z]+ (?:19|20)[0-9]{2} Olympics\b)",
    R"((?i)\b(?:last|next) (?:week|month|year)\b)",
    R"((?m)^[A-Z][A-Z .'-]+[A-Z], )",
    R"(\b\w+-year plan\b)",
    R"(\b[Bb]oth (?:sides|parties)\b)",
};

const char* kTexts[] = {
    "BEIJING, March 3 President Hu Jintao met Foreign Minister Ana Ruiz.",
    "Ana María Ruiz said the United Nations would act within 3 days.",
    "\"We agree,\" Ruiz said. Both sides met last week; the World Bank paid.",
    "Élodie Dupont, 45, says the Beijing 2008 Olympics were a five-year plan.",
    "ÉMILE ZOLA, PARIS, NEXT YEAR: the European Union, \xE2\x80\x9D Ana said",
    "", "x", "\xC3", "Both", "both parties", "LAST MONTH 12 weeks",
};

std::vector<CandidateRule> Rules(
    std::vector<std::unique_ptr<RE2>>* compiled) {
  std::vector<CandidateRule> out;
  for (const std::string& p : kPatterns) {
    compiled->push_back(std::make_unique<RE2>(p));
    REQUIRE(compiled->back()->ok());
    const RE2* re = compiled->back().get();
    out.push_back({p, [re]() -> const RE2& { return *re; }});
  }
  return out;
}

// Every byte offset of every text: Find answers at any position.
template <typename F>
void EachStart(F f) {
  for (const char* t : kTexts) {
    const std::string_view text(t);
    for (size_t pos = 0; pos < text.size(); ++pos) f(text, pos);
  }
}

TEST_CASE("CandidateSets: split groups give what one set gives") {
  std::vector<std::unique_ptr<RE2>> compiled;
  const auto rules = Rules(&compiled);
  CandidateSets one(rules, CandidateSets::Grouping::kOneSet);
  CandidateSets split(rules);
  CHECK(one.group_count() == 1);
  CHECK(split.group_count() == 2);
  std::vector<int> a, b;
  size_t with_candidates = 0;
  EachStart([&](std::string_view text, size_t pos) {
    one.Find(text, pos, &a);
    split.Find(text, pos, &b);
    CAPTURE(text);
    CAPTURE(pos);
    CHECK(a == b);
    with_candidates += !a.empty();
  });
  CHECK(with_candidates > 10);  // the table does exercise the sets
}

TEST_CASE("CandidateSets: never leaves out a rule that matches there") {
  std::vector<std::unique_ptr<RE2>> compiled;
  const auto rules = Rules(&compiled);
  CandidateSets split(rules);
  std::vector<int> found;
  EachStart([&](std::string_view text, size_t pos) {
    split.Find(text, pos, &found);
    for (size_t i = 0; i < compiled.size(); ++i) {
      if (!compiled[i]->Match(text, pos, text.size(), RE2::ANCHOR_START,
                              nullptr, 0))
        continue;
      CAPTURE(text);
      CAPTURE(pos);
      CAPTURE(kPatterns[i]);
      CHECK(std::find(found.begin(), found.end(), static_cast<int>(i)) !=
            found.end());
    }
  });
}

TEST_CASE("CandidateSets: indexes ascending, whichever group found them") {
  std::vector<std::unique_ptr<RE2>> compiled;
  const auto rules = Rules(&compiled);
  CandidateSets split(rules);
  std::vector<int> found;
  // Rule 0 (name-led group) and rule 1 (the rest) both match at 0.
  split.Find("President Hu said so", 0, &found);
  CHECK(found == std::vector<int>{0, 1});
  split.Find("said President Hu", 0, &found);
  CHECK(found.empty());
}

TEST_CASE("LetterLed: classes with letters of any script, not ASCII ones") {
  CHECK(LetterLed(ReadPatternStart(R"(\p{Lu}\p{Ll}+)")));
  CHECK(LetterLed(ReadPatternStart(R"((?:, |\band )?\p{L}+)")));
  CHECK_FALSE(LetterLed(ReadPatternStart(R"(\w+-year plan)")));  // ASCII \w
  CHECK_FALSE(LetterLed(ReadPatternStart(R"((?:President|Minister) \p{Lu})")));
  CHECK_FALSE(LetterLed(ReadPatternStart(R"([0-9]+ days)")));
  CHECK_FALSE(LetterLed(ReadPatternStart(R"([A-Z][a-z]+ 2008)")));
  CHECK_FALSE(LetterLed(ReadPatternStart(R"([,"”] \p{Lu})")));
  // (?i) widens an apostrophe to any non-ASCII byte, but no letter leads.
  CHECK_FALSE(LetterLed(ReadPatternStart(R"((?i)(?:[0-9]0|['’][0-9]0)s)")));
}

TEST_CASE("CandidateSets: one group when every rule has the same kind") {
  std::vector<std::unique_ptr<RE2>> compiled;
  auto all = Rules(&compiled);
  std::vector<CandidateRule> literal = {all[1], all[2], all[4], all[6]};
  CHECK(CandidateSets(literal).group_count() == 1);
  CHECK(CandidateSets({}).group_count() == 0);
  std::vector<int> found = {7};
  CandidateSets({}).Find("anything", 0, &found);
  CHECK(found.empty());
}

TEST_CASE("CandidateSets: threads asking first compile each set once, alike") {
  std::vector<std::unique_ptr<RE2>> compiled;
  const auto rules = Rules(&compiled);
  const CandidateSets reference(rules);
  std::vector<std::vector<int>> expected;
  std::vector<int> found;
  EachStart([&](std::string_view text, size_t pos) {
    reference.Find(text, pos, &found);
    expected.push_back(found);
  });
  // A fresh object: its sets are compiled by whichever thread asks first.
  const CandidateSets shared(rules);
  std::vector<std::vector<std::vector<int>>> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) {
    threads.emplace_back([&shared, &g] {
      std::vector<int> f;
      EachStart([&](std::string_view text, size_t pos) {
        shared.Find(text, pos, &f);
        g.push_back(f);
      });
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == expected);
}

}  // namespace
}  // namespace annals
