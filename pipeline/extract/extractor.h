// Extractor: the per-article half of the pipeline, article -> ArticleFacts.
//
//   DctFinder -> Segmenter -> block rules -> TimexTagger -> PlaceFinder
//     -> ActorFinder -> PositionFinder -> EventFinder
//
// Each stage reads the previous stages' output and adds its own; nothing
// here knows a word of any language (that is all in the RuleBook).
// Articles are independent, so one Extractor serves many threads.
//
// Ownership: shares the RuleBook. Thread-safety: Extract is const and
// reentrant.
#ifndef ANNALS_PIPELINE_EXTRACT_EXTRACTOR_H_
#define ANNALS_PIPELINE_EXTRACT_EXTRACTOR_H_

#include <array>
#include <memory>
#include <vector>

#include "pipeline/extract/actor_finder.h"
#include "pipeline/extract/article.h"
#include "pipeline/extract/dct_finder.h"
#include "pipeline/extract/event_finder.h"
#include "pipeline/extract/facts.h"
#include "pipeline/extract/place_finder.h"
#include "pipeline/extract/position_finder.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/extract/segmenter.h"
#include "pipeline/time/timex_tagger.h"
#include "pipeline/engine/rule_contract.h"

namespace annals {

class Extractor {
 public:
  // Everything the stages read from a rule book by name: pass it to
  // RuleBook::LoadDirs so a broken contract fails the load.
  static RuleContract Reads();

  explicit Extractor(std::shared_ptr<const RuleBook> rules);

  // Example: Extractor x(book); ArticleFacts f = x.Extract(article);
  // `dropped`, when given, receives what overlap resolution discarded.
  ArticleFacts Extract(const Article& article, std::vector<Discarded>* dropped = nullptr) const;

  // Only the DCT and the timexes (for `annals tag`).
  ArticleFacts Tag(const Article& article, std::vector<Discarded>* dropped = nullptr) const;

  const RuleBook& rules() const { return *rules_; }
  const TimexTagger& tagger() const { return tagger_; }

 private:
  DocumentInfo Document(const Article& article) const;
  std::array<SpanSet, kStageCount> Blocks(std::string_view text,
                                          const std::vector<Sentence>& sentences) const;

  std::shared_ptr<const RuleBook> rules_;
  DctFinder dct_;
  Segmenter segmenter_;
  TimexTagger tagger_;
  PlaceFinder places_;
  ActorFinder actors_;
  EventFinder events_;
  PositionFinder positions_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_EXTRACTOR_H_
