// annals/explain.h: why the rules saw what they saw in one article.
//
// Extract() gives the results; Explain() gives a rule author the evidence
// behind them: every mention with the stage and rule that made it, its
// byte offsets and its normalized fields, and every match that overlap
// resolution threw away, with the rule that beat it and why. Narrowed to
// one rule, it shows exactly where that rule fires and where it loses.
// `annals explain` prints it sentence by sentence:
//
//   [3] "He met Putin in Moscow on March 5."
//       timex     "March 5"  timex.date.month_day  type=DATE value=2021-03-05
//       discarded "March"    timex.date.month  lost to timex.date.month_day (shorter)
//
// Thread-safety: Explain may be called concurrently with the same RuleSet;
// an Explanation is a plain value.
#ifndef ANNALS_EXPLAIN_H_
#define ANNALS_EXPLAIN_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "annals/article.h"
#include "annals/rules.h"
#include "annals/status.h"

namespace annals {

struct Explanation {
  // Something a rule found: a time expression, place, actor mention,
  // statement or event (an event's span is its trigger).
  struct Mention {
    std::string stage;               // timex place actor position event
    std::string rule;                // "timex.date.month_day"
    std::size_t begin = 0, end = 0;  // bytes into `text`
    // Field name -> value, in the rule's order; a name may repeat (an
    // actor's several titles).
    std::vector<std::pair<std::string, std::string>> fields;

    // The fields as "type=DATE value=2021-03-05".
    // Example: m.FieldsText() == "type=DATE value=2021-03-05"
    std::string FieldsText() const;
  };
  // A match that overlap resolution discarded.
  struct Discarded {
    std::string rule;                // the rule whose match lost
    std::string winner;              // the rule that beat it, "" if unknown
    std::size_t begin = 0, end = 0;  // the losing match
    std::string reason;              // "shorter", "lower priority", ...
  };
  struct Sentence {
    std::size_t begin = 0, end = 0;
  };

  std::string path;                  // Document::path
  std::string text;                  // the article text the offsets refer to
  std::string dct;                   // the DCT used, "" when none
  std::string dct_origin;            // text | option | inferred | none
  std::string dct_rule;              // the dct rule that found it, or ""
  std::string dateline_place;        // the dateline's place ("Lisbon"), or ""
  std::vector<Sentence> sentences;   // in article order
  std::vector<Mention> mentions;     // in article order, stage by stage
  std::vector<Discarded> discarded;  // in the order they were discarded
};

// Runs every stage of `rules` on `doc`, like Extract, and lists what each
// rule found and lost. With `rule_id`, only that rule's mentions and the
// discarded matches it lost or won are kept (sentences and the DCT are
// always there). kNotFound when `rule_id` names no rule; kInvalidArgument
// for a caller's DCT that is not a date (see Extract).
// Example:
//   auto e = annals::Explain(*rules, doc, "timex.date.month_day");
//   for (const auto& m : e->mentions)
//     std::cout << m.begin << " " << m.FieldsText() << "\n";
Result<Explanation> Explain(const RuleSet& rules, const Document& doc,
                            const std::string& rule_id = {});

}  // namespace annals

#endif  // ANNALS_EXPLAIN_H_
