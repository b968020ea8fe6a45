// Redate: a learned year completes the DCT and moves weekday dates into it.
#include "pipeline/extract/redate.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

namespace annals {
namespace {

// The value of the timex written `words` in `text`.
std::string ValueOf(const ArticleFacts& f, const std::string& text, const std::string& words) {
  for (const auto& t : f.timexes) {
    if (text.substr(t.span.begin, t.span.end - t.span.begin) == words) return t.DateValue();
  }
  return "";
}

TEST_CASE("a weekday of a year-less article resolves in the learned year") {
  const Extractor& x = testing::BundledExtractor();
  const std::string text = "LIMA, March 19 (Xinhua) -- Vidal had arrived on Tuesday.";
  ArticleFacts f = x.Extract(testing::MakeArticle(text, ""));
  REQUIRE(f.doc.dct == "XXXX-03-19");
  REQUIRE_FALSE(ValueOf(f, text, "Tuesday").empty());
  CHECK(ValueOf(f, text, "Tuesday").rfind("2021", 0) != 0);
  Redate(&f, 2021, x.tagger());
  CHECK(f.doc.dct == "2021-03-19");
  CHECK(f.doc.dct_origin == "inferred");
  CHECK(ValueOf(f, text, "Tuesday") == "2021-03-16");  // 2021-03-19 was a Friday
}

TEST_CASE("a DCT with a year is never re-dated") {
  const Extractor& x = testing::BundledExtractor();
  const std::string text = "Vidal arrived on Tuesday.";
  ArticleFacts f = x.Extract(testing::MakeArticle(text, "2010-05-12"));
  Redate(&f, 2021, x.tagger());
  CHECK(f.doc.dct == "2010-05-12");
  CHECK(ValueOf(f, text, "Tuesday") == "2010-05-11");
}

}  // namespace
}  // namespace annals
