// TenseReader: which way a sentence looks from one of its time expressions.
//
// A bare "Friday" or "Dec. 15" lies before or after the document date
// depending on the verb that governs it: "the king met Monday" looks back,
// "the team plans to leave on Thursday" ahead. Without a parser, the
// governing verb is taken to be the nearest tense cue before the timex in
// its clause, else the nearest after it in its clause, else the same in
// the sentence (read 160 bytes each side of the timex). Before the timex,
// listed cues count before word shapes ("...ed" is also an adjective: "an
// unspecified date"); after it, the nearest cue of either kind counts (the
// verb of the clause, not a "will" further on). A sentence without any cue
// ("Arafat and Albright in London Monday", "the summit in April") is
// kPresent: the nearest such day or month.
//
// All words come from lexicons of the rule book:
//   TENSE_CUE      forms with field `tense` (past, present, future):
//                  "will", "said", "plans to", "is expected to"
//   TENSE_PATTERN  word shapes with fields `pattern` (RE2, one word) and
//                  `tense`: the regular past "...ed" of verbs no list holds
//   CLAUSE_MARK    forms that end a clause: ",", ";", "(", quotes
//
// Example: in "Saddam said he will begin withdrawing troops on Friday",
// At(s, pos("Friday"), ...) is kFuture ("will" governs, not "said").
//
// Thread-safety: immutable after construction; At is const.
#ifndef ANNALS_PIPELINE_TIME_TENSE_READER_H_
#define ANNALS_PIPELINE_TIME_TENSE_READER_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/engine/rule_book.h"
#include "pipeline/engine/start_filter.h"
#include "pipeline/time/time_functions.h"
#include "pipeline/engine/rule_contract.h"

namespace annals {

class TenseReader {
 public:
  // The lexicons (and fields) this type looks up by name: RuleBook checks
  // them when it loads (rule_contract.h).
  static RuleContract Reads();

  explicit TenseReader(const RuleBook& rules);

  // The tense governing the timex at [begin, end) of `sentence`.
  Tense At(std::string_view sentence, size_t begin, size_t end) const;

 private:
  struct Cue {
    size_t begin = 0;
    size_t end = 0;
    Tense tense = Tense::kPast;
    bool listed = true;  // from TENSE_CUE, not a TENSE_PATTERN shape
    // The tense the cue tells a timex before it, when that differs
    // (TENSE_CUE field `after`): "agreed to" looks ahead to what follows
    // it, but "On Sunday, the group agreed to ..." is past.
    Tense tense_after = Tense::kPast;
  };
  enum class Side { kBefore, kAfter };

  std::vector<Cue> Cues(std::string_view sentence) const;
  // The tense of the nearest cue on `side` of the timex among those with
  // `listed` as given, within `scope` (a clause or the sentence), or nullopt.
  std::optional<Tense> Govern(const std::vector<Cue>& cues, bool listed,
                              Side side, size_t begin, size_t end,
                              std::pair<size_t, size_t> scope) const;
  std::optional<Tense> Nearest(const std::vector<Cue>& cues, size_t end,
                               std::pair<size_t, size_t> scope) const;
  std::optional<Tense> PatternTense(std::string_view word) const;
  // A listed cue form starting at text[pos]: sets *end past it and gives
  // its tense (nullopt for a "none" form); *end stays pos when none starts.
  std::optional<Tense> CueAt(std::string_view text, size_t pos,
                             size_t* end, Tense* after) const;
  // The clause around [begin, end): from the last mark before it to the
  // first mark after it.
  std::pair<size_t, size_t> Clause(std::string_view sentence, size_t begin,
                                   size_t end) const;

  // Words after which a past form is a passive participle ("likely to be
  // announced Monday"): such a form tells no tense (PARTICIPLE_AUX).
  bool AfterAuxiliary(std::string_view sentence, size_t pos) const;

  const Lexicon* cue_lexicon_ = nullptr;
  const Lexicon* aux_ = nullptr;
  std::unique_ptr<RE2> cue_;    // one cue form, run anchored at a token start
  StartFilter cue_starts_;      // skips the words no cue form begins with
  std::unique_ptr<RE2> marks_;  // clause marks
  // TENSE_PATTERN shapes, whole words, asked at once; the first that
  // matches (in lexicon order) gives the tense.
  std::unique_ptr<RE2::Set> shapes_;
  std::vector<Tense> shape_tenses_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_TIME_TENSE_READER_H_
