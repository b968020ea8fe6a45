// Assembler: the whole-run half of the pipeline, ArticleFacts -> Graph.
//
//   YearInference -> ActorMerger -> EventMerger -> Timeline order
//     -> group members -> positions linked to events -> Graph
//
// Input order matters only for ids and ties; the result does not depend
// on how articles were batched or sharded, so `extract` + `assemble` over
// shards gives what one `run` gives.
//
// Thread-safety: Assemble is const; call it from one thread per run.
#ifndef ANNALS_GRAPH_ASSEMBLE_ASSEMBLER_H_
#define ANNALS_GRAPH_ASSEMBLE_ASSEMBLER_H_

#include <vector>

#include "graph/assemble/graph.h"
#include "pipeline/extract/facts.h"
#include "pipeline/time/timex_tagger.h"

namespace annals {

struct Assembly {
  std::vector<DocumentInfo> documents;
  Graph graph;
};

class Assembler {
 public:
  // `tagger` resolves timexes again when a document's year is inferred.
  explicit Assembler(const TimexTagger& tagger) : tagger_(tagger) {}

  // Example: Assembly a = Assembler(x.tagger()).Assemble({x.Extract(article)});
  Assembly Assemble(std::vector<ArticleFacts> articles) const;

 private:
  const TimexTagger& tagger_;
};

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_ASSEMBLER_H_
