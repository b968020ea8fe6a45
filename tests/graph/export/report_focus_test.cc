// Which events the report's day axis draws, and the period it opens on.
#include "graph/export/report_focus.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TimeInterval Days(int first, int last) { return {first, last, Granularity::kDay}; }

TEST_CASE("the day axis holds days and short spans of days, not coarse periods") {
  CHECK(OnDayAxis(*IntervalOf("2021-03-18")));
  CHECK(OnDayAxis(*IntervalOf("2021-03-18", "2021-03-20")));  // a three-day visit
  CHECK_FALSE(OnDayAxis(*IntervalOf("2021-03")));
  CHECK_FALSE(OnDayAxis(*IntervalOf("2021-W11")));
  CHECK_FALSE(OnDayAxis(*IntervalOf("2021")));
  CHECK_FALSE(OnDayAxis(*IntervalOf("2021-03-01", "2021-03-31")));  // a month of days
  CHECK(OnDayAxis(Days(0, kMaxDayAxisSpan - 1)));
  CHECK_FALSE(OnDayAxis(Days(0, kMaxDayAxisSpan)));
}

TEST_CASE("the densest period is the window where most events begin") {
  CHECK_FALSE(DensestPeriod({}));
  // One event long ago, three within a month years later.
  auto f = DensestPeriod({Days(10, 10), Days(2000, 2001), Days(2010, 2010), Days(2025, 2027)});
  REQUIRE(f);
  CHECK(f->first == 2000);
  CHECK(f->last == 2027);  // trimmed to the events, their last day included
  CHECK(f->events == 3);
}

TEST_CASE("a start kFocusDays after the window's first day is outside it") {
  auto f = DensestPeriod({Days(0, 0), Days(kFocusDays, kFocusDays)});
  REQUIRE(f);
  CHECK(f->events == 1);
  CHECK(f->first == 0);  // ties go to the earliest window
  CHECK(f->last == 0);
}

TEST_CASE("of two windows with as many events, the tighter one wins") {
  // Days 0 and 29 share a window; so do 29 and 35, closer together.
  auto f = DensestPeriod({Days(0, 0), Days(29, 29), Days(35, 36)});
  REQUIRE(f);
  CHECK(f->events == 2);
  CHECK(f->first == 29);
  CHECK(f->last == 36);
}

TEST_CASE("the order of the events does not matter") {
  auto a = DensestPeriod({Days(50, 50), Days(5, 5), Days(52, 53)});
  auto b = DensestPeriod({Days(52, 53), Days(50, 50), Days(5, 5)});
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->first == b->first);
  CHECK(a->last == b->last);
  CHECK(a->events == 2);
}

}  // namespace
}  // namespace annals
