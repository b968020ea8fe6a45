#include "graph/assemble/timeline.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "pipeline/time/time_interval.h"

namespace annals {
namespace {

struct Key {
  std::size_t index;
  std::optional<TimeInterval> interval;
  std::size_t doc;
  std::size_t sentence;
};

// Time order is start order; events starting together are a tie and keep
// article order (OUTPUT.md), whatever their length.
bool Earlier(const Key& a, const Key& b) {
  if (a.interval->first != b.interval->first) return a.interval->first < b.interval->first;
  if (a.doc != b.doc) return a.doc < b.doc;
  if (a.sentence != b.sentence) return a.sentence < b.sentence;
  if (a.interval->last != b.interval->last) return a.interval->last < b.interval->last;
  return a.index < b.index;
}

}  // namespace

std::vector<std::size_t> OrderEvents(const std::vector<EventCluster>& events) {
  std::vector<Key> dated, undated;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const When& w = events[i].record.when;
    Key k{i, IntervalOf(w.value, w.end), events[i].first_doc, events[i].first_sentence};
    (k.interval ? dated : undated).push_back(k);
  }
  std::sort(dated.begin(), dated.end(), Earlier);
  // Undated events hang after the nearest earlier dated event of their
  // article (by sentence; of equal sentences the later in the timeline);
  // none -> before everything. The dated events sorted by (doc, sentence,
  // position) make that a binary search, so the step is O(n log n).
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> by_place;  // doc, sentence, position
  by_place.reserve(dated.size());
  for (std::size_t p = 0; p < dated.size(); ++p) by_place.emplace_back(dated[p].doc, dated[p].sentence, p);
  std::sort(by_place.begin(), by_place.end());
  std::vector<std::vector<std::size_t>> after(dated.size());  // dated position -> undated
  std::vector<std::size_t> leading;
  std::sort(undated.begin(), undated.end(), [](const Key& a, const Key& b) {
    return std::tie(a.doc, a.sentence, a.index) < std::tie(b.doc, b.sentence, b.index);
  });
  constexpr std::size_t kLast = static_cast<std::size_t>(-1);
  for (const Key& u : undated) {
    auto it = std::upper_bound(by_place.begin(), by_place.end(), std::make_tuple(u.doc, u.sentence, kLast));
    if (it != by_place.begin() && std::get<0>(*std::prev(it)) == u.doc) {
      after[std::get<2>(*std::prev(it))].push_back(u.index);
    } else {
      leading.push_back(u.index);
    }
  }
  std::vector<std::size_t> out = leading;
  for (std::size_t p = 0; p < dated.size(); ++p) {
    out.push_back(dated[p].index);
    for (std::size_t u : after[p]) out.push_back(u);
  }
  return out;
}

bool OnTimeline(const EventCluster& event, const std::vector<ActorRecord>& records) {
  const When& w = event.record.when;
  auto iv = IntervalOf(w.value, w.end);
  // A year or a season is no date for an encounter: "visited Tokyo in
  // 1996" is listed apart, with its time value.
  if (!iv || iv->granularity > Granularity::kMonth) return false;
  return std::any_of(event.participants.begin(), event.participants.end(),
                     [&](int p) { return records[p].kind != "group"; });
}

std::vector<int> ListedParticipants(const EventCluster& event,
                                    const std::vector<ActorRecord>& records) {
  auto rank = [&](int p) {
    const std::string& kind = records[p].kind;
    return kind == "person" ? 0 : kind == "group" ? 2 : 1;
  };
  int best = 3;
  for (int p : event.participants) best = std::min(best, rank(p));
  std::vector<int> out;
  for (int p : event.participants) {
    if (rank(p) == best) out.push_back(p);
  }
  return out;
}

}  // namespace annals
