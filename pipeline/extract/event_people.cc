// Who takes part in an event mention: the subject a verb trigger's
// pronoun, conjoined name or relative pronoun stands for, "the two
// presidents" resolved to the two people of the encounter before, and the
// other side of a joint event. Part of SentenceEvents (event_sentence.h),
// kept apart from its dating and ordering so each file reads as one
// concern; the word helpers both share are in event_text.h.
#include "pipeline/extract/event_sentence.h"

#include <algorithm>

#include "pipeline/base/ascii.h"
#include "pipeline/extract/event_text.h"

namespace annals {

using event_text::AddFront;
using event_text::Contains;
using event_text::HasWordOf;
using event_text::IsAsciiLetter;
using event_text::NextWord;
using event_text::WordBefore;

// "Slovak President Michal Kovac, with whom Chernomyrdin met": a
// relative pronoun (PRONOUN refers: antecedent) opening the trigger's
// clause, after a comma and maybe a PHRASE_LINK word, stands for the
// person named right before: -1 when there is none.
int SentenceEvents::RelativeAntecedent(const MaskedText& masked, const Pending& p) const {
  if (!words_.pronouns || !words_.phrase_link) return -1;
  const std::string& s = masked.text();
  size_t bound = std::string::npos;
  for (size_t pos : bounds_) {
    if (pos >= p.segment.begin && pos < p.trigger.begin) bound = pos;
  }
  if (bound == std::string::npos) return -1;
  size_t e = bound;
  while (e < s.size() && IsAsciiLetter(s[e])) ++e;
  const LexiconEntry* entry = words_.pronouns->Find(std::string_view(s).substr(bound, e - bound));
  if (!entry || entry->Field("refers") != "antecedent") return -1;
  size_t b = bound;
  std::string_view link = WordBefore(s, bound, &b);
  if (!link.empty() && !words_.phrase_link->Find(link)) return -1;
  if (link.empty()) b = bound;
  while (b > 0 && s[b - 1] == ' ') --b;
  if (b == 0 || s[b - 1] != ',') return -1;
  --b;
  for (const auto& t : masked.Tokens(0, b, 'A')) {
    if (t.masked.end == b && facts_->actors[t.index].kind == "person") return t.index;
  }
  return -1;
}

// Whether the sentence's first word is a pronoun for a person ("He").
bool SentenceEvents::OpensWithPersonPronoun(const MaskedText& masked) const {
  if (!words_.pronouns) return false;
  const std::string& s = masked.text();
  size_t b = 0;
  while (b < s.size() && !IsAsciiLetter(s[b]) && s[b] != '\x1e') ++b;
  size_t e = b;
  while (e < s.size() && IsAsciiLetter(s[e])) ++e;
  const LexiconEntry* entry = words_.pronouns->Find(std::string_view(s).substr(b, e - b));
  return entry && entry->Field("refers") == "person";
}

// The first person named in the sentence before `pos` (past a quotation
// that closes before it: '"Ruiz handed me a list," she said' is not
// Ruiz), else the subject of the last sentence that named one (the
// likeliest antecedent).
int SentenceEvents::PersonBefore(const MaskedText& masked, size_t pos) const {
  for (const auto& t : masked.Tokens(AfterQuotation(masked, 0, pos), pos, 'A')) {
    if (facts_->actors[t.index].kind == "person") return t.index;
  }
  return last_subject_;
}

// A pronoun or possessive standing just before the trigger, past a few
// adverbs ("he also met", "her trip"): the person it stands for.
int SentenceEvents::PronounBefore(const MaskedText& masked, const Pending& p,
                                  std::string* refers) const {
  int who = PronounAt(masked, p.trigger.begin, refers);
  if (refers->empty() && p.match->begin < p.trigger.begin)
    who = PronounAt(masked, p.match->begin, refers);
  return who;
}

int SentenceEvents::PronounAt(const MaskedText& masked, size_t end,
                              std::string* refers) const {
  if (!words_.pronouns) return -1;
  const std::string& s = masked.text();
  for (size_t n = 0; n < words_.order.subject_words && end > 0; ++n) {
    size_t e = end;
    while (e > 0 && s[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && IsAsciiLetter(s[b - 1])) --b;
    if (b == e) return -1;  // punctuation or a token: no subject word here
    std::string_view word(s.data() + b, e - b);
    if (const LexiconEntry* entry = words_.pronouns->Find(word)) {
      *refers = entry->Field("refers");
      // "I" in "'I met him on Monday,' Ruiz said" is whoever says the sentence.
      if (*refers == "speaker") {
        *refers = "person";
        return speaker_.holder;
      }
      return *refers == "person" ? PersonBefore(masked, b) : -1;
    }
    if (!words_.adverbs || !words_.adverbs->Find(word)) return -1;
    end = b;
  }
  return -1;
}

// "Joe Clark, winding up a two-day visit to Washington, said": an event
// in an aside set off by commas right after a person's name is that
// person's. -1 unless the comma before the trigger follows a person token
// directly, no person stands between, and a comma closes the aside.
int SentenceEvents::AsideHolder(const MaskedText& masked, const Pending& p) const {
  const std::string& s = masked.text();
  size_t comma = s.rfind(',', p.trigger.begin);
  if (comma == std::string::npos || s.find(',', p.trigger.end) == std::string::npos) return -1;
  if (!masked.Tokens(comma, p.trigger.begin, 'A').empty()) return -1;
  for (const auto& t : masked.Tokens(0, comma, 'A')) {
    if (t.masked.end == comma && facts_->actors[t.index].kind == "person") return t.index;
  }
  return -1;
}

void SentenceEvents::AttachSubject(const MaskedText& masked, const Pending& p,
                                   EventMention* e) const {
  std::string refers;
  int who = PronounBefore(masked, p, &refers);
  bool has_previous = facts_->events.size() > first_event_;
  if (refers.empty()) who = JoinedPronoun(masked, p, &refers);
  if (refers == "person") {
    AddFront(&e->participants, who);
  } else if (refers == "group" && has_previous) {
    for (int a : facts_->events.back().participants) {
      if (std::find(e->participants.begin(), e->participants.end(), a) ==
          e->participants.end()) {
        e->participants.push_back(a);
      }
    }
  } else if (int subject = SequenceSubject(masked, p); subject >= 0) {
    AddFront(&e->participants, subject);
  } else if (SubjectBefore(*p.match->rule) && PronounOpensClause(masked, p)) {
    AddFront(&e->participants, PersonBefore(masked, 0));
  } else if (int holder = AsideHolder(masked, p); holder >= 0 && !HasPerson(*e)) {
    AddFront(&e->participants, holder);
  } else if (int speaker = ReportedSubject(masked, p); speaker >= 0) {
    AddFront(&e->participants, speaker);
  } else if (SubjectBefore(*p.match->rule) && has_previous &&
             !PersonBetween(masked, p.segment.begin, p.trigger.begin) &&
             !facts_->events.back().participants.empty()) {
    AddFront(&e->participants, facts_->events.back().participants.front());
  }
  // "Reagan announced ... after meeting for an hour with X": the gerund's
  // subject is the clause's, even when it is also the speaker.
  if (p.match->rule->Field("subject").source() == "clause")
    AddFront(&e->participants, SolePersonBefore(masked, p.trigger.begin));
}

// The one person named before `pos` outside comma-set asides, or -1 when
// none or several are.
int SentenceEvents::SolePersonBefore(const MaskedText& masked, size_t pos) const {
  const std::vector<Span> asides = AsidesBefore(masked, pos);
  int sole = -1;
  for (const auto& t : masked.Tokens(0, pos, 'A')) {
    if (facts_->actors[t.index].kind != "person") continue;
    if (std::any_of(asides.begin(), asides.end(), [&](Span a) { return Contains(a, t.masked); }))
      continue;
    if (sole >= 0 && sole != t.index) return -1;
    sole = t.index;
  }
  return sole;
}

// How many words before a trigger a SPEAKER_LINK word may open its phrase
// ("during his official goodwill visit").
constexpr size_t kLinkReach = 4;

// How many words after a reporting verb its clause's pronoun subject may
// stand ("said another issue he would raise").
constexpr size_t kReportedWords = 3;

// "Ruiz said she will discuss trade with Chile during a visit": a person
// pronoun opening the clause a reporting verb introduces (past SPEAKER_LINK
// words to skip: "told reporters he"; or a few words in, no name among
// them: "said another issue he would raise") is the speaker, and the subject of
// that clause's events up to the next person named, when a SPEAKER_LINK
// word opens the event's phrase. -1 otherwise.
int SentenceEvents::ReportedSubject(const MaskedText& masked, const Pending& p) const {
  const Span v = speaker_.verb;
  if (speaker_.holder < 0 || !words_.pronouns || speaker_.holder_pos > v.begin ||
      p.trigger.begin < v.end)
    return -1;
  auto skip = [&](std::string_view w) {
    const LexiconEntry* e = words_.speaker_link ? words_.speaker_link->Find(w) : nullptr;
    return e && e->Field("skip") == "yes";
  };
  const std::string& s = masked.text();
  const LexiconEntry* entry = nullptr;
  size_t after = v.end;
  for (size_t n = 0; n < kReportedWords && !entry; ++n) {
    std::string_view word = NextWord(s, after, p.trigger.begin, skip);
    if (word.empty()) return -1;
    entry = words_.pronouns->Find(word);
    after = static_cast<size_t>(word.data() + word.size() - s.data());
  }
  if (!entry || entry->Field("refers") != "person" || entry->Field("possessive") == "yes")
    return -1;
  if (!masked.Tokens(v.end, after, 'A').empty() || PersonBetween(masked, after, p.trigger.begin) ||
      Separated({after, after}, p.trigger))
    return -1;
  // Only an event in a phrase a SPEAKER_LINK word opens ("during a
  // visit") is the subject's; "discuss the coming summit" is a topic.
  return LinkOpensPhrase(masked, after, p.trigger.begin) ? speaker_.holder : -1;
}

// Whether a SPEAKER_LINK word stands within kLinkReach words before
// `trigger` (and after `from`), only words between.
bool SentenceEvents::LinkOpensPhrase(const MaskedText& masked, size_t from,
                                     size_t trigger) const {
  return LinkBefore(masked, from, trigger) != nullptr;
}

// The SPEAKER_LINK entry (value link) within kLinkReach words before
// `trigger` and after `from`, only words between; null when none.
const LexiconEntry* SentenceEvents::LinkBefore(const MaskedText& masked, size_t from,
                                               size_t trigger) const {
  if (!words_.speaker_link) return nullptr;
  size_t end = trigger;
  for (size_t n = 0; n < kLinkReach; ++n) {
    size_t b = 0;
    std::string_view w = WordBefore(masked.text(), end, &b);
    if (w.empty() || b < from) return nullptr;
    const LexiconEntry* e = words_.speaker_link->Find(w);
    if (e && e->Field("value") == "link") return e;
    end = b;
  }
  return nullptr;
}

// "Prime Minister Thatcher's visit", "Ruiz and Vidal's talks": where the
// person (or two persons a PHRASE_LINK "and" joins) named in the
// possessive right before the trigger begins (PossessiveOf); npos when no
// person owns the trigger.
size_t SentenceEvents::OwnerStart(const MaskedText& masked, const Pending& p) const {
  size_t owner = std::string::npos;
  for (const auto& t : masked.Tokens(0, p.trigger.begin, 'A')) {
    if (facts_->actors[t.index].kind == "person" && PossessiveOf(masked, t.masked, p.trigger))
      owner = t.masked.begin;
  }
  if (owner == std::string::npos || !words_.phrase_link) return owner;
  // "Ruiz and Vidal's": the first of two joined persons owns it too.
  size_t b = 0;
  std::string_view join = WordBefore(masked.text(), owner, &b);
  const LexiconEntry* link = join.empty() ? nullptr : words_.phrase_link->Find(join);
  if (!link || link->Field("value") != "joins") return owner;
  for (const auto& t : masked.Tokens(0, b, 'A')) {
    if (t.masked.end + 1 == b && facts_->actors[t.index].kind == "person") return t.masked.begin;
  }
  return owner;
}

// Where an EVENT_SEQUENCE word ("after", "before") opens the trigger's
// phrase after another trigger of the sentence ("met Y after a day of
// talks with Z"), no comma or name between it and the trigger; npos when
// none does.
size_t SentenceEvents::SequenceWordAt(const MaskedText& masked, const Pending& p) const {
  if (!words_.sequence || p.segment.begin == 0) return std::string::npos;
  const std::string& s = masked.text();
  size_t end = p.trigger.begin;
  while (end > p.segment.begin) {
    while (end > 0 && s[end - 1] == ' ') --end;
    // Step over a date or place token ("after a day of talks"), not a name.
    if (end > 0 && s[end - 1] == '\x1f') {
      size_t open = s.rfind('\x1e', end - 1);
      if (open == std::string::npos || open + 1 >= s.size() || s[open + 1] == 'A')
        return std::string::npos;
      end = open;
      continue;
    }
    size_t b = 0;
    std::string_view w = WordBefore(s, end, &b);
    if (w.empty() || b < p.segment.begin) return std::string::npos;
    if (words_.sequence->Find(w)) return b;
    // "before she was to meet Chirac": the phrase has a subject of its own.
    const LexiconEntry* pronoun = words_.pronouns ? words_.pronouns->Find(w) : nullptr;
    if (pronoun && pronoun->Field("possessive") != "yes") return std::string::npos;
    end = b;
  }
  return std::string::npos;
}

// The subject of the sentence's verb trigger before a sequence phrase
// ("He will see Suharto ... after talks with ministers": He), for a rule
// whose subject stands before it: the one person named before that
// trigger, else the person a pronoun opening the sentence stands for; -1
// when there is none.
int SentenceEvents::SequenceSubject(const MaskedText& masked, const Pending& p) const {
  if (!SubjectBefore(*p.match->rule) || SequenceWordAt(masked, p) == std::string::npos)
    return -1;
  // Only a verb trigger has a subject to share ("Mottaki's visit comes
  // ahead of talks" lends none).
  const Pending* verb = nullptr;
  for (const auto& other : pending_) {
    if (other.trigger.end <= p.segment.begin) verb = &other;
  }
  if (!verb || !SubjectBefore(*verb->match->rule)) return -1;
  const size_t before = verb->trigger.begin;
  if (int sole = SolePersonBefore(masked, before); sole >= 0) return sole;
  return pronoun_subject_ && !PersonBetween(masked, 0, before) ? PersonBefore(masked, 0) : -1;
}

bool SentenceEvents::HasPerson(const EventMention& e) const {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](int a) { return facts_->actors[a].kind == "person"; });
}

