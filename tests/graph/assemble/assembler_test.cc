// Assembler through extraction: ids in run order, and the date and event
// a stated position gets.
#include "graph/assemble/assembler.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

#include <string>
#include <vector>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"

namespace annals {
namespace {

const Extractor& Bundled() { return testing::BundledExtractor(); }

Assembly AssembleTexts(const std::vector<std::string>& texts) {
  std::vector<ArticleFacts> facts;
  for (const auto& t : texts) facts.push_back(Bundled().Extract(testing::MakeArticle(t, "2010-05-12")));
  return Assembler().Assemble(std::move(facts));
}

const PositionRecord* PositionOf(const Assembly& a, const std::string& holder_name) {
  for (const auto& p : a.graph.positions()) {
    for (const auto& x : a.graph.actors()) {
      if (x.id == p.holder && x.name == holder_name) return &p;
    }
  }
  return nullptr;
}

TEST_CASE("documents are numbered in the order of the run") {
  Assembly a = AssembleTexts({"Chilean President Tomas Vidal arrived in Lima on Monday.",
                              "Peruvian Foreign Minister Ana Ruiz left Quito on Tuesday."});
  REQUIRE(a.documents.size() == 2);
  CHECK(a.documents[0].id == "d1");
  CHECK(a.documents[1].id == "d2");
}

TEST_CASE("a position keeps its own date over the date of its event") {
  // Wednesday 2010-05-12: the meeting was Monday, the statement Tuesday.
  Assembly a = AssembleTexts(
      {"Chilean President Tomas Vidal met Peruvian Foreign Minister Ana Ruiz on Monday. "
       "Vidal told reporters on Tuesday that the talks had been useful."});
  const PositionRecord* p = PositionOf(a, "Tomas Vidal");
  REQUIRE(p != nullptr);
  CHECK(p->when.value == "2010-05-11");
}

TEST_CASE("a date inside what was said does not date the statement") {
  // Said on Wednesday (the DCT) of talks to come on Friday.
  Assembly a = AssembleTexts(
      {"Chilean President Tomas Vidal said the talks with Peru would resume in Lima on Friday."});
  const PositionRecord* p = PositionOf(a, "Tomas Vidal");
  REQUIRE(p != nullptr);
  CHECK(p->when.value == "2010-05-12");
}

}  // namespace
}  // namespace annals
