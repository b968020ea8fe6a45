// AssembleFacts: the driver of the whole-run half of the pipeline.
//
//   InferYears (graph/assemble) -> Redate (pipeline/extract, the tagger)
//     -> Assembler (graph/assemble)
//
// Year inference needs the whole run; resolving a document's timexes in
// the learned year needs the time tagger. Doing the second here, between
// the two graph steps, keeps the Assembler free of the tagger: it gets
// facts whose dates are final.
//
// Ownership: takes the facts by value (a corpus is not held twice);
// borrows the tagger. Thread-safety: call from one thread per run.
#ifndef ANNALS_API_ASSEMBLE_FACTS_H_
#define ANNALS_API_ASSEMBLE_FACTS_H_

#include <vector>

#include "graph/assemble/assembler.h"
#include "pipeline/extract/facts.h"
#include "pipeline/time/timex_tagger.h"

namespace annals {

// Example: Assembly a = AssembleFacts({x.Extract(article)}, x.tagger());
Assembly AssembleFacts(std::vector<ArticleFacts> facts, const TimexTagger& tagger);

}  // namespace annals

#endif  // ANNALS_API_ASSEMBLE_FACTS_H_
