// Segmenter: paragraphs and sentences, as byte spans of the article.
//
// A paragraph is a run of non-blank lines; wire copy puts one paragraph on
// a line, so a line break also ends a sentence. Inside a line a sentence
// ends at . ! or ? (and any closing quotes or brackets) followed by space
// and an upper-case letter, digit or quote, unless the word before the
// period is an abbreviation from the ABBREVIATION lexicon ("Feb.", "U.S.",
// "Mr.") or a single initial ("J."). Offsets are never shifted: the text
// is not copied or normalized.
//
// Thread-safety: immutable after construction.
#ifndef ANNALS_PIPELINE_EXTRACT_SEGMENTER_H_
#define ANNALS_PIPELINE_EXTRACT_SEGMENTER_H_

#include <string_view>
#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/lexicon.h"
#include "pipeline/engine/rule_contract.h"

namespace annals {

class Segmenter {
 public:
  // The lexicons (and fields) this type looks up by name: RuleBook checks
  // them when it loads (rule_contract.h).
  static RuleContract Reads();

  // Longer "sentences" are cut at a space, so work stays linear.
  static constexpr size_t kMaxSentence = 2048;

  // `abbreviations` may be null (no abbreviation then protects a period).
  explicit Segmenter(const Lexicon* abbreviations) : abbreviations_(abbreviations) {}

  // Example: Split("He left. She came.") gives spans [0,8) and [9,18).
  std::vector<Sentence> Split(std::string_view text) const;

 private:
  bool EndsSentence(std::string_view line, size_t dot) const;

  const Lexicon* abbreviations_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_SEGMENTER_H_
