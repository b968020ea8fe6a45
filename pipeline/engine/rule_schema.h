// RuleSchema: which fields each kind of rule takes, and their checks.
//
// The loader uses it to report unknown keys (with a did-you-mean), missing
// required fields and values outside their enumerations, so a typo in a
// rule file is an error at load time, not a silently ignored field.
#ifndef ANNALS_PIPELINE_ENGINE_RULE_SCHEMA_H_
#define ANNALS_PIPELINE_ENGINE_RULE_SCHEMA_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "pipeline/engine/rule.h"
#include "pipeline/base/status.h"

namespace annals {

struct RuleSchema {
  std::vector<std::string> required;
  std::vector<std::string> optional;
  // Field -> allowed values, for enumerated fields.
  std::map<std::string, std::vector<std::string>> choices;

  std::vector<std::string> AllKeys() const;
};

const RuleSchema& SchemaFor(Stage stage);

// Checks enumerated fields; the first problem found, or Ok. (The value
// functions a rule may call are the RuleContract's to check.)
Status ValidateRule(const Rule& rule);
// The same, placing the error at the offending field (`where` maps a field
// name to where it is written; the loader knows, a Rule does not).
Status ValidateRule(const Rule& rule,
                    const std::function<SourceLocation(const std::string&)>& where);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_RULE_SCHEMA_H_
