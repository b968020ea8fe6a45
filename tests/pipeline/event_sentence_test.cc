// SentenceEvents through the real pipeline and the bundled rules, on
// sentences of our own: which date, which people each event gets.
#include "pipeline/event_sentence.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/article.h"
#include "pipeline/extractor.h"
#include "pipeline/rule_book.h"

namespace annals {
namespace {

const Extractor& Bundled() { return testing::BundledExtractor(); }

ArticleFacts Extract(const std::string& text) {
  Article a;
  a.path = "test";
  a.text = text;
  a.dct = "2010-05-12";  // a Wednesday
  a.dct_origin = "option";
  return Bundled().Extract(a);
}

struct Seen {
  std::string type;
  std::string date;  // "" undated, "DCT" for the article's date
  std::vector<std::string> people;
};

std::vector<Seen> Events(const std::string& text) {
  ArticleFacts f = Extract(text);
  std::vector<Seen> out;
  for (const auto& e : f.events) {
    Seen s{e.type, e.when >= 0 ? f.timexes[e.when].value.substr(0, 10) : (e.dct_default ? "DCT" : ""), {}};
    for (int a : e.participants) {
      if (f.actors[a].kind == "person") s.people.push_back(f.actors[a].name);
    }
    out.push_back(s);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

struct Case {
  const char* text;
  const char* type;
  const char* date;
  std::vector<const char*> with;     // people the event must have
  std::vector<const char*> without;  // people it must not have
};

TEST_CASE("events take the right date and people") {
  const Case cases[] = {
      {"Peruvian Foreign Minister Ana Ruiz met with Chilean President Tomas Vidal in Lima on Monday.",
       "meeting", "2010-05-10", {"Ana Ruiz", "Tomas Vidal"}, {}},
      // A pronoun subject stands for the person named before it.
      {"Chilean President Tomas Vidal spoke on Monday. He also met with Peruvian Foreign Minister Ana Ruiz on Tuesday.",
       "meeting", "2010-05-11", {"Ana Ruiz", "Tomas Vidal"}, {}},
      // The speaker of the sentence is no participant by reporting it ...
      {"Chilean President Tomas Vidal met with Peruvian Foreign Minister Ana Ruiz on Monday, spokesman Jorge Salas said.",
       "meeting", "2010-05-10", {"Tomas Vidal", "Ana Ruiz"}, {"Jorge Salas"}},
      // ... unless the event is in the speaker's own clause; undated, it happens when said.
      {"\"We agree,\" Chilean President Tomas Vidal told reporters after talks with Peruvian Foreign Minister Ana Ruiz.",
       "meeting", "DCT", {"Tomas Vidal", "Ana Ruiz"}, {}},
      {"Chilean President Tomas Vidal, in a joint press appearance with Peruvian President Ana Ruiz on Monday, warned of delays.",
       "press_conference", "2010-05-10", {"Tomas Vidal", "Ana Ruiz"}, {}},
      // Each date goes to its own verb; a coordinated verb shares the subject.
      {"Chilean President Tomas Vidal left Lima for Quito on Monday to attend the Andean summit on May 20.",
       "meeting", "2010-05-20", {"Tomas Vidal"}, {}},
      // A joint event has the other side of the encounter it closes.
      {"Chilean President Tomas Vidal met Peruvian President Ana Ruiz in Lima on Monday. "
       "\"We agree,\" Vidal said at a joint press conference after the talks.",
       "press_conference", "DCT", {"Tomas Vidal", "Ana Ruiz"}, {}},
      // The speaker's own briefing is dated by the speaker's statement before it.
      {"\"The visit matters,\" said Foreign Ministry spokesman Jorge Salas on Monday. "
       "\"We expect progress,\" Salas told a regular news briefing.",
       "press_conference", "2010-05-10", {"Jorge Salas"}, {}},
      // A body between two verbs is their object, not a new subject.
      {"Chilean President Tomas Vidal attended the Asia-Pacific Economic Cooperation (APEC) meeting in Lima "
       "in May 2008, and paid a working visit to Peru in June 2009.",
       "visit", "2009-06", {"Tomas Vidal"}, {}},
      // "The two sides" are the heads of the delegations the article names.
      {"The two sides started their talks in Lima on Monday. Tomas Vidal, head of the Chilean delegation, "
       "said so. Ana Ruiz, head of the Peruvian delegation, agreed.",
       "meeting", "2010-05-10", {"Tomas Vidal", "Ana Ruiz"}, {}},
      // A re-mention takes the date of the event of its own type before it.
      {"Chilean President Tomas Vidal arrived in Lima on Monday for a state visit, and met Peruvian President "
       "Ana Ruiz on Tuesday. Vidal said his visit was a success.",
       "visit", "2010-05-10", {"Tomas Vidal"}, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    bool found = false;
    for (const auto& e : Events(c.text)) {
      if (e.type != c.type || e.date != c.date) continue;
      bool ok = true;
      for (const char* p : c.with) ok = ok && Has(e.people, p);
      for (const char* p : c.without) ok = ok && !Has(e.people, p);
      found = found || ok;
    }
    CHECK(found);
  }
}

TEST_CASE("an arrival for a visit is one visit starting on the arrival's date") {
  auto events = Events("Chilean President Tomas Vidal arrived here Monday for a three-day official visit.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "visit");
  CHECK(events[0].date == "2010-05-10");
  CHECK(Has(events[0].people, "Tomas Vidal"));
}

TEST_CASE("negatives: vague times date nothing, a summit setting is no event") {
  for (const auto& e : Events("Officials said the talks would resume in the future.")) {
    CHECK(e.date.empty());
  }
  auto events = Events("Ana Ruiz and Tomas Vidal met on the sidelines of a regional summit on Monday.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "meeting");
  CHECK(events[0].date == "2010-05-10");
  // A date before a verb in another clause does not move to it.
  for (const auto& e : Events("The talks ended on Monday, and Vidal is expected to visit Quito.")) {
    if (e.type == "visit") CHECK(e.date.empty());
  }
}

TEST_CASE("what came first is listed first: \"a press conference after their meeting\"") {
  auto events = Events("Chilean President Tomas Vidal told a joint news conference with Peruvian President Ana Ruiz "
                       "after their meeting on Monday.");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "meeting");
  CHECK(events[1].type == "press_conference");
  // Without a sequence word the sentence's order stands.
  events = Events("Chilean President Tomas Vidal told a joint news conference with Peruvian President Ana Ruiz "
                  "and their meeting on Monday was long.");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "press_conference");
}

TEST_CASE("negatives: a future verb, a lone head of delegation, a joint event with no encounter") {
  // "will also visit" does not take the past date of the sentence before.
  for (const auto& e : Events("Chilean President Tomas Vidal met Peruvian President Ana Ruiz on Monday. "
                              "He will also visit Quito.")) {
    if (e.type == "visit") CHECK(e.date.empty());
  }
  // One head of delegation is no pair of sides.
  for (const auto& e : Events("The two sides started their talks in Lima on Monday. "
                              "Tomas Vidal, head of the Chilean delegation, said so.")) {
    CHECK(!Has(e.people, "Tomas Vidal"));
  }
  // A joint event with no earlier encounter keeps its own people.
  auto events = Events("Chilean President Tomas Vidal spoke at a joint press conference on Monday.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].people == std::vector<std::string>{"Tomas Vidal"});
}

}  // namespace
}  // namespace annals
