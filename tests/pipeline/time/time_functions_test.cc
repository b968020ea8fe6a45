// Edge cases of the normalization functions: year boundaries, leap days,
// ISO weeks, weekdays before/after the DCT, quarters, holidays.
#include "pipeline/time/time_functions.h"

#include "pipeline/engine/rule_book.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace annals {
namespace {

struct Case {
  const char* name;
  const char* function;
  TimeArgs args;
  const char* dct;
  Tense tense;
  const char* want;  // "" = must fail
};

std::string Eval(const Case& c, const std::optional<std::string>& last_quarter = std::nullopt) {
  TimeContext ctx;
  if (*c.dct) ctx.dct = PartialDate::Parse(c.dct);
  ctx.tense = c.tense;
  ctx.last_quarter = last_quarter;
  auto r = TimeFunctions::Evaluate(c.function, c.args, ctx);
  return r.ok() ? *r : "";
}

void RunAll(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(Eval(c) == std::string(c.want));
  }
}

TEST_CASE("date: explicit, leap days and inferred years") {
  RunAll({
      {"full date", "date", {{"year", "2020"}, {"month", "3"}, {"day", "5"}}, "", Tense::kPast, "2020-03-05"},
      {"leap day ok", "date", {{"year", "2024"}, {"month", "2"}, {"day", "29"}}, "", Tense::kPast, "2024-02-29"},
      {"no leap day 2023", "date", {{"year", "2023"}, {"month", "2"}, {"day", "29"}}, "", Tense::kPast, ""},
      {"1900 not leap", "date", {{"year", "1900"}, {"month", "2"}, {"day", "29"}}, "", Tense::kPast, ""},
      {"two-digit year", "date", {{"year", "98"}, {"month", "1"}, {"day", "2"}}, "", Tense::kPast, "1998-01-02"},
      {"Jan after Dec DCT", "date", {{"month", "1"}, {"day", "4"}}, "2021-12-20", Tense::kFuture, "2022-01-04"},
      {"Dec before Jan DCT", "date", {{"month", "12"}, {"day", "28"}}, "2022-01-03", Tense::kPast, "2021-12-28"},
      {"next month in past tense", "date", {{"month", "11"}, {"day", "15"}}, "1989-10-30", Tense::kPast, "1989-11-15"},
      {"no year, no DCT", "date", {{"month", "3"}, {"day", "19"}}, "", Tense::kPast, "XXXX-03-19"},
      {"bad month", "date", {{"month", "13"}}, "", Tense::kPast, ""},
  });
}

TEST_CASE("month: tense and direction") {
  RunAll({
      {"past month earlier in year", "month", {{"month", "4"}}, "1989-10-26", Tense::kPast, "1989-04"},
      {"past month far ahead", "month", {{"month", "12"}}, "1989-06-15", Tense::kPast, "1988-12"},
      {"past month two ahead", "month", {{"month", "12"}}, "1989-10-26", Tense::kPast, "1989-12"},
      {"future month earlier", "month", {{"month", "3"}}, "1989-10-26", Tense::kFuture, "1990-03"},
      {"last April", "month", {{"month", "4"}, {"dir", "past"}}, "1989-10-26", Tense::kFuture, "1989-04"},
      {"last October in October", "month", {{"month", "10"}, {"dir", "past"}}, "1989-10-26", Tense::kPast, "1988-10"},
      {"next May", "month", {{"month", "5"}, {"dir", "next"}}, "1989-10-26", Tense::kPast, "1990-05"},
      {"June last year", "month", {{"month", "6"}, {"year_offset", "-1"}}, "1998-02-19", Tense::kPast, "1997-06"},
      {"each July: any year", "month", {{"month", "7"}, {"dir", "every"}}, "1998-03-22", Tense::kPresent, "XXXX-07"},
      {"each December, no DCT", "month", {{"month", "12"}, {"dir", "every"}}, "", Tense::kPast, "XXXX-12"},
  });
}

