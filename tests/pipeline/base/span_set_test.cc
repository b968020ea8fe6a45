#include "pipeline/base/span_set.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("SpanSet answers overlap with end-exclusive spans") {
  SpanSet s;
  s.Add({5, 9});
  s.Add({20, 25});
  struct Case {
    Span probe;
    bool overlaps;
  };
  const Case cases[] = {
      {{0, 5}, false}, {{0, 6}, true},   {{8, 12}, true},  {{9, 20}, false},
      {{9, 21}, true}, {{24, 30}, true}, {{25, 30}, false}, {{6, 7}, true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.probe.begin);
    CAPTURE(c.probe.end);
    CHECK(s.Overlaps(c.probe) == c.overlaps);
  }
}

TEST_CASE("SpanSet merges spans that touch or overlap") {
  SpanSet s;
  s.Add({10, 20});
  s.Add({5, 12});
  s.Add({18, 30});
  CHECK(s.Overlaps({4, 6}));
  CHECK(s.Overlaps({29, 31}));
  CHECK_FALSE(s.Overlaps({30, 40}));
  CHECK_FALSE(s.Overlaps({0, 5}));
  SpanSet empty;
  CHECK(empty.empty());
  CHECK_FALSE(empty.Overlaps({0, 100}));
}

}  // namespace
}  // namespace annals