// "He and Yasser Arafat meet separately with X": a sentence opening with
// a person pronoun joined (PHRASE_LINK joins) to a name has both as the
// subject of the trigger after them, within one clause.
int SentenceEvents::JoinedPronoun(const MaskedText& masked, const Pending& p,
                                  std::string* refers) const {
  if (!pronoun_subject_ || !words_.phrase_link) return -1;
  const std::string& s = masked.text();
  size_t b = 0;
  while (b < s.size() && !IsAsciiLetter(s[b])) ++b;
  size_t e = b;
  while (e < s.size() && IsAsciiLetter(s[e])) ++e;
  size_t w = e + 1;
  size_t w_end = w;
  while (w_end < s.size() && IsAsciiLetter(s[w_end])) ++w_end;
  if (e >= s.size() || s[e] != ' ' || w_end >= p.trigger.begin) return -1;
  const LexiconEntry* join =
      words_.phrase_link->Find(std::string_view(s).substr(w, w_end - w));
  if (!join || join->Field("value") != "joins" ||
      !PersonBetween(masked, w_end, p.trigger.begin) ||
      Separated({b, e}, p.trigger))
    return -1;
  *refers = "person";
  return PersonBefore(masked, 0);
}

// "She was scheduled to lay flowers at the embassy, talk to the guards
// and meet with Moi": a person pronoun opening the sentence is the subject
// of a verb trigger that no named person or clause boundary parts from it.
bool SentenceEvents::PronounOpensClause(const MaskedText& masked, const Pending& p) const {
  return pronoun_subject_ && !PersonBetween(masked, 0, p.trigger.begin) &&
         !Separated({0, 0}, p.trigger);
}

