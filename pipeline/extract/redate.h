// Redate: an article's facts once its year is learned after extraction.
//
// A year-less dateline ("LISBON, March 19") leaves the DCT "XXXX-03-19"
// and every weekday or relative date unresolved. When the run learns the
// year (graph/assemble/year_inference.h), the DCT takes it, its origin
// becomes "inferred", and the timexes are resolved again from their
// recipes, so "on Tuesday" falls on a day of that year. The events keep
// pointing at their timexes, so their dates follow.
//
// Design: the driver of a run (api/assemble_facts.h) calls this between
// year inference and assembly; it lives with extraction because it is
// the time tagger's work, and the assembler must not depend on the tagger.
//
// Thread-safety: changes only the caller's facts; the tagger is const.
#ifndef ANNALS_PIPELINE_EXTRACT_REDATE_H_
#define ANNALS_PIPELINE_EXTRACT_REDATE_H_

#include "pipeline/extract/facts.h"
#include "pipeline/time/timex_tagger.h"

namespace annals {

// Example: DCT "XXXX-03-19", year 2021 -> DCT "2021-03-19" (inferred),
// "Tuesday" -> "2021-03-16". Does nothing when the DCT has a year.
void Redate(ArticleFacts* facts, int year, const TimexTagger& tagger);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_REDATE_H_