TEST_CASE("day_of_month: the anchor's month, or the one the tense points to") {
  RunAll({
      {"this month", "day_of_month", {{"day", "15"}}, "2024-03-12", Tense::kFuture, "2024-03-15"},
      {"past, day gone by", "day_of_month", {{"day", "2"}}, "2024-03-12", Tense::kPast, "2024-03-02"},
      {"past, day to come: last month", "day_of_month", {{"day", "28"}}, "2024-03-12", Tense::kPast, "2024-02-28"},
      {"future, day gone by: next month", "day_of_month", {{"day", "5"}}, "2024-12-12", Tense::kFuture, "2025-01-05"},
      {"past across the year", "day_of_month", {{"day", "20"}}, "2024-01-10", Tense::kPast, "2023-12-20"},
      {"leap day", "day_of_month", {{"day", "29"}}, "2024-03-05", Tense::kPast, "2024-02-29"},
      {"no such day", "day_of_month", {{"day", "30"}}, "2023-03-05", Tense::kPast, ""},
      {"no anchor", "day_of_month", {{"day", "15"}}, "", Tense::kPast, "XXXX-XX-15"},
  });
}

TEST_CASE("hms: a running time leaves out what is not given") {
  RunAll({
      {"2 hours 8 minutes 40 seconds", "hms", {{"hours", "2"}, {"minutes", "8"}, {"seconds", "40"}}, "", Tense::kPast, "PT2H8M40S"},
      {"1 hour 12 minutes", "hms", {{"hours", "1"}, {"minutes", "12"}, {"seconds", ""}}, "", Tense::kPast, "PT1H12M"},
      {"nothing", "hms", {}, "", Tense::kPast, ""},
  });
}

TEST_CASE("anniversary: the anchor's day in another year") {
  RunAll({
      {"this day in 1989", "anniversary", {{"year", "1989"}}, "2019-06-04", Tense::kPast, "1989-06-04"},
      {"leap day into a common year", "anniversary", {{"year", "2019"}}, "2024-02-29", Tense::kPast, "2019-02"},
      {"no anchor day", "anniversary", {{"year", "1989"}}, "", Tense::kPast, "1989"},
  });
}

TEST_CASE("weekday: before and after the DCT") {
  // 2021-03-12 is a Friday.
  RunAll({
      {"same day past", "weekday", {{"day", "5"}}, "2021-03-12", Tense::kPast, "2021-03-12"},
      {"Sunday past", "weekday", {{"day", "7"}}, "2021-03-12", Tense::kPast, "2021-03-07"},
      {"Monday future", "weekday", {{"day", "1"}}, "2021-03-12", Tense::kFuture, "2021-03-15"},
      {"last Friday via REL on a Friday", "weekday", {{"day", "5"}, {"dir", "past"}}, "2021-03-12", Tense::kPast, "2021-03-05"},
      {"last Friday on a Friday", "weekday", {{"day", "5"}, {"dir", "last"}}, "2021-03-12", Tense::kPast, "2021-03-05"},
      // A year read out in two parts: "two thousand and three", "September twenty thirteen".
      {"two thousand and three", "year", {{"year", "2000"}, {"year_plus", "3"}}, "2012-09-14", Tense::kPast, "2003"},
      {"September twenty thirteen", "date", {{"year", "2000"}, {"year_plus", "13"}, {"month", "9"}}, "2012-09-14", Tense::kPast, "2013-09"},
      // The second of a pair: later in the week goes ahead, earlier follows the tense.
      {"Friday and Saturday", "weekday", {{"day", "6"}, {"dir", "following"}}, "2021-03-12", Tense::kPast, "2021-03-13"},
      {"Friday and Thursday", "weekday", {{"day", "4"}, {"dir", "following"}}, "2021-03-12", Tense::kPast, "2021-03-11"},
      {"next Friday on a Friday", "weekday", {{"day", "5"}, {"dir", "next"}}, "2021-03-12", Tense::kPast, "2021-03-19"},
      {"across a year", "weekday", {{"day", "4"}}, "2021-01-01", Tense::kPast, "2020-12-31"},
      {"with part of day", "weekday", {{"day", "3"}, {"part", "NI"}}, "2000-04-06", Tense::kPast, "2000-04-05TNI"},
      {"no DCT", "weekday", {{"day", "2"}}, "", Tense::kPast, "XXXX-WXX-2"},
      {"forced past over a future sentence", "weekday", {{"day", "2"}, {"tense", "past"}}, "2021-03-12", Tense::kFuture, "2021-03-09"},
      {"forced past, same day", "weekday", {{"day", "5"}, {"tense", "past"}}, "2021-03-12", Tense::kFuture, "2021-03-12"},
      {"forced past across a year", "weekday", {{"day", "4"}, {"tense", "past"}}, "2021-01-01", Tense::kFuture, "2020-12-31"},
      {"forced future", "weekday", {{"day", "1"}, {"tense", "future"}}, "2021-03-12", Tense::kPast, "2021-03-15"},
  });
}

