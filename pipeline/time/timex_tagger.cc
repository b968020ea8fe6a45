#include "pipeline/time/timex_tagger.h"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

namespace annals {
namespace {

bool IsDayValue(const std::string& v) {
  auto p = PartialDate::Parse(v);
  return p && p->day > 0 && v.size() >= 10;
}

// The year of a value that PartialDate does not read ("2012-SP",
// "1989-Q3", "2000-W07"), as a date of that year alone.
std::optional<PartialDate> YearOf(const std::string& v) {
  static const LazyRE2 kYearPart = {
      R"((\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}).*)"};
  int year = 0;
  if (!RE2::FullMatch(v, *kYearPart, &year)) return std::nullopt;
  return PartialDate{year, 0, 0};
}

// Whether a clock time names its day ("5 p.m. Nov. 9", "10 p.m. Friday")
// rather than taking the DCT's.
bool ClockNamesDay(const Timex& t) {
  if (t.recipe.function() != "time") return true;  // "Tuesday evening", "noon"
  for (const auto& [k, v] : t.recipe.args()) {
    if ((k == "wd" || k == "day") && !v.empty()) return true;
  }
  return false;
}

// Narrative anchors follow the story: a date moves them, and so does a time
// that names its day ("Tuesday evening", "5 p.m. Nov. 9") or is told from
// the story's day ("the next morning"), so "the same day" after "the next
// morning" is that next day. A clock time told from the DCT does not.
// Returns whether the day anchor moved.
bool FollowStory(const Timex& t, TimeContext* ctx) {
  if (t.quoted) return false;
  if (t.type != "DATE" && !t.narrative &&
      !(t.type == "TIME" && ClockNamesDay(t)))
    return false;
  const std::string& v = t.DateValue();
  auto d = PartialDate::Parse(v);
  bool moved = d && IsDayValue(v);
  // A day counted back from the story ("a conclave that had opened the
  // previous afternoon") is a flashback: the story stays where it was.
  if (moved && t.narrative && ctx->narrative && ctx->narrative->full() &&
      d->ToString() < ctx->narrative->ToString())
    moved = false;
  if (moved) ctx->narrative = d;
  // A year or month counted back ("a year earlier") is a comparison, not a
  // new scene: the next "a year earlier" counts from the same story time.
  if (t.recipe.function() == "ago" && !IsDayValue(v)) return moved;
  // A season, quarter, half or week ("2012-SP", "1989-Q3") names its year.
  if (!d) d = YearOf(v);
  if (d && d->year) ctx->mentioned = d;
  if (d && d->year && d->month) ctx->mentioned_month = d;
  return moved;
}

// The clock time of a DCT given to the minute ("2021-03-12T16:20" -> 980),
// nullopt for a date alone.
std::optional<int> ClockMinute(const std::string& dct) {
  static const LazyRE2 kClock = {R"(\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}).*)"};
  int h = 0, m = 0;
  if (!RE2::FullMatch(dct, *kClock, &h, &m) || h > 23 || m > 59)
    return std::nullopt;
  return h * 60 + m;
}

// Patterns of values (not of text): compiled once, on first use.
const LazyRE2 kQuarterValue = {R"((\d{4})-Q([1-4]))"};
const LazyRE2 kMonthsValue = {R"(P(\d+)M)"};

bool IsQuarterValue(const std::string& v) {
  return RE2::FullMatch(v, *kQuarterValue);
}

// A run of months longer than a quarter and shorter than a year ("P9M"),
// as results for the year so far are given.
bool IsYearToDate(const std::string& v) {
  int months = 0;
  return RE2::FullMatch(v, *kMonthsValue, &months) && months > 3 && months < 12;
}

// Whether quarter value `v` ("1989-Q3") ended before the DCT's quarter
// began.
bool EndedBefore(const std::string& v, const std::optional<PartialDate>& dct) {
  int y = 0, q = 0;
  if (!RE2::FullMatch(v, *kQuarterValue, &y, &q)) return false;
  if (!dct || !dct->year || !dct->month) return true;
  return y * 4 + q < *dct->year * 4 + (dct->month - 1) / 3 + 1;
}

// Whether a quarter the text names becomes the story's quarter. The lead
// names it (a fiscal quarter may carry a later calendar number); after
// that only a later quarter already over replaces it: "fourth-quarter" in
// October is an outlook, "after a flat second quarter" a look back.
bool MovesTopic(const std::string& v, const TimeContext& ctx) {
  if (!ctx.last_quarter) return true;
  return EndedBefore(v, ctx.dct) && v > *ctx.last_quarter;
}

// A rule may match context it does not tag ("in (?P<timex>January)",
// RE2 has no lookbehind): a `timex` capture, when it took part, is the span.
void NarrowToTimexCapture(Match* m) {
  const Capture* c = m->capture("timex");
  if (c && c->matched && c->end > c->begin) {
    m->begin = c->begin;
    m->end = c->end;
  }
}

// The call in the rule's `field` ("end", "point"), rendered for the match;
// an empty recipe when the rule has none.
TimeRecipe RecipeOf(const Match& m, const std::string& field,
                    const CaptureLookup& lookup, RecipePool* pool) {
  if (!m.rule->Has(field)) return {};
  auto call = Call::Parse(m.rule->Field(field).source());
  if (!call.ok()) return {};
  return pool->Intern(call->function, call->Render(lookup));
}

const LazyRE2 kClockValue = {
    R"((\d{4}|XXXX)-\d{2}-\d{2}T(\d{2}):(\d{2})(:\d{2})?)"};
const LazyRE2 kDayValue = {R"((\d{4}-\d{2}-\d{2})(?:T(MO|AF|EV|NI))?)"};

// Whether `t` is a clock time alone, to be joined to a day.
bool IsClock(const Timex& t) {
  return t.recipe.function() == "time" && t.clock_recipe.empty() &&
         RE2::FullMatch(t.value, *kClockValue);
}

// Whether `t` names a day (or a part of one) a clock time can be set on.
bool IsDay(const Timex& t) {
  return t.recipe.function() != "time" && t.clock_recipe.empty() && t.end.empty() &&
         RE2::FullMatch(t.value, *kDayValue);
}

bool HasArg(const TimeArgs& args, const std::string& name) {
  for (const auto& [k, v] : args) {
    if (k == name && !v.empty()) return true;
  }
  return false;
}

// The day of `day` ("2021-04-20", "2021-04-20TNI") at the clock time of
// `clock` ("XXXX-XX-XXT08:00"). An hour without am or pm said with an
// afternoon, evening or night is after noon ("tonight at 8"); midnight
// (T24:00) is the start of the next day.
std::string AtClock(const std::string& day, const std::string& clock,
                    bool explicit_ampm) {
  std::string when, part, y, seconds;
  int h = 0, m = 0;
  if (!RE2::FullMatch(day, *kDayValue, &when, &part) ||
      !RE2::FullMatch(clock, *kClockValue, &y, &h, &m, &seconds))
    return day;
  if (!explicit_ampm && h < 12 &&
      (part == "AF" || part == "EV" || (part == "NI" && h >= 6)))
    h += 12;
  if (h == 24) {
    auto d = PartialDate::Parse(when);
    h = 0;
    if (d && d->full()) {
      date::sys_days next =
          date::sys_days{date::year{*d->year} / d->month / d->day} +
          date::days{1};
      date::year_month_day ymd{next};
      when = fmt::format("{:04d}-{:02d}-{:02d}", int(ymd.year()),
                         unsigned(ymd.month()), unsigned(ymd.day()));
    }
  }
  return fmt::format("{}T{:02d}:{:02d}{}", when, h, m, seconds);
}

// Evaluates a timex's value, end and point in `ctx`.
void Evaluate(Timex* t, const TimeContext& ctx, bool narrative) {
  const TimeRecipe& r = t->recipe;
  auto v = TimeFunctions::Evaluate(r.function(), r.args(), ctx, narrative);
  t->value = v.ok() ? *v : "";
  const TimeRecipe& clock = t->clock_recipe;
  if (!clock.function().empty() && !t->value.empty()) {
    auto c = TimeFunctions::Evaluate(clock.function(), clock.args(), ctx, narrative);
    if (c.ok()) t->value = AtClock(t->value, *c, HasArg(clock.args(), "ampm"));
  }
  t->end.clear();
  const TimeRecipe& end = t->end_recipe;
  if (!end.function().empty()) {
    auto e = TimeFunctions::Evaluate(end.function(), end.args(), ctx, narrative);
    if (e.ok()) t->end = *e;
  }
  t->point.clear();
  const TimeRecipe& point = t->point_recipe;
  if (!point.function().empty()) {  // always counted from the story
    auto p = TimeFunctions::Evaluate(point.function(), point.args(), ctx, true);
    if (p.ok() && PartialDate::Parse(*p)) t->point = *p;
  }
}

}  // namespace

TimexTagger::TimexTagger(const RuleBook& rules) : rules_(rules), tense_(rules) {
  holidays_ = rules.lexicon("HOLIDAY");
  clock_joins_ = rules.lexicon("CLOCK_JOIN");
  if (const Lexicon* marks = rules.lexicon("QUOTE_MARK")) {
    RE2::Options opts;
    opts.set_log_errors(false);
    quote_marks_ =
        std::make_unique<RE2>("(" + marks->Alternation() + ")", opts);
    if (!quote_marks_->ok()) quote_marks_.reset();
  }
}

bool TimexTagger::FitsTense(const Match& m, std::string_view sentence,
                            std::optional<Tense> bias) const {
  if (!m.rule->Has("tense")) return true;
  Tense t = bias ? *bias : tense_.At(sentence, m.begin, m.end);
  const bool past = t == Tense::kPast;
  return (m.rule->Field("tense").source() == "past") == past;
}

std::vector<size_t> TimexTagger::QuoteMarks(std::string_view sentence) const {
  std::vector<size_t> at;
  if (!quote_marks_) return at;
  re2::StringPiece rest(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&rest, *quote_marks_))
    at.push_back(static_cast<size_t>(rest.data() - sentence.data()));
  return at;
}

