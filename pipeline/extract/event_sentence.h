// SentenceEvents: turns one sentence's event matches into EventMentions.
//
// Design: the matches of a sentence are attached together, because who
// and when of one event depend on the others (each date goes to one
// event; a coordinated verb shares the first verb's subject). Steps:
//  1. segments: each trigger owns the sentence from the previous trigger
//     to the next one; its people and place come from there, from the
//     trigger's own clause on when that clause names someone;
//  2. dates: (date, trigger) pairs are taken cheapest first (distance,
//     plus a toll when the date stands before the trigger, since English
//     puts "on Friday" after its verb), never across a CLAUSE_BOUNDARY;
//     a date joined to the one before by a DATE_LINK word ("on Wednesday
//     and Thursday") continues that span and dates no event of its own;
//     a date heading the sentence before a comma ("On Aug. 7, A, B and
//     others had just ended a news conference") frames the main clause
//     beyond the usual reach; a date right after a REPORTING_VERB ("a
//     spokesman said Tuesday") dates the report, not a planned event;
//  3. subject: a pronoun or possessive just before the trigger or the
//     match ("he talked", "her trip", "their meeting") stands for what it
//     refers to; a rule with `subject: previous` takes the subject of the
//     event before it in the sentence ("X arrived ... and attended ..."),
//     or the person a pronoun opening the sentence stands for when no one
//     is named between; "He and X meet" has both; "Y, with whom X met"
//     has Y (a PRONOUN of `refers: antecedent`); a person inside a
//     comma-set relative clause is no new subject (event_people.cc holds
//     steps 3 and 6);
//  4. the speaker: whoever states the sentence ("..., Ruiz said") is no
//     participant by saying so, unless the event is in the speaker's own
//     clause: "X, in a press appearance with Y, warned", "X told reporters
//     after talks with Y", "At a meeting on Monday, X said" (SPEAKER_LINK
//     words open such a phrase after the verb);
//  5. undated events: one in the speaker's clause happens when the
//     statement is made (its date, else the same speaker's statement in
//     the sentence before, else the article's date); another takes the
//     date of an event of the last two sentences that shares a person,
//     when its own sentence names no date and its verb is not future
//     ("he will also visit"), preferring one of its own type
//     (narrative continuation); in a dated sentence, an undated verb
//     coordinated with a dated one that shares a person takes its date
//     ("X arrived on Monday and was welcomed by Y");
//  6. "the two presidents" (a group named in ENCOUNTER_PAIR) as subject
//     are the two people of the last nearby event that names two;
//     a joint event ("a joint press conference") naming one person has
//     the other side of the encounter it closes: the people of the
//     article's last earlier event of another type that shares a person;
//  7. order: an event introduced by an EVENT_SEQUENCE word ("after the
//     talks") happened before the sentence's other events, so it is
//     appended first (ties of the timeline keep this order);
//  8. separate encounters: a trigger with a SEPARATE_EVENT word ("met
//     separately with A and B") is one event per person met, each with
//     the subject ("A and B met separately with C": one per subject);
//  9. noun phrases: a `scope: phrase` rule's event has the people and
//     place of its noun phrase (event_phrase.h) unless a
//     PARTICIPATION_VERB stands a few words before it ("held a phone
//     call"): "build on the spirit of the phone conversation of the two
//     heads of state" is not China's call;
// 10. unrealized encounters: an EVENT_UNREALIZED phrase a few words before
//     the trigger in its clause ("failed to arrange a meeting", "is not
//     holding talks", "proposed a summit") means no event.
// The distances are the rules' (lexicon WORD_ORDER).
//
// Cost: per sentence, work bounded by the sentence and the few sentences
// before it (actor mentions and positions are found by binary search in
// their article-order lists, earlier events through a per-person index),
// so an article of any length is processed in linear time.
//
// Thread-safety: one instance per article, single-threaded.
#ifndef ANNALS_PIPELINE_EXTRACT_EVENT_SENTENCE_H_
#define ANNALS_PIPELINE_EXTRACT_EVENT_SENTENCE_H_

#include <re2/re2.h>

#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/lexicon.h"
#include "pipeline/engine/masked_text.h"
#include "pipeline/engine/stage_matcher.h"
#include "pipeline/extract/event_phrase.h"
#include "pipeline/extract/word_order.h"

