// YearInference: the year of a dateline that gives none, from the run.
//
// A wire dateline "LISBON, March 19 (Xinhua)" has no year. If another
// article of the same run dates the same kind of event on the same month
// and day with a year ("the dialogue ... on March 18 and 19" in a 2021
// article), that year is the answer for the year-less one. Votes come
// from the article's own year-less event dates, then from its DCT day for
// the kinds of event it reports; ties go to the earliest year. With no
// evidence there is no answer (the year stays "XXXX"); today's year is
// never used. Keys are hashed (event type, month-day), so this is linear.
//
// Design: this only answers. Completing the DCT and resolving the
// document's timexes again in that year is the driver's step
// (pipeline/extract/redate.h, called by api/assemble_facts.h), so
// assembly never calls back into the time tagger.
//
// Thread-safety: a pure function of its input.
#ifndef ANNALS_GRAPH_ASSEMBLE_YEAR_INFERENCE_H_
#define ANNALS_GRAPH_ASSEMBLE_YEAR_INFERENCE_H_

#include <cstddef>
#include <map>
#include <vector>

#include "pipeline/extract/facts.h"

namespace annals {

// Document index -> inferred year, for each document whose DCT year is
// unknown and which the other documents date.
// Example: {"2021-03-12" meets on 03-19, "XXXX-03-19" meets} -> {1: 2021}.
std::map<std::size_t, int> InferYears(const std::vector<ArticleFacts>& articles);

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_YEAR_INFERENCE_H_
