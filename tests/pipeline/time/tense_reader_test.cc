// TenseReader on sentences of our own: the governing verb of a timex, not
// the nearest cue word, decides which way a bare weekday resolves.
#include "pipeline/time/tense_reader.h"

#include <doctest/doctest.h>

#include <string>

namespace annals {
namespace {

std::shared_ptr<const RuleBook> Book() {
  static std::shared_ptr<const RuleBook> book = [] {
    Diagnostics d;
    return RuleBook::LoadDirs({ANNALS_SOURCE_DIR "/rules"}, &d);
  }();
  return book;
}

const char* Name(Tense t) {
  return t == Tense::kFuture    ? "future"
         : t == Tense::kPresent ? "present"
                                : "past";
}

TEST_CASE("tense of the verb governing a timex") {
  REQUIRE(Book() != nullptr);
  const TenseReader reader(*Book());
  struct Row {
    const char* sentence;
    const char* timex;
    const char* tense;
  };
  const Row rows[] = {
      {"The minister said she will travel to Oslo on Friday.", "Friday",
       "future"},
      {"The minister said Friday she will travel to Oslo.", "Friday", "past"},
      {"On Tuesday, the two envoys conferred in Vienna.", "Tuesday", "past"},
      {"The delegation planned to leave for Lima on Thursday.", "Thursday",
       "future"},
      {"Talks, which broke down last month, are set to resume Monday.",
       "Monday", "future"},
      {"The rebels shelled the port Sunday, and aid will arrive soon.",
       "Sunday", "past"},
      {"Nothing happened.", "Nothing", "past"},
      // No cue at all: the nearest occurrence (present).
      {"Arafat and Albright in London Monday.", "Monday", "present"},
      // A present-tense verb of meeting or travel, or "ahead of", looks
      // ahead; "comes after" looks back.
      {"Arafat meets Albright in London Monday.", "Monday", "future"},
      {"The visit comes ahead of a summit in Busan on Friday.", "Friday",
       "future"},
      {"The vote comes after clashes in the capital on Friday.", "Friday",
       "past"},
      {"The board named a new chief, effective Feb. 1.", "Feb. 1", "future"},
      // A shape-only verb before the timex outweighs a listed cue after it.
      {"The envoys issued a statement Friday saying talks will resume.",
       "Friday", "past"},
      // "next to" is a place: it shields the cue "next".
      {"A bomb ripped through a bank next to the embassy Friday.", "Friday",
       "past"},
      {"The bank next to the embassy will reopen Friday.", "Friday", "future"},
      // After the timex, the nearest cue governs, listed or shape.
      {"In January, the firm hired a chief who will stay on as chairman.",
       "January", "past"},
      {"The court postponed the hearing until Tuesday.", "Tuesday", "future"},
      // A plan told in the past perfect is over; a plan before its timex
      // ("On Friday, ... planned to") dates the planning.
      {"The offer had been scheduled to expire at midnight Friday.", "Friday",
       "past"},
      {"On Friday, the government planned to pay the first claims.", "Friday",
       "past"},
      // A past form after "be" is a passive participle: the modal or
      // "to" before it governs; after "been" it stays past.
      {"A decision is likely to be announced on Monday.", "Monday", "future"},
      {"He hopes the details will be agreed in February.", "February",
       "future"},
      {"The accord had been signed on Monday.", "Monday", "past"},
      // "agreed to" looks ahead to what follows it, not to a timex before.
      {"Kabila agreed to talks aboard a ship Friday.", "Friday", "future"},
      {"On Sunday, the brigades agreed to extend the truce.", "Sunday",
       "past"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.sentence);
    std::string s = r.sentence;
    size_t at = s.find(r.timex);
    REQUIRE(at != std::string::npos);
    CHECK(std::string(Name(
              reader.At(s, at, at + std::string(r.timex).size()))) == r.tense);
  }
}

}  // namespace
}  // namespace annals
