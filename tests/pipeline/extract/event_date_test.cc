// DateOfMention on sentences of our own, through the bundled rules: the
// day a mention gets, and the span a duration and its date role give it.
#include "pipeline/extract/event_date.h"

#include <doctest/doctest.h>

#include <string>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "tests/bundled_rules.h"

namespace annals {
namespace {

// The date of the first event of `type` in `text` (DCT 2010-05-12, a
// Wednesday), as "value..end" ("value" alone when it is no span).
std::string DateOf(const std::string& text, const std::string& type) {
  Article a;
  a.path = "test";
  a.text = text;
  a.dct = "2010-05-12";
  a.dct_origin = "option";
  ArticleFacts f = testing::BundledExtractor().Extract(a);
  for (const auto& e : f.events) {
    if (e.type != type) continue;
    MentionDate d = DateOfMention(f, e);
    return d.end.empty() ? d.value : d.value + ".." + d.end;
  }
  return "no " + type;
}

TEST_CASE("a duration stretches a day forward from a start, back from an end") {
  struct Case {
    const char* text;
    const char* type;
    const char* date;
  };
  const Case cases[] = {
      {"Chilean President Tomas Vidal arrived in Lima on Monday for a "
       "three-day visit.",
       "visit", "2010-05-10..2010-05-12"},
      // The relative clause of the noun dates it, and "ended" makes the
      // date its last day.
      {"Chilean President Tomas Vidal chaired a two-day meeting which ended "
       "on Tuesday with Peruvian President Ana Ruiz.",
       "meeting", "2010-05-10..2010-05-11"},
      // "began" makes it the first day.
      {"Chilean President Tomas Vidal chaired two-day talks which began on "
       "Monday with Peruvian President Ana Ruiz.",
       "meeting", "2010-05-10..2010-05-11"},
      // No duration: the day itself.
      {"Chilean President Tomas Vidal co-chaired peace talks that ended in "
       "Lima on Tuesday.",
       "meeting", "2010-05-11"},
      // A weekend is its Saturday and Sunday (2010-05-08, 09).
      {"Chilean President Tomas Vidal paid a brief weekend visit to Lima.",
       "visit", "2010-05-08..2010-05-09"},
      // A story's undated past meeting is news of its day.
      {"Chilean President Tomas Vidal met Peruvian President Ana Ruiz.",
       "meeting", "2010-05-12"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(DateOf(c.text, c.type) == c.date);
  }
}

TEST_CASE("an undated encounter is news of the day the lead names") {
  struct Case {
    const char* text;
    const char* date;
  };
  // DCT Wednesday 2010-05-12.
  const Case cases[] = {
      // Filed after midnight: the lead's Tuesday is the story's day.
      {"Fighting flared in the north on Tuesday. Later Chilean President "
       "Tomas Vidal met Peruvian President Ana Ruiz.",
       "2010-05-11"},
      // The lead's first date decides: a background day after it is not
      // the news day.
      {"Chilean President Tomas Vidal arrived in Lima Wednesday after "
       "Monday's storms. He met Peruvian President Ana Ruiz.",
       "2010-05-12"},
      // A lead day more than a week old is history, not the news day.
      {"The border was closed on April 20. Chilean President Tomas Vidal "
       "met Peruvian President Ana Ruiz.",
       "2010-05-12"},
      // A date inside a quotation is somebody's words.
      {"\"We spoke on Monday,\" a farmer said. Chilean President Tomas "
       "Vidal met Peruvian President Ana Ruiz.",
       "2010-05-12"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(DateOf(c.text, "meeting") == c.date);
  }
}

}  // namespace
}  // namespace annals
