#include "pipeline/extract/event_date.h"

#include <algorithm>

#include <re2/re2.h>

#include "pipeline/time/time_interval.h"

namespace annals {
namespace {

int DurationDays(const std::string& v) {
  int n = 0;
  static const LazyRE2 kDays = {R"(P(\d+)D)"};
  return RE2::FullMatch(v, *kDays, &n) ? n : 0;
}

// Stretches a day to the `days` a duration gives, forward from a start or
// back from an end.
void Stretch(int days, const std::string& role, MentionDate* d) {
  if (days <= 1 || !d->end.empty() || role == "point") return;
  auto iv = IntervalOf(d->value);
  if (!iv || iv->granularity != Granularity::kDay) return;
  if (role == "end") {
    d->end = d->value;
    d->value = DayString(iv->first - (days - 1));
  } else {
    d->end = DayString(iv->first + (days - 1));
  }
}

// A weekend ("a weekend meeting": 1987-W17-WE) is its Saturday and
// Sunday: an event on it spans them, as a reader of the timeline counts.
void WeekendDays(MentionDate* d) {
  if (!d->end.empty() || !d->value.ends_with("-WE")) return;
  auto week = IntervalOf(d->value);
  if (!week || week->granularity != Granularity::kWeek) return;
  d->value = DayString(week->first + 5);
  d->end = DayString(week->first + 6);
}

// How far into the article its lead may be (a headline, a byline and a
// photo caption come first in some), and how far before the DCT its news
// day may lie (a weekday of the past week).
constexpr size_t kLeadSentences = 3;
constexpr int kNewsDayBefore = 6;

}  // namespace

std::string StoryDay(const ArticleFacts& f) {
  std::string dct = f.doc.dct.substr(0, std::min<size_t>(f.doc.dct.size(), 10));
  auto today = IntervalOf(dct);
  if (!today || today->granularity != Granularity::kDay) return dct;
  // The lead's first date decides: a later one ("following last
  // Wednesday's bombings") is background, not the news day.
  for (const Timex& t : f.timexes) {
    if (t.sentence >= kLeadSentences) break;
    if (t.quoted || (t.type != "DATE" && t.type != "TIME")) continue;
    auto iv = IntervalOf(t.DateValue().substr(0, 10));
    if (!iv || iv->granularity != Granularity::kDay) continue;
    bool news = iv->first <= today->first && iv->first >= today->first - kNewsDayBefore;
    return news ? DayString(iv->first) : dct;
  }
  return dct;
}

MentionDate DateOfMention(const ArticleFacts& f, const EventMention& e) {
  MentionDate d;
  if (e.when >= 0) {
    const Timex& t = f.timexes[e.when];
    d.value = t.DateValue();
    d.end = t.end;
  } else if (e.dct_default && !f.doc.dct.empty()) {
    d.value = StoryDay(f);
  }
  if (d.value.find("_REF") != std::string::npos) return {};
  if (d.value.size() > 10 && d.value[10] == 'T') d.value = d.value.substr(0, 10);
  WeekendDays(&d);
  int days = e.duration >= 0 ? DurationDays(f.timexes[e.duration].value) : 0;
  Stretch(days, e.date_role, &d);
  return d;
}

}  // namespace annals