Timex TimexTagger::Make(const Match& m, std::string_view sentence,
                        const std::vector<size_t>& marks, size_t base,
                        size_t index, Pools* pools) const {
  RecipePool* pool = &pools->recipes;
  Timex t;
  t.span = {base + m.begin, base + m.end};
  t.rule = pools->rules.Intern(m.rule->id);
  t.sentence = index;
  CaptureLookup lookup = MakeLookup(m, sentence);
  t.type = m.rule->Field("type").Render(lookup);
  if (m.rule->Has("mod")) t.mod = m.rule->Field("mod").Render(lookup);
  t.recipe = pool->Intern(m.rule->value->function, m.rule->value->Render(lookup));
  t.end_recipe = RecipeOf(m, "end", lookup, pool);
  t.point_recipe = RecipeOf(m, "point", lookup, pool);
  const Capture* first = m.capture("first_part");
  const Capture* last = m.capture("last_part");
  if (first && last && first->matched && last->matched) {
    t.first_part = {base + first->begin, base + first->end};
    t.last_part = {base + last->begin, base + last->end};
  }
  t.tense = tense_.At(sentence, m.begin, m.end);
  // An odd number of quotation marks before it: inside a quote.
  auto before = std::upper_bound(marks.begin(), marks.end(), m.begin);
  t.quoted = (before - marks.begin()) % 2 == 1;
  const std::string anchor = m.rule->Field("anchor").source();
  t.narrative = anchor == "narrative" || anchor == "sentence";
  t.sentence_anchor = anchor == "sentence";
  return t;
}

