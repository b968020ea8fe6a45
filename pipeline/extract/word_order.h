// WordOrder: the distances of the language's word order the stages use.
//
// Attaching words to a trigger needs a few distances (how far before its
// verb a pronoun subject may stand, how much farther a date before the
// trigger counts). They are facts of English, not of the mechanism, so
// they live in the rules (lexicon WORD_ORDER, rules/mentions/
// word_order.yaml) and the stages read them once, here. The lexicon is part
// of the rule contract: a rules tree without one of the entries fails to
// load, so From() finds every entry it asks for.
//
// Thread-safety: a plain value.
#ifndef ANNALS_PIPELINE_EXTRACT_WORD_ORDER_H_
#define ANNALS_PIPELINE_EXTRACT_WORD_ORDER_H_

#include <cstddef>

#include "pipeline/engine/rule_book.h"
#include "pipeline/engine/rule_contract.h"

namespace annals {

struct WordOrder {
  size_t date_before_toll = 0;     // bytes
  size_t subject_words = 0;        // words
  size_t sequence_words = 0;       // words
  size_t narrative_sentences = 0;  // sentences
  size_t unrealized_words = 0;     // words
  size_t pair_sentences = 0;       // sentences
  size_t statement_date_gap = 0;   // bytes
  size_t date_reach = 0;           // bytes
  size_t participation_words = 0;  // words

  // The distances of `rules` (0 for an entry a rules tree loaded without
  // the contract lacks).
  // Example: WordOrder::From(book).subject_words == 4 (bundled rules)
  static WordOrder From(const RuleBook& rules);

  // The contract entry a stage that reads WordOrder declares.
  // Example: RuleContract{{WordOrder::Read(Stage::kEvent, "the event finder")}, {}}
  static LexiconRead Read(Stage stage, const char* reader);
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_WORD_ORDER_H_
