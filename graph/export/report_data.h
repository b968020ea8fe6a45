// ReportData: what report.html shows, as one JSON value its script reads.
//
// The page's JavaScript only draws; every decision that needs the
// pipeline's knowledge is made here, in C++, where it is tested:
// where an event sits on the calendar (days since 1970-01-01 from the
// TIMEX3 value, or no place: undated lane), which words of an evidence
// sentence to highlight (trigger offsets are byte offsets into the
// article, the sentence starts at span.begin), and how many events each
// actor took part in.
//
// Example (one event, abridged):
//   {"events": [{"id": "e5", "type": "meeting", "label": "dialogue",
//                "when": "2021-03-18 to 2021-03-19", "first": 18704, "last": 18705,
//                "granularity": "day", "participants": ["bo-li"],
//                "evidence": [{"doc": "d1", "rule": "event.meeting.dialogue",
//                              "before": "the ", "trigger": "dialogue", "after": " ended"}]}],
//    "actors": [{"id": "bo-li", "name": "Bo Li", "events": 1, ...}], ...}
//
// Thread-safety: pure functions.
#ifndef ANNALS_GRAPH_EXPORT_REPORT_DATA_H_
#define ANNALS_GRAPH_EXPORT_REPORT_DATA_H_

#include <nlohmann/json.hpp>

#include <string>

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

// The data of report.html; events in timeline order.
nlohmann::ordered_json ReportData(const Assembly& a);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_REPORT_DATA_H_
