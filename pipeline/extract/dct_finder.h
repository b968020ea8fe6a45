// DctFinder: the document creation time, from the article's own head.
//
// `dct` rules match the first lines of an article: a "Published: 18:15,
// March 12, 2021" stamp, a wire dateline "LISBON, Portugal,
// March 19 (Xinhua)". The best dated match (priority, then earliest) gives
// the DCT as a TIMEX3 value, with the year left unknown ("XXXX-03-19") when
// the text does not give one; the best match naming a place gives the
// dateline place for "here".
//
// Thread-safety: immutable; Find is const.
#ifndef ANNALS_PIPELINE_EXTRACT_DCT_FINDER_H_
#define ANNALS_PIPELINE_EXTRACT_DCT_FINDER_H_

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/rule_book.h"

namespace annals {

struct DctResult {
  std::string value;
  std::string place;
  std::string rule;
  Span span;
};

class DctFinder {
 public:
  // How far into an article a DCT stamp or dateline may start.
  static constexpr size_t kHeadBytes = 2048;

  explicit DctFinder(const RuleBook& rules) : rules_(rules) {}

  // The best match's DCT value ("" for a dateline that gives only a
  // place) and place; nullopt when neither is found.
  // Example: Find("Published: 18:15, March 12, 2021\n...")->value
  //          == "2021-03-12" (with the bundled rules).
  std::optional<DctResult> Find(std::string_view text) const;

 private:
  const RuleBook& rules_;
};

// "LISBON" -> "Lisbon"; other spellings are kept.
std::string TitleCaseIfShouting(std::string name);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_DCT_FINDER_H_
