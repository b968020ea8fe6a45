// Extractor: the per-article half of the pipeline, article -> ArticleFacts.
//
//   DctFinder -> Segmenter -> block rules -> TimexTagger -> PlaceFinder
//     -> ActorFinder -> PositionFinder -> EventFinder
//
// Each stage reads the previous stages' output and adds its own; nothing
// here knows a word of any language (that is all in the RuleBook).
// Articles are independent, so one Extractor serves many threads.
//
// The stages after the timexes (places, actors, positions, events) are
// built by the first Extract: `annals tag` only calls Tag and never pays
// for them (issue 18, eighth round).
//
// Ownership: shares the RuleBook; owns its stages. Thread-safety: Extract
// and Tag are const and reentrant; the later stages are built once
// (std::call_once) by whichever thread extracts first.
#ifndef ANNALS_PIPELINE_EXTRACT_EXTRACTOR_H_
#define ANNALS_PIPELINE_EXTRACT_EXTRACTOR_H_

#include <array>
#include <memory>
#include <mutex>
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
  // The stages Extract runs after the timexes, each reading the book.
  struct LaterStages {
    explicit LaterStages(const RuleBook& rules);
    PlaceFinder places;
    ActorFinder actors;
    EventFinder events;
    PositionFinder positions;
  };
  // The later stages, built by the first caller.
  const LaterStages& Later() const;
  std::array<SpanSet, kStageCount> Blocks(std::string_view text,
                                          const std::vector<Sentence>& sentences) const;

  std::shared_ptr<const RuleBook> rules_;
  DctFinder dct_;
  Segmenter segmenter_;
  TimexTagger tagger_;
  mutable std::once_flag later_once_;
  mutable std::unique_ptr<const LaterStages> later_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_EXTRACTOR_H_