std::vector<Timex> TimexTagger::Tag(std::string_view text,
                                    const std::vector<Sentence>& sentences,
                                    const std::string& dct,
                                    const SpanSet& blocked,
                                    std::vector<Discarded>* dropped,
                                    std::optional<Tense> bias) const {
  std::vector<Timex> out;
  std::vector<Match> matches;
  Pools pools;  // the article's rule ids and recipes, each held once
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Span s = sentences[i].span;
    std::string_view sentence = text.substr(s.begin, s.end - s.begin);
    matches.clear();
    rules_.matcher(Stage::kTimex).FindAll(sentence, &matches);
    std::vector<Match> free;
    for (auto& m : matches) {
      NarrowToTimexCapture(&m);
      if (!blocked.Overlaps({s.begin + m.begin, s.begin + m.end}) &&
          FitsTense(m, sentence, bias))
        free.push_back(std::move(m));
    }
    size_t first_dropped = dropped ? dropped->size() : 0;
    const std::vector<size_t> marks =
        free.empty() ? std::vector<size_t>{} : QuoteMarks(sentence);
    for (const auto& m :
         StageMatcher::ResolveOverlaps(std::move(free), dropped)) {
      out.push_back(Make(m, sentence, marks, s.begin, i, &pools));
      // The caller's bias decides the direction, whatever the verbs say:
      // notes and chat ("moved to Jan. 5") name what is ahead or behind.
      if (bias) out.back().tense = *bias, out.back().biased = true;
    }
    // Discarded matches are reported in article offsets (for `explain`).
    for (size_t k = first_dropped; dropped && k < dropped->size(); ++k) {
      (*dropped)[k].match.begin += s.begin, (*dropped)[k].match.end += s.begin;
    }
  }
  Resolve(&out, dct);
  if (clock_joins_) {
    JoinClocks(text, &out);
    Resolve(&out, dct);
  }
  // A timex whose value cannot be computed is no timex: drop it (in
  // place: a second vector would hold a huge article's timexes twice).
  std::erase_if(out, [](const Timex& t) { return t.value.empty(); });
  return out;
}

