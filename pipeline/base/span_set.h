// SpanSet: a set of byte spans with a logarithmic "does this overlap?".
//
// Used for blocked regions ("Group of 20" is no date) and for keeping one
// stage's matches off another's. Spans added may overlap each other.
//
// Thread-safety: a value; not synchronized.
#ifndef ANNALS_PIPELINE_BASE_SPAN_SET_H_
#define ANNALS_PIPELINE_BASE_SPAN_SET_H_

#include <algorithm>
#include <map>

#include "pipeline/base/span.h"

namespace annals {

class SpanSet {
 public:
  // Example: s.Add({5, 9}); s.Overlaps({8, 12}) == true; s.Overlaps({9, 12}) == false.
  void Add(Span s) {
    if (s.empty()) return;
    // Merge with every stored span it touches, so stored spans stay disjoint.
    auto it = spans_.upper_bound(s.begin);
    if (it != spans_.begin() && std::prev(it)->second >= s.begin) --it;
    while (it != spans_.end() && it->first <= s.end) {
      s.begin = std::min(s.begin, it->first);
      s.end = std::max(s.end, it->second);
      it = spans_.erase(it);
    }
    spans_.emplace(s.begin, s.end);
  }
  bool Overlaps(Span s) const {
    auto it = spans_.lower_bound(s.end);
    if (it == spans_.begin()) return false;
    --it;
    return it->second > s.begin;
  }
  bool empty() const { return spans_.empty(); }

 private:
  std::map<size_t, size_t> spans_;  // begin -> end, disjoint
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_BASE_SPAN_SET_H_
