#include "graph/assemble/year_inference.h"

#include <map>
#include <re2/re2.h>
#include <unordered_map>

#include "graph/assemble/time_interval.h"

namespace annals {
namespace {

bool YearUnknown(const std::string& dct) { return dct.rfind("XXXX-", 0) == 0 && dct.size() >= 10; }

std::string MonthDay(const std::string& day_value) { return day_value.substr(5, 5); }

bool IsDay(const std::string& v) {
  static const LazyRE2 kDay = {R"((?:\d{4}|XXXX)-\d{2}-\d{2}(?:T.*)?)"};
  return RE2::FullMatch(v, *kDay);
}

int DurationDays(const std::string& v) {
  int n = 0;
  static const LazyRE2 kDays = {R"(P(\d+)D)"};
  return RE2::FullMatch(v, *kDays, &n) ? n : 0;
}

// (type, MM-DD) -> year -> votes, from documents whose year is known.
using DayIndex = std::unordered_map<std::string, std::map<int, int>>;

void IndexDocument(const ArticleFacts& f, DayIndex* index) {
  for (const auto& e : f.events) {
    MentionDate d = DateOfMention(f, e);
    auto iv = IntervalOf(d.value, d.end);
    if (!iv || iv->granularity != Granularity::kDay || iv->last - iv->first > 31) continue;
    for (int day = iv->first; day <= iv->last; ++day) {
      std::string s = DayString(day);
      (*index)[e.type + "|" + MonthDay(s)][std::stoi(s.substr(0, 4))]++;
    }
  }
}

std::optional<int> Vote(const ArticleFacts& f, const DayIndex& index) {
  std::map<int, int> votes;
  auto ask = [&](const std::string& type, const std::string& md, int weight) {
    auto it = index.find(type + "|" + md);
    if (it == index.end()) return;
    for (const auto& [year, n] : it->second) votes[year] += n * weight;
  };
  for (const auto& e : f.events) {
    MentionDate d = DateOfMention(f, e);
    if (YearUnknown(d.value) && IsDay(d.value)) ask(e.type, MonthDay(d.value), 2);
    ask(e.type, MonthDay(f.doc.dct), 1);
  }
  std::optional<int> best;
  int best_n = 0;
  for (const auto& [year, n] : votes) {
    if (n > best_n) {
      best = year;
      best_n = n;
    }
  }
  return best;
}

}  // namespace

MentionDate DateOfMention(const ArticleFacts& f, const EventMention& e) {
  MentionDate d;
  if (e.when >= 0) {
    const Timex& t = f.timexes[e.when];
    d.value = t.DateValue();
    d.end = t.end;
  } else if (e.dct_default && !f.doc.dct.empty()) {
    d.value = f.doc.dct.substr(0, 10);
  }
  if (d.value.find("_REF") != std::string::npos) return {};
  if (d.value.size() > 10 && d.value[10] == 'T') d.value = d.value.substr(0, 10);
  int n = e.duration >= 0 ? DurationDays(f.timexes[e.duration].value) : 0;
  if (n > 1 && d.end.empty() && e.date_role != "point") {
    auto iv = IntervalOf(d.value);
    if (iv && iv->granularity == Granularity::kDay) {
      if (e.date_role == "end") {
        d.end = d.value;
        d.value = DayString(iv->first - (n - 1));
      } else {
        d.end = DayString(iv->first + (n - 1));
      }
    }
  }
  return d;
}

int InferYears(std::vector<ArticleFacts>* articles, const TimexTagger& tagger) {
  DayIndex index;
  for (const auto& f : *articles) {
    if (!f.doc.dct.empty() && !YearUnknown(f.doc.dct)) IndexDocument(f, &index);
  }
  int done = 0;
  for (auto& f : *articles) {
    if (!YearUnknown(f.doc.dct)) continue;
    auto year = Vote(f, index);
    if (!year) continue;
    f.doc.dct = std::to_string(*year) + f.doc.dct.substr(4);
    f.doc.dct_origin = "inferred";
    tagger.Resolve(&f.timexes, f.doc.dct);
    ++done;
  }
  return done;
}

}  // namespace annals
