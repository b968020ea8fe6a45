// TimexTagger: finds time expressions and gives each its TIMEX3 value.
//
// Per sentence, the timex rules run through their StageMatcher; blocked
// spans and overlap losers are dropped; each survivor's `value:` call is
// evaluated (time_functions.h) with the tense of the verb governing the
// match (tense_reader.h; news defaults to past). Rules with
// `anchor: narrative` resolve against
// the last full date the article mentioned instead of the DCT (a date, or
// the day of a time told from the story: "the next morning"). A rule may
// match context it does not tag: a capture named `timex` is then the span
// ("in (?P<timex>January)"; RE2 has no lookbehind). The last quarter the
// text names ("third-quarter") is passed on as TimeContext::last_quarter.
// Timexes inside quotation marks (lexicon QUOTE_MARK) do not move the
// narrative anchors: a quote's "Monday" is the speaker's comparison.
// `anchor: sentence` takes the story's date only when the same sentence
// named it ("ran past 11 p.m." after "Wednesday night"), else the DCT. A
// rule's `point:` call gives the date a counted duration reaches ("three
// days later"): Timex::point, which dates events and moves the anchors.
//
// Thread-safety: immutable after construction; Tag is const.
#ifndef ANNALS_PIPELINE_TIME_TIMEX_TAGGER_H_
#define ANNALS_PIPELINE_TIME_TIMEX_TAGGER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/span.h"
#include "pipeline/time/timex.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/base/span_set.h"
#include "pipeline/time/tense_reader.h"
#include "pipeline/engine/rule_contract.h"

namespace annals {

class TimexTagger {
 public:
  // What this type and its TenseReader read by name, and the value
  // functions its rules may call (rule_contract.h).
  static RuleContract Reads();

  explicit TimexTagger(const RuleBook& rules);

  // Example: with DCT "2021-03-12", "He spoke on Friday." gives one DATE
  // timex "Friday" with value "2021-03-12".
  // `bias` is the direction of every expression whose year or week the
  // text leaves open, whatever its verbs (notes, chat, forms: "meeting
  // friday", "moved to Jan. 5"); nullopt reads the tense. `dct` may carry a clock time
  // ("2021-03-12T16:20"): "an hour ago" then counts from it.
  std::vector<Timex> Tag(std::string_view text,
                         const std::vector<Sentence>& sentences,
                         const std::string& dct, const SpanSet& blocked,
                         std::vector<Discarded>* dropped = nullptr,
                         std::optional<Tense> bias = std::nullopt) const;

  // Resolves every timex again from its recipe against `dct`, in order,
  // so narrative anchors follow. Used when a document's year is learned.
  void Resolve(std::vector<Timex>* timexes, const std::string& dct) const;

 private:
  // What one Tag shares among its timexes: one rule id and one recipe
  // per distinct one.
  struct Pools {
    StringPool rules;
    RecipePool recipes;
  };
  // The timex of match `m`, its rule id and recipes from `pools`.
  Timex Make(const Match& m, std::string_view sentence,
             const std::vector<size_t>& marks, size_t base, size_t index,
             Pools* pools) const;

  // Joins each clock time to the day it is said with when only a joiner
  // of lexicon CLOCK_JOIN lies between them ("tomorrow at 5pm", "noon
  // tomorrow", "2019-05-25 14:30"): one TIME timex covering both.
  void JoinClocks(std::string_view text, std::vector<Timex>* timexes) const;

  // Whether the tense governing `m` is one its rule's `tense:` allows
  // ("in 5 minutes" is a time to come, not_past; after a past verb, "in
  // five years" is how long something took): a rule reads its expression
  // only in the tense it is written for, and leaves it to other rules in
  // the others.
  bool FitsTense(const Match& m, std::string_view sentence,
                 std::optional<Tense> bias) const;

  // The end offsets of the quotation marks in `sentence`, in order.
  std::vector<size_t> QuoteMarks(std::string_view sentence) const;

  const RuleBook& rules_;
  TenseReader tense_;
  const Lexicon* holidays_ = nullptr;
  const Lexicon* clock_joins_ = nullptr;  // CLOCK_JOIN, if any
  std::unique_ptr<RE2> quote_marks_;  // the QUOTE_MARK lexicon, if any
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_TIME_TIMEX_TAGGER_H_
