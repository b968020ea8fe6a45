// MasksBySentence: what the masked stages hide of the earlier mentions.
//
// The place, actor, event and position stages match sentences in which
// earlier mentions stand as single tokens (engine/masked_text.h); this
// lists those mentions, sentence by sentence, from an article's facts.
//
// Thread-safety: a pure function.
#ifndef ANNALS_PIPELINE_EXTRACT_MENTION_MASKS_H_
#define ANNALS_PIPELINE_EXTRACT_MENTION_MASKS_H_

#include <vector>

#include "pipeline/engine/masked_text.h"
#include "pipeline/extract/facts.h"

namespace annals {

// Mask items of timexes, places and actor mentions, grouped by sentence.
std::vector<std::vector<MaskItem>> MasksBySentence(const ArticleFacts& facts, bool with_places,
                                                   bool with_actors);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_MENTION_MASKS_H_
