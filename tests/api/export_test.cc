// annals/export.h: every format, extract records, graph.dot options,
// report.html and graph.svg.
#include "annals/export.h"

#include <doctest/doctest.h>

#include <sstream>

#include "annals/article.h"
#include "annals/status.h"
#include "annals/timeline.h"
#include "tests/api/api_fixture.h"

namespace {

using annals::testing::BundledRuleSet;
using annals::testing::kSeedArticle;

// The seed article's extraction and timeline, made once.
struct Seed {
  annals::Extraction x;
  annals::Timeline t;
};
const Seed& SeedRun() {
  static const Seed seed = [] {
    auto x = *annals::Extract(BundledRuleSet(),
                              *annals::Document::FromFile(kSeedArticle));
    return Seed{x, annals::Timeline::Assemble(BundledRuleSet(), {x})};
  }();
  return seed;
}

TEST_CASE("every format renders, and only for its own kind") {
  const auto& [x, t] = SeedRun();
  for (const char* name : {"json", "md", "csv", "dot", "graphml", "timeml",
                           "timex-jsonl", "jsonl"}) {
    auto f = annals::ParseFormat(name);
    REQUIRE(f.ok());
    CHECK(std::string(annals::FormatName(*f)) == name);
    auto good = annals::IsTimelineFormat(*f) ? annals::Render(t, *f)
                                             : annals::Render(x, *f);
    CHECK_MESSAGE(good.ok(), name);
    CHECK_FALSE(good->empty());
    auto wrong = annals::IsTimelineFormat(*f) ? annals::Render(x, *f)
                                              : annals::Render(t, *f);
    CHECK_FALSE(wrong.ok());
  }
  CHECK_FALSE(annals::ParseFormat("pdf").ok());
  CHECK(
      annals::Render(t, annals::Format::kTimelineJson)->find("\"annals\": 1") !=
      std::string::npos);
  CHECK(annals::Render(t, annals::Format::kDot)->rfind("digraph", 0) == 0);
  CHECK(annals::RunOutputFiles().size() == 5);
}

TEST_CASE("extract records round-trip and assemble like the extraction") {
  const auto& [x, t] = SeedRun();
  auto line = annals::Render(x, annals::Format::kExtractRecord);
  REQUIRE(line.ok());
  CHECK(line->back() == '\n');
  auto back = annals::ParseExtractRecord(*line);
  REQUIRE_MESSAGE(back.ok(), back.status().ToString());
  CHECK(back->text().empty());
  CHECK_FALSE(
      annals::Render(*back, annals::Format::kTimeMl).ok());  // no text to tag
  auto via =
      annals::Render(annals::Timeline::Assemble(BundledRuleSet(), {*back}),
                     annals::Format::kTimelineJson);
  CHECK(*annals::Render(t, annals::Format::kTimelineJson) == *via);
  CHECK_FALSE(annals::ParseExtractRecord("{not json").ok());
  CHECK_FALSE(annals::ParseExtractRecord("{}").ok());
}

TEST_CASE("Write reports a failed stream") {
  auto t = annals::Timeline::Assemble(BundledRuleSet(), {});
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK(annals::Write(out, t, annals::Format::kCsv).code() ==
        annals::Status::Code::kIoError);
  CHECK(annals::WriteDot(out, t, {}).code() == annals::Status::Code::kIoError);
  CHECK(annals::WriteHtmlReport(out, t, "").code() ==
        annals::Status::Code::kIoError);
}

TEST_CASE("WriteDot with default options is Format::kDot") {
  const auto& t = SeedRun().t;
  std::ostringstream out;
  REQUIRE(annals::WriteDot(out, t, {}).ok());
  CHECK(out.str() == *annals::Render(t, annals::Format::kDot));
}

TEST_CASE("WriteDot draws along time, or around one actor") {
  const auto& t = SeedRun().t;
  std::ostringstream ranked;
  REQUIRE(annals::WriteDot(ranked, t, {.rank_by_time = true}).ok());
  CHECK(ranked.str().rfind("digraph", 0) == 0);
  CHECK(ranked.str() != *annals::Render(t, annals::Format::kDot));

  REQUIRE_FALSE(t.actors().empty());
  const annals::Timeline::Actor first = t.actors().front();
  std::ostringstream focused;
  REQUIRE(annals::WriteDot(focused, t, {.focus = first.id}).ok());
  CHECK(focused.str().find("label=\"" + first.name + "\"") !=
        std::string::npos);
  CHECK(focused.str().size() <=
        annals::Render(t, annals::Format::kDot)->size());

  std::ostringstream none;
  annals::Status s = annals::WriteDot(none, t, {.focus = "Nobody Ever-Named"});
  CHECK(s.code() == annals::Status::Code::kNotFound);
  CHECK(none.str().empty());
}

TEST_CASE("WriteHtmlReport makes one page, with the picture only when given") {
  const auto& t = SeedRun().t;
  std::ostringstream plain, pictured;
  REQUIRE(annals::WriteHtmlReport(plain, t, "").ok());
  REQUIRE(
      annals::WriteHtmlReport(pictured, t, "<svg id=\"made-up-graph\"></svg>")
          .ok());
  CHECK(plain.str().find("<html") != std::string::npos);
  CHECK(plain.str().find("made-up-graph") == std::string::npos);
  CHECK(pictured.str().find("made-up-graph") != std::string::npos);
}

TEST_CASE("RenderSvg draws DOT with Graphviz, or says it is not installed") {
  auto svg = annals::RenderSvg("digraph { alpha -> beta }");
  if (!svg && svg.status().code() == annals::Status::Code::kNotFound) {
    MESSAGE("Graphviz not installed: " << svg.status().message());
    return;
  }
  REQUIRE_MESSAGE(svg.ok(), svg.status().ToString());
  CHECK(svg->find("<svg") != std::string::npos);
  CHECK(svg->find("alpha") != std::string::npos);
  auto bad = annals::RenderSvg("digraph { this is not dot");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == annals::Status::Code::kInvalidArgument);
}

}  // namespace
