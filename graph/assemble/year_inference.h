// YearInference: the year of a dateline that gives none, from the run.
//
// A wire dateline "LISBON, March 19 (Xinhua)" has no year. If another
// article of the same run dates the same kind of event on the same month
// and day with a year ("the dialogue ... on March 18 and 19" in a 2021
// article), that year is taken, the document's DCT becomes 2021-03-19
// with dct_origin "inferred", and its timexes are resolved again. Votes
// come from the article's own year-less event dates, then from its DCT
// day for the kinds of event it reports; ties go to the earliest year.
// With no evidence the year stays unknown ("XXXX"); today's year is never
// used. Keys are hashed (event type, month-day), so this is linear.
//
// Thread-safety: operates on the caller's data, single-threaded.
#ifndef ANNALS_GRAPH_ASSEMBLE_YEAR_INFERENCE_H_
#define ANNALS_GRAPH_ASSEMBLE_YEAR_INFERENCE_H_

#include <vector>

#include "pipeline/extract/event_date.h"
#include "pipeline/extract/facts.h"
#include "pipeline/time/timex_tagger.h"

namespace annals {

// Completes the DCT of every document whose year is unknown, where the
// other documents allow; returns how many were completed.
int InferYears(std::vector<ArticleFacts>* articles, const TimexTagger& tagger);


}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_YEAR_INFERENCE_H_
