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
#ifndef ANNALS_PIPELINE_EXTRACTOR_H_
#define ANNALS_PIPELINE_EXTRACTOR_H_

#include <array>
#include <memory>
#include <vector>

#include "pipeline/actor_finder.h"
#include "pipeline/article.h"
#include "pipeline/dct_finder.h"
#include "pipeline/event_finder.h"
#include "pipeline/facts.h"
#include "pipeline/place_finder.h"
#include "pipeline/position_finder.h"
#include "pipeline/rule_book.h"
#include "pipeline/segmenter.h"
#include "pipeline/timex_tagger.h"

namespace annals {

class Extractor {
 public:
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

#endif  // ANNALS_PIPELINE_EXTRACTOR_H_
