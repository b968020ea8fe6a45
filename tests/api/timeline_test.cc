// annals/timeline.h: assembling extractions into one timeline.
#include "annals/timeline.h"

#include <doctest/doctest.h>

#include "annals/article.h"
#include "annals/export.h"
#include "tests/api/api_fixture.h"

namespace {

using annals::testing::BundledRuleSet;
using annals::testing::kSeedArticle;

TEST_CASE("Assemble the seed article") {
  auto x = annals::Extract(BundledRuleSet(),
                           *annals::Document::FromFile(kSeedArticle));
  REQUIRE(x.ok());
  std::vector<annals::Extraction> xs;
  xs.push_back(*x);  // copies are independent
  annals::Timeline t =
      annals::Timeline::Assemble(BundledRuleSet(), std::move(xs));
  CHECK(t.document_count() == 1);
  CHECK(t.event_count() == t.events().size());
  CHECK(t.actor_count() == t.actors().size());
  bool meeting = false;
  for (const auto& e : t.events())
    meeting = meeting || (e.type == "meeting" && e.when == "2021-03-18");
  CHECK(meeting);
  CHECK(x->events().size() > 0);  // the copy given away left this one intact
}

TEST_CASE("extractions without their text assemble to the same timeline") {
  auto doc = *annals::Document::FromFile(kSeedArticle);
  auto with = *annals::Extract(BundledRuleSet(), doc);
  auto without = with;
  without.DiscardText();
  auto a = annals::Render(annals::Timeline::Assemble(BundledRuleSet(), {with}),
                          annals::Format::kTimelineJson);
  auto b =
      annals::Render(annals::Timeline::Assemble(BundledRuleSet(), {without}),
                     annals::Format::kTimelineJson);
  CHECK(*a == *b);
}

TEST_CASE("documents() gives each document's DCT and where it came from") {
  annals::Document dated{.path = "dated.txt", .text = "They met on Tuesday."};
  dated.dct = "2021-03-12";
  annals::Document undated{.path = "undated.txt",
                           .text = "They met on Tuesday."};
  auto a = annals::Extract(BundledRuleSet(), dated);
  auto b = annals::Extract(BundledRuleSet(), undated);
  REQUIRE((a.ok() && b.ok()));
  auto docs =
      annals::Timeline::Assemble(BundledRuleSet(), {*a, *b}).documents();
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].path == "dated.txt");
  CHECK(docs[0].dct == "2021-03-12");
  CHECK(docs[0].dct_origin == "option");
  CHECK(docs[1].path == "undated.txt");
  CHECK(docs[1].dct_origin != "option");
}

TEST_CASE("an empty run is a timeline with nothing in it") {
  annals::Timeline t = annals::Timeline::Assemble(BundledRuleSet(), {});
  CHECK(t.document_count() == 0);
  CHECK(t.events().empty());
  CHECK(t.actors().empty());
  CHECK(t.statement_count() == 0);
}

}  // namespace
