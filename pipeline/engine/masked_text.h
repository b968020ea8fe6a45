// MaskedText: a sentence in which earlier mentions stand as single tokens.
//
// Later stages match against the sentence with each timex, place and actor
// replaced by a token "\x1eT3\x1f", "\x1eP0\x1f", "\x1eA12\x1f" (the
// built-in macros {TIMEX}, {PLACE} and {ACTOR} match them). A pattern can
// then speak of "an actor" without re-describing names, the way HeidelTime
// replaces found dates by placeholders before its interval rules run.
// MaskedText maps masked offsets back to article offsets and tokens back
// to the mentions they stand for.
//
// Thread-safety: a value; build one per sentence and stage.
#ifndef ANNALS_PIPELINE_ENGINE_MASKED_TEXT_H_
#define ANNALS_PIPELINE_ENGINE_MASKED_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/span.h"

namespace annals {

// A mention to mask: its article span, kind letter ('T', 'P', 'A') and the
// index it has in its own list.
struct MaskItem {
  Span span;
  char kind;
  int index;
};

struct MaskToken {
  char kind;
  int index;
  Span masked;  // where the token is in the masked text
};

class MaskedText {
 public:
  // Masks `items` (any order; overlapping items after the first are
  // skipped) inside `sentence` of `text`.
  MaskedText(std::string_view text, Span sentence, std::vector<MaskItem> items);

  const std::string& text() const { return masked_; }
  // Article offset of a masked offset (a token maps to its mention's span).
  size_t ToArticle(size_t masked_offset, bool is_end) const;
  Span ToArticle(size_t begin, size_t end) const {
    return {ToArticle(begin, false), ToArticle(end, true)};
  }
  // The article text for a masked range (tokens become their words).
  std::string Unmask(size_t begin, size_t end) const;
  // The tokens of one kind inside a masked range, in order.
  std::vector<MaskToken> Tokens(size_t begin, size_t end, char kind) const;

 private:
  struct Piece {
    size_t masked_begin, masked_end;
    size_t article_begin, article_end;
    bool token;
    char kind;
    int index;
  };
  std::string_view article_;
  std::string masked_;
  std::vector<Piece> pieces_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_MASKED_TEXT_H_
