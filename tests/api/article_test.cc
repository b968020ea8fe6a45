// annals/article.h: Documents, Extract, TagTimes and Extractions.
#include "annals/article.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "annals/export.h"
#include "annals/status.h"
#include "annals/timeline.h"
#include "tests/api/api_fixture.h"

namespace {

using annals::testing::BundledRuleSet;
using annals::testing::DailyRuleSet;
using annals::testing::kSeedArticle;

TEST_CASE("Extract finds the seed article's DCT, actors and events") {
  auto doc = annals::Document::FromFile(kSeedArticle);
  REQUIRE(doc.ok());
  auto x = annals::Extract(BundledRuleSet(), *doc);
  REQUIRE(x.ok());
  CHECK(x->dct().rfind("2021-03-12", 0) == 0);
  CHECK(x->dct_origin() == "text");
  CHECK_FALSE(x->events().empty());
  CHECK_FALSE(x->actors().empty());
  CHECK(x->text() == doc->text);
}

TEST_CASE("an event's date is the timeline's: a counted day is a day") {
  const char* text =
      "Chilean President Tomas Vidal arrived in Lima on Monday. Three days "
      "later, Vidal met Peruvian President Ana Ruiz.";
  auto x = annals::Extract(BundledRuleSet(), {.text = text, .dct = "2010-05-12"});
  REQUIRE(x.ok());
  std::vector<std::string> days;
  for (const auto& e : x->events()) days.push_back(e.when);
  CHECK(days == std::vector<std::string>{"2010-05-10", "2010-05-13"});
  std::vector<annals::Extraction> xs;
  xs.push_back(std::move(*x));
  annals::Timeline t = annals::Timeline::Assemble(BundledRuleSet(), std::move(xs));
  std::vector<std::string> on_timeline;
  for (const auto& e : t.events()) on_timeline.push_back(e.when);
  CHECK(on_timeline == days);
}

TEST_CASE("a caller's DCT must be a date") {
  auto x = annals::Extract(BundledRuleSet(),
                           {.text = "Talks were held.", .dct = "next Tuesday"});
  REQUIRE_FALSE(x.ok());
  CHECK(x.status().code() == annals::Status::Code::kInvalidArgument);
}

TEST_CASE("IsDate accepts what a caller may give as DCT") {
  CHECK(annals::IsDate("2021-03-19"));
  CHECK(annals::IsDate("2021-03"));
  CHECK(annals::IsDate("XXXX-03-19"));
  CHECK_FALSE(annals::IsDate("next Tuesday"));
  CHECK(annals::IsDate("2021"));
  CHECK_FALSE(annals::IsDate("March 19"));
  CHECK_FALSE(annals::IsDate(""));
}

TEST_CASE("IsDate checks the calendar: a typo is not a date") {
  CHECK_FALSE(annals::IsDate("yesterday"));
  CHECK_FALSE(annals::IsDate("2021-13-45"));
  CHECK_FALSE(annals::IsDate("2021-13"));
  CHECK_FALSE(annals::IsDate("2021-00"));
  CHECK_FALSE(annals::IsDate("2021-02-30"));
  CHECK_FALSE(annals::IsDate("2021-02-29"));
  CHECK(annals::IsDate("2020-02-29"));
  CHECK(annals::IsDate("XXXX-02-29"));
  CHECK_FALSE(annals::IsDate("2021-3-19"));
  CHECK(annals::IsDate("2021-03-19T18:15"));
  CHECK(annals::IsDate("2021-03-19TMO"));
  CHECK_FALSE(annals::IsDate("2021-03-19T25:00"));
  CHECK_FALSE(annals::IsDate("2021-03-19Tlater"));
}

TEST_CASE("Document::FromJsonLine reads an {id, text, dct} record") {
  auto d = annals::Document::FromJsonLine(
      R"({"id": "wire-7", "text": "It is daily.", "dct": "2021-03-12"})");
  REQUIRE_MESSAGE(d.ok(), d.status().ToString());
  CHECK(d->path == "wire-7");
  CHECK(d->id.empty());
  CHECK(d->text == "It is daily.");
  CHECK(d->dct == "2021-03-12");
  CHECK(d->dct_origin == "option");

  auto bare = annals::Document::FromJsonLine(R"({"text": "No id here."})", {},
                                             "stdin:3");
  REQUIRE(bare.ok());
  CHECK(bare->path == "stdin:3");
  CHECK(bare->dct.empty());
  CHECK(bare->dct_origin.empty());
}

TEST_CASE(
    "Document::FromJsonLine refuses other lines, located where the caller "
    "says") {
  for (const char* line : {"{not json", "[1, 2]", R"({"id": "a"})",
                           R"({"text": 5})", R"({"id": 5, "text": "x"})"}) {
    auto d = annals::Document::FromJsonLine(line, {"<stdin>", 4, 0});
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == annals::Status::Code::kInvalidArgument);
    CHECK(d.status().ToString().rfind("<stdin>:4: error: ", 0) == 0);
  }
}

TEST_CASE("DiscardText keeps the results and drops the text") {
  auto x = annals::Extract(DailyRuleSet(), {.text = "It is published daily."});
  REQUIRE(x.ok());
  annals::Extraction kept = *x;
  x->DiscardText();
  CHECK(x->text().empty());
  CHECK(kept.text() == "It is published daily.");  // copies are independent
  REQUIRE(x->times().size() == 1);
  CHECK(x->times()[0].value == "P1D");
  CHECK(*annals::Render(*x, annals::Format::kExtractRecord) ==
        *annals::Render(kept, annals::Format::kExtractRecord));
}

TEST_CASE("one RuleSet serves many threads without locks") {
  auto doc = *annals::Document::FromFile(kSeedArticle);
  auto render = [&] {
    return *annals::Render(*annals::Extract(BundledRuleSet(), doc),
                           annals::Format::kExtractRecord);
  };
  std::string expected = render();
  std::vector<std::string> got(4);
  std::vector<std::thread> pool;
  for (std::size_t i = 0; i < got.size(); ++i)
    pool.emplace_back([&, i] { got[i] = render(); });
  for (auto& th : pool) th.join();
  for (const auto& g : got) CHECK(g == expected);
}

}  // namespace
