// Year inference answers, and only answers: the year a year-less dateline
// takes from the other articles of the run; the facts are left as they
// are (re-dating them is the driver's step, api/assemble_facts.h).
#include "graph/assemble/year_inference.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

namespace annals {
namespace {

const Extractor& Bundled() { return testing::BundledExtractor(); }

// A dated article announcing a meeting on March 19, and a wire story
// whose dateline gives "March 19" without a year.
std::vector<ArticleFacts> DatedAndYearless() {
  std::vector<ArticleFacts> out;
  out.push_back(Bundled().Extract(testing::MakeArticle(
      "Chilean President Tomas Vidal will meet Peruvian Foreign Minister Ana Ruiz "
      "in Lima on March 19.", "2021-03-12")));
  out.push_back(Bundled().Extract(testing::MakeArticle(
      "LIMA, March 19 (Xinhua) -- Chilean President Tomas Vidal met Peruvian "
      "Foreign Minister Ana Ruiz in Lima on Friday. Vidal had arrived on Tuesday.", "")));
  return out;
}

TEST_CASE("a year-less dateline takes the year of the same meeting elsewhere") {
  std::vector<ArticleFacts> facts = DatedAndYearless();
  REQUIRE(facts[1].doc.dct == "XXXX-03-19");
  std::map<std::size_t, int> years = InferYears(facts);
  CHECK(years == std::map<std::size_t, int>{{1, 2021}});
  CHECK(facts[1].doc.dct == "XXXX-03-19");  // answered, not applied
}

TEST_CASE("with no other article to vote, the year stays unknown") {
  std::vector<ArticleFacts> facts = DatedAndYearless();
  facts.erase(facts.begin());
  CHECK(InferYears(facts).empty());
}

}  // namespace
}  // namespace annals
