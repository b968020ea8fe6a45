#include "graph/timeline.h"

#include <algorithm>
#include <map>
#include <optional>

#include "graph/time_interval.h"

namespace annals {
namespace {

struct Key {
  std::size_t index;
  std::optional<TimeInterval> interval;
  std::size_t doc;
  std::size_t sentence;
};

bool Earlier(const Key& a, const Key& b) {
  if (a.interval->first != b.interval->first) return a.interval->first < b.interval->first;
  if (a.interval->last != b.interval->last) return a.interval->last < b.interval->last;
  if (a.doc != b.doc) return a.doc < b.doc;
  if (a.sentence != b.sentence) return a.sentence < b.sentence;
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
  // article (by sentence); none -> before everything.
  std::map<std::size_t, std::vector<std::size_t>> after;  // dated position -> undated
  std::vector<std::size_t> leading;
  std::sort(undated.begin(), undated.end(), [](const Key& a, const Key& b) {
    return std::tie(a.doc, a.sentence, a.index) < std::tie(b.doc, b.sentence, b.index);
  });
  for (const Key& u : undated) {
    std::optional<std::size_t> anchor;
    for (std::size_t p = 0; p < dated.size(); ++p) {
      if (dated[p].doc == u.doc && dated[p].sentence <= u.sentence &&
          (!anchor || dated[*anchor].sentence <= dated[p].sentence)) {
        anchor = p;
      }
    }
    if (anchor) after[*anchor].push_back(u.index);
    else leading.push_back(u.index);
  }
  std::vector<std::size_t> out = leading;
  for (std::size_t p = 0; p < dated.size(); ++p) {
    out.push_back(dated[p].index);
    for (std::size_t u : after[p]) out.push_back(u);
  }
  return out;
}

}  // namespace annals
