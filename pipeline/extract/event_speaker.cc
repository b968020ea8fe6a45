// Who speaks in a sentence and which of its events are the speaker's
// own: the statement's holder and verb, the phrases a SPEAKER_LINK word
// opens after the verb or the name, the sentence's opening phrase before
// the name, and a name that only looks like a reporting verb's subject.
// Part of SentenceEvents (event_sentence.h), apart from dating and
// participants so each file reads as one concern.
#include "pipeline/extract/event_sentence.h"

#include <algorithm>

#include "pipeline/extract/event_text.h"

namespace annals {
namespace {

using event_text::IsAsciiLetter;
using event_text::NextWord;
using event_text::WordBefore;

// How far after the comma closing a sentence's opening phrase the
// speaker's name may begin ("..., Deputy Prime Minister X said").
constexpr size_t kHolderAfterComma = 48;

// How many capitalized words (a title: "President") may stand between a
// PHRASE_LINK word and the name it governs.
constexpr size_t kTitleWords = 4;

// The masked offset of an article offset (the first that maps at or after it).
size_t MaskedOffset(const MaskedText& masked, size_t article) {
  for (size_t m = 0; m < masked.text().size(); ++m) {
    if (masked.ToArticle(m, false) >= article) return m;
  }
  return masked.text().size();
}

}  // namespace

// The sentence's statement, if any: who says it, where its verb and
// holder stand in the masked sentence.
void SentenceEvents::FindSpeaker(size_t sentence, const MaskedText& masked) {
  speaker_ = Speaker();
  for (const auto& pos : PositionsOf(sentence)) {
    if (pos.holder < 0) continue;
    speaker_.holder = pos.holder;
    speaker_.verb = {MaskedOffset(masked, pos.verb_span.begin),
                     MaskedOffset(masked, pos.verb_span.end)};
    speaker_.when = pos.when;
    speaker_.verb_name = pos.verb;
    speaker_.holder_pos = speaker_.verb.begin;
    bool before = false;
    for (const auto& t : masked.Tokens(0, masked.text().size(), 'A')) {
      if (t.index != pos.holder) continue;
      if (t.masked.end <= speaker_.verb.begin) {
        speaker_.holder_pos = t.masked.begin;
        before = true;
      } else if (!before) {
        speaker_.holder_pos = t.masked.begin;
        break;
      }
    }
    return;
  }
}

// Whether the event is the speaker's own: its trigger is the reporting
// verb itself ("X told visiting Y"), or a SPEAKER_LINK word opens the
// phrase of the speaker's clause that holds it.
bool SentenceEvents::InSpeakerClause(const MaskedText& masked,
                                     const Pending& p) const {
  if (speaker_.holder < 0 || !words_.speaker_link) return false;
  const Lexicon* link = words_.speaker_link;
  auto skip = [&](std::string_view w) {
    const LexiconEntry* e = link->Find(w);
    return e && e->Field("skip") == "yes";
  };
  auto links = [&](std::string_view w) {
    const LexiconEntry* e = link->Find(w);
    if (!e || e->Field("skip") == "yes") return false;
    const std::string& after = e->Field("after");
    return after.empty() || after == speaker_.verb_name;
  };
  const std::string& s = masked.text();
  Span t = p.trigger, v = speaker_.verb;
  size_t h = speaker_.holder_pos;
  if (t.begin < v.end && v.begin < t.end) return true;  // "X told visiting Y"
  if (h < t.begin && t.end <= v.begin) {  // "X, in talks with Y, warned"
    return links(NextWord(s, h, t.begin, skip));
  }
  if (t.begin >= v.end) {  // "X told reporters after talks with Y"
    return !Separated(v, t) && links(NextWord(s, v.end, t.begin, skip));
  }
  if (t.end <= h && t.end <= v.begin) {  // "At a meeting on Monday, X said"
    return masked.Tokens(0, t.begin, 'A').empty() &&
           (links(NextWord(s, 0, t.begin, skip)) || OpensBeforeHolder(masked, t, h));
  }
  return false;
}

// "Explaining the changes at a news conference today, X said they...":
// the sentence's opening phrase, which holds the trigger in a phrase a
// SPEAKER_LINK word with opening = yes opens ("at", "after"; not "on" of
// "Commenting on that meeting") and names no person, is the
// speaker's when the speaker's name follows its comma and the reporting
// verb goes on (", he said." closes a quotation, no opening phrase).
bool SentenceEvents::OpensBeforeHolder(const MaskedText& masked, Span trigger,
                                       size_t holder) const {
  const std::string& s = masked.text();
  const size_t comma = s.find(", ");
  if (comma == std::string::npos || comma < trigger.end || comma > holder ||
      holder - comma > kHolderAfterComma || s.find(',', comma + 1) < holder)
    return false;
  const LexiconEntry* link = LinkBefore(masked, 0, trigger.begin);
  if (!link || link->Field("opening") != "yes") return false;
  const size_t after = speaker_.verb.end;
  if (std::none_of(s.begin() + std::min(after, s.size()), s.end(),
                   [](char c) { return IsAsciiLetter(c); }))
    return false;
  for (const auto& t : masked.Tokens(0, comma, 'A')) {
    if (facts_->actors[t.index].kind == "person") return false;
  }
  return true;
}

// Whether the mention at `pos` is the object of a PHRASE_LINK word that
// opens a complement ("a meeting with President X"), past title words:
// such a name is no subject of a reporting verb after it.
bool SentenceEvents::ObjectOfLink(const MaskedText& masked, size_t pos) const {
  if (!words_.phrase_link) return false;
  size_t end = pos;
  for (size_t n = 0; n <= kTitleWords; ++n) {
    size_t b = 0;
    std::string_view w = WordBefore(masked.text(), end, &b);
    if (w.empty()) return false;
    if (w[0] >= 'A' && w[0] <= 'Z') {
      end = b;
      continue;
    }
    const LexiconEntry* e = words_.phrase_link->Find(w);
    return e && e->Field("value") == "opens";
  }
  return false;
}

}  // namespace annals
