// What report.html is given: calendar places, highlights, counts.
#include "graph/export/report_data.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "pipeline/time/time_interval.h"
#include "tests/graph/small_assembly.h"

namespace annals {
namespace {

TEST_CASE("SplitAtTrigger turns article offsets into sentence pieces") {
  Evidence e{"d1",
             {100, 144},
             "r",
             {138, 143},
             "Ana Ruiz met Ben Okafor for fisheries talks."};
  Highlight h = SplitAtTrigger(e);
  CHECK(h.before == "Ana Ruiz met Ben Okafor for fisheries ");
  CHECK(h.trigger == "talks");
  CHECK(h.after == ".");
}

TEST_CASE(
    "SplitAtTrigger leaves the sentence whole when the trigger is not in it") {
  Evidence outside{"d1", {100, 110}, "r", {90, 95}, "They met."};
  CHECK(SplitAtTrigger(outside).before == "They met.");
  CHECK(SplitAtTrigger(outside).trigger.empty());
  Evidence none{"d1", {0, 9}, "r", {}, "They met."};
  CHECK(SplitAtTrigger(none).before == "They met.");
}

TEST_CASE("SplitAtTrigger never cuts a UTF-8 character") {
  // "Café talks": é is two bytes (3..5); a trigger starting inside it
  // moves back to the character's start.
  Evidence e{"d1", {0, 11}, "r", {4, 11}, "Caf\xC3\xA9 talks"};
  Highlight h = SplitAtTrigger(e);
  CHECK(h.before == "Caf");
  CHECK(h.trigger == "\xC3\xA9 talks");
}

TEST_CASE("ReportData places events on the calendar in timeline order") {
  nlohmann::ordered_json j = ReportData(testing::SmallAssembly());
  REQUIRE(j["events"].size() == 3);
  const auto& day = j["events"][0];
  CHECK(day["id"] == "e1");
  CHECK(day["first"] == IntervalOf("2019-06-02")->first);
  CHECK(day["last"] == day["first"]);
  CHECK(day["evidence"][0]["trigger"] == "talks");
  CHECK(day["evidence"][0]["rule"] == "event.meeting.talks");
  const auto& month = j["events"][1];
  CHECK(month["granularity"] == "month");
  CHECK(month["last"].get<int>() - month["first"].get<int>() == 30);  // July
  CHECK(day["lane"] == "day");
  CHECK(month["lane"] == "span");  // a month goes to the lane of spans
  const auto& undated = j["events"][2];
  CHECK(undated["when"] == "undated");
  CHECK_FALSE(undated.contains("first"));  // goes to the undated lane
}

TEST_CASE("ReportData opens the axis on its events known to the day") {
  nlohmann::ordered_json j = ReportData(testing::SmallAssembly());
  const int day = IntervalOf("2019-06-02")->first;
  CHECK(j["focus"]["first"] == day);  // the July span does not count
  CHECK(j["focus"]["last"] == day);
  CHECK(j["focus"]["events"] == 1);
}

TEST_CASE("ReportData puts an event listed apart in the undated lane, dated or not") {
  Assembly a = testing::SmallAssembly({"2019-08-01", ""});  // e3 dated, apart
  nlohmann::ordered_json j = ReportData(a);
  REQUIRE(j["events"].size() == 3);
  CHECK(j["events"][2]["id"] == "e3");
  CHECK(j["events"][2]["when"] == "2019-08-01");
  CHECK_FALSE(j["events"][2].contains("first"));
}

TEST_CASE("ReportData counts each actor's events") {
  nlohmann::ordered_json j = ReportData(testing::SmallAssembly());
  REQUIRE(j["actors"].size() == 3);
  CHECK(j["actors"][0]["events"] == 1);  // Ana: e1
  CHECK(j["actors"][1]["events"] == 2);  // Ben: e1, e3
  CHECK(j["positions"][0]["topic"] == "fisheries");
  CHECK(j["documents"][0]["path"] == "news/a.txt");
}

TEST_CASE("ReportData titles events with who, what and where") {
  nlohmann::ordered_json j = ReportData(testing::SmallAssembly());
  CHECK(j["events"][0]["title"] ==
        "Ana Ruiz, Ben Okafor: fisheries talks, Lisbon");
  CHECK(j["events"][1]["title"] == "Carla Mendes: state visit");
  CHECK(j["events"][0]["pairs"] ==
        nlohmann::json::parse("[[0, 1]]"));  // Ana met Ben
  CHECK(j["events"][1]["pairs"].empty());
}

TEST_CASE(
    "EventTitle names who was there, people before states, three at most") {
  Graph g;
  g.add_actor({"utopia", "Utopia", "state", {}, {}, "", {}, {}});
  g.add_actor({"both", "both sides", "group", {}, {}, "", {}, {}});
  for (const char* name : {"A", "B", "C", "D"})
    g.add_actor({name, name, "person", {}, {}, "", {}, {}});
  EventRecord e{"e1", "meeting", "talks",
                {},   "",        {"both", "utopia", "A", "B", "C", "D"},
                {}};
  CHECK(EventTitle(g, e) == "A, B, C +2: talks");  // "both sides" names no one
  e.participants = {"both", "utopia"};
  CHECK(EventTitle(g, e) == "Utopia: talks");
  e.participants.clear();
  e.where = "Lisbon";
  CHECK(EventTitle(g, e) == "talks, Lisbon");
}

TEST_CASE("WriteReportData streams the text of ReportData, piece by piece") {
  auto dumped = [](const Assembly& a) {
    return ReportData(a).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  };
  auto streamed = [](const Assembly& a) {
    std::string s;
    std::size_t pieces = 0;
    WriteReportData(a, [&](std::string_view p) { s += p, ++pieces; });
    CHECK(pieces > 5);
    return s;
  };
  Assembly small = testing::SmallAssembly({"XXXX-WXX-2"});
  CHECK(streamed(small) == dumped(small));
  // A statement with invalid UTF-8 and a "</script>"; and nothing at all.
  Assembly odd = testing::SmallAssembly();
  odd.graph.add_position({"p2", "ben-okafor", "", "say", "bad \xff byte </script>", "", {}, {}});
  CHECK(streamed(odd) == dumped(odd));
  Assembly empty;
  CHECK(streamed(empty) == dumped(empty));
}

}  // namespace
}  // namespace annals
