#include "pipeline/engine/masked_stage.h"

namespace annals {

void RunMaskedStage(const MaskedStageInput& in, const MaskedMatchFn& fn) {
  const StageMatcher& matcher = in.rules->matcher(in.stage);
  std::vector<Match> found;
  for (size_t i = 0; i < in.sentences->size(); ++i) {
    const Span s = (*in.sentences)[i].span;
    MaskedText masked(in.text, s, in.masks->ItemsOf(i));
    found.clear();
    if (matcher.size() > 0) matcher.FindAll(masked.text(), &found);
    std::vector<Match> free;
    for (auto& m : found) {
      if (!in.blocked->Overlaps(masked.ToArticle(m.begin, m.end))) free.push_back(std::move(m));
    }
    size_t first_dropped = in.dropped ? in.dropped->size() : 0;
    for (const auto& m : StageMatcher::ResolveOverlaps(std::move(free), in.dropped)) {
      fn(i, masked, &m);
    }
    // Discarded matches are reported in article offsets (for `explain`).
    for (size_t k = first_dropped; in.dropped && k < in.dropped->size(); ++k) {
      Match& d = (*in.dropped)[k].match;
      Span a = masked.ToArticle(d.begin, d.end);
      d.begin = a.begin, d.end = a.end;
    }
    fn(i, masked, nullptr);
  }
}

Span FieldRange(const Match& m, const std::string& field) {
  const Template& t = m.rule->Field(field);
  if (t.IsSingleCapture()) {
    if (const Capture* c = m.capture(t.Captures().front())) return {c->begin, c->end};
  }
  return {m.begin, m.end};
}

std::string RenderField(const Match& m, const MaskedText& masked, const std::string& field) {
  auto slice = [&masked](size_t b, size_t e) { return masked.Unmask(b, e); };
  return m.rule->Field(field).Render(MakeLookup(m, masked.text(), slice));
}

}  // namespace annals
