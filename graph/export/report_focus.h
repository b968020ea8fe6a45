// ReportFocus: which dated events report.html draws on its day axis, and
// the period the axis opens on.
//
// A corpus dates many events only to a month, a year or a week ("in
// January", "last year"), or over long spans ("from 1998 to 2003"). On a
// day axis each of those is a bar as long as the period, and bars that
// long cannot share rows, so at 2,000 articles they stacked into a wall
// above the day-dated marks. They go to their own compact lane instead:
// the axis holds events known to the day and no longer than
// kMaxDayAxisSpan days (a three-day visit stays a short bar).
//
// The axis then opens on the densest period of those events: the window
// of kFocusDays days in which the most of them begin (ties: the one whose
// starts lie closest together, then the earliest), trimmed to the events
// it holds. A reader of a corpus sees first where
// most happened; the page offers the full range beside it.
//
// Thread-safety: pure functions.
#ifndef ANNALS_GRAPH_EXPORT_REPORT_FOCUS_H_
#define ANNALS_GRAPH_EXPORT_REPORT_FOCUS_H_

#include <optional>
#include <vector>

#include "pipeline/time/time_interval.h"

namespace annals {

// Longer than two weeks is a period, not an occasion: a state visit or a
// summit lasts days, a campaign or a term months.
inline constexpr int kMaxDayAxisSpan = 14;
// About a month: news runs cluster around the weeks their articles were
// written, and a month of days still fits a screen's width.
inline constexpr int kFocusDays = 31;

// Example: OnDayAxis(*IntervalOf("2021-03-18")) is true,
// OnDayAxis(*IntervalOf("2021-01")) false.
bool OnDayAxis(const TimeInterval& t);

struct Focus {
  int first = 0;   // days since 1970-01-01, inclusive
  int last = 0;    // the latest day of an event in the window
  int events = 0;  // how many of the events begin in the window
};

// The densest period of `day_events` (those OnDayAxis); nullopt when
// there are none. Example: starts on days 10, 12, 100 -> {10, 12, 2}.
std::optional<Focus> DensestPeriod(std::vector<TimeInterval> day_events);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_REPORT_FOCUS_H_
