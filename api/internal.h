// What the public handles (include/annals/*.h) hold, and the one door
// through which the library's own code reaches it.
//
// Not installed: the public headers hide RuleBook, ArticleFacts and the
// Boost graph (and so yaml-cpp, RE2 and Boost) behind these Impl structs.
// Only api/*.cc include it; the CLI uses the public headers alone.
#ifndef ANNALS_API_INTERNAL_H_
#define ANNALS_API_INTERNAL_H_

#include <memory>
#include <string>
#include <utility>

#include "annals/article.h"
#include "annals/rules.h"
#include "annals/timeline.h"
#include "graph/assemble/assembler.h"
#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/extract/facts.h"
#include "pipeline/engine/rule_book.h"

namespace annals {

// The compiled rules and the one Extractor built from them; Extractor is
// immutable and reentrant, so every thread shares it.
struct RuleSet::Impl {
  explicit Impl(std::shared_ptr<const RuleBook> b)
      : book(std::move(b)), extractor(book) {}
  std::shared_ptr<const RuleBook> book;
  Extractor extractor;
};

struct Extraction::Impl {
  ArticleFacts facts;
  std::string text;
  bool has_text = false;  // false for records read back from JSON Lines
};

struct Timeline::Impl {
  Assembly assembly;
};

namespace internal {

struct Access {
  // The private Impl types, named for the api/*.cc free functions.
  using RulesImpl = RuleSet::Impl;
  using ExtractionImpl = Extraction::Impl;

  static RuleSet MakeRuleSet(std::shared_ptr<const RuleBook> book) {
    return RuleSet(std::make_shared<const RuleSet::Impl>(std::move(book)));
  }
  // nullptr for a moved-from RuleSet.
  static const RuleSet::Impl* Rules(const RuleSet& r) { return r.impl_.get(); }

  static Extraction MakeExtraction(std::unique_ptr<Extraction::Impl> impl) {
    return Extraction(std::move(impl));
  }
  static const Extraction::Impl& Of(const Extraction& x) { return *x.impl_; }
  static Extraction::Impl& Of(Extraction& x) { return *x.impl_; }

  static Timeline MakeTimeline(Assembly assembly) {
    auto impl = std::make_shared<Timeline::Impl>();
    impl->assembly = std::move(assembly);
    return Timeline(std::move(impl));
  }
  static const Assembly& AssemblyOf(const Timeline& t) {
    return t.impl_->assembly;
  }
};

// The pipeline's Article for `doc`; kInvalidArgument when a caller's DCT
// is not a date (one from a file's own header is taken as the file says).
// Defined in api/article.cc; Extract, TagTimes and Explain share it.
// The article takes `doc`'s text: pass a copy, or move a document that is
// no longer needed.
Result<Article> ToArticle(Document doc);

// The error of an API call made with a moved-from RuleSet.
Status NoRules();

// The error of Extract or Explain given a RuleSet loaded with
// Scope::kTimes, or OK for a full one.
Status NeedsEveryStage(const RuleSet& rules);

}  // namespace internal
}  // namespace annals

#endif  // ANNALS_API_INTERNAL_H_
