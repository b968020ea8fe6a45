// MentionList: every mention an article's facts hold, flattened into one
// list of (stage, rule, span, fields), the shape rule authors think in.
//
// ArticleFacts keeps each stage's results in its own struct (Timex, Place,
// ActorMention...); `annals rules test` and `annals explain` both need to
// ask "what did rule R find here, and with which fields?". This file
// answers that once, so the tester and the explain view agree.
//
//   ArticleFacts f = extractor.Extract(article);
//   for (const Mention& m : ListMentions(f, article.text)) ...
//   // {stage: timex, rule: "timex.date.month_day", span: [12,19),
//   //  fields: {type: DATE, value: 2021-02-11}}
//
// Thread-safety: plain values and pure functions.
#ifndef ANNALS_PIPELINE_EXTRACT_MENTION_LIST_H_
#define ANNALS_PIPELINE_EXTRACT_MENTION_LIST_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/rule.h"

namespace annals {

struct Mention {
  Stage stage = Stage::kTimex;
  std::string rule;
  Span span;
  // The rule's whole match, when it differs from the mention's span (an
  // event's span is its trigger; its rule matched more). Empty: unknown.
  Span whole;
  // Field name -> value; a field may repeat (an actor's several titles).
  std::vector<std::pair<std::string, std::string>> fields;

  // True when some value of `name` equals `value`.
  bool HasField(const std::string& name, const std::string& value) const;
  // "type=DATE value=2021-02-11", for messages.
  std::string FieldsText() const;
};

// The timexes, places, actor mentions, positions and events of `facts`,
// in article order. (The DCT has no span in ArticleFacts; DctFinder
// gives it with one.)
std::vector<Mention> ListMentions(const ArticleFacts& facts);

// The text of a span, clamped to `text`.
std::string_view SpanText(std::string_view text, Span span);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_MENTION_LIST_H_
