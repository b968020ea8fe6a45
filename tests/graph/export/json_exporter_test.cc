// timeline.json, written one record at a time, is byte for byte what
// dumping the whole document as one nlohmann tree (indent 2) gives.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "graph/export/exporters.h"
#include "tests/graph/small_assembly.h"

namespace annals {
namespace {

std::string TimelineJson(const Assembly& a) {
  std::ostringstream out;
  WriteTimelineJson(out, a);
  return out.str();
}

// The text the whole tree gives: parsed back and dumped again.
std::string Redumped(const std::string& text) {
  return nlohmann::ordered_json::parse(text).dump(2) + "\n";
}

// The small assembly with every event on the timeline: `undated` empty.
Assembly AllPlaced() {
  Assembly a = testing::SmallAssembly({"2019-08", ""});
  a.graph.timeline = {"e1", "e2", "e3"};
  a.graph.apart.clear();
  return a;
}

TEST_CASE("timeline.json streamed is the whole tree dumped") {
  const Assembly kCases[] = {
      testing::SmallAssembly(),  // an event listed apart
      AllPlaced(),
      Assembly{},  // every array empty
  };
  for (const Assembly& a : kCases) {
    std::string text = TimelineJson(a);
    CAPTURE(text);
    CHECK(text == Redumped(text));
  }
}

TEST_CASE("timeline.json keeps its members in the contract's order") {
  auto j = nlohmann::ordered_json::parse(TimelineJson(testing::SmallAssembly()));
  std::string keys;
  for (const auto& [key, value] : j.items()) keys += key + " ";
  CHECK(keys == "annals documents actors events undated positions timeline ");
  CHECK(j["events"].size() + j["undated"].size() == 3);
  CHECK(j["undated"].size() == 1);
}

}  // namespace
}  // namespace annals
