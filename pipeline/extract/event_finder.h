// EventFinder: meetings, talks, calls, visits, briefings... with their
// participants, date and place.
//
// `event` rules match the sentence with timexes, places and actors masked
// as tokens, so a rule can be as loose as a trigger ("(?P<trigger>held
// talks)") or as precise as "{ACTOR} met with (?P<with>{ACTOR})". Fields:
//   type, label         what happened (templates; label defaults to the trigger)
//   participants, when, where   captures holding actor/timex/place tokens
//   date_role           the date is the event's point, start or end
//   default_date: dct   an undated mention happens on the article's date
//   default_date: story the story's date, else (not a future verb) the article's
//   subject: previous   a verb with no subject of its own shares the
//                       previous event's ("arrived ... and attended ...")
// What a rule leaves open is filled by SentenceEvents (event_sentence.h):
// the trigger's stretch of the sentence, the nearest free date, pronoun
// subjects, the speaker of the sentence, and dates carried from the
// statement or the sentence before. A group participant with members
// (actor_finder.h: "the two sides") brings them in.
//
// Thread-safety: immutable; Find is const.
#ifndef ANNALS_PIPELINE_EXTRACT_EVENT_FINDER_H_
#define ANNALS_PIPELINE_EXTRACT_EVENT_FINDER_H_

#include <memory>
#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/base/span_set.h"
#include "pipeline/engine/rule_contract.h"
#include "pipeline/extract/word_order.h"

namespace annals {

class EventFinder {
 public:
  // The lexicons (and fields) this type looks up by name: RuleBook checks
  // them when it loads (rule_contract.h).
  static RuleContract Reads();

  explicit EventFinder(const RuleBook& rules);
  ~EventFinder();

  // Appends facts->events (timexes, places and actors already found).
  void Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
            std::vector<Discarded>* dropped = nullptr) const;

 private:
  static void AddGroupMembers(ArticleFacts* facts);

  const RuleBook& rules_;
  std::unique_ptr<RE2> boundaries_;  // CLAUSE_BOUNDARY words, if any
  std::unique_ptr<RE2> unrealized_;  // EVENT_UNREALIZED words, if any
  std::unique_ptr<RE2> participation_;  // PARTICIPATION_VERB words, if any
  std::unique_ptr<RE2> quote_marks_;    // QUOTE_MARK forms, if any
  WordOrder order_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_EVENT_FINDER_H_
