// DctFinder with the bundled rules: the datelines and stamps wire copy
// opens with, and heads that give no date.
#include "pipeline/extract/dct_finder.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

#include <string>

namespace annals {
namespace {

struct Case {
  const char* head;
  const char* value;  // "" = no DCT
  const char* place;
};

TEST_CASE("DctFinder reads datelines and stamps") {
  const Case cases[] = {
      {"LISBON, Portugal, March 19 (Xinhua) -- The talks ...", "XXXX-03-19", "Lisbon"},
      {"NAIROBI, March 15, 2025 (Reuters) - Kenyan President ...", "2025-03-15", "Nairobi"},
      // No agency: the dash (or colon) closes the dateline.
      {"NEW DELHI, Feb. 21, 2025 -- Indian Prime Minister ...", "2025-02-21", "New Delhi"},
      {"BERLIN, Jan. 5, 2024: The chancellor ...", "2024-01-05", "Berlin"},
      // A byte order mark before the dateline.
      {"\xEF\xBB\xBFPARIS, May 3, 2024 (AFP) - French President ...", "2024-05-03", "Paris"},
      {"Published: 18:15, March 12, 2021\nBEIJING ...", "2021-03-12", ""},
      // Day before month, as British and European copy writes it.
      {"Published: 09:30, 2 April 2024\nHeadline\nText ...", "2024-04-02", ""},
      {"BRUSSELS, 14 March 2024 - European Union leaders ...", "2024-03-14", "Brussels"},
      // A stamp line with an ISO date; a bare abbreviation without period.
      {"Headline\nSource: Xinhua | 2023-09-27 20:14:05\nBEIJING ...", "2023-09-27", ""},
      // The stamp's full date wins over the dateline's; the dateline names the place.
      {"Title\nSource: Xinhua | 2024-03-20 17:03:45 | Editor: Li\n\nBEIJING, March 20 (Xinhua) -- The ...",
       "2024-03-20", "Beijing"},
      {"WASHINGTON, Jul 21, 2025 (Reuters) - The envoy ...", "2025-07-21", "Washington"},
      // A place and no date.
      {"WASHINGTON (AP) — President ...", "", "Washington"},
      {"ADDIS ABABA, Ethiopia (AP) — The prime minister ...", "", "Addis Ababa"},
      {"The minister said on Monday ...", "", ""},
  };
  DctFinder finder(testing::BundledExtractor().rules());
  for (const auto& c : cases) {
    CAPTURE(c.head);
    auto found = finder.Find(c.head);
    CHECK((found ? found->value : "") == std::string(c.value));
    CHECK((found ? found->place : "") == std::string(c.place));
  }
}

TEST_CASE("TitleCaseIfShouting") {
  CHECK(TitleCaseIfShouting("NEW DELHI") == "New Delhi");
  CHECK(TitleCaseIfShouting("Lisbon") == "Lisbon");
}

}  // namespace
}  // namespace annals
