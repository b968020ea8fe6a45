// Which events are the speaker's own (event_speaker.cc), through the
// real pipeline and the bundled rules, on sentences of our own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/pipeline/extract/event_seen.h"

namespace annals {
namespace {

using testing::Events;
using testing::Has;

TEST_CASE("an opening phrase before the speaker's name is the speaker's; a name after \"with\" is no speaker") {
  auto events = Events(
      "Explaining the plan at a news conference on Monday, Foreign Minister "
      "Ana Ruiz said it would cut costs.");
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "press_conference");
  CHECK(Has(events[0].people, "Ana Ruiz"));
  // A closing attribution opens no phrase: the quoted talks are not hers.
  events = Events("Ana Ruiz arrived on Monday. The talks on trade are useful, she said.");
  for (const auto& e : events) {
    if (e.type == "meeting") CHECK(!Has(e.people, "Ana Ruiz"));
  }
  events = Events(
      "Bankers attending a meeting on Sunday with President Tomas Vidal "
      "called on the government to act.");
  REQUIRE(events.size() == 1);
  CHECK(Has(events[0].people, "Tomas Vidal"));
}

}  // namespace
}  // namespace annals
