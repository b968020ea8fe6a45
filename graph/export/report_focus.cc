#include "graph/export/report_focus.h"

#include <algorithm>

namespace annals {

bool OnDayAxis(const TimeInterval& t) {
  return t.granularity == Granularity::kDay && t.last - t.first + 1 <= kMaxDayAxisSpan;
}

std::optional<Focus> DensestPeriod(std::vector<TimeInterval> day_events) {
  if (day_events.empty()) return std::nullopt;
  std::stable_sort(day_events.begin(), day_events.end(),
                   [](const TimeInterval& a, const TimeInterval& b) { return a.first < b.first; });
  // Two pointers over the starts: [lo, hi) begin within kFocusDays of lo.
  auto spread = [&](std::size_t lo, std::size_t hi) {
    return day_events[hi - 1].first - day_events[lo].first;
  };
  std::size_t best_lo = 0, best_hi = 1, hi = 0;
  for (std::size_t lo = 0; lo < day_events.size(); ++lo) {
    hi = std::max(hi, lo);
    while (hi < day_events.size() && day_events[hi].first < day_events[lo].first + kFocusDays) ++hi;
    const std::size_t n = hi - lo, best_n = best_hi - best_lo;
    if (n > best_n || (n == best_n && spread(lo, hi) < spread(best_lo, best_hi))) best_lo = lo, best_hi = hi;
  }
  Focus f{day_events[best_lo].first, day_events[best_lo].last, static_cast<int>(best_hi - best_lo)};
  for (std::size_t i = best_lo; i < best_hi; ++i) f.last = std::max(f.last, day_events[i].last);
  return f;
}

}  // namespace annals
