// The bundled time rules checked against their own `examples:` (every
// timex and block rule of rules/time carries some), plus the tagger's
// span narrowing, tense and blocking behaviour on sentences of our own.
#include "pipeline/time/timex_tagger.h"

#include <doctest/doctest.h>

#include <string>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/engine/rule_book.h"

namespace annals {
namespace {

std::shared_ptr<const RuleBook> Bundled() {
  static std::shared_ptr<const RuleBook> book = [] {
    Diagnostics d;
    auto b = RuleBook::LoadDirs({ANNALS_SOURCE_DIR "/rules"}, &d);
    for (const auto& s : d) MESSAGE(s.message());
    return b;
  }();
  return book;
}

ArticleFacts TagText(const std::string& text, const std::string& dct) {
  static const Extractor extractor(Bundled());
  Article a;
  a.path = "test";
  a.text = text;
  a.dct = dct;
  if (!dct.empty()) a.dct_origin = "option";
  return extractor.Tag(a);
}

std::string SpanText(const std::string& text, const Timex& t) {
  return text.substr(t.span.begin, t.span.end - t.span.begin);
}

TEST_CASE("bundled rules load") { REQUIRE(Bundled() != nullptr); }

TEST_CASE("every timex rule example is tagged with its value") {
  REQUIRE(Bundled() != nullptr);
  for (const Rule* rule : Bundled()->rules(Stage::kTimex)) {
    if (rule->where.file.find("/time/") == std::string::npos) continue;
    CHECK_MESSAGE(!rule->examples.empty(), rule->id << " has no examples");
    for (const auto& ex : rule->examples) {
      CAPTURE(rule->id);
      CAPTURE(ex.text);
      ArticleFacts f = TagText(ex.text, ex.dct.empty() ? "2021-03-12" : ex.dct);
      bool found = false;
      for (const Timex& t : f.timexes) {
        if (ex.match && SpanText(ex.text, t) != *ex.match) continue;
        auto v = ex.expect.find("value");
        if (v != ex.expect.end() && t.value != v->second) continue;
        found = true;
      }
      CHECK_MESSAGE(found != ex.reject, "expected " << ex.match.value_or("?"));
    }
  }
}

TEST_CASE("every time block example produces no timex") {
  for (const Rule* rule : Bundled()->rules(Stage::kBlock)) {
    if (rule->where.file.find("/time/") == std::string::npos) continue;
    for (const auto& ex : rule->examples) {
      CAPTURE(rule->id);
      CAPTURE(ex.text);
      REQUIRE(ex.match);
      size_t at = ex.text.find(*ex.match);
      REQUIRE(at != std::string::npos);
      for (const Timex& t : TagText(ex.text, "2021-03-12").timexes) {
        CHECK_MESSAGE(
            (t.span.end <= at || t.span.begin >= at + ex.match->size()),
            "timex inside a blocked span: " << SpanText(ex.text, t));
      }
    }
  }
}

TEST_CASE("tagging table") {
  struct Row {
    const char* text;
    const char* dct;
    const char* span;
    const char* value;  // "" = no timex on that span
  };
  const Row rows[] = {
      {"Officials said Friday the talks failed.", "2021-03-12", "Friday",
       "2021-03-12"},
      {"The ministers will meet Friday.", "2021-03-10", "Friday", "2021-03-12"},
      {"The army entered the town in January.", "2021-03-19", "January",
       "2021-01"},
      {"The group, 2030 Sustainable Development Goals, met.", "2021-03-12",
       "2030", ""},
      {"The Group of 20 leaders met.", "2021-03-12", "20", ""},
      {"The 14th Dalai Lama spoke.", "2021-03-12", "14th", ""},
      {"A market of 1.4 billion people and 1,200 firms.", "2021-03-12", "1,200",
       ""},
      {"Profit rose in the third quarter, up from a year earlier.",
       "1989-10-26", "a year earlier", "1988-Q3"},
      {"The talks lasted three years.", "2021-03-12", "three years", "P3Y"},
      {"He is a 6-year-old boy.", "2021-03-12", "6-year", ""},
      // The governing verb, not the nearest cue word, sets the direction.
      {"The envoy said he will fly to Oslo on Friday.", "2021-03-10", "Friday",
       "2021-03-12"},
      {"The envoy said Friday that talks will resume.", "2021-03-10", "Friday",
       "2021-03-05"},
      {"The dividend will be paid in January.", "1989-10-26", "January",
       "1990-01"},
      {"The buyout is expected to close by Dec. 15.", "1989-10-30", "Dec. 15",
       "1989-12-15"},
      {"He said last Wednesday that he would quit.", "1989-11-01",
       "last Wednesday", "1989-10-25"},
      // After the lead, only a later quarter already over moves the story's
      // quarter: an outlook for the current one does not.
      {"Third-quarter net rose. The firm expects fourth-quarter gains. "
       "Sales rose from a year ago.",
       "1989-11-02", "a year ago", "1988-Q3"},
      {"Fourth-quarter net rose, up from a year ago.", "1990-02-06",
       "a year ago", "1988-Q4"},
      // The lead's quarter is the story's, even a fiscal one whose number is
      // later than the calendar's.
      {"Fiscal fourth-quarter profit rose, up from a year earlier.",
       "1989-11-02", "a year earlier", "1988-Q4"},
      // Results for the year so far turn "a year earlier" to the year, until
      // a quarter is named again.
      {"Third-quarter net rose. For the first nine months, net fell from a "
       "year earlier.",
       "1989-11-02", "a year earlier", "1988"},
      {"For the nine months, net fell. Third-quarter sales rose from a year "
       "earlier.",
       "1989-11-02", "a year earlier", "1988-Q3"},
      // An older quarter named in passing does not move it.
      {"Third-quarter net rose. After a flat second quarter, sales rose from a "
       "year ago.",
       "1989-11-02", "a year ago", "1988-Q3"},
      {"Third-quarter net rose. The first quarter of 1990 will be weak. "
       "The latest quarter was strong.",
       "1989-10-26", "The latest quarter", "1989-Q3"},
      // Narrative references count from the last date mentioned.
      {"Riots broke out on May 3, 1992, and the next day the army moved in.",
       "2000-01-28", "the next day", "1992-05-04"},
      {"Exports slumped in 1991 but recovered the following year.",
       "1998-04-18", "the following year", "1992"},
      // A time told from the story's day moves the story to its day.
      {"The envoy reached Cairo on May 4, 2021. He left the next morning, "
       "and talks collapsed the same day.",
       "2021-05-10", "the same day", "2021-05-05"},
      {"The envoy reached Cairo on May 4, 2021. Later in the day he met the "
       "king.",
       "2021-05-10", "the day", "2021-05-04"},
      // A duration counted on moves the story to the day it reaches.
      {"Talks opened on May 4, 2021. Two days later, by midmorning, they "
       "collapsed.",
       "2021-05-20", "midmorning", "2021-05-06TMO"},
      // A day counted back is a flashback: the story stays on its day.
      {"The vote came on March 13, 2013, in a session that had opened the "
       "previous afternoon. Smoke rose at 7:06 p.m.",
       "2013-03-14", "7:06 p.m.", "2013-03-13T19:06"},
      // A quote's dates do not move the story.
      {"Talks opened on May 4, 2021. \"We met on May 1,\" he said. The "
       "next day they collapsed.",
       "2021-05-20", "The next day", "2021-05-05"},
      // A clock time takes the story's day; an hour read out ("anchor:
      // sentence") only a day of its own sentence, else the DCT.
      {"Talks ran Wednesday night and ended past 11 p.m.", "2013-03-21",
       "11 p.m.", "2013-03-20T23:00"},
      {"Talks ran Wednesday night. They resumed at 9:45 a.m.", "2013-03-21",
       "9:45 a.m.", "2013-03-20T09:45"},
      {"Talks ran Wednesday night. The news is at nine o'clock.", "2013-03-21",
       "nine o'clock", "2013-03-21T09:00"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    std::string text = r.text;
    ArticleFacts f = TagText(text, r.dct);
    const Timex* hit = nullptr;
    for (const Timex& t : f.timexes) {
      if (text.find(r.span) >= t.span.begin && text.find(r.span) < t.span.end)
        hit = &t;
    }
    if (*r.value == 0) {
      CHECK(hit == nullptr);
    } else {
      REQUIRE(hit != nullptr);
      CHECK(SpanText(text, *hit) == r.span);
      CHECK(hit->value == r.value);
    }
  }
}

TEST_CASE("a clock time joins the day it is said with") {
  struct Row {
    const char* text;
    const char* span;
    const char* value;
  };
  const Row rows[] = {
      {"I'll pick you up tomorrow at 5pm.", "tomorrow at 5pm", "2021-04-21T17:00"},
      {"Dinner is tonight at 8.", "tonight at 8", "2021-04-20T20:00"},
      {"The store opens at noon tomorrow.", "noon tomorrow", "2021-04-21T12:00"},
      {"Kickoff: 2019-05-25 14:30", "2019-05-25 14:30", "2019-05-25T14:30"},
      {"Brunch will be Sunday, 10am.", "Sunday, 10am", "2021-04-25T10:00"},
      {"The doors open tonight at 11.", "tonight at 11", "2021-04-20T23:00"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    std::string text = r.text;
    ArticleFacts f = TagText(text, "2021-04-20T10:00");
    REQUIRE(f.timexes.size() == 1);
    CHECK(SpanText(text, f.timexes[0]) == r.span);
    CHECK(f.timexes[0].value == r.value);
    CHECK(f.timexes[0].type == "TIME");
  }
  // "on" keeps them apart, as TimeML tags them.
  ArticleFacts apart = TagText("Polls open at 7 a.m. on Nov. 5.", "2024-10-28");
  CHECK(apart.timexes.size() == 2);
}

TEST_CASE("bias decides what no tense does; a rule's tense: filters") {
  static const Extractor extractor(Bundled());
  auto tag = [](const std::string& text, const std::string& bias) {
    Article a;
    a.path = "test";
    a.text = text;
    a.dct = "2024-03-13T09:00";
    a.dct_origin = "option";
    a.bias = bias;
    return extractor.Tag(a).timexes;
  };
  REQUIRE(tag("dentist friday", "past").size() == 1);
  CHECK(tag("dentist friday", "past")[0].value == "2024-03-08");
  CHECK(tag("dentist friday", "future")[0].value == "2024-03-15");
  // The bias wins over a verb's tense (notes say "moved to Friday"), and
  // without one the verb decides.
  CHECK(tag("We met on Friday.", "future")[0].value == "2024-03-15");
  CHECK(tag("We met on Friday.", "")[0].value == "2024-03-08");
  REQUIRE(tag("mom's bday oct 12", "past").size() == 1);
  CHECK(tag("mom's bday oct 12", "past")[0].value == "2023-10-12");
  // "in 10 minutes" ahead is a time; after a past verb, a duration.
  auto ahead = tag("The bus leaves in 10 minutes.", "");
  REQUIRE(ahead.size() == 1);
  CHECK(ahead[0].value == "2024-03-13T09:10");
  auto took = tag("The tickets sold out in ten minutes.", "");
  REQUIRE(took.size() == 1);
  CHECK(took[0].value == "PT10M");
}

TEST_CASE("mod comes from the rule: early, mid, late, around") {
  std::string text = "The plant was sold in late 2010 and reopened around 5pm.";
  ArticleFacts f = TagText(text, "2015-11-12");
  REQUIRE(f.timexes.size() == 2);
  CHECK(f.timexes[0].mod == "END");
  CHECK(f.timexes[1].mod == "APPROX");
}

}  // namespace
}  // namespace annals
