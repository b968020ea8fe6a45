// SentenceEvents through the real pipeline and the bundled rules, on
// sentences of our own: which date, which people each event gets.
#include "pipeline/extract/event_sentence.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/engine/rule_book.h"
#include "tests/bundled_rules.h"
#include "tests/pipeline/extract/event_seen.h"

namespace annals {
namespace {

using testing::Events;
using testing::Extract;
using testing::Has;
using testing::Seen;

struct Case {
  const char* text;
  const char* type;
  const char* date;
  std::vector<const char*> with;     // people the event must have
  std::vector<const char*> without;  // people it must not have
};

TEST_CASE("events take the right date and people") {
  const Case cases[] = {
      {"Peruvian Foreign Minister Ana Ruiz met with Chilean President Tomas "
       "Vidal in Lima on Monday.",
       "meeting",
       "2010-05-10",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // "U.S." ends no list of a meeting's sides.
      {"The accord was strengthened by Monday's meeting between U.S. Treasury "
       "Secretary Tomas Vidal, Peruvian Finance Minister Ana Ruiz and "
       "Bundesbank President Luis Mora, he added.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz", "Luis Mora"},
       {}},
      // The date after "said" is the report's: talks that follow a dated
      // arrival go on with it.
      {"Peruvian Oil Minister Ana Ruiz arrives in Santiago on Friday for talks "
       "with Chilean Mining Minister Tomas Vidal, the agency said today.",
       "meeting",
       "2010-05-14",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // A visit the story calls current is under way on its day.
      {"Peruvian President Ana Ruiz praised the ties during her current "
       "visit to Chile.",
       "visit",
       "DCT",
       {"Ana Ruiz"},
       {}},
      // A date heading the sentence frames its main clause, however long
      // the subject before the trigger.
      {"On May 3, Chilean President Tomas Vidal, Peruvian Trade Minister "
       "Ana Ruiz and several others had just ended a news conference.",
       "press_conference",
       "2010-05-03",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // A date right after a reporting verb dates the report, not the
      // plan, though the one who reports it is not named.
      {"Chilean President Tomas Vidal will meet with Peruvian President Ana "
       "Ruiz, a government spokesman said Monday.",
       "meeting",
       "",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // What happens "in which" (a relative clause of the visit's phrase)
      // happens during the visit.
      {"Chilean President Tomas Vidal is to pay a short visit to Peru Friday "
       "in which he is to meet with President Ana Ruiz, a spokesman said "
       "Monday.",
       "meeting",
       "2010-05-14",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // "with whom" stands for the person named before the comma.
      {"A spokesman for Peruvian President Ana Ruiz, with whom Chilean "
       "President Tomas Vidal met on Monday, said trade would grow.",
       "meeting",
       "2010-05-10",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // The subject before a relative clause set off by commas is the
      // subject of the verb after it.
      {"Chilean President Tomas Vidal, who met Monday with Peruvian "
       "President Ana Ruiz, is due to meet Friday with Bolivian President "
       "Eva Sol.",
       "meeting",
       "2010-05-14",
       {"Tomas Vidal", "Eva Sol"},
       {"Ana Ruiz"}},
      // A pronoun opening the sentence is the subject of a verb further
      // on, when no person or clause boundary stands between.
      {"Chilean President Tomas Vidal arrived in Lima on Monday. He then "
       "lavished praise on the embassy staff on Tuesday before meeting with "
       "Peruvian President Ana Ruiz.",
       "meeting",
       "2010-05-11",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // A pronoun subject stands for the person named before it.
      {"Chilean President Tomas Vidal spoke on Monday. He also met with "
       "Peruvian Foreign Minister Ana Ruiz on Tuesday.",
       "meeting",
       "2010-05-11",
       {"Ana Ruiz", "Tomas Vidal"},
       {}},
      // The speaker of the sentence is no participant by reporting it ...
      {"Chilean President Tomas Vidal met with Peruvian Foreign Minister Ana "
       "Ruiz on Monday, spokesman Jorge Salas said.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {"Jorge Salas"}},
      // ... but the same person named in the event's own clause is.
      {"On Monday, Tomas Vidal and Ana Ruiz met again, Chilean President "
       "Tomas Vidal told reporters.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // ... unless the event is in the speaker's own clause; undated, it
      // happens when said.
      {"\"We agree,\" Chilean President Tomas Vidal told reporters after talks "
       "with Peruvian Foreign Minister Ana Ruiz.",
       "meeting",
       "DCT",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      {"Chilean President Tomas Vidal, in a joint press appearance with "
       "Peruvian President Ana Ruiz on Monday, warned of delays.",
       "press_conference",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // "commented on a visit": the speaker's own visit.
      {"\"Trade is growing,\" Chilean President Tomas Vidal commented on a "
       "visit to Quito on Monday.",
       "visit",
       "2010-05-10",
       {"Tomas Vidal"},
       {}},
      // Telling a visitor something is meeting them: the teller takes part
      // although the sentence reports the telling.
      {"Trade was growing, Chilean President Tomas Vidal told visiting "
       "Peruvian Foreign Minister Ana Ruiz on Monday.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // A planned meeting takes its trip's date, not the report's ("said
      // Monday" dates the saying).
      {"Chilean President Tomas Vidal will visit Peru next week to meet with "
       "President Ana Ruiz, spokesman Jorge Salas said Monday.",
       "meeting",
       "2010-W20",
       {"Tomas Vidal", "Ana Ruiz"},
       {"Jorge Salas"}},
      // A date after "before" is the later clause's, not the press
      // conference's.
      {"Chilean President Tomas Vidal told a press conference, his last "
       "before he steps down at the end of the month, that trade was growing.",
       "press_conference",
       "DCT",
       {"Tomas Vidal"},
       {}},
      // Speaking at a press conference puts the speaker in it.
      {"Speaking at a joint news conference with Peruvian President Ana Ruiz, "
       "Chilean President Tomas Vidal said on Monday that trade was growing.",
       "press_conference",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // Each date goes to its own verb; a coordinated verb shares the subject.
      {"Chilean President Tomas Vidal left Lima for Quito on Monday to attend "
       "the Andean summit on May 20.",
       "meeting",
       "2010-05-20",
       {"Tomas Vidal"},
       {}},
      // A date across "that" belongs to another verb, unless the clause is
      // the event noun's own ("talks that ended Monday").
      {"Chilean President Tomas Vidal co-chaired peace talks that ended in "
       "Lima on Monday between the rebels and the government.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal"},
       {}},
      // A noun that is an adjunct of the clause's action ("in a telephone
      // conversation") has the clause's people, the object's too.
      {"Chilean President Tomas Vidal sought support from Peruvian President "
       "Ana Ruiz in a telephone conversation on Monday.",
       "phone_call",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // "no" in a compound ("no-fly") negates nothing.
      {"Chilean President Tomas Vidal raised the no-fly zone option during a "
       "meeting last week with Peruvian President Ana Ruiz.",
       "meeting",
       "2010-W18",
       {"Ana Ruiz"},
       {}},
      // A negation inside the quote does not undo the press conference.
      {"\"It has not changed,\" Chilean President Tomas Vidal told a press "
       "conference on Monday.",
       "press_conference",
       "2010-05-10",
       {"Tomas Vidal"},
       {}},
      // "He" opening a sentence keeps the subject it stands for: the next
      // "he" is still Soto, not the man Soto had talks with.
      {"Chilean Justice Minister Pedro Soto arrived in Lima on Monday. He had "
       "talks with Peruvian Prime Minister Luis Pardo on Tuesday. He met "
       "Peruvian President Ana Ruiz on Wednesday.",
       "meeting",
       "2010-05-12",
       {"Pedro Soto", "Ana Ruiz"},
       {"Luis Pardo"}},
      // A joint event has the other side of the encounter it closes.
      {"Chilean President Tomas Vidal met Peruvian President Ana Ruiz in Lima "
       "on Monday. "
       "\"We agree,\" Vidal said at a joint press conference after the talks.",
       "press_conference",
       "DCT",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // The speaker's own briefing is dated by the speaker's statement before
      // it.
      {"\"The visit matters,\" said Foreign Ministry spokesman Jorge Salas on "
       "Monday. "
       "\"We expect progress,\" Salas told a regular news briefing.",
       "press_conference",
       "2010-05-10",
       {"Jorge Salas"},
       {}},
      // A body between two verbs is their object, not a new subject.
      {"Chilean President Tomas Vidal attended the Asia-Pacific Economic "
       "Cooperation (APEC) meeting in Lima "
       "in May 2008, and paid a working visit to Peru in June 2009.",
       "visit",
       "2009-06",
       {"Tomas Vidal"},
       {}},
      // "The two sides" are the heads of the delegations the article names.
      {"The two sides started their talks in Lima on Monday. Tomas Vidal, head "
       "of the Chilean delegation, "
       "said so. Ana Ruiz, head of the Peruvian delegation, agreed.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // An event noun is its phrase's: the clause's subject takes part only
      // through a PARTICIPATION_VERB ("held a telephone conversation") ...
      {"Chilean President Tomas Vidal and Peruvian President Ana Ruiz held a "
       "telephone conversation on Monday.",
       "phone_call",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // ... else the people are those of its complement ...
      {"Chilean Foreign Minister Jorge Salas praised the phone call between "
       "Tomas Vidal and Ana Ruiz.",
       "phone_call",
       "",
       {"Tomas Vidal", "Ana Ruiz"},
       {"Jorge Salas"}},
      // ... and a speaker is not in an event named inside the speaker's own
      // event ("a briefing ... on the talks").
      {"Foreign Ministry spokesman Jorge Salas made the remarks at a news "
       "briefing in response to a question on the phone call with "
       "Peruvian President Ana Ruiz.",
       "phone_call",
       "DCT",
       {"Ana Ruiz"},
       {"Jorge Salas"}},
      // default_date: story. An undated past encounter the story does not
      // date is news of the article's day ...
      {"Chilean President Tomas Vidal said on Monday that ties were strong. "
       "Separately, Peruvian Foreign Minister Ana Ruiz met Chilean Trade "
       "Minister Jorge Salas to discuss copper.",
       "meeting",
       "DCT",
       {"Ana Ruiz", "Jorge Salas"},
       {}},
      // ... a verb coordinated with a dated one takes its date ...
      {"Chilean President Tomas Vidal arrived in Lima on Monday and met "
       "Peruvian President Ana Ruiz.",
       "meeting",
       "2010-05-10",
       {"Tomas Vidal", "Ana Ruiz"},
       {}},
      // A re-mention takes the date of the event of its own type before it.
      {"Chilean President Tomas Vidal arrived in Lima on Monday for a state "
       "visit, and met Peruvian President "
       "Ana Ruiz on Tuesday. Vidal said his visit was a success.",
       "visit",
       "2010-05-10",
       {"Tomas Vidal"},
       {}},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
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

TEST_CASE(
    "an arrival for a visit is one visit starting on the arrival's date") {
  auto events = Events(
      "Chilean President Tomas Vidal arrived here Monday for a three-day "
      "official visit.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "visit");
  CHECK(events[0].date == "2010-05-10");
  CHECK(Has(events[0].people, "Tomas Vidal"));
}

TEST_CASE("default_date: story leaves an undated future encounter undated") {
  // "will meet" with no date of its own is no news of the article's day.
  auto events = Events(
      "Peruvian Foreign Minister Ana Ruiz will meet Chilean President Tomas "
      "Vidal to discuss copper.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "meeting");
  CHECK(events[0].date == "");
}

TEST_CASE("a relative clause set off by commas keeps its people to itself") {
  auto events = Events(
      "Chilean President Tomas Vidal, who had asked Peruvian President Ana "
      "Ruiz to lower tariffs, met Bolivian President Jorge Salas on "
      "Monday.");
  REQUIRE(events.size() == 1);
  CHECK(Has(events[0].people, "Tomas Vidal"));
  CHECK(Has(events[0].people, "Jorge Salas"));
  CHECK_FALSE(Has(events[0].people, "Ana Ruiz"));
  // The clause's own event keeps them: Ruiz met Salas, Vidal is outside.
  events = Events(
      "Chilean President Tomas Vidal, whose aide Ana Ruiz met Bolivian "
      "President Jorge Salas on Monday, stayed home.");
  REQUIRE(events.size() == 1);
  CHECK(Has(events[0].people, "Ana Ruiz"));
  CHECK(Has(events[0].people, "Jorge Salas"));
}

TEST_CASE("a plan the story tells in the past is on the story's day") {
  struct Case {
    const char* text;
    const char* date;
  };
  const Case cases[] = {
      {"Peruvian President Ana Ruiz was expected to meet Chilean President "
       "Tomas Vidal.",
       "DCT"},
      {"Peruvian President Ana Ruiz was to meet Chilean President Tomas "
       "Vidal.",
       "DCT"},
      // A plan told in the present is open: no date.
      {"Peruvian President Ana Ruiz is to meet Chilean President Tomas "
       "Vidal.",
       ""},
      {"Peruvian President Ana Ruiz will meet Chilean President Tomas Vidal.",
       ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto events = Events(c.text);
    REQUIRE(events.size() == 1);
    CHECK(events[0].date == c.date);
  }
}

TEST_CASE("a possessive date dates its own noun, not the nearer event") {
  auto events = Events(
      "Chilean President Tomas Vidal said the meeting was as warm as "
      "Monday's talks with Peruvian President Ana Ruiz in Lima.");
  REQUIRE(events.size() == 2);
  // "the meeting" (Vidal's) first, then the talks with Ruiz.
  CHECK(events[0].date != "2010-05-10");
  CHECK(Has(events[1].people, "Ana Ruiz"));
  CHECK(events[1].date == "2010-05-10");
}

TEST_CASE("negatives: vague times date nothing, a summit setting is no event") {
  for (const auto& e :
       Events("Officials said the talks would resume in the future.")) {
    CHECK(e.date.empty());
  }
  auto events = Events(
      "Ana Ruiz and Tomas Vidal met on the sidelines of a regional summit on "
      "Monday.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "meeting");
  CHECK(events[0].date == "2010-05-10");
  // A date before a verb in another clause does not move to it.
  for (const auto& e : Events("The talks ended on Monday, and Vidal is "
                              "expected to visit Quito.")) {
    if (e.type == "visit") CHECK(e.date.empty());
  }
}

TEST_CASE(
    "what came first is listed first: \"a press conference after their "
    "meeting\"") {
  auto events = Events(
      "Chilean President Tomas Vidal told a joint news conference with "
      "Peruvian President Ana Ruiz "
      "after their meeting on Monday.");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "meeting");
  CHECK(events[1].type == "press_conference");
  // Without a sequence word the sentence's order stands.
  events = Events(
      "Chilean President Tomas Vidal told a joint news conference with "
      "Peruvian President Ana Ruiz "
      "and their meeting on Monday was long.");
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "press_conference");
}

TEST_CASE(
    "negatives: a future verb, a lone head of delegation, a joint event with "
    "no encounter") {
  // "will also visit" does not take the past date of the sentence before.
  for (const auto& e : Events("Chilean President Tomas Vidal met Peruvian "
                              "President Ana Ruiz on Monday. "
                              "He will also visit Quito.")) {
    if (e.type == "visit") CHECK(e.date.empty());
  }
  // One head of delegation is no pair of sides.
  for (const auto& e :
       Events("The two sides started their talks in Lima on Monday. "
              "Tomas Vidal, head of the Chilean delegation, said so.")) {
    CHECK(!Has(e.people, "Tomas Vidal"));
  }
  // A joint event with no earlier encounter keeps its own people.
  auto events = Events(
      "Chilean President Tomas Vidal spoke at a joint press conference on "
      "Monday.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].people == std::vector<std::string>{"Tomas Vidal"});
}

TEST_CASE(
    "a verb sharing a dated verb's subject shares its date; a quote sentence "
    "keeps the story") {
  // "arrived on Monday and was welcomed by Y": one date, two events.
  bool welcomed = false;
  for (const auto& e :
       Events("Chilean President Tomas Vidal arrived in Lima on Monday and was "
              "welcomed at "
              "the airport by Peruvian Foreign Minister Ana Ruiz.")) {
    if (e.type == "meeting")
      welcomed = e.date == "2010-05-10" && Has(e.people, "Ana Ruiz");
  }
  CHECK(welcomed);
  // A statement between two sentences of one story does not break it.
  bool signed_on_monday = false;
  for (const auto& e : Events("Chilean President Tomas Vidal held talks with "
                              "Peruvian President Ana Ruiz on "
                              "Monday. Vidal said ties are good. After the "
                              "talks, Vidal and Ruiz signed a "
                              "trade agreement.")) {
    if (e.type == "signing") signed_on_monday = e.date == "2010-05-10";
  }
  CHECK(signed_on_monday);
}

TEST_CASE(
    "negatives: what came before, a noun re-mention, a story three sentences "
    "back") {
  // "soon after arrival": the arrival is earlier than the talks it precedes.
  for (const auto& e : Events("Chilean President Tomas Vidal arrived in Lima "
                              "on Monday. The president held "
                              "talks with Peruvian President Ana Ruiz on "
                              "Tuesday soon after arrival.")) {
    if (e.type == "visit") CHECK(e.date != "2010-05-11");
  }
  // A noun in a dated sentence ("preparations for the trip") is no
  // coordinated verb: it does not take the meeting's date.
  for (const auto& e : Events("Chilean President Tomas Vidal met with Peruvian "
                              "President Ana Ruiz on Tuesday "
                              "to discuss preparations for the trip.")) {
    if (e.type == "visit") CHECK(e.date.empty());
  }
  // A date framing the sentence dates its main verb, not a meeting the
  // clause only talks of.
  for (const auto& e : Events("Earlier Thursday, Chilean officials voiced "
                              "indignation at a meeting between Peruvian "
                              "President Ana Ruiz and Bolivian President Eva "
                              "Sol.")) {
    if (e.type == "meeting") CHECK(e.date != "2010-05-06");
  }
  // Three sentences back is too far for narrative continuation.
  for (const auto& e :
       Events("Chilean President Tomas Vidal met Peruvian President Ana Ruiz "
              "on Monday. "
              "Vidal said ties are good. Vidal said trade grows. "
              "Vidal signed a trade agreement.")) {
    if (e.type == "signing") CHECK(e.date.empty());
  }
}

TEST_CASE("\"met separately with A and B\" is one meeting per person met") {
  auto events = Events(
      "Chilean President Tomas Vidal met separately with Peruvian President "
      "Ana Ruiz and "
      "Bolivian President Eva Sol on Monday.");
  REQUIRE(events.size() == 2);
  for (const auto& e : events) {
    CHECK(e.date == "2010-05-10");
    CHECK(e.people.size() == 2);
    CHECK(Has(e.people, "Tomas Vidal"));
  }
  CHECK(Has(events[0].people, "Ana Ruiz"));
  CHECK(Has(events[1].people, "Eva Sol"));
  // Without the word it is one meeting of three.
  events = Events(
      "Chilean President Tomas Vidal met with Peruvian President Ana Ruiz and "
      "Bolivian President "
      "Eva Sol on Monday.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].people.size() == 3);
}

TEST_CASE(
    "\"on Wednesday and Thursday\": the second date continues the first") {
  auto events = Events(
      "Chilean President Tomas Vidal paid a state visit to Peru on Monday and "
      "Tuesday, "
      "his first foreign trip.");
  for (const auto& e : events) CHECK(e.date != "2010-05-11");
  // Two dates with a verb between date two events.
  int dated = 0;
  for (const auto& e : Events("Chilean President Tomas Vidal arrived in Lima "
                              "on Monday and met Peruvian "
                              "President Ana Ruiz on Tuesday.")) {
    dated += e.date == "2010-05-10" || e.date == "2010-05-11";
  }
  CHECK(dated == 2);
}

TEST_CASE("a comma-set relative clause keeps its date and place to itself") {
  ArticleFacts f = Extract(
      "Peruvian President Ana Ruiz, who flew to Chile on Monday from Quito, "
      "will meet Chilean President Tomas Vidal.");
  bool meeting = false;
  for (const auto& e : f.events) {
    if (e.type != "meeting") continue;
    meeting = true;
    CHECK(e.when < 0);  // Monday is the flight's
    CHECK(e.where.empty());
  }
  CHECK(meeting);
}

TEST_CASE("where someone came from is not where the event took place") {
  ArticleFacts f = Extract("Peruvian President Ana Ruiz arrived from Quito on Monday.");
  REQUIRE(f.events.size() == 1);
  CHECK(f.events[0].where.empty());
}

TEST_CASE("a place inside a person's title is not where the event took place") {
  ArticleFacts f = Extract(
      "Ana Ruiz spoke after talks with Peruvian Ambassador to Quito Tomas Vidal.");
  REQUIRE(f.events.size() == 1);
  CHECK(f.events[0].where.empty());
  ArticleFacts g = Extract("Ana Ruiz held talks in Quito with Tomas Vidal.");
  REQUIRE(g.events.size() == 1);
  CHECK(g.events[0].where == "Quito");
}

TEST_CASE("an event in an aside right after a name is that person's") {
  auto events = Events(
      "Chilean Foreign Minister Tomas Vidal, winding up a two-day visit to "
      "Lima, said the talks went well.");
  bool found = false;
  for (const auto& e : events) {
    if (e.type != "visit") continue;
    found = true;
    CHECK(Has(e.people, "Tomas Vidal"));
  }
  CHECK(found);
}

TEST_CASE("a relative clause after the trigger does not date the speaker's talks") {
  ArticleFacts f = Extract(
      "Peruvian President Ana Ruiz was speaking to reporters after talks with "
      "Chilean Ambassador Tomas Vidal, who arrived on Monday from Santiago.");
  bool talks = false;
  for (const auto& e : f.events) {
    if (e.type != "meeting") continue;
    talks = true;
    CHECK(e.when < 0);  // Monday is the arrival's
  }
  CHECK(talks);
}

TEST_CASE("seeking talks is no encounter") {
  for (const auto& e : Events("Ana Ruiz said she will seek further talks with Chilean "
                              "President Tomas Vidal."))
    CHECK(e.type != "meeting");
}

TEST_CASE("an undated event in the past perfect is before the story") {
  for (const auto& e : Events("Peruvian Oil Minister Ana Ruiz arrived in Lima on Monday. "
                              "Ruiz, who had just attended the summit of oil ministers in "
                              "Quito, will stay for several days.")) {
    if (e.type == "meeting") CHECK(e.date.empty());
  }
}

TEST_CASE("a date inside a quotation does not date an event outside it") {
  for (const auto& e : Events("\"A decision will be made in June,\" Chilean Finance Minister "
                              "Tomas Vidal told reporters after the briefing.")) {
    CHECK(e.date.rfind("2010-06", 0) != 0);
  }
}

}  // namespace
}  // namespace annals
