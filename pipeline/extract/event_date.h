// EventDate: the one definition of when an event mention happened.
//
// The per-article API (Article::events), the year inference and the
// event merger all date a mention here, so "Three days later, X met Y"
// is the same day in `annals extract`'s consumers and on the timeline.
//
// Thread-safety: pure functions of their arguments.
#ifndef ANNALS_PIPELINE_EXTRACT_EVENT_DATE_H_
#define ANNALS_PIPELINE_EXTRACT_EVENT_DATE_H_

#include <string>

#include "pipeline/extract/facts.h"

namespace annals {

// A mention's date as TIMEX3 values: `end` set for a span.
struct MentionDate {
  std::string value;
  std::string end;
};

// The day a story reports: the first day its lead names (outside quotes)
// within the week before the DCT, else the DCT's day. Wire copy filed
// after midnight still tells Monday's news ("Violence flared in Gaza
// Monday" under a Tuesday DCT), so an undated encounter it reports is
// Monday's.
// Example: DCT 2006-12-19, lead "... flared in Gaza Monday ..." ->
//          "2006-12-18"; no such day in the lead -> "2006-12-19".
std::string StoryDay(const ArticleFacts& facts);

// The date of one event mention: its timex's date (a duration counted
// from the story's anchor is the day it reaches), a day duration stretched
// from a start or end role ("arrived on Monday for a three-day visit"),
// else the story's day (StoryDay) if the rule says so. A weekend is its
// Saturday to Sunday. Vague references (PAST_REF) and durations with no
// anchor count as undated.
// Example: "arrived on Monday (2010-05-10) for a three-day visit" ->
//          {"2010-05-10", "2010-05-12"}.
MentionDate DateOfMention(const ArticleFacts& facts, const EventMention& e);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_EVENT_DATE_H_
