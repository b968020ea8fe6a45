// TimeFunctions: the normalization functions timex rules call by name.
//
// A timex rule says which function turns its captures into a TIMEX3 value:
//   value: 'weekday(day=$wd)'        "Friday"        -> 2021-03-12
//   value: 'date(month=$m, day=$d)'  "March 18"      -> 2021-03-18
//   value: 'holiday(name=$h, offset=-1)'  "the eve of the Spring Festival"
// The rule file decides which function and which arguments; this file only
// knows calendars (Howard Hinnant's date library does the arithmetic).
// Relative values are resolved against the document creation time (DCT)
// or, with `anchor: narrative`, the last date the article mentioned; the
// sentence's tense decides whether a bare weekday or month lies before or
// after the anchor. When the anchor's year is unknown the result keeps the
// year unknown ("XXXX-03-19") instead of guessing today's.
//
// Thread-safety: stateless functions.
#ifndef ANNALS_PIPELINE_TIME_TIME_FUNCTIONS_H_
#define ANNALS_PIPELINE_TIME_TIME_FUNCTIONS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/engine/lexicon.h"
#include "pipeline/base/status.h"

namespace annals {

enum class Tense { kPast, kPresent, kFuture };

// A calendar date whose year may be unknown; month/day 0 when not given.
struct PartialDate {
  std::optional<int> year;
  int month = 0;
  int day = 0;

  // Parses the date part of a TIMEX3 value ("2021-03-19T18:15",
  // "XXXX-03-19", "2021-03"); nullopt for anything else.
  static std::optional<PartialDate> Parse(const std::string& timex);
  bool full() const { return year && month && day; }
  // "2021-03-19", "XXXX-03-19", "2021-03", "2021".
  std::string ToString() const;
};

struct TimeContext {
  std::optional<PartialDate> dct;        // none: relative values stay unresolved
  // The DCT's clock time in minutes after midnight, when it has one
  // ("2021-03-12T16:20": 980): hour and minute offsets count from it.
  std::optional<int> dct_minute;
  std::optional<PartialDate> narrative;  // the last specific date mentioned
  // The last date mentioned at any granularity ("June 1998", "1995"):
  // "later that year" counts from it.
  std::optional<PartialDate> mentioned;
  // The last date mentioned that names a month ("February", "March 3"):
  // "the previous month" counts from it even after a coarser mention ("in
  // February, up from a year earlier, after a rise the previous month").
  std::optional<PartialDate> mentioned_month;
  Tense tense = Tense::kPast;
  // The tense is the caller's bias (annals tag --bias), not a verb's: a
  // date without its year then lies strictly on that side of the anchor.
  bool strict = false;
  const Lexicon* holidays = nullptr;     // the HOLIDAY lexicon, if any
  // The last calendar quarter the article named ("1989-Q3"): earnings news
  // says "the quarter" and "a year ago" meaning that quarter.
  std::optional<std::string> last_quarter;
};

using TimeArgs = std::vector<std::pair<std::string, std::string>>;

class TimeFunctions {
 public:
  static bool Known(const std::string& function);
  static std::vector<std::string> Names();

  // Evaluates `function` on rendered arguments; the TIMEX3 value.
  // Example: Evaluate("date", {{"year","2021"},{"month","3"},{"day","18"}}, ctx)
  //          == "2021-03-18".
  static Result<std::string> Evaluate(const std::string& function,
                                      const TimeArgs& args,
                                      const TimeContext& ctx,
                                      bool use_narrative = false);
};

// Easter Sunday of `year` (Gregorian), as month and day.
std::pair<int, int> EasterSunday(int year);
// Orthodox Easter Sunday of `year` (Julian computus), as a Gregorian month
// and day. Example: OrthodoxEasterSunday(2024) == {5, 5}.
std::pair<int, int> OrthodoxEasterSunday(int year);

}  // namespace annals

#endif  // ANNALS_PIPELINE_TIME_TIME_FUNCTIONS_H_
