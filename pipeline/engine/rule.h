// Rule: one compiled pattern from the rule files, with what to do on a match.
//
// A rule belongs to a stage (the YAML section it is listed under): `dct`
// finds a document's creation time, `block` masks spans no other stage may
// use ("Group of 20"), `timex` finds time expressions, `place`, `actor`,
// `event` and `position` find the mentions. Stages run in that order and
// each later stage sees the mentions of the earlier ones as tokens (see
// masked_text.h), so an event pattern can say `{ACTOR} met with {ACTOR}`.
//
// Thread-safety: immutable once loaded (its RE2 aside, compiled once on
// first use under std::call_once); RE2 matching is thread-safe.
#ifndef ANNALS_PIPELINE_ENGINE_RULE_H_
#define ANNALS_PIPELINE_ENGINE_RULE_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/engine/lexicon.h"
#include "pipeline/base/status.h"
#include "pipeline/engine/template.h"

namespace annals {

enum class Stage { kDct, kBlock, kTimex, kPlace, kActor, kEvent, kPosition };
inline constexpr int kStageCount = 7;

// The YAML section name of a stage ("timex"), and back.
const char* StageName(Stage stage);
std::optional<Stage> StageFromName(const std::string& name);

// One `examples:` item: the rule must (or, with reject, must not) find a
// mention in `text` whose span text and fields are as given.
struct RuleExample {
  SourceLocation where;
  std::string text;
  std::optional<std::string> match;        // expected span text
  std::map<std::string, std::string> expect;  // expected fields (value, type...)
  std::string dct;                          // anchor for the example
  bool reject = false;
};

struct Rule {
  std::string id;
  Stage stage = Stage::kTimex;
  SourceLocation where;
  int priority = 0;
  std::string description;
  std::string pattern_source;  // as written, with {NAME} references
  std::string pattern;         // expanded RE2 syntax
  // Every stage-specific scalar field, parsed as a Template.
  std::map<std::string, Template> fields;
  // `value:` of timex and dct rules, parsed as a Call.
  std::optional<Call> value;
  // Capture group -> lexicon, for groups that are exactly `{LEXICON}`.
  std::map<std::string, const Lexicon*> group_lexicons;
  // `exclude:` capture -> lexicons none of whose forms the capture's words
  // may be (a title word is no name).
  std::map<std::string, std::vector<const Lexicon*>> exclude;
  std::vector<std::string> blocks;  // `block` rules: stages they block
  std::vector<RuleExample> examples;
  size_t layer = 0;  // which --rules directory it came from

  // A field's template, or an empty one.
  const Template& Field(const std::string& name) const;
  bool Has(const std::string& name) const { return fields.count(name) > 0; }

  // The compiled `pattern`, compiled on the first call from whichever
  // thread makes it (std::call_once): a rule the text never gives a
  // chance costs nothing at start-up. The RuleBook calls it up front for
  // every rule when it must check them (a load not vouched for by the
  // cache, `annals rules check`), so errors keep their file:line.
  // Example: rule.re().ok()
  const RE2& re() const;

 private:
  mutable std::once_flag re_once_;
  mutable std::unique_ptr<RE2> re_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_RULE_H_
