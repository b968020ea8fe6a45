// Timeline: events in time order.
//
// Dated events sort by the first day they cover, then by the last (a day
// before the month that contains it ends), then by article and sentence
// order. An undated event keeps its place in its article: it follows the
// dated event that precedes it there (or opens the timeline when none
// does). Values that name no calendar days (XXXX-03-19, PAST_REF) count
// as undated for ordering.
//
// Thread-safety: pure function.
#ifndef ANNALS_GRAPH_ASSEMBLE_TIMELINE_H_
#define ANNALS_GRAPH_ASSEMBLE_TIMELINE_H_

#include <vector>

#include "graph/assemble/event_merger.h"

namespace annals {

// The indices of `events` in timeline order; every index exactly once.
std::vector<std::size_t> OrderEvents(const std::vector<EventCluster>& events);

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_TIMELINE_H_