// Whether a person is named between two masked offsets: a state or body
// there ("attended the APEC meeting and paid a visit") is an object, not
// a new subject; nor is a person inside a relative clause set off by
// commas ("Ramgoolam, who met Li, was due to meet Jiang").
bool SentenceEvents::PersonBetween(const MaskedText& masked, size_t begin,
                                   size_t end) const {
  const std::vector<Span> asides = AsidesBefore(masked, end);
  for (const auto& t : masked.Tokens(begin, end, 'A')) {
    if (std::any_of(asides.begin(), asides.end(),
                    [&](Span a) { return Contains(a, t.masked); }))
      continue;
    if (facts_->actors[t.index].kind == "person") return true;
  }
  return false;
}

namespace {

// Whether `name` is a form of `lex` or begins with one, whole words ("the
// two presidents" begins with "the two").
bool StartsWithForm(const Lexicon& lex, std::string_view name) {
  if (lex.Find(name)) return true;
  for (size_t i = name.find(' '); i != std::string_view::npos;
       i = name.find(' ', i + 1)) {
    if (lex.Find(name.substr(0, i))) return true;
  }
  return false;
}

}  // namespace

// "The two presidents held talks": the pair group, as subject, gives way to the
// two persons of the last earlier event of the last few sentences that names
// exactly two (this sentence's included: "X met Y, and the two leaders
// signed").
void SentenceEvents::ResolvePair(const MaskedText& masked, const Pending& p,
                                 EventMention* e) const {
  if (!words_.pair) return;
  auto& parts = e->participants;
  auto is_pair = [&](int a) {
    return facts_->actors[a].kind == "group" &&
           StartsWithForm(*words_.pair, facts_->actors[a].name);
  };
  // Only as the subject, before the trigger: "the talks, decided by the
  // two presidents" are not theirs.
  auto before = masked.Tokens(p.segment.begin, p.trigger.begin, 'A');
  if (std::none_of(before.begin(), before.end(),
                   [&](const auto& t) { return is_pair(t.index); })) {
    return;
  }
  auto group = std::find_if(before.begin(), before.end(),
                            [&](const auto& t) { return is_pair(t.index); });
  std::vector<std::string> titles = PairTitles(facts_->actors[group->index].name);
  std::vector<int> pair = LastPairNear(e->sentence, titles);
  if (pair.empty()) pair = LastTwoPersons(masked, e->sentence, p.trigger.begin, titles);
  if (pair.empty()) return;
  parts.erase(std::remove_if(parts.begin(), parts.end(), is_pair), parts.end());
  for (int a : pair) {
    if (std::find(parts.begin(), parts.end(), a) == parts.end())
      parts.push_back(a);
  }
}

