// EventPhrase: the noun phrase of an event noun, whose people are the
// event's when nothing else in the clause makes them take part.
//
// "China and the United States can build on the spirit of the phone
// conversation of the two heads of state": the call is the two heads of
// state's, not China's. A rule with `scope: phrase` names its event with a
// noun; the event's people and place come from the phrase around it, the
// words before the noun that belong to it (names, hyphenated and
// possessive words: "the Xi-Biden telephone conversation") and its
// complement opened by a PHRASE_LINK word ("talks with A and B in
// Geneva"), unless a PARTICIPATION_VERB stands just before the noun in its
// clause ("Xi and Biden held a telephone conversation"), which gives the
// event the clause's people as for a verb.
//
// Everything is computed on one sentence's masked text (tokens
// "\x1eA3\x1f" for actors, places, timexes), in time linear in the phrase.
//
// Thread-safety: plain functions of their arguments.
#ifndef ANNALS_PIPELINE_EXTRACT_EVENT_PHRASE_H_
#define ANNALS_PIPELINE_EXTRACT_EVENT_PHRASE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "pipeline/base/span.h"
#include "pipeline/engine/lexicon.h"

namespace annals {

struct PhraseWords {
  const Lexicon* link = nullptr;  // PHRASE_LINK: "with", "between", "of"
  size_t max_words = 0;           // WORD_ORDER participation_words
};

// The masked span of the noun phrase around `trigger`, within `segment`
// and before the first clause boundary (`bounds`, sorted offsets) after
// the trigger.
// Example: in "build on the spirit of the \x1eA1\x1f-\x1eA2\x1f telephone
// conversation, which", the span runs from "\x1eA1\x1f" to "conversation".
Span PhraseAround(std::string_view masked, Span trigger, Span segment,
                  const std::vector<size_t>& bounds, const PhraseWords& words);

// A relative clause that belongs to the event noun before it and may date
// it: in "the two-day talks which ended \x1eT1\x1f", "which" opens the
// talks' own clause, so the date on its far side is theirs, and the verb
// ("ended": EVENT_RELATIVE, value end) says which day of the event it is.
struct RelativeClause {
  size_t boundary = std::string_view::npos;  // offset of "which"/"that"
  std::string_view role;  // the verb's value: start | end | point
};

// The relative clause opening right after `phrase_end` (a comma may stand
// between), when its boundary word is one of `bounds` and its first one to
// three words are an entry of `verbs`; else boundary == npos.
// Example: OwnRelativeClause("talks, which began \x1eT1\x1f", 5, {7},
// relative).role == "start" when `relative` holds "began" (value start).
RelativeClause OwnRelativeClause(std::string_view masked, size_t phrase_end,
                                 const std::vector<size_t>& bounds,
                                 const Lexicon& verbs);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_EVENT_PHRASE_H_
