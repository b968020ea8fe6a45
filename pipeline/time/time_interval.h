// TimeInterval: the days a TIMEX3 value covers, for ordering and merging.
//
// "2021-03-18" is one day, "2021-03" a month, "2021-W11" an ISO week,
// "2021-Q1" a quarter, "2021" a year, "202" a decade. Values with an
// unknown year (XXXX-03-19), vague references (PAST_REF) and durations
// have no interval: they cannot be placed on a calendar.
//
// Thread-safety: pure functions.
#ifndef ANNALS_PIPELINE_TIME_TIME_INTERVAL_H_
#define ANNALS_PIPELINE_TIME_TIME_INTERVAL_H_

#include <optional>
#include <string>

namespace annals {

enum class Granularity { kDay, kWeek, kMonth, kQuarter, kYear, kDecade, kCentury };

struct TimeInterval {
  int first = 0;  // days since 1970-01-01
  int last = 0;   // inclusive
  Granularity granularity = Granularity::kDay;

  bool Overlaps(const TimeInterval& o) const { return first <= o.last && o.first <= last; }
};

// Example: IntervalOf("2021-03")->last - IntervalOf("2021-03")->first == 30.
std::optional<TimeInterval> IntervalOf(const std::string& value);

// The interval from `value` to `end` (each may be coarser than a day).
std::optional<TimeInterval> IntervalOf(const std::string& value, const std::string& end);

// "2021-03-18" for a day number.
std::string DayString(int day);

}  // namespace annals

#endif  // ANNALS_PIPELINE_TIME_TIME_INTERVAL_H_