// The titles a pair's holders must have, from the PAIR_HEAD entry that
// ends the group's name: "the two diplomats" are ministers or envoys, not
// the two leaders of a summit told just before. Empty: anyone will do.
std::vector<std::string> SentenceEvents::PairTitles(const std::string& group) const {
  std::vector<std::string> titles;
  if (!words_.pair_head) return titles;
  const LexiconEntry* head = nullptr;
  for (size_t sp = group.find(' '); sp != std::string::npos && !head;
       sp = group.find(' ', sp + 1)) {
    head = words_.pair_head->Find(std::string_view(group).substr(sp + 1));
  }
  if (!head || head->Field("title").empty()) return titles;
  std::string_view list = head->Field("title");
  for (size_t b = 0; b <= list.size();) {
    size_t e = std::min(list.find('|', b), list.size());
    titles.emplace_back(list.substr(b, e - b));
    b = e + 1;
  }
  return titles;
}

// Whether one of the actor's titles contains one of `titles` (any case).
bool SentenceEvents::HoldsTitle(int actor, const std::vector<std::string>& titles) const {
  for (const std::string& held : facts_->actors[actor].titles) {
    std::string lower = AsciiLower(held);
    for (const std::string& t : titles) {
      if (lower.find(t) != std::string::npos) return true;
    }
  }
  return false;
}

