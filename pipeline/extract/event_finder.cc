#include "pipeline/extract/event_finder.h"

#include <algorithm>

#include "pipeline/extract/event_sentence.h"
#include "pipeline/engine/masked_stage.h"
#include "pipeline/extract/mention_masks.h"

namespace annals {

namespace {

// Any form of `lex` as whole words, captured: "(?:^|\b|\s)(form|...)(?:[^\w-]|$)".
// A hyphen after the form makes it part of a compound: "no" is no negation
// in "the no-fly zone".
std::unique_ptr<RE2> WordsOf(const Lexicon* lex) {
  if (!lex) return nullptr;
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_case_sensitive(!lex->case_insensitive());
  auto re = std::make_unique<RE2>("(?:^|\\b|\\s)(" + lex->Alternation() + ")(?:[^\\w-]|$)", opts);
  return re->ok() ? std::move(re) : nullptr;
}

// Any form of `lex` anywhere (quote marks are no words).
std::unique_ptr<RE2> MarksOf(const Lexicon* lex) {
  if (!lex) return nullptr;
  RE2::Options opts;
  opts.set_log_errors(false);
  auto re = std::make_unique<RE2>("(?:" + lex->Alternation() + ")", opts);
  return re->ok() ? std::move(re) : nullptr;
}

}  // namespace

EventFinder::EventFinder(const RuleBook& rules)
    : rules_(rules),
      boundaries_(WordsOf(rules.lexicon("CLAUSE_BOUNDARY"))),
      unrealized_(WordsOf(rules.lexicon("EVENT_UNREALIZED"))),
      participation_(WordsOf(rules.lexicon("PARTICIPATION_VERB"))),
      quote_marks_(MarksOf(rules.lexicon("QUOTE_MARK"))),
      order_(WordOrder::From(rules)) {}

EventFinder::~EventFinder() = default;

void EventFinder::Find(std::string_view text, const SpanSet& blocked,
                       ArticleFacts* facts,
                       std::vector<Discarded>* dropped) const {
  auto masks = MasksBySentence(*facts, true, true);
  EventWords words{
      rules_.lexicon("PRONOUN"),        rules_.lexicon("SPEAKER_LINK"),
      rules_.lexicon("EVENT_ADVERB"),   boundaries_.get(),
      rules_.lexicon("EVENT_SEQUENCE"), rules_.lexicon("JOINT_EVENT"),
      rules_.lexicon("EVENT_FUTURE"),   rules_.lexicon("SEPARATE_EVENT"),
      rules_.lexicon("ENCOUNTER_PAIR"), rules_.lexicon("DATE_LINK"),
      unrealized_.get(),                participation_.get(),
      rules_.lexicon("PHRASE_LINK"),    rules_.lexicon("PAIR_HEAD"),
      rules_.lexicon("EVENT_RELATIVE"), rules_.lexicon("EVENT_PAST_PLAN"),
      rules_.lexicon("REPORTING_VERB"), rules_.lexicon("PLACE_ORIGIN"),
      rules_.lexicon("EVENT_PERFECT"),  quote_marks_.get(),
      order_};
  SentenceEvents events(facts, words);
  std::vector<Match> kept;  // matches live until their sentence is flushed
  MaskedStageInput in{&rules_, Stage::kEvent, text,   &facts->sentences,
                      &masks,  &blocked,      dropped};
  RunMaskedStage(
      in, [&](size_t sentence, const MaskedText& masked, const Match* m) {
        if (m) {
          kept.push_back(*m);
          return;
        }
        for (const auto& k : kept) events.Add(k);
        events.Flush(sentence, masked);
        events.EndSentence(sentence);
        kept.clear();
      });
  AddGroupMembers(facts);
}

// A group taking part ("the two sides started talks") brings its members,
// known only once the whole article is read.
void EventFinder::AddGroupMembers(ArticleFacts* facts) {
  for (auto& e : facts->events) {
    std::vector<int> added;
    for (int a : e.participants) {
      for (int m : facts->actors[a].members) {
        bool known = std::find(e.participants.begin(), e.participants.end(),
                               m) != e.participants.end() ||
                     std::find(added.begin(), added.end(), m) != added.end();
        if (!known) added.push_back(m);
      }
    }
    e.participants.insert(e.participants.end(), added.begin(), added.end());
  }
}

RuleContract EventFinder::Reads() {
  const char* who = "the event finder";
  return {{{Stage::kEvent, who, "CLAUSE_BOUNDARY", {}},
           {Stage::kEvent, who, "PRONOUN", {"refers", "possessive"}},
           {Stage::kEvent, who, "SPEAKER_LINK", {"skip", "opening"}},
           {Stage::kEvent, who, "EVENT_ADVERB", {}},
           {Stage::kEvent, who, "EVENT_SEQUENCE", {}},
           {Stage::kEvent, who, "JOINT_EVENT", {}},
           {Stage::kEvent, who, "EVENT_FUTURE", {}},
           {Stage::kEvent, who, "SEPARATE_EVENT", {}},
           {Stage::kEvent, who, "ENCOUNTER_PAIR", {}},
           {Stage::kEvent, who, "DATE_LINK", {}},
           {Stage::kEvent, who, "EVENT_UNREALIZED", {}},
           {Stage::kEvent, who, "PARTICIPATION_VERB", {}},
           {Stage::kEvent, who, "PHRASE_LINK", {"value"}},
           {Stage::kEvent, who, "PAIR_HEAD", {}},
           {Stage::kEvent, who, "EVENT_RELATIVE", {"value"}},
           {Stage::kEvent, who, "EVENT_PAST_PLAN", {}},
           {Stage::kEvent, who, "REPORTING_VERB", {}},
           {Stage::kEvent, who, "PLACE_ORIGIN", {}},
           {Stage::kEvent, who, "EVENT_PERFECT", {}},
           {Stage::kEvent, who, "QUOTE_MARK", {}},
           WordOrder::Read(Stage::kEvent, who)},
          {}};
}

}  // namespace annals
