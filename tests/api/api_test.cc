// The public API (include/annals) as an embedding program uses it: only
// <annals/...> headers here, never pipeline/ or graph/.
#include "annals/annals.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <thread>

namespace {

const std::string kRules = ANNALS_SOURCE_DIR "/rules";
const std::string kArticle = ANNALS_SOURCE_DIR "/examples/articles/000_71cd7fc4d746160c.txt";

// Loading the bundled rules compiles a few hundred regular expressions;
// once per test binary is enough.
const annals::RuleSet& Bundled() {
  static const annals::RuleSet rules = *annals::RuleSet::Load({kRules});
  return rules;
}

const char* kSetRules = R"(timex:
  - id: timex.set.daily
    pattern: '\b(?P<f>daily)\b'
    type: SET
    value: 'literal(value=P1D)'
)";

TEST_CASE("RuleSet::FromYaml compiles in-memory rules") {
  auto rules = annals::RuleSet::FromYaml({{{"mem/sets.yaml", kSetRules}}});
  REQUIRE_MESSAGE(rules.ok(), rules.status().ToString());
  CHECK(rules->rule_count() == 1);
  auto x = annals::TagTimes(*rules, {.id = "d1", .text = "It is published daily.", .dct = "2021-03-12"});
  REQUIRE(x.ok());
  auto times = x->times();
  REQUIRE(times.size() == 1);
  CHECK(times[0].begin == 16);
  CHECK(times[0].end == 21);
  CHECK(times[0].type == "SET");
  CHECK(times[0].value == "P1D");
  CHECK(times[0].rule == "timex.set.daily");
}

TEST_CASE("rule errors carry file, line, column and every problem") {
  annals::Diagnostics all;
  auto rules = annals::RuleSet::FromYaml(
      {{{"mem/bad.yaml", "timex:\n  - id: timex.bad\n    patern: 'x'\n    type: DATE\n"}}}, &all);
  REQUIRE_FALSE(rules.ok());
  CHECK_FALSE(all.empty());
  CHECK(rules.status().where().file == "mem/bad.yaml");
  CHECK(rules.status().where().line > 0);
  CHECK(rules.status().ToString().find("mem/bad.yaml:") == 0);

  auto missing = annals::RuleSet::Load({"/nonexistent/annals-rules"});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == annals::Status::Code::kIoError);
  CHECK_FALSE(annals::RuleSet::Load({}).ok());
}

TEST_CASE("Extract and Assemble the seed article") {
  auto doc = annals::Document::FromFile(kArticle);
  REQUIRE(doc.ok());
  auto x = annals::Extract(Bundled(), *doc);
  REQUIRE(x.ok());
  CHECK(x->dct().rfind("2021-03-12", 0) == 0);
  CHECK(x->dct_origin() == "text");
  CHECK_FALSE(x->events().empty());
  CHECK_FALSE(x->actors().empty());

  std::vector<annals::Extraction> xs;
  xs.push_back(*x);  // copies are independent
  annals::Timeline t = annals::Timeline::Assemble(Bundled(), std::move(xs));
  CHECK(t.document_count() == 1);
  CHECK(t.event_count() == t.events().size());
  bool meeting = false;
  for (const auto& e : t.events()) meeting = meeting || (e.type == "meeting" && e.when == "2021-03-18");
  CHECK(meeting);
  CHECK(x->events().size() > 0);  // the copy given away left this one intact
}

TEST_CASE("a caller's DCT must be a date") {
  auto x = annals::Extract(Bundled(), {.text = "Talks were held.", .dct = "next Tuesday"});
  REQUIRE_FALSE(x.ok());
  CHECK(x.status().code() == annals::Status::Code::kInvalidArgument);
}

TEST_CASE("every format renders, and only for its own kind") {
  auto x = annals::Extract(Bundled(), *annals::Document::FromFile(kArticle));
  REQUIRE(x.ok());
  auto t = annals::Timeline::Assemble(Bundled(), {*x});
  for (const char* name : {"json", "md", "csv", "dot", "graphml", "timeml", "timex-jsonl", "jsonl"}) {
    auto f = annals::ParseFormat(name);
    REQUIRE(f.ok());
    CHECK(std::string(annals::FormatName(*f)) == name);
    auto good = annals::IsTimelineFormat(*f) ? annals::Render(t, *f) : annals::Render(*x, *f);
    CHECK_MESSAGE(good.ok(), name);
    CHECK_FALSE(good->empty());
    auto wrong = annals::IsTimelineFormat(*f) ? annals::Render(*x, *f) : annals::Render(t, *f);
    CHECK_FALSE(wrong.ok());
  }
  CHECK_FALSE(annals::ParseFormat("pdf").ok());
  CHECK(annals::Render(t, annals::Format::kTimelineJson)->find("\"annals\": 1") != std::string::npos);
  CHECK(annals::Render(t, annals::Format::kDot)->rfind("digraph", 0) == 0);
  CHECK(annals::RunOutputFiles().size() == 5);
}

TEST_CASE("extract records round-trip and assemble like the extraction") {
  auto x = annals::Extract(Bundled(), *annals::Document::FromFile(kArticle));
  REQUIRE(x.ok());
  auto line = annals::Render(*x, annals::Format::kExtractRecord);
  REQUIRE(line.ok());
  CHECK(line->back() == '\n');
  auto back = annals::ParseExtractRecord(*line);
  REQUIRE_MESSAGE(back.ok(), back.status().ToString());
  CHECK(back->text().empty());
  CHECK_FALSE(annals::Render(*back, annals::Format::kTimeMl).ok());  // no text to tag
  auto direct = annals::Render(annals::Timeline::Assemble(Bundled(), {*x}), annals::Format::kTimelineJson);
  auto via = annals::Render(annals::Timeline::Assemble(Bundled(), {*back}), annals::Format::kTimelineJson);
  CHECK(*direct == *via);
  CHECK_FALSE(annals::ParseExtractRecord("{not json").ok());
  CHECK_FALSE(annals::ParseExtractRecord("{}").ok());
}

TEST_CASE("one RuleSet serves many threads without locks") {
  auto doc = *annals::Document::FromFile(kArticle);
  std::string expected = *annals::Render(*annals::Extract(Bundled(), doc), annals::Format::kExtractRecord);
  std::vector<std::string> got(4);
  std::vector<std::thread> pool;
  for (std::size_t i = 0; i < got.size(); ++i) {
    pool.emplace_back([&, i] { got[i] = *annals::Render(*annals::Extract(Bundled(), doc), annals::Format::kExtractRecord); });
  }
  for (auto& th : pool) th.join();
  for (const auto& g : got) CHECK(g == expected);
}

TEST_CASE("Write reports a failed stream") {
  auto t = annals::Timeline::Assemble(Bundled(), {});
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK(annals::Write(out, t, annals::Format::kCsv).code() == annals::Status::Code::kIoError);
}

}  // namespace
