#include "graph/assemble/year_inference.h"

#include <map>
#include <re2/re2.h>
#include <unordered_map>

#include "pipeline/extract/event_date.h"
#include "pipeline/time/time_interval.h"

namespace annals {
namespace {

bool YearUnknown(const std::string& dct) { return dct.rfind("XXXX-", 0) == 0 && dct.size() >= 10; }

std::string MonthDay(const std::string& day_value) { return day_value.substr(5, 5); }

bool IsDay(const std::string& v) {
  static const LazyRE2 kDay = {R"((?:\d{4}|XXXX)-\d{2}-\d{2}(?:T.*)?)"};
  return RE2::FullMatch(v, *kDay);
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

std::map<std::size_t, int> InferYears(const std::vector<ArticleFacts>& articles) {
  DayIndex index;
  for (const auto& f : articles) {
    if (!f.doc.dct.empty() && !YearUnknown(f.doc.dct)) IndexDocument(f, &index);
  }
  std::map<std::size_t, int> out;
  for (std::size_t d = 0; d < articles.size(); ++d) {
    if (!YearUnknown(articles[d].doc.dct)) continue;
    if (auto year = Vote(articles[d], index)) out[d] = *year;
  }
  return out;
}

}  // namespace annals
