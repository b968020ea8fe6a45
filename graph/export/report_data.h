// ReportData: what report.html shows, as one JSON value its script reads.
//
// The page's JavaScript only draws; every decision that needs the
// pipeline's knowledge is made here, in C++, where it is tested:
// where an event sits on the calendar (days since 1970-01-01 from the
// TIMEX3 value, or no place: undated lane), which words of an evidence
// sentence to highlight (trigger offsets are byte offsets into the
// article, the sentence starts at span.begin), what an event is called
// on the axis, who met whom at it, and how many events each actor took
// part in. An event the calendar cannot hold (no "first") goes to the
// page's undated section. A dated event is drawn on the day axis or
// listed in the lane of coarse spans ("lane": "day" | "span"), and
// "focus" is the period the axis opens on (report_focus.h).
//
// Example (one event, abridged):
//   {"events": [{"id": "e5", "type": "meeting", "label": "dialogue",
//                "title": "Bo Li, Ana Ruiz: dialogue, Lisbon",
//                "when": "2021-03-18 to 2021-03-19", "first": 18704, "last":
//                18705, "granularity": "day", "lane": "day",
//                "participants": ["bo-li",
//                "ana-ruiz"], "pairs": [[0, 1]], "evidence": [{"doc": "d1",
//                "rule": "event.meeting.dialogue",
//                              "before": "the ", "trigger": "dialogue",
//                              "after": " ended"}]}],
//    "focus": {"first": 18704, "last": 18705, "days": 31, "events": 1},
//    "actors": [{"id": "bo-li", "name": "Bo Li", "events": 1, ...}], ...}
//
// Thread-safety: pure functions.
#ifndef ANNALS_GRAPH_EXPORT_REPORT_DATA_H_
#define ANNALS_GRAPH_EXPORT_REPORT_DATA_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "graph/assemble/assembler.h"

namespace annals {

// An evidence sentence cut around its trigger. Offsets out of the
// sentence, or cutting a UTF-8 character, are clamped, so a bad offset
// shows an unhighlighted sentence rather than a broken page.
struct Highlight {
  std::string before;
  std::string trigger;
  std::string after;
};
Highlight SplitAtTrigger(const Evidence& evidence);

// What an event is called on the time axis, where a reader scans for who
// and what: "Ana Ruiz, Tomas Vidal +2: fisheries talks, Lisbon".
// Who was there (met_graph.h: not "both sides", not a state whose people
// are named), people and organizations first; at most three names, then
// how many more; the label the articles gave; the place.
// Example: EventTitle(g, e1) == "Ana Ruiz, Ben Okafor: fisheries talks, Lisbon"
std::string EventTitle(const Graph& g, const EventRecord& e);

// The data of report.html; events in timeline order, each with its title
// and the pairs of actors who met there (met_graph.h), as indices into
// "actors", so the page draws who met whom for whatever its filters keep.
nlohmann::ordered_json ReportData(const Assembly& a);

// The same data as the text ReportData(a).dump(-1) gives (invalid UTF-8
// replaced), handed to `put` piece by piece: one event, actor or position
// at a time, so the whole tree and its text are never in memory (more
// than report.html itself, 32 MB for a 50 MB article).
// Example: std::string s; WriteReportData(a, [&](std::string_view p) { s += p; });
void WriteReportData(const Assembly& a, const std::function<void(std::string_view)>& put);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_REPORT_DATA_H_
