#include "pipeline/time/time_interval.h"

#include <date/date.h>
#include <date/iso_week.h>
#include <re2/re2.h>

namespace annals {
namespace {

using date::sys_days;

int Days(int y, unsigned m, unsigned d) {
  return static_cast<int>(sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count());
}

int LastOfMonth(int y, unsigned m) {
  return static_cast<int>(sys_days{date::year{y} / date::month{m} / date::last}.time_since_epoch().count());
}

}  // namespace

std::optional<TimeInterval> IntervalOf(const std::string& value) {
  static const LazyRE2 kDay = {R"((\d{4})-(\d{2})-(\d{2})(?:T.*)?)"};
  static const LazyRE2 kMonth = {R"((\d{4})-(\d{2}))"};
  static const LazyRE2 kWeek = {R"((\d{4})-W(\d{2})(?:-\d)?(?:-WE)?)"};
  static const LazyRE2 kQuarter = {R"((\d{4})-Q([1-4]))"};
  static const LazyRE2 kHalf = {R"((\d{4})-H([12]))"};
  static const LazyRE2 kSeason = {R"((\d{4})-(SP|SU|FA|WI))"};
  static const LazyRE2 kYear = {R"((\d{4}))"};
  static const LazyRE2 kDecade = {R"((\d{3}))"};
  static const LazyRE2 kCentury = {R"((\d{2}))"};
  int y = 0, a = 0, b = 0;
  std::string s;
  if (RE2::FullMatch(value, *kDay, &y, &a, &b)) {
    if (a < 1 || a > 12 || b < 1 || b > 31) return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month{unsigned(a)}, date::day{unsigned(b)}};
    if (!ymd.ok()) return std::nullopt;
    int d = Days(y, a, b);
    return TimeInterval{d, d, Granularity::kDay};
  }
  if (RE2::FullMatch(value, *kMonth, &y, &a) && a >= 1 && a <= 12) {
    return TimeInterval{Days(y, a, 1), LastOfMonth(y, a), Granularity::kMonth};
  }
  if (RE2::FullMatch(value, *kWeek, &y, &a) && a >= 1 && a <= 53) {
    iso_week::year_weeknum_weekday w{iso_week::year{y}, iso_week::weeknum{unsigned(a)}, iso_week::mon};
    if (!w.ok()) return std::nullopt;
    int d = static_cast<int>(sys_days{w}.time_since_epoch().count());
    return TimeInterval{d, d + 6, Granularity::kWeek};
  }
  if (RE2::FullMatch(value, *kQuarter, &y, &a)) {
    return TimeInterval{Days(y, 3 * a - 2, 1), LastOfMonth(y, 3 * a), Granularity::kQuarter};
  }
  if (RE2::FullMatch(value, *kHalf, &y, &a)) {
    return TimeInterval{Days(y, 6 * a - 5, 1), LastOfMonth(y, 6 * a), Granularity::kQuarter};
  }
  if (RE2::FullMatch(value, *kSeason, &y, &s)) {
    int m = s == "SP" ? 3 : s == "SU" ? 6 : s == "FA" ? 9 : 12;
    int end_y = m == 12 ? y + 1 : y;
    int end_m = m == 12 ? 2 : m + 2;
    return TimeInterval{Days(y, m, 1), LastOfMonth(end_y, end_m), Granularity::kQuarter};
  }
  if (RE2::FullMatch(value, *kYear, &y)) {
    return TimeInterval{Days(y, 1, 1), Days(y, 12, 31), Granularity::kYear};
  }
  if (RE2::FullMatch(value, *kDecade, &y)) {
    return TimeInterval{Days(y * 10, 1, 1), Days(y * 10 + 9, 12, 31), Granularity::kDecade};
  }
  if (RE2::FullMatch(value, *kCentury, &y)) {
    return TimeInterval{Days(y * 100, 1, 1), Days(y * 100 + 99, 12, 31), Granularity::kCentury};
  }
  return std::nullopt;
}

std::optional<TimeInterval> IntervalOf(const std::string& value, const std::string& end) {
  auto a = IntervalOf(value);
  if (!a || end.empty()) return a;
  auto b = IntervalOf(end);
  if (!b || b->last < a->first) return a;
  return TimeInterval{a->first, b->last, a->granularity};
}

std::string DayString(int day) {
  date::year_month_day ymd{sys_days{date::days{day}}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

}  // namespace annals
