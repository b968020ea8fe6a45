// PlaceFinder: places the article names ("in Beijing", "the Alaskan city
// of Porto", "here" for the dateline's place).
//
// `place` rules give a `name` (a template; its single capture is the
// mention's span) and a `kind`. Kind `deictic` marks words like "here"
// that stand for the dateline place; they are dropped when the article
// has no dateline. Names written in capitals are title-cased.
//
// Thread-safety: immutable; Find is const.
#ifndef ANNALS_PIPELINE_EXTRACT_PLACE_FINDER_H_
#define ANNALS_PIPELINE_EXTRACT_PLACE_FINDER_H_

#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/base/span_set.h"

namespace annals {

class PlaceFinder {
 public:
  explicit PlaceFinder(const RuleBook& rules) : rules_(rules) {}

  // Appends the places of `text` to facts->places (timexes already found).
  void Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
            std::vector<Discarded>* dropped = nullptr) const;

 private:
  const RuleBook& rules_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_PLACE_FINDER_H_
