// Who takes part in an event (event_people.cc) through the real pipeline
// and the bundled rules, on sentences of our own: the subject a pronoun or
// a joined name stands for, "the two presidents" resolved to a pair.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/pipeline/extract/event_seen.h"

namespace annals {
namespace {

using testing::Events;
using testing::Has;

TEST_CASE("\"A and B meet separately with C\" is one meeting per subject") {
  // The pronoun opening the sentence is the person the story is about and
  // joins the subject; the plan told in the present reads Monday forward.
  auto events = Events(
      "Chilean President Tomas Vidal says gaps remain. He and Peruvian "
      "President Ana Ruiz meet separately Monday with Bolivian President "
      "Eva Sol.");
  REQUIRE(events.size() == 2);
  for (const auto& e : events) {
    CHECK(e.date == "2010-05-17");
    CHECK(e.people.size() == 2);
    CHECK(Has(e.people, "Eva Sol"));
  }
  CHECK(Has(events[0].people, "Tomas Vidal"));
  CHECK(Has(events[1].people, "Ana Ruiz"));
  // "He" alone, with no name joined to it, stays one meeting of two.
  events = Events(
      "Chilean President Tomas Vidal says gaps remain. He meets Monday with "
      "Bolivian President Eva Sol.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].people.size() == 2);
  CHECK(Has(events[0].people, "Tomas Vidal"));
}

TEST_CASE("\"the two presidents\" are the pair of the encounter before") {
  bool signed_by_both = false;
  for (const auto& e : Events("Chilean President Tomas Vidal met Peruvian "
                              "President Ana Ruiz on Monday, and the "
                              "two presidents signed a trade agreement.")) {
    if (e.type == "signing")
      signed_by_both =
          Has(e.people, "Tomas Vidal") && Has(e.people, "Ana Ruiz");
  }
  CHECK(signed_by_both);
  // After the trigger the pair is no subject: "talks decided by the two
  // presidents".
  for (const auto& e :
       Events("Chilean President Tomas Vidal met Peruvian President Ana Ruiz "
              "on Monday. Trade "
              "talks, decided by the two presidents, open on Friday.")) {
    if (e.date == "2010-05-14") CHECK(!Has(e.people, "Tomas Vidal"));
  }
  // With no encounter of two before, the pair names no one.
  for (const auto& e :
       Events("The two presidents signed a trade agreement on Monday."))
    CHECK(e.people.empty());
}

TEST_CASE("\"the two diplomats\" are the two who hold a diplomat's title") {
  // The summit's two leaders are told last; the foreign ministers before.
  bool ministers = false;
  for (const auto& e : Events(
           "Chilean Foreign Minister Tomas Vidal will meet Peruvian Foreign "
           "Minister Ana Ruiz on Monday, ahead of a summit between Chilean "
           "President Jorge Salas and Peruvian President Rosa Paz on Friday. "
           "The two diplomats are also to have a dinner meeting on Monday.")) {
    if (e.type == "meeting" && e.date == "2010-05-17" &&
        Has(e.people, "Tomas Vidal") && Has(e.people, "Ana Ruiz"))
      ministers = !Has(e.people, "Jorge Salas") && !Has(e.people, "Rosa Paz");
  }
  CHECK(ministers);
}

TEST_CASE("\"I\" in a quotation is whoever says it") {
  auto events = Events(
      "\"On Tuesday I shall be going to Quito for meetings,\" Chilean Foreign "
      "Minister Tomas Vidal said.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "visit");
  CHECK(events[0].date == "2010-05-18");
  CHECK(Has(events[0].people, "Tomas Vidal"));
  // With no speaker in the sentence "I" names no one.
  events = Events("\"I met the king on Monday.\"");
  for (const auto& e : events) CHECK(e.people.empty());
}

TEST_CASE("a pronoun opening a reported clause makes the speaker its events' subject") {
  for (const char* text :
       {"Ana Ruiz, head of the bank, said she will discuss trade with the "
        "Chilean government during a visit on May 14.",
        "Ana Ruiz told reporters that she will discuss trade with the Chilean "
        "government during a visit on May 14.",
        "Ana Ruiz said another issue she would raise during a visit on May 14 "
        "was trade."}) {
    CAPTURE(text);
    auto events = Events(text);
    REQUIRE(events.size() == 1);
    CHECK(Has(events[0].people, "Ana Ruiz"));
  }
  // A person named in between is the subject instead; a summit she will
  // discuss is a topic, not her event.
  for (const char* text :
       {"Ana Ruiz said she expects Chilean President Tomas Vidal to arrive for "
        "a visit on May 14.",
        "Ana Ruiz said she will also discuss the coming summit in June.",
        "Ana Ruiz said her country would make proposals before a summit in "
        "June.",
        "Ana Ruiz said the plan Tomas Vidal would raise during a visit on May "
        "14 was new."}) {
    CAPTURE(text);
    for (const auto& e : Events(text)) CHECK(!Has(e.people, "Ana Ruiz"));
  }
}

TEST_CASE("a person named in the possessive owns the event; people before are another verb's") {
  auto events = Events(
      "Foreign Minister Ana Ruiz will brief Tomas Vidal on Prime Minister "
      "Carlos Ortiz's visit to Chile last week.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].people == std::vector<std::string>{"Carlos Ortiz"});
  // Two persons joined by "and" both own it; a date's possessive owns nothing.
  events = Events(
      "Ana Ruiz spoke of President Tomas Vidal and Carlos Ortiz's talks in "
      "Lima on Monday.");
  REQUIRE(events.size() == 1);
  CHECK(Has(events[0].people, "Tomas Vidal"));
  CHECK(Has(events[0].people, "Carlos Ortiz"));
  CHECK(!Has(events[0].people, "Ana Ruiz"));
  events = Events("Ana Ruiz attended last week's talks with Tomas Vidal.");
  REQUIRE(events.size() == 1);
  CHECK(Has(events[0].people, "Ana Ruiz"));
}

TEST_CASE("people in a quotation or past a complement clause are not the event's") {
  auto events = Events(
      "Ana Ruiz arrived in Lima on Monday. \"Mr Tomas Vidal handed me a list,\" "
      "she told the meeting of bankers.");
  REQUIRE(events.size() == 2);
  CHECK(events[1].people == std::vector<std::string>{"Ana Ruiz"});
  events = Events(
      "Ana Ruiz told a meeting of bankers on Monday that she had agreed with "
      "Tomas Vidal on trade.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].people == std::vector<std::string>{"Ana Ruiz"});
  // A relative clause tells more of the same meeting: its people stay.
  events = Events(
      "Ana Ruiz held a meeting with Tomas Vidal on Monday which Carlos Ortiz "
      "joined later.");
  REQUIRE(events.size() == 1);
  CHECK(Has(events[0].people, "Carlos Ortiz"));
}

TEST_CASE("an event after \"after\" or \"before\" shares the subject of the verb before it") {
  auto events = Events(
      "Ana Ruiz arrived in Lima on Monday. She will see Tomas Vidal on "
      "Tuesday after a day of talks with ministers tomorrow.");
  REQUIRE(events.size() == 3);
  const auto& talks = events[1].type == "meeting" && events[1].people.size() == 1
                          ? events[1]
                          : events[2];
  CHECK(talks.people == std::vector<std::string>{"Ana Ruiz"});
  // A noun trigger lends no subject.
  events = Events(
      "Foreign Minister Ana Ruiz's visit to Chile comes ahead of talks between "
      "President Tomas Vidal and President Carlos Ortiz on Monday.");
  for (const auto& e : events) {
    if (e.type == "meeting") CHECK(!Has(e.people, "Ana Ruiz"));
  }
}

}  // namespace
}  // namespace annals
