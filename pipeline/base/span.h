// Span and Sentence: where a fact is in its article.
//
// Every stage reports byte offsets into the article as given (UTF-8, end
// exclusive), never into a copy, so evidence can always be shown in the
// original text. Sentences are the Segmenter's; every stage works sentence
// by sentence.
//
// Thread-safety: plain values.
#ifndef ANNALS_PIPELINE_BASE_SPAN_H_
#define ANNALS_PIPELINE_BASE_SPAN_H_

#include <cstddef>

namespace annals {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return end <= begin; }
  bool operator==(const Span&) const = default;
};

// The bytes between two spans; 0 when they touch or overlap.
inline size_t Gap(Span a, Span b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

struct Sentence {
  Span span;
  size_t paragraph = 0;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_BASE_SPAN_H_
