// SentenceMasks: what the masked stages hide of the earlier mentions.
//
// The place, actor, event and position stages match sentences in which
// earlier mentions stand as single tokens (engine/masked_text.h); this
// gives those mentions, sentence by sentence, from an article's facts.
//
// A sentence's items are made when asked for, from the facts themselves:
// a huge article (350,000 sentences at 50 MB) is not held once more as
// one vector of items per sentence (~35 MB; issue 18). Each list is in
// sentence order as the stages make it; a list that is not is read
// through an index sorted by sentence, so the items are the same either
// way.
//
// Ownership: refers to `facts`, which must outlive it; the timexes,
// places and actor mentions it reads must not change while it is used
// (a stage adds only to its own list). Thread-safety: const methods
// only; as safe as reading `facts`.
#ifndef ANNALS_PIPELINE_EXTRACT_MENTION_MASKS_H_
#define ANNALS_PIPELINE_EXTRACT_MENTION_MASKS_H_

#include <cstddef>
#include <vector>

#include "pipeline/engine/masked_stage.h"
#include "pipeline/engine/masked_text.h"
#include "pipeline/extract/facts.h"

namespace annals {

class SentenceMasks : public MaskSource {
 public:
  SentenceMasks(const ArticleFacts& facts, bool with_places, bool with_actors);

  // Sentence `n`'s items: its timexes, then its places, then its actor
  // mentions (when asked for), each in list order.
  std::vector<MaskItem> ItemsOf(size_t n) const override;
  size_t size() const { return facts_.sentences.size(); }

 private:
  const ArticleFacts& facts_;
  bool with_places_;
  bool with_actors_;
  // Per list, its indices ordered by sentence; empty when the list is
  // already in that order (the usual case).
  std::vector<size_t> timex_order_;
  std::vector<size_t> place_order_;
  std::vector<size_t> actor_order_;
};

// Mask items of timexes, places and actor mentions, grouped by sentence.
// Example: auto masks = MasksBySentence(facts, true, true); masks.ItemsOf(3)
inline SentenceMasks MasksBySentence(const ArticleFacts& facts, bool with_places,
                                     bool with_actors) {
  return SentenceMasks(facts, with_places, with_actors);
}

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_MENTION_MASKS_H_
