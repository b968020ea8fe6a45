// EventMerger through extraction and assembly: mentions of one happening
// merge, different encounters of one day stay apart.
#include "graph/assemble/event_merger.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

#include <algorithm>
#include <string>
#include <vector>

#include "graph/assemble/assembler.h"
#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/engine/rule_book.h"

namespace annals {
namespace {

const Extractor& Bundled() { return testing::BundledExtractor(); }

// The meetings assembled from `text`: dated ones, or all with `undated`.
int Meetings(const std::string& text, bool undated = false) {
  Article a = testing::MakeArticle(text, "2010-05-12");
  Assembly out = Assembler().Assemble({Bundled().Extract(a)});
  int n = 0;
  for (const auto& e : out.graph.events())
    n += e.type == "meeting" && (undated || !e.when.empty());
  return n;
}

TEST_CASE("one day's meetings merge only when their people nest") {
  struct Case {
    const char* text;
    int meetings;
  };
  const Case cases[] = {
      // A met B, then B met C: two meetings.
      {"Peruvian Foreign Minister Ana Ruiz met with Chilean President Tomas Vidal on Monday. "
       "Vidal also met with Bolivian President Jorge Salas on Monday.", 2},
      // The same talks named twice: one meeting.
      {"Peruvian Foreign Minister Ana Ruiz held talks with Chilean President Tomas Vidal on Monday. "
       "The talks on Monday were candid, Vidal said.", 1},
      // A week-dated mention joins the day-dated summit inside that week.
      {"Chilean President Tomas Vidal will attend the Andean summit meeting in Lima on May 20. "
       "Vidal looks forward to the Andean summit meeting next week, his office said.", 1},
      // ... but not a meeting of another name on a day of that week.
      {"Chilean President Tomas Vidal will hold talks in Lima on May 20. "
       "Vidal looks forward to the Andean summit next week, his office said.", 2},
      // ... nor one in another city later that month.
      {"Chilean President Tomas Vidal held talks with Peruvian Foreign Minister Ana Ruiz in Lima on May 10. "
       "Vidal will hold talks with Ruiz in Quito later this month.", 2},
      // A meeting named as separate is not the day's other meeting of its speaker.
      {"Chilean President Tomas Vidal opened a session of the joint trade commission in Lima on Tuesday. "
       "In a separate meeting with Peruvian Foreign Minister Ana Ruiz, Vidal said trade was growing.", 2},
      // ... but its own later mention joins it.
      {"Vidal held a separate meeting with Peruvian Foreign Minister Ana Ruiz on Tuesday. "
       "The meeting with Ruiz on Tuesday was candid, Vidal said.", 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(Meetings(c.text) == c.meetings);
  }
}

TEST_CASE("an undated mention is the latest dated meeting before it") {
  // "The meeting" after two dated meetings is the second, not a third.
  const char* text =
      "Peruvian Foreign Minister Ana Ruiz met Chilean President Tomas Vidal on Monday. "
      "Bolivian President Jorge Salas met Vidal on Tuesday. "
      "The meeting ended without a joint statement.";
  CHECK(Meetings(text, true) == 2);
  CHECK(Meetings(text) == 2);
}

TEST_CASE("an undated mention before the only dated one joins it only when alike") {
  // Other people, another name: two meetings.
  CHECK(Meetings("Chilean President Tomas Vidal met Peruvian Foreign Minister Ana Ruiz. "
                 "Earlier this month, Vidal held talks with Bolivian President Jorge Salas in Lima.",
                 true) == 2);
  // The same dialogue named twice: one.
  CHECK(Meetings("Chilean President Tomas Vidal attended the river dialogue. "
                 "The river dialogue was held in Lima on May 3.",
                 true) == 1);
}

TEST_CASE("a place inside another's country is the same place for a visit") {
  auto visits = [](const std::string& text) {
    Article a = testing::MakeArticle(text, "2010-05-12");
    Assembly out = Assembler().Assemble({Bundled().Extract(a)});
    int n = 0;
    for (const auto& e : out.graph.events()) n += e.type == "visit" && !e.when.empty();
    return n;
  };
  // Lima is in Peru (the city's `country`): one visit.
  CHECK(visits("Chilean President Tomas Vidal arrived in Peru on Monday. "
               "Vidal's visit to the Peruvian capital Lima was his first.") == 1);
  // Quito is not: two.
  CHECK(visits("Chilean President Tomas Vidal arrived in Peru on Monday. "
               "Vidal's visit to Quito was his first.") == 2);
}

TEST_CASE("a meeting dated only by its statement is the one days before") {
  struct Case {
    const char* text;
    int meetings;
  };
  const Case cases[] = {
      // Said on Wednesday of Monday's meeting: one meeting, on Monday.
      {"Chilean President Tomas Vidal met Peruvian Foreign Minister Ana Ruiz on Monday. "
       "\"We agreed on much,\" Vidal told reporters after the meeting.", 1},
      // A meeting a year before is another one.
      {"Chilean President Tomas Vidal met Peruvian Foreign Minister Ana Ruiz on May 4, 2009. "
       "\"We agreed on much,\" Vidal told reporters after the meeting.", 2},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(Meetings(c.text, true) == c.meetings);
  }
}

// The visits assembled from `text` (DCT Wednesday 2010-05-12), each as
// "value..end" or "value".
std::vector<std::string> Visits(const std::string& text) {
  Article a = testing::MakeArticle(text, "2010-05-12");
  Assembly out = Assembler().Assemble({Bundled().Extract(a)});
  std::vector<std::string> v;
  for (const auto& e : out.graph.events()) {
    if (e.type == "visit") v.push_back(e.when.end.empty() ? e.when.value : e.when.value + ".." + e.when.end);
  }
  std::sort(v.begin(), v.end());
  return v;
}

TEST_CASE("a trip's end joins its arrival: one visit from the one to the other") {
  struct Case {
    const char* text;
    std::vector<std::string> visits;
  };
  const Case cases[] = {
      // The end names the country, the arrival the capital: one trip.
      {"Chilean President Tomas Vidal ended his state visit to Peru and left Lima for "
       "Santiago on Wednesday. Vidal arrived in Lima on Monday.",
       {"2010-05-10..2010-05-12"}},
      // Undated, told before the arrival: the story's day (Wednesday) still
      // closes the trip.
      {"Fighting flared in Quito on Wednesday. Chilean President Tomas Vidal ended "
       "his visit to Peru. Vidal had arrived in Lima on Monday.",
       {"2010-05-10..2010-05-12"}},
      // An arrival a month before is another trip.
      {"Chilean President Tomas Vidal arrived in Lima on April 2. Vidal left Lima for "
       "Santiago on Wednesday.",
       {"2010-04-02", "2010-05-12"}},
      // Another person's departure ends no trip of his.
      {"Chilean President Tomas Vidal arrived in Lima on Monday. Peruvian President "
       "Ana Ruiz left Lima for Quito on Wednesday.",
       {"2010-05-10", "2010-05-12"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(Visits(c.text) == c.visits);
  }
}

}  // namespace
}  // namespace annals