namespace annals {

// Whether a rule's subject stands before its trigger: `subject: previous`,
// or `clause` (the same, and the clause's one named person even when it is
// the speaker).
inline bool SubjectBefore(const Rule& rule) {
  const auto& subject = rule.Field("subject").source();
  return subject == "previous" || subject == "clause";
}

// The lexicons and patterns attachment uses; any may be null.
struct EventWords {
  const Lexicon* pronouns = nullptr;  // PRONOUN: forms with refers person|group
  const Lexicon* speaker_link =
      nullptr;  // SPEAKER_LINK: words after a reporting verb
  const Lexicon* adverbs =
      nullptr;  // EVENT_ADVERB: words between subject and verb
  const RE2* boundaries = nullptr;    // CLAUSE_BOUNDARY words
  const Lexicon* sequence = nullptr;  // EVENT_SEQUENCE: "after" (value earlier)
  const Lexicon* joint = nullptr;     // JOINT_EVENT: "joint"
  const Lexicon* future = nullptr;    // EVENT_FUTURE: "will"
  const Lexicon* separate = nullptr;  // SEPARATE_EVENT: "separately"
  const Lexicon* pair = nullptr;      // ENCOUNTER_PAIR: group names ("the two")
  const Lexicon* date_link =
      nullptr;  // DATE_LINK: "and" in "Monday and Tuesday"
  const RE2* unrealized = nullptr;  // EVENT_UNREALIZED words
  const RE2* participation = nullptr;  // PARTICIPATION_VERB words
  const Lexicon* phrase_link = nullptr;  // PHRASE_LINK: "with", "of"
  const Lexicon* pair_head = nullptr;  // PAIR_HEAD: "diplomats" (field title)
  const Lexicon* relative = nullptr;  // EVENT_RELATIVE: "ended" (value end)
  const Lexicon* past_plan = nullptr;  // EVENT_PAST_PLAN: "was" (to meet)
  const Lexicon* reporting = nullptr;  // REPORTING_VERB: "said" (Tuesday)
  const Lexicon* origin = nullptr;  // PLACE_ORIGIN: "from" (Helsinki)
  const Lexicon* perfect = nullptr;  // EVENT_PERFECT: "had" (attended)
  const RE2* quote_marks = nullptr;  // QUOTE_MARK forms
  WordOrder order;                  // distances (rules: WORD_ORDER)
};

class SentenceEvents {
 public:
  // `facts` must hold the article's timexes, places, actors and positions.
  SentenceEvents(ArticleFacts* facts, EventWords words)
      : facts_(facts), words_(words) {}

  // Queues one match of the current sentence; `m` must outlive Flush.
  void Add(const Match& m);

  // Attaches the queued matches and appends their events to facts->events.
  // Example: for "He also met with X on Friday." after a sentence naming
  // Liang, one meeting with Liang and X, dated by the Friday timex.
  void Flush(size_t sentence, const MaskedText& masked);

  // Call once per sentence after Flush, in order.
  void EndSentence(size_t sentence);

 private:
  struct Pending {
    const Match* match;
    Span trigger;  // masked offsets
    Span segment;  // from the previous trigger to the next one
    int when = -1;
    bool speaker = false;  // in the speaker's own clause
    RelativeClause own;    // "talks which ended Monday": dates the event
  };
  struct Speaker {
    int holder = -1;
    Span verb;              // masked
    size_t holder_pos = 0;  // masked offset of the holder
    int when = -1;          // the statement's timex
    std::string verb_name;  // canonical reporting verb ("tell")
  };