// The two persons of the last event naming exactly two in the last
// WORD_ORDER narrative_sentences sentences, each holding one of `titles`
// when any are given: "the two presidents" of a far sentence may be others
// than the last two people met.
std::vector<int> SentenceEvents::LastPairNear(size_t sentence,
                                              const std::vector<std::string>& titles) const {
  for (size_t i = facts_->events.size(); i-- > 0;) {
    const EventMention& other = facts_->events[i];
    if (other.sentence + words_.order.narrative_sentences < sentence) break;
    std::vector<int> persons;
    for (int a : other.participants) {
      if (facts_->actors[a].kind == "person") persons.push_back(a);
    }
    if (persons.size() == 2 &&
        (titles.empty() || (HoldsTitle(persons[0], titles) &&
                            HoldsTitle(persons[1], titles))))
      return persons;
  }
  return {};
}

// The last two people the story named before `before` in this sentence
// (masked offset) or in the WORD_ORDER pair_sentences sentences before:
// "The two leaders met" after a sentence naming both.
std::vector<int> SentenceEvents::LastTwoPersons(const MaskedText& masked, size_t sentence,
                                                size_t before,
                                                const std::vector<std::string>& titles) const {
  std::vector<int> pair;
  auto take = [&](int a) {
    if (facts_->actors[a].kind == "person" && std::find(pair.begin(), pair.end(), a) == pair.end() &&
        (titles.empty() || HoldsTitle(a, titles)))
      pair.push_back(a);
  };
  auto own = masked.Tokens(0, before, 'A');
  for (auto t = own.rbegin(); t != own.rend() && pair.size() < 2; ++t) take(t->index);
  const auto& mentions = facts_->actor_mentions;
  for (size_t i = MentionsFrom(sentence) - mentions.begin();
       i-- > 0 && pair.size() < 2;) {
    const ActorMention& m = mentions[i];
    if (m.sentence + words_.order.pair_sentences < sentence) break;
    take(m.actor);
  }
  return pair.size() == 2 ? pair : std::vector<int>{};
}