TEST_CASE("relative and ago: ISO weeks and year boundaries") {
  RunAll({
      {"next week", "relative", {{"unit", "week"}, {"offset", "1"}}, "2021-03-12", Tense::kPast, "2021-W11"},
      {"ISO week 53", "relative", {{"unit", "week"}, {"offset", "0"}}, "2021-01-01", Tense::kPast, "2020-W53"},
      {"week 1 of next ISO year", "relative", {{"unit", "week"}, {"offset", "0"}}, "2019-12-30", Tense::kPast, "2020-W01"},
      {"Sunday, ISO: this week is the one ending", "relative", {{"unit", "week"}, {"offset", "0"}}, "1987-03-29", Tense::kPast, "1987-W13"},
      {"Sunday, weeks from Sunday, future: the one ahead", "relative", {{"unit", "week"}, {"offset", "0"}, {"week_starts", "sunday"}}, "1987-03-29", Tense::kFuture, "1987-W14"},
      {"Sunday, weeks from Sunday, future: next week", "relative", {{"unit", "week"}, {"offset", "1"}, {"week_starts", "sunday"}}, "1987-03-29", Tense::kFuture, "1987-W15"},
      {"Sunday, weeks from Sunday, past: ISO's week", "relative", {{"unit", "week"}, {"offset", "0"}, {"week_starts", "sunday"}}, "1987-03-29", Tense::kPast, "1987-W13"},
      {"Saturday, weeks from Sunday, future: ISO's week", "relative", {{"unit", "week"}, {"offset", "0"}, {"week_starts", "sunday"}}, "1987-03-28", Tense::kFuture, "1987-W13"},
      {"yesterday over new year", "relative", {{"unit", "day"}, {"offset", "-1"}}, "2021-01-01", Tense::kPast, "2020-12-31"},
      {"tomorrow on leap day eve", "relative", {{"unit", "day"}, {"offset", "1"}}, "2024-02-28", Tense::kPast, "2024-02-29"},
      {"last month in January", "relative", {{"unit", "month"}, {"offset", "-1"}}, "2021-01-15", Tense::kPast, "2020-12"},
      {"previous quarter in Q1", "relative", {{"unit", "quarter"}, {"offset", "-1"}}, "2021-02-01", Tense::kPast, "2020-Q4"},
      {"this morning", "relative", {{"unit", "day"}, {"offset", "0"}, {"part", "MO"}}, "2021-03-12", Tense::kPast, "2021-03-12TMO"},
      {"two weeks ago", "ago", {{"amount", "2"}, {"unit", "week"}}, "1998-03-22", Tense::kPast, "1998-W10"},
      {"five years ago", "ago", {{"amount", "5"}, {"unit", "year"}}, "1989-10-26", Tense::kPast, "1984"},
      {"three days from now", "ago", {{"amount", "3"}, {"unit", "day"}, {"sign", "1"}}, "2020-12-30", Tense::kPast, "2021-01-02"},
      {"a decade ago", "ago", {{"amount", "1"}, {"unit", "decade"}}, "1999-03-12", Tense::kPast, "1989"},
      {"years ago", "ago", {{"unit", "year"}}, "1999-03-12", Tense::kPast, "PAST_REF"},
      {"relative without DCT", "relative", {{"unit", "day"}, {"offset", "-1"}}, "", Tense::kPast, ""},
      {"an unnamed week of the year", "relative", {{"unit", "week"}, {"offset", "X"}}, "1989-10-30", Tense::kPast, "1989-WXX"},
      {"an unnamed week, year unknown", "relative", {{"unit", "week"}, {"offset", "X"}}, "XXXX-10-30", Tense::kPast, "XXXX-WXX"},
      {"an unnamed week on Jan 1", "relative", {{"unit", "week"}, {"offset", "X"}}, "2021-01-01", Tense::kPast, "2021-WXX"},
  });
}

TEST_CASE("ago follows the quarter the story is about") {
  Case c{"a year earlier", "ago", {{"amount", "1"}, {"unit", "year"}, {"follow_quarter", "1"}}, "1989-10-26", Tense::kPast, ""};
  CHECK(Eval(c, std::string("1989-Q3")) == "1988-Q3");
  CHECK(Eval(c) == "1988");
}

