// Assembler: the whole-run half of the pipeline, ArticleFacts -> Graph.
//
//   ActorMerger -> EventMerger -> Timeline order
//     -> group members -> positions linked to events -> Graph
//
// Its input is final: documents whose year was learned from the run are
// already re-dated (the driver, api/assemble_facts.h, runs year inference
// and the time tagger first), so assembly never calls back into the
// tagger and this layer does not depend on it.
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

namespace annals {

struct Assembly {
  std::vector<DocumentInfo> documents;
  Graph graph;
};

class Assembler {
 public:
  // Example: Assembly a = Assembler().Assemble({x.Extract(article)});
  Assembly Assemble(std::vector<ArticleFacts> articles) const;
};

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_ASSEMBLER_H_
