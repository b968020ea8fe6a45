// RunMaskedStage: the loop every mention stage shares.
//
// For each sentence: mask the earlier mentions (masked_text.h), let the
// stage's matcher find candidates, drop those on blocked spans, resolve
// overlaps, and hand each survivor to the stage's callback with its
// sentence's MaskedText. The place, actor, event and position finders are
// the callbacks; this keeps their files about what a match means.
#ifndef ANNALS_PIPELINE_ENGINE_MASKED_STAGE_H_
#define ANNALS_PIPELINE_ENGINE_MASKED_STAGE_H_

#include <functional>
#include <string_view>
#include <vector>

#include "pipeline/base/span.h"
#include "pipeline/base/span_set.h"
#include "pipeline/engine/masked_text.h"
#include "pipeline/engine/rule_book.h"

namespace annals {

// The items to mask in each sentence of a stage's input: the earlier
// mentions, which extract/mention_masks.h gives from an article's facts.
class MaskSource {
 public:
  virtual ~MaskSource() = default;
  // Sentence `n`'s items, in the order MaskedText is to take them.
  virtual std::vector<MaskItem> ItemsOf(size_t n) const = 0;
};

struct MaskedStageInput {
  const RuleBook* rules;
  Stage stage;
  std::string_view text;
  const std::vector<Sentence>* sentences;
  const MaskSource* masks;  // per sentence
  const SpanSet* blocked;
  std::vector<Discarded>* dropped;  // may be null
};

// Called once per sentence (after its matches) as well, with match null,
// so a stage can do per-sentence work such as alias scanning.
using MaskedMatchFn =
    std::function<void(size_t sentence, const MaskedText& masked, const Match* match)>;

void RunMaskedStage(const MaskedStageInput& in, const MaskedMatchFn& fn);

// The masked range a field comes from: its capture's when the field is a
// single capture ("$name"), else the whole match. A mention's span is the
// range its name comes from, so "in Beijing" yields the place "Beijing".
Span FieldRange(const Match& m, const std::string& field);

// A template rendered with the article's words (tokens unmasked).
std::string RenderField(const Match& m, const MaskedText& masked, const std::string& field);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_MASKED_STAGE_H_
