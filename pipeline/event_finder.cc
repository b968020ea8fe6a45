#include "pipeline/event_finder.h"

#include "pipeline/event_sentence.h"
#include "pipeline/masked_stage.h"

namespace annals {

EventFinder::EventFinder(const RuleBook& rules) : rules_(rules) {
  if (const Lexicon* lex = rules.lexicon("CLAUSE_BOUNDARY")) {
    RE2::Options opts;
    opts.set_log_errors(false);
    boundaries_ = std::make_unique<RE2>("(?:^|\\b|\\s)(" + lex->Alternation() + ")(?:\\b|\\s|$)", opts);
    if (!boundaries_->ok()) boundaries_.reset();
  }
}

EventFinder::~EventFinder() = default;

void EventFinder::Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
                       std::vector<Discarded>* dropped) const {
  auto masks = MasksBySentence(*facts, true, true);
  EventWords words{rules_.lexicon("PRONOUN"), rules_.lexicon("SPEAKER_LINK"),
                   rules_.lexicon("EVENT_ADVERB"), boundaries_.get()};
  SentenceEvents events(facts, words);
  std::vector<Match> kept;  // matches live until their sentence is flushed
  MaskedStageInput in{&rules_, Stage::kEvent, text, &facts->sentences, &masks, &blocked, dropped};
  RunMaskedStage(in, [&](size_t sentence, const MaskedText& masked, const Match* m) {
    if (m) {
      kept.push_back(*m);
      return;
    }
    for (const auto& k : kept) events.Add(k);
    events.Flush(sentence, masked);
    events.EndSentence(sentence);
    kept.clear();
  });
}

}  // namespace annals
