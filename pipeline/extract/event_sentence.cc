#include "pipeline/extract/event_sentence.h"

#include <algorithm>
#include <optional>
#include <span>

#include "pipeline/base/ascii.h"
#include "pipeline/engine/masked_stage.h"
#include "pipeline/extract/event_text.h"

namespace annals {
namespace {

using event_text::AddFront;
using event_text::Contains;
using event_text::HasWordOf;
using event_text::IsAsciiLetter;
using event_text::NextWord;
using event_text::WordBefore;

// At most this many lower-case words between a possessive date and the
// event noun it dates ("Monday's failed peace talks").
constexpr size_t kPossessiveModifiers = 3;

std::optional<Span> FieldCapture(const Match& m, const std::string& field) {
  const Template& t = m.rule->Field(field);
  if (!t.IsSingleCapture()) return std::nullopt;
  const Capture* c = m.capture(t.Captures().front());
  if (!c) return std::nullopt;
  return Span{c->begin, c->end};
}

}  // namespace

void SentenceEvents::Add(const Match& m) {
  Span trig{m.begin, m.end};
  if (const Capture* c = m.capture("trigger")) trig = {c->begin, c->end};
  pending_.push_back({&m, trig, {}, -1, false, {}});
}

void SentenceEvents::Flush(size_t sentence, const MaskedText& masked) {
  IndexEncounters();
  first_event_ = facts_->events.size();
  FindBoundaries(masked);
  pronoun_subject_ = OpensWithPersonPronoun(masked);
  std::erase_if(pending_, [&](const Pending& p) { return Unrealized(masked, p); });
  std::sort(pending_.begin(), pending_.end(),
            [](const Pending& a, const Pending& b) {
              return a.trigger.begin < b.trigger.begin;
            });
  for (size_t i = 0; i < pending_.size(); ++i) {
    pending_[i].segment = {i ? pending_[i - 1].trigger.end : 0,
                           i + 1 < pending_.size()
                               ? pending_[i + 1].trigger.begin
                               : masked.text().size()};
  }
  FindSpeaker(sentence, masked);
  FindOwnClauses(masked);
  AssignDates(masked);
  for (auto& p : pending_) p.speaker = InSpeakerClause(masked, p);
  for (const auto& p : pending_) Emit(sentence, masked, p);
  OrderSentenceEvents(masked);
  SplitSeparate(masked);
  pending_.clear();
}

// Whether an EVENT_SEQUENCE word of value `earlier` stands a few words
// before the match: "after (their brief) talks" names what came first.
bool SentenceEvents::HappenedEarlier(const MaskedText& masked,
                                     const Pending& p) const {
  if (!words_.sequence) return false;
  size_t end = p.trigger.begin;
  for (size_t n = 0; n < words_.order.sequence_words && end > 0; ++n) {
    size_t b = 0;
    std::string_view word = WordBefore(masked.text(), end, &b);
    if (word.empty()) return false;
    const LexiconEntry* e = words_.sequence->Find(word);
    if (e) return e->Value() == "earlier";
    end = b;
  }
  return false;
}

// Where a word of `lex` stands within a subject's few words before `end`,
// past EVENT_ADVERB words ("will also", "was then expected to"): its
// offset in the masked sentence, or npos.
size_t SentenceEvents::LexiconWordBefore(const MaskedText& masked, size_t end,
                                         const Lexicon* lex) const {
  if (!lex) return std::string::npos;
  for (size_t n = 0; n < words_.order.subject_words && end > 0; ++n) {
    size_t b = 0;
    std::string_view word = WordBefore(masked.text(), end, &b);
    if (word.empty()) return std::string::npos;
    if (lex->Find(word)) return b;
    if (!words_.adverbs || !words_.adverbs->Find(word)) return std::string::npos;
    end = b;
  }
  return std::string::npos;
}

// Where an EVENT_FUTURE word ("will", "to") stands before the trigger or
// opens it ("He will also visit ...", "will meet"), or npos.
size_t SentenceEvents::FutureWordAt(const MaskedText& masked, const Pending& p) const {
  if (!words_.future) return std::string::npos;
  std::string_view trigger =
      std::string_view(masked.text()).substr(p.trigger.begin, p.trigger.end - p.trigger.begin);
  if (words_.future->Find(trigger.substr(0, trigger.find(' ')))) return p.trigger.begin;
  return LexiconWordBefore(masked, p.trigger.begin, words_.future);
}

bool SentenceEvents::Future(const MaskedText& masked, const Pending& p) const {
  return FutureWordAt(masked, p) != std::string::npos;
}

// Whether the future is a plan the story tells in the past ("Royal was
// expected to meet Livni", "she was to meet Chirac"): an EVENT_PAST_PLAN
// word before the future word. Undated, such a plan is later on the
// story's day.
bool SentenceEvents::PlannedInThePast(const MaskedText& masked, const Pending& p) const {
  size_t future = FutureWordAt(masked, p);
  return future != std::string::npos &&
         LexiconWordBefore(masked, future, words_.past_plan) != std::string::npos;
}

// Whether an EVENT_UNREALIZED phrase ends at most `unrealized_words`
// words before the trigger, with no clause boundary between: "failed to
// arrange a meeting", "are not holding talks", "proposed a summit".
bool SentenceEvents::Unrealized(const MaskedText& masked, const Pending& p) const {
  return EndsBefore(masked, p, words_.unrealized, words_.order.unrealized_words);
}

// Where a phrase before the trigger may end: past the trigger's first
// word when that is an EVENT_FUTURE word, which belongs to the phrase
// too ("hopes to" of the trigger "to meet").
size_t SentenceEvents::LeadingFutureWordEnd(const MaskedText& masked,
                                            const Pending& p) const {
  const std::string& s = masked.text();
  size_t e = p.trigger.begin;
  while (e < p.trigger.end && IsAsciiLetter(s[e])) ++e;
  if (!words_.future || e >= p.trigger.end || e == p.trigger.begin) return p.trigger.begin;
  std::string_view first(s.data() + p.trigger.begin, e - p.trigger.begin);
  return words_.future->Find(first) ? e : p.trigger.begin;
}

// Whether a phrase of `words` ends at most `max_words` words before the
// trigger, in its clause.
bool SentenceEvents::EndsBefore(const MaskedText& masked, const Pending& p,
                                const RE2* words, size_t max_words) const {
  if (!words) return false;
  const std::string& s = masked.text();
  re2::StringPiece in(s.data(), LeadingFutureWordEnd(masked, p));
  re2::StringPiece hit;
  size_t last_end = std::string::npos;
  while (RE2::FindAndConsume(&in, *words, &hit)) {
    last_end = hit.data() + hit.size() - s.data();
  }
  if (last_end == std::string::npos || Separated({last_end, last_end}, p.trigger)) return false;
  if (last_end >= p.trigger.begin) return true;  // "hopes to" of "to meet"
  // A quotation's end parts them: in '"It has not changed," he told a
  // press conference', the "not" is the speaker's words, not the event's.
  std::string_view between(s.data() + last_end, p.trigger.begin - last_end);
  if (between.find('"') != between.npos || between.find("\xE2\x80\x9D") != between.npos)
    return false;
  size_t count = 0;
  for (size_t i = last_end; i < p.trigger.begin; ++i) {
    if (s[i] == ' ' && i + 1 < p.trigger.begin && s[i + 1] != ' ') ++count;
  }
  return count <= max_words;
}

// Whether the event is its noun phrase's alone: a `scope: phrase` trigger
// no PARTICIPATION_VERB governs.
bool SentenceEvents::InPhrase(const MaskedText& masked, const Pending& p) const {
  return p.match->rule->Field("scope").source() == "phrase" &&
         !EndsBefore(masked, p, words_.participation,
                     words_.order.participation_words);
}

// Whether a noun-phrase event sits inside another trigger's phrase on the
// speaker's side: in "made the remarks at a news briefing in response to a
// query on the dialogue", the briefing is the speaker's, not the dialogue.
bool SentenceEvents::NestedInOther(const MaskedText& masked, const Pending& p) const {
  if (!InPhrase(masked, p)) return false;
  size_t lo = std::min(speaker_.verb.end, p.trigger.end);
  size_t hi = std::max(speaker_.verb.begin, p.trigger.begin);
  return std::any_of(pending_.begin(), pending_.end(), [&](const Pending& o) {
    return &o != &p && o.trigger.begin >= lo && o.trigger.end <= hi;
  });
}

// Where the event's people are: the rule's capture, else the noun phrase
// of a `scope: phrase` trigger no PARTICIPATION_VERB governs, else the
// trigger's clause; past a quotation closed before the trigger, and from
// the trigger's owner on when a person owns it.
Span SentenceEvents::PeopleRange(const MaskedText& masked, const Pending& p) const {
  const Match& m = *p.match;
  if (auto capture = FieldCapture(m, "participants")) return *capture;
  Span range = InPhrase(masked, p)
                   ? PhraseAround(masked.text(), p.trigger, p.segment, bounds_,
                                  {words_.phrase_link, words_.order.participation_words})
                   : ClauseOf(masked, p);
  range.begin = AfterQuotation(masked, range.begin, p.trigger.begin);
  // "He will see Suharto on Tuesday after a day of talks with ministers":
  // the other verb's object takes no part in what came before or after.
  if (size_t seq = SequenceWordAt(masked, p); seq != std::string::npos && seq > range.begin)
    range.begin = seq;
  // "brief Shultz on Thatcher's visit": the people before the owner are
  // another verb's.
  if (size_t owner = OwnerStart(masked, p); owner != std::string::npos && owner > range.begin)
    range.begin = owner;
  return range;
}

// Events that happened earlier come first among the sentence's events;
// the others keep their order. Emit appended one event per pending match.
void SentenceEvents::OrderSentenceEvents(const MaskedText& masked) {
  auto& events = facts_->events;
  if (events.size() != first_event_ + pending_.size()) return;
  std::vector<EventMention> earlier, later;
  for (size_t i = 0; i < pending_.size(); ++i) {
    auto& bucket = HappenedEarlier(masked, pending_[i]) ? earlier : later;
    bucket.push_back(std::move(events[first_event_ + i]));
  }
  events.resize(first_event_);
  for (auto* part : {&earlier, &later}) {
    for (auto& e : *part) events.push_back(std::move(e));
  }
}

// Splits each of the sentence's events whose trigger has a SEPARATE_EVENT
// word; events are found by trigger, since ordering moved them.
void SentenceEvents::SplitSeparate(const MaskedText& masked) {
  if (!words_.separate) return;
  for (const auto& p : pending_) {
    if (!HasWordOf(masked.Unmask(p.trigger.begin, p.trigger.end),
                   *words_.separate))
      continue;
    Span trig = masked.ToArticle(p.trigger.begin, p.trigger.end);
    for (size_t i = first_event_; i < facts_->events.size(); ++i) {
      if (facts_->events[i].trigger == trig) {
        facts_->events[i].separate = true;
        std::vector<int> before;
        for (const auto& t : masked.Tokens(0, p.trigger.begin, 'A')) before.push_back(t.index);
        SplitEvent(i, before);
        break;
      }
    }
  }
}

// "A met separately with B and C": A-B and A-C. The first person is the
// subject; the other people (states, groups) stay with every copy.
//
// "A and B met separately with C": A-C and B-C. The subjects are the
// people named before the trigger (and one a pronoun stands for, first).
void SentenceEvents::SplitEvent(size_t index, const std::vector<int>& before) {
  std::vector<int> persons, others;
  for (int a : facts_->events[index].participants) {
    (facts_->actors[a].kind == "person" ? persons : others).push_back(a);
  }
  if (persons.size() < 3) return;  // one person met: nothing to split
  size_t subjects = 1;
  while (subjects < persons.size() &&
         std::find(before.begin(), before.end(), persons[subjects]) != before.end())
    ++subjects;
  if (subjects == persons.size()) subjects = 1;
  std::vector<EventMention> copies;
  auto copy_with = [&](std::vector<int> people) {
    EventMention copy = facts_->events[index];
    copy.participants = std::move(people);
    copy.participants.insert(copy.participants.end(), others.begin(), others.end());
    copies.push_back(std::move(copy));
  };
  const std::vector<int> objects(persons.begin() + subjects, persons.end());
  if (subjects == 1) {
    for (int o : objects) copy_with({persons[0], o});
  } else {
    for (size_t k = 0; k < subjects; ++k) {
      std::vector<int> people{persons[k]};
      people.insert(people.end(), objects.begin(), objects.end());
      copy_with(std::move(people));
    }
  }
  auto at = facts_->events.erase(facts_->events.begin() + index);
  facts_->events.insert(at, copies.begin(), copies.end());
}

void SentenceEvents::EndSentence(size_t sentence) {
  // "He had talks with X. He would meet Y later": a sentence opening with
  // a person pronoun keeps the subject it refers to, not its object.
  if (pronoun_subject_) return;
  const auto& mentions = facts_->actor_mentions;
  for (auto m = MentionsFrom(sentence);
       m != mentions.end() && m->sentence == sentence; ++m) {
    if (facts_->actors[m->actor].kind == "person") {
      last_subject_ = m->actor;
      return;
    }
  }
}

// The first actor mention of `sentence` or a later one: the mentions are
// in article order (ActorFinder sorts them), so a binary search.
std::vector<ActorMention>::const_iterator SentenceEvents::MentionsFrom(
    size_t sentence) const {
  const auto& mentions = facts_->actor_mentions;
  return std::partition_point(
      mentions.begin(), mentions.end(),
      [&](const ActorMention& m) { return m.sentence < sentence; });
}

// The positions stated by `sentence`: they are appended in sentence order
// (PositionFinder), one sentence's together, so a binary search.
std::span<const Position> SentenceEvents::PositionsOf(size_t sentence) const {
  const auto& all = facts_->positions;
  const Span s = facts_->sentences[sentence].span;
  auto first = std::partition_point(all.begin(), all.end(), [&](const Position& p) {
    return p.span.begin < s.begin;
  });
  auto last = first;
  while (last != all.end() && last->span == s) ++last;
  return {first, last};
}

void SentenceEvents::FindBoundaries(const MaskedText& masked) {
  bounds_.clear();
  if (!words_.boundaries) return;
  re2::StringPiece in(masked.text());
  re2::StringPiece hit;
  while (RE2::FindAndConsume(&in, *words_.boundaries, &hit)) {
    bounds_.push_back(hit.data() - masked.text().data());
  }
}

// Whether a clause boundary other than `except` stands between a and b.
bool SentenceEvents::Separated(Span a, Span b, size_t except) const {
  size_t lo = std::min(a.end, b.end), hi = std::max(a.begin, b.begin);
  for (size_t pos : bounds_) {
    if (pos >= lo && pos < hi && pos != except) return true;
  }
  return false;
}

// The clause boundary opening a relative clause of an event's own phrase
// after a PHRASE_LINK word ("a visit to Taiwan Wednesday in which he is
// to meet Lee"): what happens in it continues the event. npos if none
// follows the trigger before the next comma.
size_t SentenceEvents::RelativeOfEvent(const MaskedText& masked, Span trigger) const {
  if (!words_.phrase_link) return std::string::npos;
  const std::string& s = masked.text();
  for (size_t pos : bounds_) {
    if (pos < trigger.end) continue;
    if (s.find(',', trigger.end) < pos) break;
    size_t b = 0;
    std::string_view before = WordBefore(s, pos, &b);
    const LexiconEntry* link = words_.phrase_link->Find(before);
    if (link && link->Field("value") != "joins") return pos;
    break;
  }
  return std::string::npos;
}

// Whether the event's date stands in its own relative clause, whose verb
// says which day of the event it is ("the talks which ended Monday").
bool SentenceEvents::DatedByOwnClause(const MaskedText& masked,
                                      const Pending& p) const {
  if (p.when < 0 || p.own.role.empty() || p.own.role == "point" ||
      FieldCapture(*p.match, "when"))
    return false;
  size_t boundary = masked.ToArticle(p.own.boundary, p.own.boundary).begin;
  return facts_->timexes[p.when].span.begin >= boundary;
}

// The relative clause each trigger's noun phrase opens, if it dates the
// event ("a two-day meeting which ended Monday").
void SentenceEvents::FindOwnClauses(const MaskedText& masked) {
  if (!words_.relative) return;
  for (auto& p : pending_) {
    Span phrase = PhraseAround(masked.text(), p.trigger, p.segment, bounds_,
                               {words_.phrase_link, words_.order.participation_words});
    size_t end = std::max(phrase.end, p.match->end);  // "co-chaired (the talks)"
    p.own = OwnRelativeClause(masked.text(), end, bounds_, *words_.relative);
  }
}

// A date or time with a year (known or not); vague references ("in the
// future", PAST_REF) and decades or centuries ("199", "20") date nothing.
bool SentenceEvents::IsPoint(int timex) const {
  const Timex& t = facts_->timexes[timex];
  if (!t.point.empty()) return true;  // "two days later"
  return (t.type == "DATE" || t.type == "TIME") && t.value.size() >= 4 &&
         t.value.find("_REF") == std::string::npos;
}

// A timex that names one day: a statement's date an event may take.
bool SentenceEvents::IsDay(int timex) const {
  return timex >= 0 && IsPoint(timex) &&
         facts_->timexes[timex].DateValue().size() >= 10;
}

// Dates go to triggers cheapest pair first: a rule's explicit `when`
// capture costs nothing, else the distance (plus a toll for a date
// before its trigger). Each date dates one event, each event one date.
void SentenceEvents::AssignDates(const MaskedText& masked) {
  struct Pair {
    size_t cost;
    size_t event;
    int timex;
  };
  std::vector<Pair> pairs;
  size_t prev_end = std::string::npos;
  for (const auto& tok : masked.Tokens(0, masked.text().size(), 'T')) {
    bool continues = prev_end != std::string::npos &&
                     ContinuesSpan(masked, prev_end, tok.masked.begin);
    prev_end = tok.masked.end;
    if (!IsPoint(tok.index) || continues) continue;
    for (size_t i = 0; i < pending_.size(); ++i) {
      const Pending& p = pending_[i];
      if (auto cap = FieldCapture(*p.match, "when");
          (cap && Contains(*cap, tok.masked)) || PossessiveOf(masked, tok.masked, p.trigger)) {
        pairs.push_back({0, i, tok.index});
        continue;
      }
      if (!Contains(p.segment, tok.masked) || InAsideBefore(masked, p.trigger, tok.masked) ||
          QuoteBetween(masked, tok, p.trigger) ||
          Separated(p.trigger, tok.masked, p.own.boundary) ||
          DatesOnlyTheReport(masked, p, tok) ||
          SequenceBetween(masked, p.trigger.end, tok.masked.begin))
        continue;
      size_t toll = tok.masked.end <= p.trigger.begin ? words_.order.date_before_toll : 0;
      size_t cost = Gap(p.trigger, tok.masked) + toll;
      if (cost <= words_.order.date_reach) {
        pairs.push_back({cost, i, tok.index});
      } else if (FramesSentence(masked, tok.masked) && OfMainClause(masked, p)) {
        pairs.push_back({words_.order.date_reach + 1, i, tok.index});
      }
    }
  }
  std::stable_sort(
      pairs.begin(), pairs.end(),
      [](const Pair& a, const Pair& b) { return a.cost < b.cost; });
  used_timexes_.clear();
  for (const auto& pr : pairs) {
    Pending& p = pending_[pr.event];
    if (p.when >= 0 ||
        std::count(used_timexes_.begin(), used_timexes_.end(), pr.timex))
      continue;
    p.when = pr.timex;
    used_timexes_.push_back(pr.timex);
  }
}

// "On Aug. 7, A, B and others had just ended a news conference": a date
// set off by a comma at the head of the sentence (at most two words
// before it) frames its whole main clause, however long the subject.
bool SentenceEvents::FramesSentence(const MaskedText& masked, Span date) const {
  const std::string& s = masked.text();
  if (date.end >= s.size() || s[date.end] != ',') return false;
  size_t words = 0;
  for (size_t i = 0; i < date.begin; ++i) {
    if (s[i] == '\x1e') return false;
    if (s[i] == ' ' && i > 0 && s[i - 1] != ' ' && ++words > 2) return false;
  }
  return true;
}

// Whether the event is the main clause's action, which a date framing
// the sentence dates: a verb, or a noun a PARTICIPATION_VERB governs;
// not a noun the clause only talks of ("Earlier Thursday, Beijing voiced
// indignation at a meeting between A and B": Wednesday's meeting).
bool SentenceEvents::OfMainClause(const MaskedText& masked, const Pending& p) const {
  const Rule& rule = *p.match->rule;
  if (rule.Field("scope").source() == "phrase") return !InPhrase(masked, p);
  return SubjectBefore(rule);
}

// Whether the token at `owner` is the trigger's possessive ("Monday's
// talks", "last week's failed talks", "Thatcher's official visit"): past
// its "'s", at most kPossessiveModifiers lower-case words before the
// trigger.
bool SentenceEvents::PossessiveOf(const MaskedText& masked, Span owner,
                                  Span trigger) const {
  if (owner.end > trigger.begin) return false;
  std::string_view between(masked.text().data() + owner.end, trigger.begin - owner.end);
  if (between.substr(0, 3) == "'s ") {
    between.remove_prefix(3);
  } else if (between.substr(0, 5) == "\u2019s ") {
    between.remove_prefix(5);
  } else if (between.substr(0, 2) == "' ") {
    between.remove_prefix(2);
  } else {
    return false;
  }
  size_t words = 0;
  for (size_t i = 0; i < between.size(); ++i) {
    char c = between[i];
    if (c == ' ') {
      ++words;
    } else if (!((c >= 'a' && c <= 'z') || c == '-')) {
      return false;
    }
  }
  return words <= kPossessiveModifiers;
}

// Whether the date is the report's, not the reported plan's: in "X will
// visit Y next week to meet Z, a spokesman said Tuesday", Tuesday dates
// the saying; the future meeting takes the visit's date instead. So for
// an event that follows another of the sentence ("arrives in X on Friday
// for talks with Y, the agency said today"): it goes on with that one.
bool SentenceEvents::DatesOnlyTheReport(const MaskedText& masked, const Pending& p,
                                        const MaskToken& date) const {
  if (date.masked.begin < p.trigger.end) return false;
  const bool follows = std::any_of(pending_.begin(), pending_.end(), [&](const Pending& q) {
    return q.trigger.end <= p.trigger.begin;
  });
  if (!follows && !Future(masked, p)) return false;
  if (speaker_.holder >= 0 && date.index == speaker_.when)
    return p.trigger.end <= speaker_.holder_pos && date.masked.begin >= speaker_.holder_pos;
  return ReportedOn(masked, date.masked.begin);
}

// Whether a REPORTING_VERB stands right before the date, past a PHRASE_LINK
// word of value `dates` ("a spokesman said Tuesday", "officials said on
// Monday"): the date of a report whose speaker need not be named.
bool SentenceEvents::ReportedOn(const MaskedText& masked, size_t date) const {
  if (!words_.reporting) return false;
  size_t b = 0;
  std::string_view word = WordBefore(masked.text(), date, &b);
  const LexiconEntry* link = words_.phrase_link ? words_.phrase_link->Find(word) : nullptr;
  if (link && link->Field("value") == "dates") word = WordBefore(masked.text(), b, &b);
  return !word.empty() && words_.reporting->Find(word);
}

// Whether a sequence word opens another clause between an event and a
// later date: in "told a press conference, his last before he steps down
// at the end of the month", the date is the stepping down's. A sequence
// word right before the date ("talks before Monday") takes it as object.
bool SentenceEvents::SequenceBetween(const MaskedText& masked, size_t from,
                                     size_t to) const {
  if (!words_.sequence || to <= from) return false;
  size_t last_begin = 0;
  std::string_view last = WordBefore(masked.text(), to, &last_begin);
  size_t end = !last.empty() && words_.sequence->Find(last) ? last_begin : to;
  return end > from &&
         HasWordOf(masked.text().substr(from, end - from), *words_.sequence);
}

// Whether only a DATE_LINK word stands between a date ending at
// `prev_end` and one beginning at `begin`: "Wednesday and Thursday".
bool SentenceEvents::ContinuesSpan(const MaskedText& masked, size_t prev_end,
                                   size_t begin) const {
  if (!words_.date_link || begin < prev_end) return false;
  std::string between = masked.text().substr(prev_end, begin - prev_end);
  size_t b = between.find_first_not_of(' '), e = between.find_last_not_of(' ');
  return b != std::string::npos &&
         words_.date_link->Find(std::string_view(between).substr(b, e - b + 1));
}

// The trigger's segment, narrowed on the left to the trigger's clause
// when that clause names someone ("..., which began when X visited"):
// people of an earlier clause are not the subject of this verb; and on
// the right to the first clause boundary after the trigger.
Span SentenceEvents::ClauseOf(const MaskedText& masked,
                              const Pending& p) const {
  Span range = p.segment;
  for (size_t b : bounds_) {
    if (b > range.begin && b < p.trigger.begin &&
        !masked.Tokens(b, p.trigger.begin, 'A').empty() &&
        Aside(masked, b, p.trigger.begin).empty()) {
      range.begin = b;
    }
  }
  // "told a meeting of bankers that she had agreed with Y": past a clause
  // boundary after the trigger, the people are another verb's; a relative
  // pronoun ("a meeting with Lee which Clinton joined", "Chirac, who ...,
  // and Merkel") tells more of the same event or person, so it cuts nothing.
  for (size_t b : bounds_) {
    if (b > p.trigger.end && b < range.end &&
        masked.text().compare(b, 2, "wh") != 0 && masked.text().compare(b, 2, "Wh") != 0) {
      range.end = b;
      break;
    }
  }
  // After another trigger, the actors before a comma are that event's
  // object: in "talks with Y, X also met Z" the meeting is X's and Z's.
  if (range.begin > 0) {
    size_t comma = masked.text().rfind(", ", p.trigger.begin);
    if (comma != std::string::npos && comma > range.begin &&
        !masked.Tokens(comma, p.trigger.begin, 'A').empty()) {
      range.begin = comma;
    }
  }
  return range;
}

// '"Ruiz handed me a list," she told the meeting': where a quotation
// that closes between `begin` and `trigger` ends (its people are the
// speaker's words, not the event's), else `begin`.
size_t SentenceEvents::AfterQuotation(const MaskedText& masked, size_t begin,
                                      size_t trigger) const {
  if (!words_.quote_marks || trigger <= begin) return begin;
  re2::StringPiece in(masked.text().data() + begin, trigger - begin);
  size_t marks = 0;
  size_t end = begin;
  while (RE2::FindAndConsume(&in, *words_.quote_marks)) {
    ++marks;
    end = static_cast<size_t>(in.data() - masked.text().data());
  }
  return marks >= 2 ? end : begin;
}

// The relative clause set off by commas that the boundary word at `b`
// opens before `trigger` (", who had asked Y to stay," in "X, who had
// asked Y to stay, met Z"), from its first comma to its closing one; an
// empty span when `b` opens no such aside.
std::vector<Span> SentenceEvents::AsidesBefore(const MaskedText& masked,
                                               size_t trigger) const {
  std::vector<Span> asides;
  for (size_t b : bounds_) {
    if (b >= trigger) continue;
    if (Span a = Aside(masked, b, trigger); !a.empty()) asides.push_back(a);
  }
  return asides;
}

// Whether `item` stands in a relative clause set off by commas before the
// trigger: "X, who flew in from Tokyo yesterday, will meet Y" dates and
// places the flight, not the meeting.
// Called for every date and place of every trigger: it walks the clause
// boundaries in place rather than collecting AsidesBefore's list.
bool SentenceEvents::InAsideBefore(const MaskedText& masked, Span trigger, Span item) const {
  if (item.begin >= trigger.begin) return false;
  for (size_t b : bounds_) {
    if (b >= trigger.begin) continue;
    if (Span a = Aside(masked, b, trigger.begin); !a.empty() && Contains(a, item)) return true;
  }
  return false;
}

// Whether a quoted date and the trigger are parted by a quote mark: the
// date of "'A decision will be made in May,' he told reporters after the
// briefing" is the speaker's, not the briefing's.
bool SentenceEvents::QuoteBetween(const MaskedText& masked, const MaskToken& date,
                                  Span trigger) const {
  if (!words_.quote_marks || !facts_->timexes[date.index].quoted) return false;
  size_t lo = std::min(date.masked.end, trigger.end);
  size_t hi = std::max(date.masked.begin, trigger.begin);
  if (hi <= lo) return false;
  re2::StringPiece between(masked.text().data() + lo, hi - lo);
  return RE2::PartialMatch(between, *words_.quote_marks);
}

// Whether `item` stands in a relative clause opened by a comma and a
// CLAUSE_BOUNDARY word after the trigger ("after talks with X, who
// arrived last night"), up to the next comma.
bool SentenceEvents::InAsideAfter(const MaskedText& masked, Span trigger, Span item) const {
  const std::string& s = masked.text();
  for (size_t b : bounds_) {
    if (b < trigger.end + 2 || b > item.begin || s.compare(b - 2, 2, ", ") != 0) continue;
    if (s.find(", ", b) >= item.begin) return true;
  }
  return false;
}

Span SentenceEvents::Aside(const MaskedText& masked, size_t b, size_t trigger) const {
  const std::string& s = masked.text();
  if (b < 2 || s.compare(b - 2, 2, ", ") != 0) return {};
  size_t close = s.find(", ", b);
  if (close == std::string::npos || close >= trigger) return {};
  return {b - 2, close};
}

std::vector<int> SentenceEvents::Participants(const MaskedText& masked,
                                              Span range,
                                              const Pending& p) const {
  const std::vector<Span> asides = AsidesBefore(masked, p.trigger.begin);
  std::vector<int> out;
  for (const auto& t : masked.Tokens(range.begin, range.end, 'A')) {
    // "..., Ruiz said": the speaker's own mention is no participant; the
    // same person named in the event's clause is ("Ruiz and Vidal met
    // again, Ruiz told TV").
    if (!p.speaker && t.index == speaker_.holder && t.masked.begin == speaker_.holder_pos &&
        !ObjectOfLink(masked, t.masked.begin))
      continue;
    if (std::any_of(asides.begin(), asides.end(),
                    [&](Span a) { return Contains(a, t.masked); }))
      continue;  // the aside's own people
    if (std::find(out.begin(), out.end(), t.index) == out.end())
      out.push_back(t.index);
  }
  return out;
}

void SentenceEvents::Emit(size_t sentence, const MaskedText& masked,
                          const Pending& p) {
  const Match& m = *p.match;
  EventMention e;
  e.rule = m.rule->id;
  e.sentence = sentence;
  e.type = RenderField(m, masked, "type");
  e.label = m.rule->Has("label")
                ? RenderField(m, masked, "label")
                : masked.Unmask(p.trigger.begin, p.trigger.end);
  e.trigger = masked.ToArticle(p.trigger.begin, p.trigger.end);
  e.span = facts_->sentences[sentence].span;
  e.text = masked.Unmask(0, masked.text().size());
  e.date_role =
      m.rule->Has("date_role") ? m.rule->Field("date_role").source() : "point";
  if (DatedByOwnClause(masked, p)) e.date_role = std::string(p.own.role);
  e.dct_default = m.rule->Field("default_date").source() == "dct";
  Span people = PeopleRange(masked, p);
  e.participants = Participants(masked, people, p);
  AttachSubject(masked, p, &e);
  if (int a = RelativeAntecedent(masked, p); a >= 0 &&
      std::find(e.participants.begin(), e.participants.end(), a) == e.participants.end())
    e.participants.push_back(a);
  ResolvePair(masked, p, &e);
  if (p.speaker && !NestedInOther(masked, p)) AddFront(&e.participants, speaker_.holder);
  e.when = p.when;
  e.duration = Nearest(masked, p.segment, p.trigger, 'T', true);
  e.where = WhereOf(m, masked, InPhrase(masked, p) ? people : p.segment,
                    p.trigger);
  JoinOtherSide(masked, p, &e);
  // An undated event in the past perfect ("who had just attended the
  // OPEC meeting") came before the story: no other event's date, nor
  // the story's day, is its own.
  const bool before_story =
      LexiconWordBefore(masked, p.trigger.begin, words_.perfect) != std::string::npos;
  // A speaker's own event is dated by the statement even when its rule
  // would default to the article's date.
  if (e.when < 0 && !before_story && (!e.dct_default || p.speaker))
    DateUndated(sentence, masked, p, &e);
  // A past or present encounter the story does not date otherwise is news
  // of the article's day ("after Ana Ruiz met Tomas Vidal"), and so is a
  // plan the story tells in the past ("Ruiz was to meet Vidal").
  if (e.when < 0 && !before_story && m.rule->Field("default_date").source() == "story" &&
      (!Future(masked, p) || PlannedInThePast(masked, p)))
    e.dct_default = true;
  if (e.when < 0 && UnderWay(masked, p)) e.dct_default = true;
  facts_->events.push_back(std::move(e));
}

// "his current visit", "the ongoing talks": a timex of the present
// (PRESENT_REF, from the time rules) right before the trigger says the
// event is under way on the story's day.
bool SentenceEvents::UnderWay(const MaskedText& masked, const Pending& p) const {
  const size_t from = p.segment.begin;
  for (const auto& t : masked.Tokens(from, p.trigger.begin, 'T')) {
    if (t.masked.end + 1 < p.trigger.begin) continue;
    if (facts_->timexes[t.index].value == "PRESENT_REF") return true;
  }
  return false;
}


void SentenceEvents::DateUndated(size_t sentence, const MaskedText& masked,
                                 const Pending& p, EventMention* e) {
  if (p.speaker) {
    DateBySpeaker(sentence, masked, p, e);
    return;
  }
  bool dated = false;
  for (const auto& tok : masked.Tokens(0, masked.text().size(), 'T'))
    dated = dated || IsPoint(tok.index);
  // A dated sentence lends its dates only to a verb that shares the
  // subject of a dated one ("X arrived on Monday and was welcomed by Y"),
  // not to a noun ("preparations for the trip"). What came before the
  // sentence's other events ("soon after arrival") does not share their date.
  bool coordinated = SubjectBefore(*p.match->rule);
  if (dated && !coordinated) return;
  size_t first_back = HappenedEarlier(masked, p) ? 1 : 0;
  // A future verb ("he will also visit") takes no past date of the
  // sentences before, only that of a verb it is coordinated with ("will
  // travel to X next week to attend a summit").
  size_t last_back = dated || Future(masked, p) ? 0 : words_.order.narrative_sentences;
  DateByNarrative(masked, first_back, last_back, sentence, p, coordinated, e);
}

// A speaker's own event happens when the statement is made: its date, else
// the same speaker's dated statement in the sentence before, else the DCT.
void SentenceEvents::DateBySpeaker(size_t sentence, const MaskedText& masked,
                                   const Pending& p, EventMention* e) {
  int w = speaker_.when;
  // "Annan, who arrived late Monday, told a press conference": the
  // aside's date is the arrival's, not the statement's.
  for (const auto& t : masked.Tokens(0, masked.text().size(), 'T'))
    if (t.index == w && (InAsideBefore(masked, p.trigger, t.masked) ||
                         InAsideAfter(masked, p.trigger, t.masked)))
      w = -1;
  if (IsDay(w) && !std::count(used_timexes_.begin(), used_timexes_.end(), w)) {
    e->when = w;
    return;
  }
  auto before = sentence > 0 ? PositionsOf(sentence - 1) : std::span<const Position>();
  for (const auto& pos : before) {
    if (pos.holder == speaker_.holder && IsDay(pos.when)) {
      e->when = pos.when;
      return;
    }
  }
  e->dct_default = true;
}

// Narrative continuation: the date of an earlier event `first_back` to
// `last_back` sentences back that shares a person. The nearest sentence
// wins: earlier events of this one when no clause boundary parts them,
// then those of the sentences before, so a quote sentence between two
// does not break the story. Within a sentence one of its own type comes
// first ("his visit" after "arrived ... for a visit"). A noun takes only
// the date of its own type ("the phone conversation" after a meeting's
// date is the earlier call); a verb sharing its subject takes any
// ("arrived on Monday. He met ...").
void SentenceEvents::DateByNarrative(const MaskedText& masked, size_t first_back,
                                     size_t last_back, size_t sentence,
                                     const Pending& p, bool coordinated,
                                     EventMention* e) {
  for (size_t back = first_back; back <= last_back && back <= sentence;
       ++back) {
    for (bool same_type : {true, false}) {
      if (!same_type && !coordinated) break;
      for (size_t i = facts_->events.size(); i-- > 0;) {
        const EventMention& other = facts_->events[i];
        if (other.sentence + back < sentence) break;
        if (other.sentence + back != sentence || other.when < 0) continue;
        if (back == 0 && (Separated(pending_[i - first_event_].trigger, p.trigger,
                                    RelativeOfEvent(masked, pending_[i - first_event_].trigger)) ||
                          InAsideBefore(masked, p.trigger, pending_[i - first_event_].trigger)))
          continue;
        if (SharesPerson(other, *e) && (!same_type || other.type == e->type)) {
          e->when = other.when;
          return;
        }
      }
    }
  }
}

bool SentenceEvents::SharesPerson(const EventMention& a,
                                  const EventMention& b) const {
  for (int x : a.participants) {
    if (facts_->actors[x].kind == "person" &&
        std::find(b.participants.begin(), b.participants.end(), x) !=
            b.participants.end()) {
      return true;
    }
  }
  return false;
}

int SentenceEvents::Nearest(const MaskedText& masked, Span range, Span trig,
                            char kind, bool duration, bool skip_origin) const {
  int best = -1;
  size_t best_gap = std::string::npos;
  for (const auto& t : masked.Tokens(range.begin, range.end, kind)) {
    if (duration && facts_->timexes[t.index].type != "DURATION") continue;
    if (InAsideBefore(masked, trig, t.masked)) continue;
    if (skip_origin && (FromPlace(masked, t.masked.begin) || HeadsPersonName(masked, t.masked))) {
      continue;
    }
    size_t gap = Gap(trig, t.masked);
    if (gap < best_gap) {
      best_gap = gap;
      best = t.index;
    }
  }
  return best;
}

std::string SentenceEvents::WhereOf(const Match& m, const MaskedText& masked,
                                    Span seg, Span trig) const {
  if (m.rule->Has("where") && !m.rule->Field("where").IsSingleCapture()) {
    return RenderField(m, masked, "where");
  }
  // Where someone came from ("arrived from Helsinki") is not where the
  // event took place; a rule's own `where` capture may still say so.
  auto capture = FieldCapture(m, "where");
  int idx = Nearest(masked, capture.value_or(seg), trig, 'P', false, !capture);
  return idx >= 0 ? facts_->places[idx].name : "";
}

// Whether a person's name follows the place with nothing between: the
// place is then part of the person's title ("Ambassador to Athens Nazmi
// Akiman"), not where anything happened.
bool SentenceEvents::HeadsPersonName(const MaskedText& masked, Span place) const {
  const std::string& s = masked.text();
  if (place.end + 2 >= s.size() || s[place.end] != ' ' || s[place.end + 1] != '\x1e') return false;
  auto next = masked.Tokens(place.end + 1, s.size(), 'A');
  return !next.empty() && next.front().masked.begin == place.end + 1 &&
         facts_->actors[next.front().index].kind == "person";
}

// Whether a PLACE_ORIGIN word ("from") stands right before the place.
bool SentenceEvents::FromPlace(const MaskedText& masked, size_t place) const {
  if (!words_.origin) return false;
  size_t b = 0;
  std::string_view word = WordBefore(masked.text(), place, &b);
  return !word.empty() && words_.origin->Find(word);
}

}  // namespace annals
