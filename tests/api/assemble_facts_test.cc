// The driver of assembly: a document without a year in its dateline gets
// the year the run infers, and its weekday dates fall in that year before
// the Assembler sees them.
#include "api/assemble_facts.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

namespace annals {
namespace {

const Extractor& Bundled() { return testing::BundledExtractor(); }

Assembly DatedAndYearless(bool with_dated) {
  std::vector<ArticleFacts> facts;
  if (with_dated) {
    facts.push_back(Bundled().Extract(testing::MakeArticle(
        "Chilean President Tomas Vidal will meet Peruvian Foreign Minister Ana Ruiz "
        "in Lima on March 19.", "2021-03-12")));
  }
  facts.push_back(Bundled().Extract(testing::MakeArticle(
      "LIMA, March 19 (Xinhua) -- Chilean President Tomas Vidal met Peruvian "
      "Foreign Minister Ana Ruiz in Lima on Friday.", "")));
  return AssembleFacts(std::move(facts), Bundled().tagger());
}

// Whether `doc` reports a meeting on `day`.
bool MeetingOn(const Assembly& a, const std::string& doc, const std::string& day) {
  for (const auto& e : a.graph.events()) {
    if (e.type != "meeting" || e.when.value != day) continue;
    for (const auto& ev : e.evidence) {
      if (ev.doc == doc) return true;
    }
  }
  return false;
}

TEST_CASE("a year-less dateline's weekday is dated in the inferred year") {
  Assembly a = DatedAndYearless(true);
  REQUIRE(a.documents.size() == 2);
  CHECK(a.documents[1].dct == "2021-03-19");
  CHECK(a.documents[1].dct_origin == "inferred");
  CHECK(MeetingOn(a, "d2", "2021-03-19"));  // "on Friday", resolved again
}

TEST_CASE("alone, the year-less dateline keeps its year unknown") {
  Assembly a = DatedAndYearless(false);
  CHECK(a.documents[0].dct == "XXXX-03-19");
  for (const auto& e : a.graph.events()) CHECK(e.when.value.rfind("2021", 0) != 0);
}

}  // namespace
}  // namespace annals
