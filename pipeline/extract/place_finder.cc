#include "pipeline/extract/place_finder.h"

#include "pipeline/extract/dct_finder.h"
#include "pipeline/engine/masked_stage.h"
#include "pipeline/extract/mention_masks.h"

namespace annals {

void PlaceFinder::Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
                       std::vector<Discarded>* dropped) const {
  auto masks = MasksBySentence(*facts, false, false);
  MaskedStageInput in{&rules_, Stage::kPlace, text, &facts->sentences, &masks, &blocked, dropped};
  std::vector<Place> found;
  StringPool rule_ids;  // one copy of each rule id for all the places
  RunMaskedStage(in, [&](size_t sentence, const MaskedText& masked, const Match* m) {
    if (!m) return;
    Place p;
    p.rule = rule_ids.Intern(m->rule->id);
    p.sentence = sentence;
    Span r = FieldRange(*m, "name");
    p.span = masked.ToArticle(r.begin, r.end);
    p.kind = RenderField(*m, masked, "kind");
    p.name = TitleCaseIfShouting(RenderField(*m, masked, "name"));
    if (m->rule->Has("country")) p.country = RenderField(*m, masked, "country");
    if (p.kind == "deictic") {
      if (facts->doc.place.empty()) return;
      p.name = facts->doc.place;
    }
    if (!p.name.empty()) found.push_back(std::move(p));
  });
  facts->places = std::move(found);
}

}  // namespace annals
