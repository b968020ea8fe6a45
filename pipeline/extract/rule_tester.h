// RuleTester: runs the `examples:` of rules through the real pipeline.
//
// Each rule may carry examples (RuleExample, rule.h). An example passes
// when the rule itself finds, in the example's text (with its dct, if
// any), a mention whose span text is `match` (when given) and whose
// fields have the expected values (`value: 2021-03-18`, `name: ...`); a
// `reject: true` example passes when no such mention is found. For events
// `match` may be the trigger or the rule's whole match. The text
// goes through Extractor::Extract like an article, so overlap resolution,
// blocking and the earlier stages all take part: an example documents what
// users will see, not what the bare regex matches.
//
//   RuleTester tester(book);
//   std::vector<ExampleResult> results = tester.RunAll();
//   // results[i].passed, results[i].detail ==
//   //   "expected \"March 5, 2020\" value=2020-03-05; found: \"March 5\" ..."
//
// Block rules are tested against the block stage's matches (they make no
// mention), dct rules against DctFinder.
//
// Ownership: shares the RuleBook. Thread-safety: Run is const.
#ifndef ANNALS_PIPELINE_EXTRACT_RULE_TESTER_H_
#define ANNALS_PIPELINE_EXTRACT_RULE_TESTER_H_

#include <memory>
#include <string>
#include <vector>

#include "pipeline/extract/extractor.h"
#include "pipeline/extract/mention_list.h"
#include "pipeline/engine/rule_book.h"

namespace annals {

struct ExampleResult {
  const Rule* rule = nullptr;
  const RuleExample* example = nullptr;
  bool passed = false;
  // Why it failed: what was expected and what the pipeline found instead.
  std::string detail;
};

class RuleTester {
 public:
  explicit RuleTester(std::shared_ptr<const RuleBook> book);

  // Every example of every rule, in rule file order.
  std::vector<ExampleResult> RunAll() const;
  // One rule's examples.
  std::vector<ExampleResult> Run(const Rule& rule) const;
  ExampleResult RunExample(const Rule& rule, const RuleExample& example) const;

 private:
  // The mentions `rule`'s stage produced for the example's text.
  std::vector<Mention> Found(const Rule& rule, const RuleExample& example) const;
  void AddWholeMatches(const ArticleFacts& facts, std::string_view text, const Rule& rule,
                       std::vector<Mention>* mentions) const;

  std::shared_ptr<const RuleBook> book_;
  Extractor extractor_;
};

// "rules/a.yaml:12:9: FAIL timex.x: detail" (or PASS), one line.
std::string FormatResult(const ExampleResult& result);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_RULE_TESTER_H_
