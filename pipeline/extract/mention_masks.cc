#include "pipeline/extract/mention_masks.h"

namespace annals {

std::vector<std::vector<MaskItem>> MasksBySentence(const ArticleFacts& facts, bool with_places,
                                                   bool with_actors) {
  std::vector<std::vector<MaskItem>> out(facts.sentences.size());
  for (size_t i = 0; i < facts.timexes.size(); ++i) {
    const Timex& t = facts.timexes[i];
    out[t.sentence].push_back({t.span, 'T', static_cast<int>(i)});
  }
  if (with_places) {
    for (size_t i = 0; i < facts.places.size(); ++i) {
      const Place& p = facts.places[i];
      out[p.sentence].push_back({p.span, 'P', static_cast<int>(i)});
    }
  }
  if (with_actors) {
    for (const ActorMention& m : facts.actor_mentions) {
      out[m.sentence].push_back({m.span, 'A', m.actor});
    }
  }
  return out;
}

}  // namespace annals