// In place: the timexes kept so far are the first `kept`, each joined
// pair in its first one's place (a second vector would hold a huge
// article's timexes twice).
void TimexTagger::JoinClocks(std::string_view text,
                             std::vector<Timex>* timexes) const {
  size_t kept = 0;
  for (Timex& t : *timexes) {
    if (kept > 0) {
      Timex& prev = (*timexes)[kept - 1];
      bool pair = prev.sentence == t.sentence &&
                  prev.span.end <= t.span.begin &&
                  ((IsDay(prev) && IsClock(t)) || (IsClock(prev) && IsDay(t)));
      if (pair && clock_joins_->Find(std::string(text.substr(
                      prev.span.end, t.span.begin - prev.span.end)))) {
        Timex& day = IsDay(prev) ? prev : t;
        Timex& clock = IsDay(prev) ? t : prev;
        Timex joined = day;
        joined.span = {prev.span.begin, t.span.end};
        joined.type = "TIME";
        joined.clock_recipe = clock.recipe;
        joined.rule = prev.rule.str() + "+" + t.rule.str();
        prev = std::move(joined);
        continue;
      }
    }
    if (&t != &(*timexes)[kept]) (*timexes)[kept] = std::move(t);
    ++kept;
  }
  timexes->erase(timexes->begin() + kept, timexes->end());
}

void TimexTagger::Resolve(std::vector<Timex>* timexes,
                          const std::string& dct) const {
  TimeContext ctx;
  ctx.dct = PartialDate::Parse(dct);
  ctx.dct_minute = ClockMinute(dct);
  ctx.holidays = holidays_;
  size_t anchor_sentence = SIZE_MAX;  // where the day anchor last moved
  for (Timex& t : *timexes) {
    ctx.tense = t.tense;
    ctx.strict = t.biased;
    Evaluate(
        &t, ctx,
        t.narrative && (!t.sentence_anchor || anchor_sentence == t.sentence));
    if (FollowStory(t, &ctx)) anchor_sentence = t.sentence;
    // Only a quarter the text names moves the topic; one computed from the
    // topic ("a year earlier") must not, or each would count back again.
    const std::string& fn = t.recipe.function();
    bool named = fn == "quarter" || fn == "relative";
    if (named && IsQuarterValue(t.value) && MovesTopic(t.value, ctx))
      ctx.last_quarter = t.value;
    // "the first nine months": the story turns to the year so far, and "a
    // year earlier" after it means the year, not the quarter.
    if (t.type == "DURATION" && IsYearToDate(t.value)) ctx.last_quarter.reset();
  }
}

RuleContract TimexTagger::Reads() {
  RuleContract c{{{Stage::kTimex, "the timex tagger", "HOLIDAY", {}},
                  {Stage::kTimex, "the timex tagger", "CLOCK_JOIN", {}},
                  {Stage::kTimex, "the timex tagger", "QUOTE_MARK", {}}},
                 TimeFunctions::Names()};
  return c.Add(TenseReader::Reads());
}

}  // namespace annals
