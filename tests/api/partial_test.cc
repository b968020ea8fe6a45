// annals/partial.h: partial assemblies merge in a tree and assemble to
// what the records assemble to directly.
#include "annals/partial.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "annals/article.h"
#include "annals/export.h"
#include "annals/timeline.h"
#include "tests/api/api_fixture.h"

namespace annals {
namespace {

using testing::BundledRuleSet;

// Three small articles of our own, extracted.
std::vector<Extraction> ThreeArticles() {
  const char* texts[] = {
      "PARIS, March 3, 2021 (Xinhua) -- Foreign Minister Wang Yi met with "
      "Foreign Minister Sergei Lavrov in Paris on Tuesday. Wang Yi and Sergei "
      "Lavrov will meet again in Moscow on March 5, 2021.",
      "BERLIN, March 4, 2021 (Xinhua) -- Wang Yi held a phone call with "
      "Antony Blinken on Wednesday.",
      "MOSCOW, March 5 (Xinhua) -- Sergei Lavrov met with Wang Yi in Moscow "
      "on Friday."};
  std::vector<Extraction> out;
  int n = 0;
  for (const char* text : texts) {
    std::string path = "a" + std::to_string(++n) + ".txt";
    auto x = Extract(BundledRuleSet(), {.path = path, .text = text});
    REQUIRE(x.ok());
    out.push_back(std::move(*x));
  }
  return out;
}

std::string PartialOf(const std::vector<Extraction>& xs) {
  std::ostringstream out;
  PartialWriter w(out);
  for (const auto& x : xs) REQUIRE(w.Add(x).ok());
  REQUIRE(w.Finish().ok());
  CHECK(w.records() == xs.size());
  return out.str();
}

// Reads every record; the errors' messages go to *errors.
std::vector<Extraction> ReadAll(const std::string& text,
                                std::vector<std::string>* errors = nullptr) {
  std::istringstream in(text);
  RecordReader reader(in, "p.jsonl");
  std::vector<Extraction> out;
  while (auto x = reader.Next()) {
    if (x->ok()) {
      out.push_back(std::move(**x));
    } else if (errors) {
      errors->push_back(x->status().ToString());
    }
  }
  return out;
}

std::string Merge(const std::vector<std::string>& partials) {
  std::vector<Extraction> all;
  for (const auto& p : partials) {
    std::vector<std::string> errors;
    for (auto& x : ReadAll(p, &errors)) all.push_back(std::move(x));
    CHECK(errors.empty());
  }
  return PartialOf(all);
}

std::string JsonOf(std::vector<Extraction> xs) {
  return *Render(Timeline::Assemble(BundledRuleSet(), std::move(xs)),
                 Format::kTimelineJson);
}

TEST_CASE("a tree of partial merges assembles to the single assembly") {
  auto xs = ThreeArticles();
  const std::string direct = JsonOf(xs);
  std::string left = Merge({PartialOf({xs[0]}), PartialOf({xs[1]})});
  std::string root = Merge({left, PartialOf({xs[2]})});
  CHECK(root.rfind("{\"annals_partial\":1}\n", 0) == 0);
  CHECK(root.size() > 30);
  CHECK(root.substr(root.size() - 25) == "{\"annals_partial_end\":3}\n");
  CHECK(JsonOf(ReadAll(root)) == direct);
  // The third article's year comes from the others: a reduce that had
  // assembled it alone would have dated it XXXX.
  CHECK(direct.find("\"dct_origin\": \"inferred\"") != std::string::npos);
}

TEST_CASE("concatenated partials and plain records read alike") {
  auto xs = ThreeArticles();
  std::string plain = *Render(xs[2], Format::kExtractRecord);
  auto all = ReadAll(PartialOf({xs[0]}) + PartialOf({xs[1]}) + plain);
  CHECK(all.size() == 3);
  CHECK(JsonOf(std::move(all)) == JsonOf(xs));
}

TEST_CASE("a truncated or miscounted partial is an error, located") {
  auto xs = ThreeArticles();
  std::string p = PartialOf({xs[0], xs[1]});
  std::string cut = p.substr(0, p.rfind("{\"annals_partial_end"));
  std::vector<std::string> errors;
  CHECK(ReadAll(cut, &errors).size() == 2);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("p.jsonl:3") == 0);
  CHECK(errors[0].find("without its trailer") != std::string::npos);

  errors.clear();
  std::string miscounted = cut + "{\"annals_partial_end\":5}\n";
  ReadAll(miscounted, &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("counts 5 records but has 2") != std::string::npos);

  errors.clear();
  ReadAll(cut + p, &errors);  // a second header before the first trailer
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("begins before") != std::string::npos);
}

// A merge as `annals assemble --partial` does it: lines, not records.
std::string MergeLines(const std::vector<std::string>& inputs,
                       std::vector<std::string>* errors) {
  std::ostringstream out;
  PartialWriter w(out);
  for (const auto& text : inputs) {
    std::istringstream in(text);
    RecordReader r(in, "in");
    while (auto line = r.NextLine()) {
      if (*line) {
        REQUIRE(w.AddLine(**line).ok());
      } else {
        errors->push_back(line->status().ToString());
      }
    }
  }
  REQUIRE(w.Finish().ok());
  return out.str();
}

TEST_CASE("a merge copies partials' records and parses plain ones") {
  auto xs = ThreeArticles();
  std::string plain = *Render(xs[2], Format::kExtractRecord);
  std::vector<std::string> errors;
  std::string merged =
      MergeLines({PartialOf({xs[0], xs[1]}), " " + plain}, &errors);
  CHECK(errors.empty());
  // The plain record (with a leading blank) comes out as a record line.
  CHECK(merged == PartialOf(xs));
  CHECK(JsonOf(ReadAll(merged)) == JsonOf(xs));

  MergeLines({"{\"doc\": 1}\n"}, &errors);  // a plain line is checked
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("in:1") == 0);
  errors.clear();
  std::string p = PartialOf({xs[0]});
  MergeLines({p.substr(0, p.size() - 10)}, &errors);  // the frame is checked
  CHECK(errors.size() == 1);
}

TEST_CASE("an empty partial is valid and holds nothing") {
  std::string p = PartialOf({});
  CHECK(p == "{\"annals_partial\":1}\n{\"annals_partial_end\":0}\n");
  std::vector<std::string> errors;
  CHECK(ReadAll(p, &errors).empty());
  CHECK(errors.empty());
}

}  // namespace
}  // namespace annals
