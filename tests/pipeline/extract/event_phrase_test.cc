// PhraseAround on masked sentences of our own: where an event noun's
// phrase begins and ends (tokens stand for actors, places and timexes).
#include "pipeline/extract/event_phrase.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/engine/rule_book.h"
#include "tests/bundled_rules.h"

namespace annals {
namespace {

PhraseWords Words() {
  const RuleBook& rules = testing::BundledExtractor().rules();
  return {rules.lexicon("PHRASE_LINK"), 4};  // WORD_ORDER participation_words
}

// The phrase around the first occurrence of `trigger` in `masked`, as text.
std::string Phrase(const std::string& masked, std::string_view trigger,
                   std::vector<size_t> bounds = {}) {
  size_t at = masked.find(trigger);
  REQUIRE(at != std::string::npos);
  Span span = PhraseAround(masked, {at, at + trigger.size()},
                           {0, masked.size()}, bounds, Words());
  return masked.substr(span.begin, span.end - span.begin);
}

TEST_CASE("an event noun's phrase: names before it, its complement after") {
  struct Case {
    const char* masked;
    const char* trigger;
    const char* phrase;
  };
  const Case cases[] = {
      // Hyphenated names before the noun belong to it; "the" does not.
      {"follow the spirit of the \x1e" "A1\x1f-\x1e" "A2\x1f telephone "
       "conversation to keep",
       "telephone conversation",
       "\x1e" "A1\x1f-\x1e" "A2\x1f telephone conversation"},
      // A complement after "of"; a lower-case verb after the comma ends it.
      {"build on the phone conversation of \x1e" "A4\x1f, focus on trade",
       "phone conversation", "phone conversation of \x1e" "A4\x1f"},
      // Names joined by "and"; a word that is no link ends it.
      {"the contact between \x1e" "A1\x1f and \x1e" "A2\x1f after \x1e"
       "A3\x1f had a call",
       "contact", "contact between \x1e" "A1\x1f and \x1e" "A2\x1f"},
      // Words before the first name ("his counterpart") are allowed.
      {"talks with his counterpart \x1e" "A7\x1f in \x1e" "P1\x1f.",
       "talks", "talks with his counterpart \x1e" "A7\x1f in \x1e" "P1\x1f"},
      // No link word after the noun: no complement.
      {"their phone talks that \x1e" "A2\x1f came to \x1e" "P1\x1f",
       "phone talks", "phone talks"},
      // A `dates` link steps over the date after it ("on Monday");
      // the complement goes on at "between".
      {"talks on \x1e" "T1\x1f between \x1e" "A1\x1f and \x1e" "A2\x1f.",
       "talks", "talks on \x1e" "T1\x1f between \x1e" "A1\x1f and \x1e" "A2\x1f"},
      // ... but not a word that is no date ("on trade").
      {"talks on trade between \x1e" "A1\x1f and \x1e" "A2\x1f.",
       "talks", "talks"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.masked);
    CHECK(Phrase(c.masked, c.trigger) == c.phrase);
  }
}

TEST_CASE("a clause boundary after the noun ends its complement") {
  std::string masked =
      "the talks with \x1e" "A1\x1f which \x1e" "A2\x1f and \x1e" "A3\x1f";
  size_t which = masked.find("which");
  CHECK(Phrase(masked, "talks", {which}) == "talks with \x1e" "A1\x1f");
}

TEST_CASE("a relative clause right after the noun is the event's own") {
  const Lexicon* verbs =
      testing::BundledExtractor().rules().lexicon("EVENT_RELATIVE");
  REQUIRE(verbs != nullptr);
  struct Case {
    const char* masked;
    const char* after;  // the phrase ends right after this
    const char* role;   // "" when the clause is not the event's
  };
  const Case cases[] = {
      {"the two-day talks which ended \x1eT1\x1f", "talks", "end"},
      {"the talks, which began \x1eT1\x1f in \x1eP1\x1f", "talks", "start"},
      {"a meeting that took place \x1eT1\x1f", "meeting", "point"},
      // A verb that says nothing of the event's date.
      {"the talks which angered \x1eA1\x1f \x1eT1\x1f", "talks", ""},
      // The clause must open right after the phrase.
      {"the talks in \x1eP1\x1f said that ended \x1eT1\x1f", "talks", ""},
  };
  for (const auto& c : cases) {
    std::string masked = c.masked;
    CAPTURE(masked);
    std::vector<size_t> bounds;
    for (const char* w : {"which", "that"}) {
      if (size_t at = masked.find(w); at != std::string::npos) bounds.push_back(at);
    }
    size_t end = masked.find(c.after) + std::string_view(c.after).size();
    RelativeClause own = OwnRelativeClause(masked, end, bounds, *verbs);
    CHECK(own.role == c.role);
    CHECK((own.boundary != std::string_view::npos) == (*c.role != 0));
  }
}

}  // namespace
}  // namespace annals