  // Article-order lookups by binary search: per-sentence work must not
  // walk the whole article (a huge article stays linear).
  std::vector<ActorMention>::const_iterator MentionsFrom(size_t sentence) const;
  std::span<const Position> PositionsOf(size_t sentence) const;
  void FindBoundaries(const MaskedText& masked);
  bool Separated(Span a, Span b, size_t except = std::string::npos) const;
  void FindOwnClauses(const MaskedText& masked);
  bool DatedByOwnClause(const MaskedText& masked, const Pending& p) const;
  void AssignDates(const MaskedText& masked);
  bool PossessiveOf(const MaskedText& masked, Span owner, Span trigger) const;
  bool SequenceBetween(const MaskedText& masked, size_t from, size_t to) const;
  bool DatesOnlyTheReport(const MaskedText& masked, const Pending& p,
                          const MaskToken& date) const;
  bool ContinuesSpan(const MaskedText& masked, size_t prev_end,
                     size_t begin) const;
  void FindSpeaker(size_t sentence, const MaskedText& masked);
  bool InSpeakerClause(const MaskedText& masked, const Pending& p) const;
  void Emit(size_t sentence, const MaskedText& masked, const Pending& p);
  std::vector<int> Participants(const MaskedText& masked, Span range,
                                const Pending& p) const;
  int PronounBefore(const MaskedText& masked, const Pending& p,
                    std::string* refers) const;
  int PronounAt(const MaskedText& masked, size_t end,
                std::string* refers) const;
  int PersonBefore(const MaskedText& masked, size_t pos) const;
  bool OpensWithPersonPronoun(const MaskedText& masked) const;
  bool PronounOpensClause(const MaskedText& masked, const Pending& p) const;
  int RelativeAntecedent(const MaskedText& masked, const Pending& p) const;
  int AsideHolder(const MaskedText& masked, const Pending& p) const;
  int ReportedSubject(const MaskedText& masked, const Pending& p) const;
  bool LinkOpensPhrase(const MaskedText& masked, size_t from, size_t trigger) const;
  int SolePersonBefore(const MaskedText& masked, size_t pos) const;
  bool HasPerson(const EventMention& e) const;
  bool OfMainClause(const MaskedText& masked, const Pending& p) const;
  bool ReportedOn(const MaskedText& masked, size_t date) const;
  bool FramesSentence(const MaskedText& masked, Span date) const;
  size_t LeadingFutureWordEnd(const MaskedText& masked, const Pending& p) const;
  bool UnderWay(const MaskedText& masked, const Pending& p) const;
  int JoinedPronoun(const MaskedText& masked, const Pending& p,
                    std::string* refers) const;
  Span ClauseOf(const MaskedText& masked, const Pending& p) const;
  Span Aside(const MaskedText& masked, size_t b, size_t trigger) const;
  std::vector<Span> AsidesBefore(const MaskedText& masked, size_t trigger) const;
  void AttachSubject(const MaskedText& masked, const Pending& p,
                     EventMention* e) const;
  void DateUndated(size_t sentence, const MaskedText& masked, const Pending& p,
                   EventMention* e);
  void DateBySpeaker(size_t sentence, const MaskedText& masked, const Pending& p,
                     EventMention* e);
  void DateByNarrative(const MaskedText& masked, size_t first_back,
                       size_t last_back, size_t sentence, const Pending& p,
                       bool coordinated, EventMention* e);
  size_t RelativeOfEvent(const MaskedText& masked, Span trigger) const;
  bool SharesPerson(const EventMention& a, const EventMention& b) const;
  std::vector<int> LastPairNear(size_t sentence,
                                const std::vector<std::string>& titles) const;
  std::vector<std::string> PairTitles(const std::string& group) const;
  bool HoldsTitle(int actor, const std::vector<std::string>& titles) const;
  void ResolvePair(const MaskedText& masked, const Pending& p,
                   EventMention* e) const;
  void JoinOtherSide(const MaskedText& masked, const Pending& p,
                     EventMention* e) const;
  std::vector<int> PersonsOf(const EventMention& x) const;
  const EventMention* LastEncounterOf(int person, const std::string& type) const;
  void IndexEncounters();
  bool PersonBetween(const MaskedText& masked, size_t begin, size_t end) const;
  size_t LexiconWordBefore(const MaskedText& masked, size_t end, const Lexicon* lex) const;
  size_t FutureWordAt(const MaskedText& masked, const Pending& p) const;
  bool Future(const MaskedText& masked, const Pending& p) const;
  bool PlannedInThePast(const MaskedText& masked, const Pending& p) const;
  bool Unrealized(const MaskedText& masked, const Pending& p) const;
  bool EndsBefore(const MaskedText& masked, const Pending& p, const RE2* words,
                  size_t max_words) const;
  bool InPhrase(const MaskedText& masked, const Pending& p) const;
  bool NestedInOther(const MaskedText& masked, const Pending& p) const;
  Span PeopleRange(const MaskedText& masked, const Pending& p) const;
  size_t AfterQuotation(const MaskedText& masked, size_t begin, size_t trigger) const;
  bool ObjectOfLink(const MaskedText& masked, size_t pos) const;
  bool OpensBeforeHolder(const MaskedText& masked, Span trigger, size_t holder) const;
  const LexiconEntry* LinkBefore(const MaskedText& masked, size_t from, size_t trigger) const;
  size_t SequenceWordAt(const MaskedText& masked, const Pending& p) const;
  int SequenceSubject(const MaskedText& masked, const Pending& p) const;
  size_t OwnerStart(const MaskedText& masked, const Pending& p) const;
  std::vector<int> LastTwoPersons(const MaskedText& masked, size_t sentence,
                                  size_t before,
                                  const std::vector<std::string>& titles) const;
  bool HappenedEarlier(const MaskedText& masked, const Pending& p) const;
  void OrderSentenceEvents(const MaskedText& masked);
  void SplitSeparate(const MaskedText& masked);
  void SplitEvent(size_t index, const std::vector<int>& before);
  bool InAsideBefore(const MaskedText& masked, Span trigger, Span item) const;
  bool InAsideAfter(const MaskedText& masked, Span trigger, Span item) const;
  bool QuoteBetween(const MaskedText& masked, const MaskToken& date, Span trigger) const;
  bool FromPlace(const MaskedText& masked, size_t place) const;
  bool HeadsPersonName(const MaskedText& masked, Span place) const;
  int Nearest(const MaskedText& masked, Span range, Span trig, char kind,
              bool duration, bool skip_origin = false) const;
  std::string WhereOf(const Match& m, const MaskedText& masked, Span seg,
                      Span trig) const;
  bool IsPoint(int timex) const;
  bool IsDay(int timex) const;

  ArticleFacts* facts_;
  EventWords words_;
  std::vector<Pending> pending_;
  std::vector<size_t> bounds_;
  std::vector<int> used_timexes_;
  Speaker speaker_;
  size_t first_event_ = 0;       // this sentence's first index in facts->events
  size_t prev_first_event_ = 0;  // the previous sentence's
  int last_subject_ = -1;        // first person of the last sentence naming one
  bool pronoun_subject_ = false;  // this sentence opens with "He"/"She"
  // Final events naming two persons or more, by person, in article order
  // (JoinOtherSide); events before indexed_ are in it.
  std::unordered_map<int, std::vector<size_t>> encounters_;
  size_t indexed_ = 0;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_EVENT_SENTENCE_H_
