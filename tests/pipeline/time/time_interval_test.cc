#include "pipeline/time/time_interval.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("IntervalOf covers the days a TIMEX3 value names") {
  struct Case {
    const char* value;
    const char* first;
    const char* last;
    Granularity g;
  };
  const Case cases[] = {
      {"2021-03-18", "2021-03-18", "2021-03-18", Granularity::kDay},
      {"2021-03-18T18:15", "2021-03-18", "2021-03-18", Granularity::kDay},
      {"2024-02", "2024-02-01", "2024-02-29", Granularity::kMonth},  // leap year
      {"2023-02", "2023-02-01", "2023-02-28", Granularity::kMonth},
      {"2021-W11", "2021-03-15", "2021-03-21", Granularity::kWeek},
      {"2020-W53", "2020-12-28", "2021-01-03", Granularity::kWeek},  // ISO week across years
      {"1998-Q3", "1998-07-01", "1998-09-30", Granularity::kQuarter},
      {"2021", "2021-01-01", "2021-12-31", Granularity::kYear},
      {"199", "1990-01-01", "1999-12-31", Granularity::kDecade},
  };
  for (const auto& c : cases) {
    CAPTURE(c.value);
    auto iv = IntervalOf(c.value);
    REQUIRE(iv.has_value());
    CHECK(DayString(iv->first) == c.first);
    CHECK(DayString(iv->last) == c.last);
    CHECK(iv->granularity == c.g);
  }
}

TEST_CASE("Values with no calendar days have no interval") {
  for (const char* v : {"XXXX-03-19", "PAST_REF", "FUTURE_REF", "P2D", "2021-02-30", "", "2021-13"}) {
    CAPTURE(v);
    CHECK_FALSE(IntervalOf(v).has_value());
  }
}

TEST_CASE("A value and an end make one span; a backwards end is ignored") {
  auto span = IntervalOf("2021-03-18", "2021-03-19");
  REQUIRE(span);
  CHECK(span->last - span->first == 1);
  auto backwards = IntervalOf("2021-03-18", "2021-03-01");
  REQUIRE(backwards);
  CHECK(backwards->last == backwards->first);
  CHECK(IntervalOf("2021-03", "2021-05")->last == IntervalOf("2021-05-31")->first);
}

}  // namespace
}  // namespace annals
