#include "api/assemble_facts.h"

#include "graph/assemble/year_inference.h"
#include "pipeline/extract/redate.h"

namespace annals {

Assembly AssembleFacts(std::vector<ArticleFacts> facts, const TimexTagger& tagger) {
  for (const auto& [doc, year] : InferYears(facts)) Redate(&facts[doc], year, tagger);
  return Assembler().Assemble(std::move(facts));
}

}  // namespace annals
