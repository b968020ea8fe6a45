#include "pipeline/extract/extractor.h"

namespace annals {
namespace {

// The article's bias as the tagger takes it: nullopt reads the tense.
std::optional<Tense> BiasOf(const Article& article) {
  if (article.bias == "past") return Tense::kPast;
  if (article.bias == "future") return Tense::kFuture;
  return std::nullopt;
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const RuleBook> rules)
    : rules_(std::move(rules)),
      dct_(*rules_),
      segmenter_(rules_->lexicon("ABBREVIATION")),
      tagger_(*rules_) {}

Extractor::LaterStages::LaterStages(const RuleBook& rules)
    : places(rules), actors(rules), events(rules), positions(rules) {}

const Extractor::LaterStages& Extractor::Later() const {
  std::call_once(later_once_, [this] { later_ = std::make_unique<const LaterStages>(*rules_); });
  return *later_;
}

DocumentInfo Extractor::Document(const Article& article) const {
  DocumentInfo doc;
  doc.id = article.id;
  doc.path = article.path;
  auto found = dct_.Find(article.text);
  if (found) doc.place = found->place;
  if (!article.dct.empty()) {
    doc.dct = article.dct;
    doc.dct_origin = article.dct_origin == "none" ? "option" : article.dct_origin;
  } else if (found && !found->value.empty()) {
    doc.dct = found->value;
    doc.dct_origin = "text";
    doc.dct_rule = found->rule;
  }
  return doc;
}

std::array<SpanSet, kStageCount> Extractor::Blocks(std::string_view text,
                                                   const std::vector<Sentence>& sentences) const {
  std::array<SpanSet, kStageCount> blocked;
  const StageMatcher& matcher = rules_->matcher(Stage::kBlock);
  if (matcher.size() == 0) return blocked;
  std::vector<Match> found;
  for (const auto& s : sentences) {
    found.clear();
    matcher.FindAll(text.substr(s.span.begin, s.span.end - s.span.begin), &found);
    for (const auto& m : found) {
      Span span{s.span.begin + m.begin, s.span.begin + m.end};
      for (int i = 0; i < kStageCount; ++i) {
        const char* name = StageName(static_cast<Stage>(i));
        const auto& b = m.rule->blocks;
        if (b.empty() || std::find(b.begin(), b.end(), name) != b.end()) blocked[i].Add(span);
      }
    }
  }
  return blocked;
}

ArticleFacts Extractor::Tag(const Article& article, std::vector<Discarded>* dropped) const {
  ArticleFacts f;
  f.doc = Document(article);
  f.sentences = segmenter_.Split(article.text);
  auto blocked = Blocks(article.text, f.sentences);
  f.timexes = tagger_.Tag(article.text, f.sentences, f.doc.dct,
                          blocked[static_cast<int>(Stage::kTimex)], dropped,
                          BiasOf(article));
  return f;
}

ArticleFacts Extractor::Extract(const Article& article, std::vector<Discarded>* dropped) const {
  ArticleFacts f;
  f.doc = Document(article);
  f.sentences = segmenter_.Split(article.text);
  auto blocked = Blocks(article.text, f.sentences);
  auto at = [&](Stage s) -> const SpanSet& { return blocked[static_cast<int>(s)]; };
  f.timexes = tagger_.Tag(article.text, f.sentences, f.doc.dct, at(Stage::kTimex), dropped,
                          BiasOf(article));
  const LaterStages& stages = Later();
  stages.places.Find(article.text, at(Stage::kPlace), &f, dropped);
  stages.actors.Find(article.text, at(Stage::kActor), &f, dropped);
  // Statements first: who reports an event in a sentence is not, by
  // saying so, one of its participants.
  stages.positions.Find(article.text, at(Stage::kPosition), &f, dropped);
  stages.events.Find(article.text, at(Stage::kEvent), &f, dropped);
  return f;
}

RuleContract Extractor::Reads() {
  RuleContract c = Segmenter::Reads();
  c.Add(TimexTagger::Reads());
  c.Add(ActorFinder::Reads());
  c.Add(EventFinder::Reads());
  return c.Add(PositionFinder::Reads());
}

}  // namespace annals
