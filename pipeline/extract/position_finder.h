// PositionFinder: who stated what, about which topic.
//
// `position` rules match a reporting verb with its holder on the masked
// sentence: "(?P<holder>{ACTOR}) (?P<verb>stressed)", "said (?P<holder>{ACTOR})",
// ", (?P<holder>{PRONOUN}) added". A holder that is a pronoun refers to
// the last holder of its kind (PRONOUN lexicon, field `refers`: person or
// group), which is how Xinhua's "China, it added, ..." chains read. The
// topics are the TOPIC lexicon's entries found in the sentence (one
// position per topic; none gives one position without a topic); the text
// is the sentence.
//
// Thread-safety: immutable after construction; Find is const.
#ifndef ANNALS_PIPELINE_EXTRACT_POSITION_FINDER_H_
#define ANNALS_PIPELINE_EXTRACT_POSITION_FINDER_H_

#include <memory>
#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/masked_text.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/base/span_set.h"
#include "pipeline/engine/rule_contract.h"
#include "pipeline/extract/word_order.h"

namespace annals {

class PositionFinder {
 public:
  // The lexicons (and fields) this type looks up by name: RuleBook checks
  // them when it loads (rule_contract.h).
  static RuleContract Reads();

  explicit PositionFinder(const RuleBook& rules);
  ~PositionFinder();

  // Appends facts->positions (all earlier stages done).
  void Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
            std::vector<Discarded>* dropped = nullptr) const;

 private:
  std::vector<std::string> TopicsIn(std::string_view sentence) const;
  int StatementDate(const MaskedText& masked, Span stated,
                    const ArticleFacts& facts) const;

  const RuleBook& rules_;
  WordOrder order_;
  const Lexicon* topics_ = nullptr;
  std::unique_ptr<RE2> topic_re_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_POSITION_FINDER_H_
