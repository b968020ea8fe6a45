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

// Whether an event belongs on the timeline: a date the calendar holds, a
// day, week or month (a year or a quarter is too coarse to order
// encounters by), and a participant that names someone (an actor of
// `records` whose kind is not "group": "both sides" alone names no one).
// Example: a "visit" with no date and no participant is not, nor "visited
// Tokyo in 1996"; "Xi and Biden had a phone call on 2021-02-11" is.
bool OnTimeline(const EventCluster& event, const std::vector<ActorRecord>& records);

// The participants an event lists, most specific first: its people when
// it names any (a state or a group of an event with people is the people's
// side, not another party: "Xi and Biden had a phone call" is not China's
// and the United States' as well), else its states and organizations,
// else its groups ("both sides held talks").
// Example: {China, "both sides", Xi Jinping} lists {Xi Jinping}.
std::vector<int> ListedParticipants(const EventCluster& event,
                                    const std::vector<ActorRecord>& records);

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_TIMELINE_H_