TEST_CASE("a clock time's weekday counts from the DCT, not the story's last date") {
  TimeContext ctx;
  ctx.dct = PartialDate::Parse("2000-04-03");        // a Monday
  ctx.narrative = PartialDate::Parse("1999-11-20");  // a date the story told of
  ctx.tense = Tense::kFuture;
  auto r = TimeFunctions::Evaluate("time", {{"hour", "9"}, {"ampm", "am"}, {"wd", "2"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "2000-04-04T09:00");
  ctx.tense = Tense::kPast;
  r = TimeFunctions::Evaluate("time", {{"hour", "9"}, {"ampm", "am"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "1999-11-20T09:00");  // a bare clock time stays on the story's day
}

// The story's last day anchors only what its tense allows: a past day is
// no anchor for what is to come, a coming day none for what went before.
TEST_CASE("narrative anchors that contradict the tense give way to the DCT") {
  TimeContext ctx;
  ctx.dct = PartialDate::Parse("2022-03-09");
  ctx.narrative = PartialDate::Parse("2022-03-10");  // "data due Thursday"
  ctx.tense = Tense::kPast;                         // "after topping $2,000 the previous day"
  auto r = TimeFunctions::Evaluate("relative", {{"unit", "day"}, {"offset", "-1"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "2022-03-08");
  ctx.narrative = PartialDate::Parse("2022-03-06");  // "on Sunday"
  ctx.tense = Tense::kFuture;                       // "will brief at 5 p.m."
  r = TimeFunctions::Evaluate("time", {{"hour", "5"}, {"ampm", "pm"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "2022-03-09T17:00");
  ctx.tense = Tense::kPast;                         // "ran past 11 p.m." that Sunday
  r = TimeFunctions::Evaluate("time", {{"hour", "11"}, {"ampm", "pm"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "2022-03-06T23:00");
}

TEST_CASE("a narrative month counts from the last month named, past a coarser mention") {
  TimeContext ctx;
  ctx.dct = PartialDate::Parse("1997-04-10");
  ctx.mentioned_month = PartialDate::Parse("1997-02");  // "orders in February"
  ctx.mentioned = PartialDate::Parse("1996");           // "... from a year earlier"
  auto r = TimeFunctions::Evaluate("relative", {{"unit", "month"}, {"offset", "-1"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "1997-01");
  // A year counts from the coarser mention, a day from the DCT without a day named.
  r = TimeFunctions::Evaluate("relative", {{"unit", "year"}, {"offset", "1"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "1997");
  r = TimeFunctions::Evaluate("relative", {{"unit", "day"}, {"offset", "-1"}}, ctx, true);
  REQUIRE(r.ok());
  CHECK(*r == "1997-04-09");
}

TEST_CASE("quarters, halves, decades, centuries, seasons, weekends") {
  RunAll({
      {"quarter this year", "quarter", {{"quarter", "3"}}, "1989-10-26", Tense::kPast, "1989-Q3"},
      {"quarter still to come, past tense", "quarter", {{"quarter", "4"}}, "1990-02-06", Tense::kPast, "1989-Q4"},
      {"quarter past, future tense", "quarter", {{"quarter", "1"}}, "1989-10-26", Tense::kFuture, "1990-Q1"},
      {"quarter just ended, future tense", "quarter", {{"quarter", "3"}}, "1989-10-26", Tense::kFuture, "1989-Q3"},
      {"quarter with year", "quarter", {{"quarter", "2"}, {"year", "1990"}}, "1989-10-26", Tense::kPast, "1990-Q2"},
      {"the quarter, no topic", "quarter_ref", {}, "1989-10-26", Tense::kPast, "1989-Q3"},
      {"the quarter in January", "quarter_ref", {}, "1990-01-15", Tense::kPast, "1989-Q4"},
      {"first half", "half", {{"half", "1"}}, "1998-08-20", Tense::kPast, "1998-H1"},
      {"first half of next year", "half", {{"half", "1"}, {"year_offset", "1"}}, "2005-11-10", Tense::kPast, "2006-H1"},
      {"second half of last year", "half", {{"half", "2"}, {"year_offset", "-1"}}, "2005-11-10", Tense::kPast, "2004-H2"},
      {"half, year given wins over offset", "half", {{"half", "2"}, {"year", "1990"}, {"year_offset", "1"}}, "2005-11-10", Tense::kPast, "1990-H2"},
      {"decade", "decade", {{"year", "1990"}}, "", Tense::kPast, "199"},
      {"decade two digits", "decade", {{"year", "80"}}, "", Tense::kPast, "198"},
      {"20th century", "century", {{"ordinal", "20"}}, "", Tense::kPast, "19"},
      {"last fall", "season", {{"season", "FA"}, {"offset", "-1"}}, "1998-02-06", Tense::kPast, "1997-FA"},
      {"this past spring", "season", {{"season", "SP"}, {"offset", "0"}}, "1989-10-30", Tense::kPast, "1989-SP"},
      // A bare season follows the tense across the year end, else stays in the DCT's year.
      {"will reopen in the spring", "season", {{"season", "SP"}}, "2018-12-10", Tense::kFuture, "2019-SP"},
      {"was shut in the summer", "season", {{"season", "SU"}}, "2019-03-02", Tense::kPast, "2018-SU"},
      {"could hit in the fall", "season", {{"season", "FA"}}, "2020-04-14", Tense::kPresent, "2020-FA"},
      {"year-end a year back", "date", {{"month", "12"}, {"day", "31"}, {"year_offset", "-1"}}, "1989-10-26", Tense::kPast, "1988-12-31"},
      {"weekend before a Monday", "weekend", {}, "1989-10-30", Tense::kPast, "1989-W43-WE"},
      {"next weekend", "weekend", {{"dir", "next"}}, "1989-10-30", Tense::kPast, "1989-W44-WE"},
      {"this weekend on a Thursday, past verb", "weekend", {{"dir", "this"}}, "2006-12-14", Tense::kPast, "2006-W50-WE"},
      {"this weekend on a Saturday", "weekend", {{"dir", "this"}}, "1997-04-12", Tense::kFuture, "1997-W15-WE"},
      {"this weekend on a Sunday", "weekend", {{"dir", "this"}}, "1997-04-06", Tense::kPast, "1997-W14-WE"},
      {"this weekend on a Monday, past verb", "weekend", {{"dir", "this"}}, "1989-10-30", Tense::kPast, "1989-W43-WE"},
      {"this weekend on a Monday, future verb", "weekend", {{"dir", "this"}}, "1989-10-30", Tense::kFuture, "1989-W44-WE"},
      {"duration decades", "duration", {{"amount", "2"}, {"unit", "DE"}}, "", Tense::kPast, "P20Y"},
      {"duration hours", "duration", {{"amount", "16"}, {"unit", "H"}}, "", Tense::kPast, "PT16H"},
      {"duration vague", "duration", {{"unit", "W"}}, "", Tense::kPast, "PXW"},
      {"two and a half years", "duration", {{"amount", "2"}, {"unit", "Y"}, {"half", "1"}}, "", Tense::kPast, "P2Y6M"},
      {"five and a half hours", "duration", {{"amount", "5"}, {"unit", "H"}, {"half", "1"}}, "", Tense::kPast, "PT5H30M"},
      {"a minute and a half", "duration", {{"amount", "1"}, {"unit", "MIN"}, {"half", "1"}}, "", Tense::kPast, "PT1M30S"},
      {"a day and a half", "duration", {{"amount", "1"}, {"unit", "D"}, {"half", "1"}}, "", Tense::kPast, "P1DT12H"},
      {"no half of a week", "duration", {{"amount", "1"}, {"unit", "W"}, {"half", "1"}}, "", Tense::kPast, ""},
      {"duration counted quarters", "duration", {{"amount", "2"}, {"unit", "Q"}}, "", Tense::kPast, "P2Q"},
      {"duration vague quarters", "duration", {{"unit", "Q"}}, "", Tense::kPast, "PXQ"},
      {"clock pm", "time", {{"hour", "9"}, {"ampm", "pm"}}, "2000-04-06", Tense::kPast, "2000-04-06T21:00"},
      {"clock 12 am", "time", {{"hour", "12"}, {"ampm", "am"}}, "2000-04-06", Tense::kPast, "2000-04-06T00:00"},
      {"clock on weekday", "time", {{"hour", "9"}, {"ampm", "am"}, {"wd", "2"}}, "2000-04-06", Tense::kPast, "2000-04-04T09:00"},
      {"clock on month day", "time", {{"hour", "5"}, {"ampm", "pm"}, {"month", "11"}, {"day", "9"}}, "1989-11-02", Tense::kPast, "1989-11-09T17:00"},
      {"clock on month day next year", "time", {{"hour", "5"}, {"ampm", "pm"}, {"month", "1"}, {"day", "2"}}, "1989-12-28", Tense::kFuture, "1990-01-02T17:00"},
      {"clock on leap day", "time", {{"hour", "10"}, {"ampm", "am"}, {"month", "2"}, {"day", "29"}, {"year", "2000"}}, "2000-03-06", Tense::kPast, "2000-02-29T10:00"},
      {"clock on a day that does not exist", "time", {{"hour", "10"}, {"ampm", "am"}, {"month", "2"}, {"day", "29"}, {"year", "1999"}}, "1999-03-06", Tense::kPast, ""},
  });
}

TEST_CASE("Easter and holidays") {
  CHECK(EasterSunday(2019) == std::make_pair(4, 21));
  CHECK(EasterSunday(2000) == std::make_pair(4, 23));
  CHECK(EasterSunday(1818) == std::make_pair(3, 22));  // earliest possible
  CHECK(EasterSunday(1943) == std::make_pair(4, 25));  // latest possible
}

TEST_CASE("Orthodox Easter: Julian computus read as Gregorian dates") {
  CHECK(OrthodoxEasterSunday(2019) == std::make_pair(4, 28));
  CHECK(OrthodoxEasterSunday(2020) == std::make_pair(4, 19));
  CHECK(OrthodoxEasterSunday(2021) == std::make_pair(5, 2));
  CHECK(OrthodoxEasterSunday(2022) == std::make_pair(4, 24));
  CHECK(OrthodoxEasterSunday(2023) == std::make_pair(4, 16));
  CHECK(OrthodoxEasterSunday(2024) == std::make_pair(5, 5));
  CHECK(OrthodoxEasterSunday(2025) == std::make_pair(4, 20));
  // Some years both churches keep the same Sunday.
  CHECK(OrthodoxEasterSunday(2017) == EasterSunday(2017));
}

// Holidays defined from another day: an `offset` moves an nth_weekday or
// an Easter date; offsets beyond a year are lexicon errors.
TEST_CASE("holiday: offsets on nth_weekday and orthodox_easter") {
  const char* yaml =
      "lexicons:\n"
      "  HOLIDAY:\n"
      "    entries:\n"
      "      - {forms: [Vote Day], name: Vote Day, calendar: nth_weekday, month: 11, weekday: 1, n: 1, offset: 1}\n"
      "      - {forms: [First Monday], name: First Monday, calendar: nth_weekday, month: 11, weekday: 1, n: 1}\n"
      "      - {forms: [East Good Friday], name: East Good Friday, calendar: orthodox_easter, offset: -2}\n"
      "      - {forms: [Far Off], name: Far Off, calendar: nth_weekday, month: 11, weekday: 1, n: 1, offset: 400}\n";
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"h.yaml", yaml}}}, &d);
  REQUIRE(book);
  TimeContext ctx;
  ctx.dct = PartialDate::Parse("2020-06-01");
  ctx.holidays = book->lexicon("HOLIDAY");
  auto eval = [&](const char* name, const char* year) {
    auto r = TimeFunctions::Evaluate("holiday", {{"name", name}, {"year", year}}, ctx);
    return r.ok() ? *r : std::string();
  };
  // US Election Day: the Tuesday after the first Monday of November.
  CHECK(eval("Vote Day", "2020") == "2020-11-03");
  CHECK(eval("Vote Day", "2024") == "2024-11-05");
  CHECK(eval("Vote Day", "2016") == "2016-11-08");  // not Tuesday Nov 1
  CHECK(eval("Vote Day", "2015") == "2015-11-03");  // Nov 1 was a Sunday
  CHECK(eval("First Monday", "2020") == "2020-11-02");  // no offset: 0
  CHECK(eval("East Good Friday", "2024") == "2024-05-03");
  CHECK(eval("East Good Friday", "2021") == "2021-04-30");
  CHECK(eval("Far Off", "2020") == "");
}

// A holiday named without a year takes it as a month and day would: the
// tense decides whether it lies ahead of the DCT or behind it.
TEST_CASE("holiday: the year of a holiday named without one") {
  const char* yaml =
      "lexicons:\n"
      "  HOLIDAY:\n"
      "    entries:\n"
      "      - {forms: [Vote Day], name: Vote Day, calendar: nth_weekday, month: 11, weekday: 1, n: 1, offset: 1}\n"
      "      - {forms: [Yule], name: Yule, calendar: fixed, month: 12, day: 25}\n"
      "      - {forms: [Year Day], name: Year Day, calendar: fixed, month: 1, day: 1}\n"
      "      - {forms: [Moon Day], name: Moon Day, calendar: table, dates: {2020: \"02-30\", 2021: \"02-12\"}}\n";
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"h.yaml", yaml}}}, &d);
  REQUIRE(book);
  auto eval = [&](const char* name, const char* dct, Tense tense, const char* offset = "",
                  const char* dir = "") {
    TimeContext ctx;
    ctx.dct = PartialDate::Parse(dct);
    ctx.tense = tense;
    ctx.holidays = book->lexicon("HOLIDAY");
    auto r = TimeFunctions::Evaluate("holiday", {{"name", name}, {"offset", offset}, {"dir", dir}}, ctx);
    return r.ok() ? *r : std::string();
  };
  CHECK(eval("Vote Day", "2020-03-10", Tense::kFuture) == "2020-11-03");
  CHECK(eval("Vote Day", "2020-03-10", Tense::kPast) == "2019-11-05");
  CHECK(eval("Vote Day", "2020-10-20", Tense::kPresent) == "2020-11-03");
  CHECK(eval("Yule", "2021-01-04", Tense::kFuture) == "2021-12-25");
  CHECK(eval("Yule", "2021-01-04", Tense::kPast) == "2020-12-25");
  CHECK(eval("Yule", "2021-12-20", Tense::kPast) == "2021-12-25");
  // The eve of New Year's Day lies in the year before its holiday.
  CHECK(eval("Year Day", "2020-12-28", Tense::kFuture, "-1") == "2020-12-31");
  CHECK(eval("Year Day", "2021-01-03", Tense::kPast, "-1") == "2020-12-31");
  // "last Yule", "next Yule", "this Yule": the word before the name decides, not the tense.
  CHECK(eval("Yule", "2024-12-23", Tense::kPast, "", "past") == "2023-12-25");
  CHECK(eval("Yule", "2024-12-26", Tense::kPast, "", "past") == "2024-12-25");
  CHECK(eval("Yule", "2024-12-25", Tense::kFuture, "", "next") == "2025-12-25");
  CHECK(eval("Yule", "2024-01-02", Tense::kPast, "", "this") == "2024-12-25");
  // A table day that does not exist is no date, not an exception.
  CHECK(eval("Moon Day", "2020-03-01", Tense::kPast) == "");
  CHECK(eval("Moon Day", "2021-03-01", Tense::kPast) == "2021-02-12");
}

// A user's HOLIDAY lexicon with fields that are not numbers, or out of
// range, makes those holidays unknown (an error value), never a crash.
TEST_CASE("holiday: malformed lexicon fields are errors, not exceptions") {
  const char* yaml =
      "lexicons:\n"
      "  HOLIDAY:\n"
      "    entries:\n"
      "      - {forms: [Harvest Day], name: Harvest Day, calendar: fixed, month: 9, day: 14}\n"
      "      - {forms: [Bad Month], name: Bad Month, calendar: fixed, month: March, day: 3}\n"
      "      - {forms: [Day Zero], name: Day Zero, calendar: fixed, month: 13, day: 0}\n"
      "      - {forms: [Sixth Monday], name: Sixth Monday, calendar: nth_weekday, month: 5, weekday: 1, n: 6}\n"
      "      - {forms: [Huge Offset], name: Huge Offset, calendar: easter, offset: 99999999999}\n"
      "      - {forms: [Bad Table], name: Bad Table, calendar: table, dates: {2020: \"14-40\"}}\n";
  Diagnostics d;
  auto book = RuleBook::LoadSources({{{"h.yaml", yaml}}}, &d);
  REQUIRE(book);
  TimeContext ctx;
  ctx.dct = PartialDate::Parse("2020-06-01");
  ctx.holidays = book->lexicon("HOLIDAY");
  auto eval = [&](const char* name) {
    auto r = TimeFunctions::Evaluate("holiday", {{"name", name}, {"year", "2020"}}, ctx);
    return r.ok() ? *r : std::string();
  };
  CHECK(eval("Harvest Day") == "2020-09-14");
  for (const char* bad : {"Bad Month", "Day Zero", "Sixth Monday", "Huge Offset", "Bad Table"}) {
    CAPTURE(std::string(bad));
    CHECK(eval(bad) == "");
  }
}

TEST_CASE("compositions: a day picked from a period, moved, or stepped to") {
  RunAll({
      {"first Tuesday of October", "month", {{"month", "10"}, {"in_weekday", "2"}, {"nth", "1"}}, "2024-03-13", Tense::kFuture, "2024-10-01"},
      {"last Friday of 2025", "span_of", {{"year", "2025"}, {"in_weekday", "5"}, {"nth", "-1"}}, "2025-06-04", Tense::kPast, "2025-12-26"},
      {"last day of February 2020", "span_of", {{"year", "2020"}, {"month", "2"}, {"in_day", "-1"}}, "", Tense::kPast, "2020-02-29"},
      {"first day of next month", "span_of", {{"unit", "month"}, {"offset", "1"}, {"in_day", "1"}}, "2024-03-13", Tense::kPast, "2024-04-01"},
      {"Tuesday of next week", "span_of", {{"unit", "week"}, {"offset", "1"}, {"in_weekday", "2"}}, "2025-06-04", Tense::kPast, "2025-06-10"},
      {"a week from tomorrow", "relative", {{"unit", "day"}, {"offset", "1"}, {"plus", "1"}, {"plus_unit", "week"}}, "2024-03-13", Tense::kPast, "2024-03-21"},
      {"a month from Jan 31 clamps", "relative", {{"unit", "day"}, {"offset", "0"}, {"plus", "1"}, {"plus_unit", "month"}}, "2025-01-31", Tense::kPast, "2025-02-28"},
      {"3 fridays from now", "relative", {{"unit", "day"}, {"offset", "0"}, {"weekday_step", "5"}, {"step_sign", "1"}, {"nth", "3"}}, "2024-03-13", Tense::kPast, "2024-03-29"},
      {"a weekday step needs a day", "month", {{"month", "10"}, {"weekday_step", "2"}}, "2024-03-13", Tense::kFuture, ""},
      {"no fifth Monday in Feb 2021", "month", {{"month", "2"}, {"year", "2021"}, {"in_weekday", "1"}, {"nth", "5"}}, "", Tense::kPast, ""},
  });
}

TEST_CASE("clock offsets count from the DCT's time") {
  auto at = [](const char* fn, TimeArgs args, const char* dct) {
    TimeContext ctx;
    ctx.dct = PartialDate::Parse(dct);
    std::string d = dct;
    if (d.size() >= 16) ctx.dct_minute = std::stoi(d.substr(11, 2)) * 60 + std::stoi(d.substr(14, 2));
    auto r = TimeFunctions::Evaluate(fn, args, ctx);
    return r.ok() ? *r : std::string();
  };
  CHECK(at("ago", {{"amount", "12"}, {"unit", "hour"}}, "2026-01-15T18:30") == "2026-01-15T06:30");
  CHECK(at("offset", {{"amount", "28"}, {"unit", "hour"}}, "2017-12-30T20:00") == "2018-01-01T00:00");
  CHECK(at("offset", {{"amount", "30"}, {"unit", "second"}}, "2003-06-02T09:10") == "2003-06-02T09:10:30");
  CHECK(at("offset", {{"amount", "1"}, {"unit", "hour"}, {"extra_minutes", "30"}}, "1998-03-19T14:45") == "1998-03-19T16:15");
  CHECK(at("offset", {{"amount", "3"}, {"unit", "week"}}, "1998-03-19T14:45") == "1998-W15");
  // A DCT without a time gives no clock offset.
  CHECK(at("offset", {{"amount", "5"}, {"unit", "minute"}}, "2026-01-15") == "");
}

TEST_CASE("time: seconds and minutes before the hour") {
  RunAll({
      {"quarter to eight", "time", {{"hour", "8"}, {"before", "15"}}, "2003-03-11", Tense::kPast, "2003-03-11T07:45"},
      {"seconds said", "time", {{"hour", "14"}, {"minute", "5"}, {"second", "30"}}, "2027-01-20", Tense::kPast, "2027-01-20T14:05:30"},
      {"bad seconds", "time", {{"hour", "14"}, {"second", "75"}}, "2027-01-20", Tense::kPast, ""},
  });
}

}  // namespace
}  // namespace annals
