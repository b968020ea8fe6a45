#include "pipeline/time/time_functions.h"

#include <date/date.h>
#include <date/iso_week.h>
#include <date/julian.h>
#include <fmt/format.h>
#include <re2/re2.h>

#include <charconv>
#include <functional>
#include <map>

namespace annals {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

// ---- arguments -------------------------------------------------------------

struct Args {
  const TimeArgs& raw;
  std::optional<std::string> Get(const std::string& name) const {
    for (const auto& [k, v] : raw) {
      if (k == name && !v.empty()) return v;
    }
    return std::nullopt;
  }
  std::optional<int> Int(const std::string& name) const {
    auto v = Get(name);
    if (!v) return std::nullopt;
    int out = 0;
    const char* b = v->data();
    if (*b == '+') ++b;
    auto [p, ec] = std::from_chars(b, v->data() + v->size(), out);
    if (ec != std::errc() || p != v->data() + v->size()) return std::nullopt;
    return out;
  }
};

Status BadArg(const std::string& fn, const std::string& what) {
  return Status::Error(Status::Code::kInvalidArgument, fn + "(): " + what);
}

// ---- calendar helpers ------------------------------------------------------

std::optional<sys_days> ToDays(const PartialDate& d) {
  if (!d.full()) return std::nullopt;
  year_month_day ymd{date::year{*d.year}, date::month{unsigned(d.month)},
                     date::day{unsigned(d.day)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

PartialDate FromDays(sys_days d) {
  year_month_day ymd{d};
  return {int(ymd.year()), int(unsigned(ymd.month())),
          int(unsigned(ymd.day()))};
}

// Year-unknown anchors still allow month/day arithmetic; a common year
// stands in (the result's year is printed as XXXX).
constexpr int kStandInYear = 2001;

std::optional<sys_days> AnchorDays(const PartialDate& a) {
  PartialDate d = a;
  if (!d.year) d.year = kStandInYear;
  return ToDays(d);
}

PartialDate KeepYearKnowledge(PartialDate d, const PartialDate& anchor) {
  if (!anchor.year) d.year.reset();
  return d;
}

int FullYear(int y, size_t digits) {
  if (digits <= 2) return y < 50 ? 2000 + y : 1900 + y;
  return y;
}

std::string WithPart(std::string value, const Args& a) {
  if (auto part = a.Get("part")) value += "T" + *part;
  return value;
}

// Whether a story date can anchor an expression of the given tense: a day
// after the DCT is no reference for what is told in the past ("Data are
// due Thursday. Gold eased after topping $2,000 the previous day"), nor a
// day before it for what is to come ("will brief at 5 p.m.").
bool FitsTense(const PartialDate& d, const TimeContext& ctx) {
  if (!ctx.dct || !ctx.dct->full() || !d.full()) return true;
  auto day = ToDays(d), today = ToDays(*ctx.dct);
  if (!day || !today) return true;
  if (ctx.tense == Tense::kPast) return *day <= *today;
  if (ctx.tense == Tense::kFuture) return *day >= *today;
  return true;
}

std::optional<PartialDate> Anchor(const TimeContext& ctx, bool narrative) {
  if (narrative && ctx.narrative && ctx.narrative->month &&
      FitsTense(*ctx.narrative, ctx))
    return ctx.narrative;
  return ctx.dct;
}

// The anchor relative(unit=...) counts from. With `narrative`, the last
// date the article mentioned that is fine enough for the unit (a day for
// days and weeks, a month for months, a year for longer units: "later
// that year" after "in June 1998"), else the last one fine enough, else
// the DCT.
std::optional<PartialDate> UnitAnchor(const TimeContext& ctx, bool narrative,
                                      const std::string& unit) {
  if (!narrative) return ctx.dct;
  bool need_day = unit == "day" || unit == "week";
  bool need_month = need_day || unit == "month";
  auto fine = [&](const std::optional<PartialDate>& d) {
    return d && d->year && (!need_month || d->month) && (!need_day || d->day) &&
           FitsTense(*d, ctx);
  };
  if (fine(ctx.mentioned)) return ctx.mentioned;
  if (need_day) return fine(ctx.narrative) ? ctx.narrative : ctx.dct;
  if (need_month && fine(ctx.mentioned_month)) return ctx.mentioned_month;
  return fine(ctx.narrative) ? ctx.narrative : ctx.dct;
}

// A relative value from an anchor that names only its year ("1995").
Result<std::string> RelativeToYear(const std::string& unit, int offset,
                                   int year) {
  if (unit == "year") return fmt::format("{:04d}", year + offset);
  if (unit == "decade") return fmt::format("{:03d}", year / 10 + offset);
  if (unit == "century") return fmt::format("{:02d}", year / 100 + offset);
  return BadArg("relative",
                "a " + unit + " offset needs a month in the anchor");
}

// ---- functions -------------------------------------------------------------

using Fn =
    std::function<Result<std::string>(const Args&, const TimeContext&, bool)>;

Result<std::string> Literal(const Args& a, const TimeContext&, bool) {
  auto v = a.Get("value");
  if (!v) return BadArg("literal", "needs value=");
  return *v;
}

// year=Y, plus year_plus=N for a year read out in two parts ("two
// thousand and three": year=2000, year_plus=3).
std::optional<int> YearArg(const Args& a) {
  auto raw = a.Get("year");
  auto y = a.Int("year");
  if (!y) return std::nullopt;
  return FullYear(*y, raw->size()) + a.Int("year_plus").value_or(0);
}

// year=Y, or year_offset=N counted from the anchor's year ("last year's
// fourth quarter", "June last year").
std::optional<int> YearOrOffset(const Args& a,
                                const std::optional<PartialDate>& anchor) {
  if (auto y = YearArg(a)) return y;
  auto off = a.Int("year_offset");
  if (off && anchor && anchor->year) return *anchor->year + *off;
  return std::nullopt;
}

// The year for a month/day given without one. A past-tense sentence
// looks back and a future one ahead, but news often names the coming
// months in a past-tense sentence ("said it will pay on Nov. 15", "the
// deal closed, effective Jan. 1"), while a date named without its year is
// rarely most of a year old: so a past tense allows about three months
// ahead before the year turns back, a future one six weeks behind; without
// a tense cue the nearest occurrence wins.
// With `strict` (the caller's bias, not a verb's tense) there is no
// slack: a past date lies on or before the anchor, a future one on or
// after it.
std::optional<int> InferYear(int month, int day, const PartialDate& anchor,
                             Tense tense, bool strict = false) {
  if (!anchor.year) return std::nullopt;
  int y = *anchor.year;
  if (!anchor.month) return y;
  int diff = (month - anchor.month) * 31 +
             ((day ? day : 15) - (anchor.day ? anchor.day : 15));
  const int kPastSlack = strict ? 0 : 100, kFutureSlack = strict ? 0 : 45;
  if (tense == Tense::kPast) return diff > kPastSlack ? y - 1 : y;
  if (tense == Tense::kFuture) return diff < -kFutureSlack ? y + 1 : y;
  if (diff > 183) return y - 1;
  if (diff < -183) return y + 1;
  return y;
}

Result<std::string> Date(const Args& a, const TimeContext& ctx,
                         bool narrative) {
  auto month = a.Int("month");
  auto day = a.Int("day");
  if (!month || *month < 1 || *month > 12)
    return BadArg("date", "month must be 1-12");
  if (day && (*day < 1 || *day > 31)) return BadArg("date", "day must be 1-31");
  auto anchor = Anchor(ctx, narrative);
  PartialDate d{YearOrOffset(a, anchor), *month, day.value_or(0)};
  if (!d.year) {
    if (anchor)
      d.year = InferYear(d.month, d.day, *anchor, ctx.tense, ctx.strict);
  }
  if (d.year && d.day && !ToDays(d))
    return BadArg("date", "no such day " + d.ToString());
  return WithPart(d.ToString(), a);
}

// anniversary(year=Y): the anchor's month and day in year Y ("on this day
// in 1989"); the year alone when the anchor has no day.
Result<std::string> Anniversary(const Args& a, const TimeContext& ctx,
                                bool narrative) {
  auto y = YearArg(a);
  if (!y) return BadArg("anniversary", "needs year=");
  auto anchor = Anchor(ctx, narrative);
  if (!anchor || !anchor->month || !anchor->day)
    return fmt::format("{:04d}", *y);
  PartialDate d{*y, anchor->month, anchor->day};
  if (!ToDays(d))
    return fmt::format("{:04d}-{:02d}", *y, anchor->month);  // Feb. 29
  return d.ToString();
}

Result<std::string> Year(const Args& a, const TimeContext&, bool) {
  auto y = YearArg(a);
  if (!y) return BadArg("year", "needs year=");
  return fmt::format("{:04d}", *y);
}

// month(month=M, year=Y, dir=past|next|this|every): a month named without
// a year lies nearest the anchor unless `dir` says "last April" or "next
// May"; dir=every is the month of any year ("each July", XXXX-07).
Result<std::string> Month(const Args& a, const TimeContext& ctx,
                          bool narrative) {
  auto month = a.Int("month");
  if (!month || *month < 1 || *month > 12)
    return BadArg("month", "month must be 1-12");
  std::string dir = a.Get("dir").value_or("auto");
  if (dir == "every") return PartialDate{std::nullopt, *month, 0}.ToString();
  auto anchor = UnitAnchor(ctx, narrative, "year");
  PartialDate d{YearOrOffset(a, anchor), *month, 0};
  if (!d.year && anchor && anchor->year && anchor->month && dir != "auto") {
    int y = *anchor->year;
    if (dir == "past")
      d.year = *month < anchor->month ? y : y - 1;
    else if (dir == "next")
      d.year = *month > anchor->month ? y : y + 1;
    else
      d.year = y;
  }
  // "the following February" after a year alone ("elected in 1998"): the
  // next year's.
  if (!d.year && anchor && anchor->year && !anchor->month) {
    if (dir == "next") d.year = *anchor->year + 1;
    if (dir == "past") d.year = *anchor->year - 1;
  }
  if (!d.year && anchor)
    d.year = InferYear(*month, 0, *anchor, ctx.tense, ctx.strict);
  return d.ToString();
}

// day_of_month(day=D): "on the 15th", a day of the anchor's month, or of
// the month before (past tense, a day still to come this month) or after
// (future tense, a day gone by); without a tense the anchor's month.
Result<std::string> DayOfMonth(const Args& a, const TimeContext& ctx,
                               bool narrative) {
  auto day = a.Int("day");
  if (!day || *day < 1 || *day > 31)
    return BadArg("day_of_month", "day must be 1-31");
  auto anchor = Anchor(ctx, narrative);
  if (!anchor || !anchor->month || !anchor->day)
    return fmt::format("XXXX-XX-{:02d}", *day);
  date::year_month ym{date::year{anchor->year.value_or(kStandInYear)},
                      date::month{static_cast<unsigned>(anchor->month)}};
  if (ctx.tense == Tense::kPast && *day > anchor->day) ym -= date::months{1};
  if (ctx.tense == Tense::kFuture && *day < anchor->day) ym += date::months{1};
  PartialDate d{int(ym.year()), int(unsigned(ym.month())), *day};
  if (!ToDays(d)) return BadArg("day_of_month", "no such day " + d.ToString());
  return KeepYearKnowledge(d, *anchor).ToString();
}

// The tense a rule forces with tense=past|present|future ("Friday's
// close" looks back whatever the verb), else the sentence's.
Tense TenseOf(const Args& a, const TimeContext& ctx) {
  auto t = a.Get("tense");
  if (!t) return ctx.tense;
  if (*t == "future") return Tense::kFuture;
  if (*t == "present") return Tense::kPresent;
  return Tense::kPast;
}

// weekday(day=1..7 Monday first, dir=auto|past|future|last|next|this|
// following, tense=past|present|future). dir=following is the second of
// a pair ("Wednesday and Thursday"): later in the anchor's week it is the
// days ahead; earlier ("Friday and Thursday") the tense decides.
Result<std::string> Weekday(const Args& a, const TimeContext& ctx,
                            bool narrative) {
  auto wd = a.Int("day");
  if (!wd || *wd < 1 || *wd > 7)
    return BadArg("weekday", "day must be 1 (Monday) to 7");
  auto anchor = Anchor(ctx, narrative);
  if (!anchor || !anchor->full())
    return WithPart(fmt::format("XXXX-WXX-{}", *wd), a);
  sys_days base = *ToDays(*anchor);
  unsigned today = date::weekday{base}.iso_encoding();
  int back = (int(today) - *wd + 7) % 7;   // days back to the last such day
  int ahead = (*wd - int(today) + 7) % 7;  // days ahead to the next one
  std::string dir = a.Get("dir").value_or("auto");
  int offset;
  if (dir == "last")
    offset = back ? -back : -7;
  else if (dir == "next")
    offset = ahead ? ahead : 7;
  else if (dir == "this")
    offset = *wd - int(today);
  else if (dir == "past")
    offset = back ? -back : -7;  // "last Monday" said on a Monday
  else if (dir == "future" || (dir == "following" && *wd > int(today)))
    offset = ahead;
  else if (TenseOf(a, ctx) == Tense::kFuture)
    offset = ahead;
  else if (TenseOf(a, ctx) == Tense::kPresent)
    offset = back <= ahead ? -back : ahead;
  else
    offset = -back;
  return WithPart(FromDays(base + days{offset}).ToString(), a);
}

std::string WeekValue(sys_days d) {
  iso_week::year_weeknum_weekday w{d};
  return fmt::format("{:04d}-W{:02d}", int(w.year()), unsigned(w.weeknum()));
}

// An offset in hours, minutes or seconds from the DCT's clock time ("an
// hour ago" said at 16:20 is 15:20 that day); seconds are shown only for
// a count of seconds.
Result<std::string> ClockOffset(const std::string& unit, int offset,
                                const TimeContext& ctx) {
  if (!ctx.dct || !ctx.dct->full() || !ctx.dct_minute)
    return BadArg("relative", "a " + unit + " offset needs a DCT with a time");
  long long secs = (unit == "hour"     ? 3600LL
                    : unit == "minute" ? 60LL
                                       : 1LL) *
                   offset;
  long long total = *ctx.dct_minute * 60LL + secs;
  long long day_shift =
      total >= 0 ? total / 86400 : -((-total + 86399) / 86400);
  total -= day_shift * 86400;
  PartialDate d = FromDays(*ToDays(*ctx.dct) + days{day_shift});
  std::string out = fmt::format("{}T{:02d}:{:02d}", d.ToString(), total / 3600,
                                total / 60 % 60);
  if (unit == "second") out += fmt::format(":{:02d}", total % 60);
  return out;
}

// relative(unit=second|minute|hour|day|week|month|quarter|year|decade|
// century, offset=N|X[, week_starts=sunday])
Result<std::string> Relative(const Args& a, const TimeContext& ctx,
                             bool narrative) {
  auto unit = a.Get("unit");
  auto offset = a.Int("offset").value_or(0);
  if (!unit) return BadArg("relative", "needs unit=");
  if (*unit == "hour" || *unit == "minute" || *unit == "second")
    return ClockOffset(*unit, offset, ctx);
  auto anchor = UnitAnchor(ctx, narrative, *unit);
  if (anchor && anchor->year && !anchor->month)
    return RelativeToYear(*unit, offset, *anchor->year);
  if (!anchor || !anchor->month) {
    return BadArg("relative", "needs a document date (--dct)");
  }
  auto base = AnchorDays(
      PartialDate{anchor->year, anchor->month, anchor->day ? anchor->day : 1});
  if (!base) return BadArg("relative", "bad anchor " + anchor->ToString());
  year_month_day ymd{*base};
  auto keep = [&](PartialDate d) {
    return KeepYearKnowledge(d, *anchor).ToString();
  };
  if (*unit == "day") {
    if (!anchor->day)
      return BadArg("relative", "day offset needs a full date anchor");
    return WithPart(keep(FromDays(*base + days{offset})), a);
  }
  if (*unit == "week") {
    if (!anchor->year) return std::string("XXXX-WXX");
    // offset=X: a week of the anchor's year the text leaves unnamed.
    if (a.Get("offset") == "X") return fmt::format("{:04d}-WXX", *anchor->year);
    // With week_starts=sunday (the rule's convention, not ISO's), a
    // Sunday anchor of a sentence in the present or future belongs to the week
    // ahead: a Sunday story's "is due to visit this week" is the coming
    // one. Told in the past, the week is ISO's, as TimeML annotators
    // read it ("met this week" on a Sunday is the week ending).
    auto day = *base;
    if (a.Get("week_starts") == "sunday" && ctx.tense != Tense::kPast &&
        anchor->day && date::weekday{day} == date::Sunday)
      day += days{1};
    return WeekValue(day + days{7 * offset});
  }
  if (*unit == "month") {
    auto m = date::year_month{ymd.year(), ymd.month()} + date::months{offset};
    return keep(PartialDate{int(m.year()), int(unsigned(m.month())), 0});
  }
  if (!anchor->year) return BadArg("relative", "year unknown");
  int y = int(ymd.year());
  if (*unit == "quarter") {
    int q = (int(unsigned(ymd.month())) - 1) / 3 + offset;
    int yy = y + (q >= 0 ? q / 4 : (q - 3) / 4);
    int qq = ((q % 4) + 4) % 4 + 1;
    return fmt::format("{:04d}-Q{}", yy, qq);
  }
  if (*unit == "half") {
    int h = (int(unsigned(ymd.month())) - 1) / 6 + offset;
    int yy = y + (h >= 0 ? h / 2 : (h - 1) / 2);
    return fmt::format("{:04d}-H{}", yy, ((h % 2) + 2) % 2 + 1);
  }
  if (*unit == "year") return fmt::format("{:04d}", y + offset);
  if (*unit == "decade") return fmt::format("{:03d}", y / 10 + offset);
  if (*unit == "century") return fmt::format("{:02d}", y / 100 + offset);
  return BadArg("relative", "unknown unit " + *unit);
}

// "2 1/2 years" = P2Y6M: the half of a unit in the next smaller one.
Result<std::string> DurationAndHalf(int n, const std::string& unit) {
  if (unit == "Y") return fmt::format("P{}Y6M", n);
  if (unit == "M") return fmt::format("P{}M15D", n);
  if (unit == "D") return fmt::format("P{}DT12H", n);
  if (unit == "H") return fmt::format("PT{}H30M", n);
  if (unit == "MIN") return fmt::format("PT{}M30S", n);
  if (unit == "DE") return fmt::format("P{}Y", n * 10 + 5);
  if (unit == "CE") return fmt::format("P{}Y", n * 100 + 50);
  return BadArg("duration", "no half of unit " + unit);
}

// duration(amount=N|X, unit=Y|M|W|D|H|MIN|S|DE|CE|Q, half=1)
Result<std::string> Duration(const Args& a, const TimeContext&, bool) {
  auto unit = a.Get("unit");
  if (auto n = a.Int("amount"); n && unit && a.Get("half"))
    return DurationAndHalf(*n, *unit);
  std::string amount = a.Get("amount").value_or("X");
  std::erase(amount, ',');  // "9,000 hours"
  if (!unit) return BadArg("duration", "needs unit=");
  static const std::map<std::string, std::string> kTimeUnits = {
      {"H", "H"}, {"MIN", "M"}, {"S", "S"}};
  if (auto t = kTimeUnits.find(*unit); t != kTimeUnits.end())
    return "PT" + amount + t->second;
  static const std::map<std::string, std::string> kDateUnits = {
      {"Y", "Y"},   {"M", "M"},   {"W", "W"}, {"D", "D"},
      {"DE", "DE"}, {"CE", "CE"}, {"Q", "Q"}};
  auto d = kDateUnits.find(*unit);
  if (d == kDateUnits.end()) return BadArg("duration", "unknown unit " + *unit);
  // TimeBank writes counted decades and centuries in years ("two decades"
  // = P20Y, "a century" = P100Y).
  if (auto n = a.Int("amount"); n && *unit == "DE")
    return fmt::format("P{}Y", *n * 10);
  if (auto n = a.Int("amount"); n && *unit == "CE")
    return fmt::format("P{}Y", *n * 100);
  return "P" + amount + d->second;
}

// hms(hours=H, minutes=M, seconds=S): a running time, "2 hours 8 minutes
// 40 seconds" = PT2H8M40S; an absent part is left out.
Result<std::string> Hms(const Args& a, const TimeContext&, bool) {
  std::string out = "PT";
  for (auto [name, letter] :
       {std::pair{"hours", 'H'}, {"minutes", 'M'}, {"seconds", 'S'}}) {
    if (auto n = a.Int(name)) out += std::to_string(*n) + letter;
  }
  if (out == "PT") return BadArg("hms", "needs hours=, minutes= or seconds=");
  return out;
}

int QuarterOf(int month) { return (month - 1) / 3 + 1; }

// quarter(quarter=1..4, year=Y): without a year, the anchor's year, moved
// back a year for a quarter still to come in a past-tense sentence ("the
// fourth quarter" reported in February), and ahead in a future one only
// for a quarter two or more back: the quarter just ended is still to be
// reported on ("expects to report third-quarter results" in October).
// With fiscal=yes ("its fiscal fourth quarter") the number is the
// company's, not the calendar's, so it says nothing of the year: the
// anchor's year.
Result<std::string> Quarter(const Args& a, const TimeContext& ctx,
                            bool narrative) {
  auto q = a.Int("quarter");
  if (!q || *q < 1 || *q > 4) return BadArg("quarter", "quarter must be 1-4");
  auto anchor = Anchor(ctx, narrative);
  auto y = YearOrOffset(a, anchor);
  const bool fiscal = !a.Get("fiscal").value_or("").empty();
  if (!y && anchor && anchor->year && fiscal) y = anchor->year;
  if (!y && anchor && anchor->year) {
    y = anchor->year;
    int now = anchor->month ? QuarterOf(anchor->month) : *q;
    if (*q > now && ctx.tense == Tense::kPast) *y -= 1;
    if (*q < now - 1 && ctx.tense == Tense::kFuture) *y += 1;
  }
  return fmt::format("{}-Q{}", y ? fmt::format("{:04d}", *y) : "XXXX", *q);
}

// Shifts "YYYY-QN" by whole quarters.
std::string ShiftQuarter(const std::string& value, int quarters) {
  int y = 0, q = 0;
  static const LazyRE2 kQuarter = {R"((\d{4})-Q([1-4]))"};
  if (!RE2::FullMatch(value, *kQuarter, &y, &q)) return value;
  int n = y * 4 + (q - 1) + quarters;
  return fmt::format("{:04d}-Q{}", n / 4, n % 4 + 1);
}

// quarter_ref(offset=N, year=Y): "the quarter", "the latest quarter": the
// quarter the article last named, else the last one completed before the
// anchor (results are reported after a quarter ends). With a year, that
// quarter in the year given ("the 1988 quarter"), or the year alone when
// no quarter was named.
Result<std::string> QuarterRef(const Args& a, const TimeContext& ctx,
                               bool narrative) {
  int offset = a.Int("offset").value_or(0);
  if (auto y = YearArg(a)) {
    if (!ctx.last_quarter) return fmt::format("{:04d}", *y);
    return fmt::format("{:04d}{}", *y, ctx.last_quarter->substr(4));
  }
  if (ctx.last_quarter) return ShiftQuarter(*ctx.last_quarter, offset);
  auto anchor = Anchor(ctx, narrative);
  if (!anchor || !anchor->year || !anchor->month) return std::string("XXXX-QX");
  return ShiftQuarter(
      fmt::format("{:04d}-Q{}", *anchor->year, QuarterOf(anchor->month)),
      offset - 1);
}

// half(half=1|2, year=Y | year_offset=N): "the first half" of the year
// given, of the anchor's year shifted ("the first half of next year"), or
// of the anchor's.
Result<std::string> Half(const Args& a, const TimeContext& ctx,
                         bool narrative) {
  auto h = a.Int("half");
  if (!h || *h < 1 || *h > 2) return BadArg("half", "half must be 1 or 2");
  auto anchor = Anchor(ctx, narrative);
  auto y = YearOrOffset(a, anchor);
  if (!y && anchor) y = anchor->year;
  return fmt::format("{}-H{}", y ? fmt::format("{:04d}", *y) : "XXXX", *h);
}

// decade(year=1990|90): "the 1990s", "the '90s" -> 199 (TIMEX3's form).
Result<std::string> Decade(const Args& a, const TimeContext&, bool) {
  auto y = YearArg(a);
  if (!y) return BadArg("decade", "needs year=");
  return fmt::format("{:03d}", *y / 10);
}

// century(ordinal=20) -> "19": the 20th century is the 1900s.
Result<std::string> Century(const Args& a, const TimeContext&, bool) {
  auto n = a.Int("ordinal");
  if (!n || *n < 1 || *n > 30) return BadArg("century", "ordinal must be 1-30");
  return fmt::format("{:02d}", *n - 1);
}

// The month in the middle of a season, as a year's months go (winter is
// labelled by its January and February); 0 for an unknown code.
int SeasonMidMonth(const std::string& code) {
  if (code == "SP") return 4;
  if (code == "SU") return 7;
  if (code == "FA") return 10;
  if (code == "WI") return 1;
  return 0;
}

// season(season=SP|SU|FA|WI, year=Y, offset=N): "last fall" is offset -1.
// A season named bare ("in the spring") follows the tense as a month does:
// "will open in the spring", said in December, is next spring; without a
// tense it is the anchor year's.
Result<std::string> Season(const Args& a, const TimeContext& ctx,
                           bool narrative) {
  auto s = a.Get("season");
  if (!s) return BadArg("season", "needs season=SP|SU|FA|WI");
  auto y = YearArg(a);
  auto anchor = UnitAnchor(ctx, narrative, "year");
  int mid = SeasonMidMonth(*s);
  bool tensed = ctx.tense == Tense::kPast || ctx.tense == Tense::kFuture;
  if (!y && !a.Get("offset") && anchor && mid && tensed)
    y = InferYear(mid, 15, *anchor, ctx.tense, ctx.strict);
  if (!y && anchor && anchor->year)
    y = *anchor->year + a.Int("offset").value_or(0);
  return fmt::format("{}-{}", y ? fmt::format("{:04d}", *y) : "XXXX", *s);
}

// time(hour=H, minute=M, second=S, before=B, ampm=am|pm): a clock time
// on the anchor's day; before=B is B minutes before the hour ("a quarter
// to eight": hour=8, before=15).
Result<std::string> Clock(const Args& a, const TimeContext& ctx,
                          bool narrative) {
  auto h = a.Int("hour");
  int m = a.Int("minute").value_or(0);
  auto sec = a.Int("second");
  int before = a.Int("before").value_or(0);
  if (!h || *h < 0 || *h > 24 || m < 0 || m > 59 || before < 0 || before > 59 ||
      (sec && (*sec < 0 || *sec > 59)))
    return BadArg("time", "bad hour/minute");
  int hour = *h;
  if (before > 0) {
    hour = (hour + 23) % 24;  // "a quarter to one" is 12:45
    if (hour == 0 && *h == 1) hour = 0;
    m = 60 - before;
  }
  auto ampm = a.Get("ampm");
  if (ampm && (*ampm == "pm" || *ampm == "p.m.") && hour < 12) hour += 12;
  if (ampm && (*ampm == "am" || *ampm == "a.m.") && hour == 12) hour = 0;
  std::string day = "XXXX-XX-XX";
  auto anchor = Anchor(ctx, narrative);
  if (a.Get("month") && a.Get("day")) {  // "5 p.m. Nov. 9": that date
    TimeArgs d = {{"month", *a.Get("month")}, {"day", *a.Get("day")}};
    if (auto y = a.Get("year")) d.emplace_back("year", *y);
    auto v = Date(Args{d}, ctx, false);
    if (!v.ok()) return v;
    day = *v;
  } else if (a.Get("wd")) {  // "10 p.m. Wednesday": that weekday's date
    // A weekday counts from the DCT even where a bare clock time follows
    // the story's last date: "9 a.m. Tuesday" is this week's Tuesday.
    TimeArgs w = {{"day", *a.Get("wd")}};
    auto v = Weekday(Args{w}, ctx, false);
    if (!v.ok()) return v;
    day = *v;
  } else if (anchor && anchor->day) {
    day = anchor->ToString();
  }
  std::string clock = fmt::format("{}T{:02d}:{:02d}", day, hour, m);
  if (sec) clock += fmt::format(":{:02d}", *sec);
  return clock;
}

// weekend(dir=past|this|next): the ISO week of the weekend before the
// anchor (after it when the sentence looks ahead), as "YYYY-Www-WE".
// "this weekend" said Tuesday to Friday is the coming one whatever the
// verb ("may be handed power this weekend"); said on a Monday it follows
// the tense, as the one just gone is as near.
Result<std::string> Weekend(const Args& a, const TimeContext& ctx,
                            bool narrative) {
  auto anchor = Anchor(ctx, narrative);
  if (!anchor || !anchor->full()) return std::string("XXXX-WXX-WE");
  sys_days base = *ToDays(*anchor);
  int today = int(date::weekday{base}.iso_encoding());  // Monday 1 .. Sunday 7
  std::string dir = a.Get("dir").value_or("");
  bool by_tense = dir.empty() || (dir == "this" && today == 1);
  bool ahead = dir == "next" || (dir == "this" && today > 1) ||
               (by_tense && ctx.tense == Tense::kFuture);
  sys_days saturday =
      base - days{(today - 6 + 7) % 7};  // latest Saturday on/before
  if (today == 7) saturday = base - days{1};
  if (ahead && today < 6) saturday += days{7};
  if (dir == "next" && today >= 6) saturday += days{7};
  if (dir == "past" && today >= 6) saturday -= days{7};
  return WeekValue(saturday) + "-WE";
}

// ago(amount=N, unit=day|week|month|quarter|year|decade, sign=-1|1):
// "two weeks ago" (sign -1), "three days later" (+1), at the unit's
// granularity. A year counted back from a quarter the article named is
// that quarter a year earlier ("profit rose from a year ago").
Result<std::string> Ago(const Args& a, const TimeContext& ctx, bool narrative) {
  auto unit = a.Get("unit");
  if (!unit) return BadArg("ago", "needs unit=");
  int sign = a.Int("sign").value_or(-1) < 0 ? -1 : 1;
  auto amount = a.Int("amount");
  if (!amount) return std::string(sign < 0 ? "PAST_REF" : "FUTURE_REF");
  if (*unit == "year" && *amount == 1 && ctx.last_quarter &&
      a.Get("follow_quarter")) {
    return ShiftQuarter(*ctx.last_quarter, sign * 4 * *amount);
  }
  std::string rel = *unit;
  int n = sign * *amount;
  if (rel == "decade") {  // "a decade ago" is a year, ten back
    rel = "year";
    n *= 10;
  }
  TimeArgs r = {{"unit", rel}, {"offset", std::to_string(n)}};
  if (auto part = a.Get("part")) r.emplace_back("part", *part);
  return Relative(Args{r}, ctx, narrative);
}

// A numeric field of a holiday entry; 0 when absent. Lexicons are user
// input: anything but a whole number gives nullopt, never an exception.
std::optional<int> IntField(const LexiconEntry& e, const std::string& field) {
  const std::string& s = e.Field(field);
  if (s.empty()) return 0;
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<std::pair<int, int>> MonthDay(int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::make_pair(month, day);
}

// The entry's `offset` in days. Bounded so that a user's lexicon cannot
// overflow date arithmetic: no holiday lies a year from its reference day.
std::optional<int> OffsetField(const LexiconEntry& e) {
  auto offset = IntField(e, "offset");
  if (!offset || *offset < -366 || *offset > 366) return std::nullopt;
  return offset;
}

// The month and day `offset` days after `d` (a holiday defined from another
// day: Good Friday from Easter, US Election Day from a November Monday).
std::optional<std::pair<int, int>> Shifted(const LexiconEntry& e, sys_days d) {
  auto offset = OffsetField(e);
  if (!offset) return std::nullopt;
  PartialDate p = FromDays(d + days{*offset});
  return std::make_pair(p.month, p.day);
}

sys_days DaysOf(int year, std::pair<int, int> month_day) {
  return sys_days{year_month_day{date::year{year},
                                 date::month{unsigned(month_day.first)},
                                 date::day{unsigned(month_day.second)}}};
}

std::optional<std::pair<int, int>> NthWeekday(const LexiconEntry& e, int year) {
  auto month = IntField(e, "month"), wd = IntField(e, "weekday"),
       n = IntField(e, "n");
  if (!month || *month < 1 || *month > 12 || !wd || *wd < 0 || *wd > 7 || !n ||
      *n > 5 || *n == 0 || *n < -1) {
    return std::nullopt;
  }
  date::year_month ym{date::year{year}, date::month{unsigned(*month)}};
  date::weekday w{unsigned(*wd % 7)};
  sys_days d =
      *n > 0 ? sys_days{ym / w[unsigned(*n)]} : sys_days{ym / w[date::last]};
  if (!year_month_day{d}.ok() || year_month_day{d}.month() != ym.month())
    return std::nullopt;
  return Shifted(e, d);
}

std::optional<std::pair<int, int>> TableDate(const LexiconEntry& e, int year) {
  static const LazyRE2 kMonthDay = {R"((\d{1,2})-(\d{1,2}))"};
  const std::string& v = e.Field("dates." + std::to_string(year));
  int m = 0, d = 0;
  if (v.empty() || !RE2::FullMatch(v, *kMonthDay, &m, &d)) return std::nullopt;
  return MonthDay(m, d);
}

std::optional<std::pair<int, int>> HolidayDate(const LexiconEntry& e,
                                               int year) {
  const std::string& cal = e.Field("calendar");
  if (cal == "fixed") {
    auto month = IntField(e, "month"), day = IntField(e, "day");
    if (!month || !day) return std::nullopt;
    return MonthDay(*month, *day);
  }
  if (cal == "easter") return Shifted(e, DaysOf(year, EasterSunday(year)));
  if (cal == "orthodox_easter")
    return Shifted(e, DaysOf(year, OrthodoxEasterSunday(year)));
  if (cal == "nth_weekday")
    return NthWeekday(e, year);  // n-th (or last, n=-1) weekday, + offset
  if (cal == "table") return TableDate(e, year);
  return std::nullopt;
}

// The holiday's day in `year`, moved `offset` days; nullopt when the
// lexicon gives no real day for that year (a table may say "02-30").
std::optional<sys_days> HolidayDay(const LexiconEntry& e, int year,
                                   int offset) {
  auto md = HolidayDate(e, year);
  if (!md) return std::nullopt;
  auto d = ToDays(PartialDate{year, md->first, md->second});
  if (!d) return std::nullopt;
  return *d + days{offset};
}

// The year of a holiday named without one, chosen as for a month and day
// named without one (InferYear): by where it falls in the anchor's year
// and the sentence's tense, so "will be home for Christmas" said in
// January is the coming one, "voted on Election Day" said in March the
// last. The occurrence may lie in another year than its holiday's (the
// eve of New Year's Day), hence the shift.
int HolidayYear(const LexiconEntry& e, int offset, const PartialDate& anchor,
                Tense tense, bool strict) {
  int y = *anchor.year;
  auto d = HolidayDay(e, y, offset);
  if (!d) return y;
  PartialDate p = FromDays(*d);
  return y +
         InferYear(p.month, p.day, anchor, tense, strict).value_or(*p.year) -
         *p.year;
}

// holiday(name=NAME, offset=DAYS, year=Y): the holiday's date in the year
// given, else in the year HolidayYear() chooses from the anchor.
// The year of "last Christmas" (dir=past: the latest before the anchor's
// day), "next Easter" (dir=next: the first after it) or "this Easter"
// (dir=this: the anchor's year); nullopt when the anchor has no day.
std::optional<int> HolidayYearByDir(const LexiconEntry& e, int offset,
                                    const PartialDate& anchor,
                                    const std::string& dir) {
  auto today = ToDays(anchor);
  if (!today) return std::nullopt;
  int y = *anchor.year;
  if (dir == "this") return y;
  auto day = HolidayDay(e, y, offset);
  if (!day) return std::nullopt;
  if (dir == "past") return *day < *today ? y : y - 1;
  if (dir == "next") return *day > *today ? y : y + 1;
  return std::nullopt;
}

Result<std::string> Holiday(const Args& a, const TimeContext& ctx,
                            bool narrative) {
  auto name = a.Get("name");
  if (!name || !ctx.holidays)
    return BadArg("holiday", "needs name= and a HOLIDAY lexicon");
  const LexiconEntry* e = ctx.holidays->Find(*name);
  if (!e)
    return BadArg("holiday", "no holiday " + *name + " in lexicon HOLIDAY");
  int offset = a.Int("offset").value_or(0);
  auto y = YearArg(a);
  auto anchor = Anchor(ctx, narrative);
  std::string dir = a.Get("dir").value_or("");
  if (!y && anchor && anchor->year && !dir.empty())
    y = HolidayYearByDir(*e, offset, *anchor, dir);
  if (!y && anchor && anchor->year)
    y = HolidayYear(*e, offset, *anchor, ctx.tense, ctx.strict);
  if (!y) return std::string("XXXX");
  auto day = HolidayDay(*e, *y, offset);
  if (!day)
    return BadArg("holiday", fmt::format("no date for {} in {}", *name, *y));
  return WithPart(FromDays(*day).ToString(), a);
}

// ---- compositions -----------------------------------------------------------

// The first and last day of the period a value names: a day, a month
// ("2024-10"), a year ("2025") or an ISO week ("2025-W24").
std::optional<std::pair<sys_days, sys_days>> PeriodOf(const std::string& v) {
  static const LazyRE2 kWeek = {R"((\d{4})-W(\d{2}))"};
  int y = 0, w = 0;
  if (RE2::FullMatch(v, *kWeek, &y, &w)) {
    iso_week::year_weeknum_weekday first{iso_week::year{y},
                                         iso_week::weeknum{unsigned(w)},
                                         iso_week::weekday{1u}};
    if (!first.ok()) return std::nullopt;
    sys_days monday{first};
    return std::make_pair(monday, monday + days{6});
  }
  auto p = PartialDate::Parse(v);
  if (!p || !p->year || v.find('T') != std::string::npos) return std::nullopt;
  if (p->day) {
    auto d = ToDays(*p);
    if (!d) return std::nullopt;
    return std::make_pair(*d, *d);
  }
  date::year yy{*p->year};
  if (p->month) {
    date::year_month ym{yy, date::month{unsigned(p->month)}};
    return std::make_pair(sys_days{ym / 1}, sys_days{ym / date::last});
  }
  return std::make_pair(sys_days{yy / 1 / 1}, sys_days{yy / 12 / 31});
}

// The n-th (n < 0: from the end) weekday `wd` (1 Monday .. 7) or, with
// wd 0, day of the period [first, last].
std::optional<sys_days> NthInPeriod(sys_days first, sys_days last, int wd,
                                    int n) {
  if (n == 0) return std::nullopt;
  sys_days d;
  if (wd == 0) {
    d = n > 0 ? first + days{n - 1} : last + days{n + 1};
  } else if (n > 0) {
    int to = (wd - int(date::weekday{first}.iso_encoding()) + 7) % 7;
    d = first + days{to + 7 * (n - 1)};
  } else {
    int back = (int(date::weekday{last}.iso_encoding()) - wd + 7) % 7;
    d = last - days{back + 7 * (-n - 1)};
  }
  if (d < first || d > last) return std::nullopt;
  return d;
}

// `amount` units after `d` (before it for a negative amount).
std::optional<sys_days> Plus(sys_days d, int amount, const std::string& unit) {
  if (unit == "day") return d + days{amount};
  if (unit == "week") return d + days{7 * amount};
  if (unit == "fortnight") return d + days{14 * amount};
  if (unit != "month" && unit != "year") return std::nullopt;
  year_month_day ymd{d};
  date::year_month ym{ymd.year(), ymd.month()};
  ym += unit == "month" ? date::months{amount} : date::months{12 * amount};
  year_month_day out{ym / ymd.day()};
  if (!out.ok()) out = year_month_day{ym / date::last};
  return sys_days{out};
}

// The n-th weekday `wd` strictly after `d` (before it for dir < 0).
sys_days NthWeekdayFrom(sys_days d, int wd, int n, int dir) {
  int today = int(date::weekday{d}.iso_encoding());
  if (dir > 0) {
    int ahead = (wd - today + 7) % 7;
    return d + days{(ahead ? ahead : 7) + 7 * (n - 1)};
  }
  int back = (today - wd + 7) % 7;
  return d - days{(back ? back : 7) + 7 * (n - 1)};
}

// Composition arguments any function takes, applied to its value in this
// order (the rule file says which; this knows the calendar only):
//   in_weekday=D or in_day=1, nth=N   the N-th (N=-1: last) weekday D, or
//       day, of the period the value names ("the first Tuesday of
//       October", "the last day of the month", "Tuesday of next week")
//   plus=N, plus_unit=day|week|fortnight|month|year, plus_sign=1|-1
//       ("a week from tomorrow", "three days after Easter")
//   next_weekday=D or prev_weekday=D, nth=N   the N-th such day after or
//       before the value's day ("the Tuesday after Easter", "3 fridays
//       from now")
//   part=MO|AF|EV|NI   a part of the resulting day ("the morning of March 3")
// A value these cannot apply to (a day wanted, a month given) is an error.
Result<std::string> Compose(const std::string& value, const Args& a) {
  const bool in = a.Get("in_weekday") || a.Get("in_day");
  const bool plus = a.Get("plus").has_value();
  const bool step = a.Get("weekday_step").has_value();
  if (!in && !plus && !step) return value;
  // A part of the day the function added ("2023-12-24TNI") is kept.
  const size_t t = value.find('T');
  const std::string suffix = t == std::string::npos ? "" : value.substr(t);
  auto period = PeriodOf(value.substr(0, t));
  if (!period) return BadArg("compose", "no period in " + value);
  sys_days d = period->first;
  int nth = a.Int("nth").value_or(1);
  if (in) {
    int wd = a.Int("in_weekday").value_or(0);
    if (wd < 0 || wd > 7) return BadArg("compose", "in_weekday must be 1-7");
    if (!a.Get("in_weekday")) nth = a.Int("in_day").value_or(1);
    auto hit = NthInPeriod(period->first, period->second, wd, nth);
    if (!hit) return BadArg("compose", "no such day in " + value);
    d = *hit;
  } else if (period->first != period->second) {
    return BadArg("compose", "needs a day, not " + value);
  }
  if (plus) {
    int amount = a.Int("plus").value_or(1) *
                 (a.Int("plus_sign").value_or(1) < 0 ? -1 : 1);
    auto moved = Plus(d, amount, a.Get("plus_unit").value_or("day"));
    if (!moved) return BadArg("compose", "unknown plus_unit");
    d = *moved;
  }
  if (step) {
    int wd = a.Int("weekday_step").value_or(0);
    if (wd < 1 || wd > 7 || nth < 1 || nth > 60)
      return BadArg("compose", "weekday must be 1-7, nth 1-60");
    d = NthWeekdayFrom(d, wd, nth, a.Int("step_sign").value_or(1) < 0 ? -1 : 1);
  }
  if (!suffix.empty()) return FromDays(d).ToString() + suffix;
  return WithPart(FromDays(d).ToString(), a);
}

// span_of(unit=week|month|year, offset=N, year=Y, month=M): the period a
// composition picks a day of: "next month", "the month", "2025", "May
// 2019" (with in_weekday= or in_day=, Compose).
Result<std::string> SpanOf(const Args& a, const TimeContext& ctx,
                           bool narrative) {
  if (auto y = YearArg(a)) {
    auto m = a.Int("month");
    if (m && *m >= 1 && *m <= 12) return fmt::format("{:04d}-{:02d}", *y, *m);
    return fmt::format("{:04d}", *y);
  }
  TimeArgs r = {{"unit", a.Get("unit").value_or("month")},
                {"offset", a.Get("offset").value_or("0")}};
  return Relative(Args{r}, ctx, narrative);
}

// offset(amount=N, unit=second|minute|hour|day|week|month|year,
// extra_minutes=M): the point N units after the reference ("in 5
// minutes", "in three weeks"), at the unit's granularity; clock units
// need the reference's clock time.
Result<std::string> Offset(const Args& a, const TimeContext& ctx, bool) {
  auto n = a.Int("amount");
  auto unit = a.Get("unit");
  if (!n || !unit) return BadArg("offset", "needs amount= and unit=");
  if (*unit == "hour" || *unit == "minute" || *unit == "second") {
    int secs = *n * (*unit == "hour"     ? 3600
                     : *unit == "minute" ? 60
                                         : 1) +
               a.Int("extra_minutes").value_or(0) * 60;
    if (*unit == "second") return ClockOffset("second", secs, ctx);
    if (secs % 60 == 0) return ClockOffset("minute", secs / 60, ctx);
    return ClockOffset("second", secs, ctx);
  }
  TimeArgs r = {{"unit", *unit}, {"offset", std::to_string(*n)}};
  return Relative(Args{r}, ctx, false);
}

const std::map<std::string, Fn>& Table() {
  static const std::map<std::string, Fn> kTable = {
      {"literal", Literal},
      {"date", Date},
      {"year", Year},
      {"month", Month},
      {"weekday", Weekday},
      {"relative", Relative},
      {"duration", Duration},
      {"quarter", Quarter},
      {"season", Season},
      {"time", Clock},
      {"holiday", Holiday},
      {"ago", Ago},
      {"weekend", Weekend},
      {"quarter_ref", QuarterRef},
      {"half", Half},
      {"decade", Decade},
      {"century", Century},
      {"day_of_month", DayOfMonth},
      {"anniversary", Anniversary},
      {"hms", Hms},
      {"span_of", SpanOf},
      {"offset", Offset},
  };
  return kTable;
}

}  // namespace

std::optional<PartialDate> PartialDate::Parse(const std::string& timex) {
  static const LazyRE2 kDate = {
      R"((\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?)"};
  std::string y, m, d;
  if (!RE2::FullMatch(timex, *kDate, &y, &m, &d)) return std::nullopt;
  PartialDate p;
  if (y != "XXXX") p.year = std::stoi(y);
  if (!m.empty()) p.month = std::stoi(m);
  if (!d.empty()) p.day = std::stoi(d);
  return p;
}

std::string PartialDate::ToString() const {
  std::string y = year ? fmt::format("{:04d}", *year) : "XXXX";
  if (!month) return y;
  if (!day) return fmt::format("{}-{:02d}", y, month);
  return fmt::format("{}-{:02d}-{:02d}", y, month, day);
}

bool TimeFunctions::Known(const std::string& function) {
  return Table().count(function) > 0;
}

std::vector<std::string> TimeFunctions::Names() {
  std::vector<std::string> out;
  for (const auto& [name, fn] : Table()) out.push_back(name);
  return out;
}

Result<std::string> TimeFunctions::Evaluate(const std::string& function,
                                            const TimeArgs& args,
                                            const TimeContext& ctx,
                                            bool use_narrative) {
  auto it = Table().find(function);
  if (it == Table().end()) return BadArg(function, "unknown function");
  Args a{args};
  auto value = it->second(a, ctx, use_narrative);
  if (!value.ok()) return value;
  return Compose(*value, a);
}

std::pair<int, int> EasterSunday(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {month, day};
}

std::pair<int, int> OrthodoxEasterSunday(int y) {
  // Meeus's Julian algorithm gives the date in the Julian calendar, which
  // the Orthodox churches keep for Easter; it is then read as a Gregorian
  // date (13 days later from 1900 to 2099).
  int a = y % 4, b = y % 7, c = y % 19;
  int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  year_month_day g{sys_days{
      julian::year_month_day{julian::year{y}, julian::month{unsigned(month)},
                             julian::day{unsigned(day)}}}};
  return {int(unsigned(g.month())), int(unsigned(g.day()))};
}

}  // namespace annals