// A joint event that names one person only takes the people of the
// encounter it closes: the last earlier event of another type with two
// people or more, one of them its own.
void SentenceEvents::JoinOtherSide(const MaskedText& masked, const Pending& p,
                                   EventMention* e) const {
  if (!words_.joint ||
      !HasWordOf(masked.Unmask(p.trigger.begin, p.trigger.end), *words_.joint))
    return;
  std::vector<int> own = PersonsOf(*e);
  // Both sides named already, or no one to share with any event.
  if (own.size() != 1) return;
  const EventMention* closed = LastEncounterOf(own.front(), e->type);
  if (!closed) return;
  for (int a : PersonsOf(*closed)) {
    if (std::find(e->participants.begin(), e->participants.end(), a) ==
        e->participants.end()) {
      e->participants.push_back(a);
    }
  }
}

std::vector<int> SentenceEvents::PersonsOf(const EventMention& x) const {
  std::vector<int> out;
  for (int a : x.participants) {
    if (facts_->actors[a].kind == "person") out.push_back(a);
  }
  return out;
}

// The article's last event with two persons or more, `person` one of
// them, of another type than `type`: this sentence's events (not final
// yet) first, then the earlier ones through encounters_.
const EventMention* SentenceEvents::LastEncounterOf(int person,
                                                    const std::string& type) const {
  auto fits = [&](const EventMention& x) {
    std::vector<int> theirs = PersonsOf(x);
    return x.type != type && theirs.size() >= 2 &&
           std::find(theirs.begin(), theirs.end(), person) != theirs.end();
  };
  for (size_t i = facts_->events.size(); i-- > first_event_;) {
    if (fits(facts_->events[i])) return &facts_->events[i];
  }
  auto it = encounters_.find(person);
  if (it == encounters_.end()) return nullptr;
  for (size_t k = it->second.size(); k-- > 0;) {
    const EventMention& other = facts_->events[it->second[k]];
    if (other.type != type) return &other;
  }
  return nullptr;
}

// Indexes the events appended since the last call (all final: a sentence's
// events are reordered and split only while it is flushed) by person.
void SentenceEvents::IndexEncounters() {
  for (; indexed_ < facts_->events.size(); ++indexed_) {
    std::vector<int> persons = PersonsOf(facts_->events[indexed_]);
    if (persons.size() < 2) continue;
    for (int a : persons) {
      auto& list = encounters_[a];
      if (list.empty() || list.back() != indexed_) list.push_back(indexed_);
    }
  }
}

}  // namespace annals
