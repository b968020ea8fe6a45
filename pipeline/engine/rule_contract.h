// RuleContract: what the C++ stages read from a rule book by name.
//
// Most knowledge reaches a stage through its rules' patterns, which the
// compiler checks. Some does not: the actor stage ranks titles through the
// TITLE lexicon's `rank` field, the event stage resolves pronouns through
// PRONOUN, the timex stage calls value functions by name. A rule file that
// renames one of those would otherwise load cleanly and quietly extract
// less. So each stage declares its reads, the caller hands the union to
// RuleBook, and loading fails with a `file:line: error` naming the stage
// and the missing lexicon, field or function.
//
// Thread-safety: a plain value.
#ifndef ANNALS_PIPELINE_ENGINE_RULE_CONTRACT_H_
#define ANNALS_PIPELINE_ENGINE_RULE_CONTRACT_H_

#include <functional>
#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/engine/rule.h"

namespace annals {

// One lexicon a stage looks up by name, the entry fields it reads (each
// must be given by at least one entry) and the forms it looks up (each
// must be an entry's). The read is checked when `stage` is compiled;
// `reader` names the C++ type, for messages.
struct LexiconRead {
  Stage stage;
  const char* reader;
  std::string lexicon;
  std::vector<std::string> fields;
  std::vector<std::string> forms = {};
};

struct RuleContract {
  std::vector<LexiconRead> lexicons;
  // The functions a timex rule's `value:`, `end:` or `point:` may call.
  std::vector<std::string> value_functions;

  // Example: RuleContract all = TimexTagger::Reads();
  //          all.Add(ActorFinder::Reads());
  RuleContract& Add(const RuleContract& other) {
    lexicons.insert(lexicons.end(), other.lexicons.begin(), other.lexicons.end());
    value_functions.insert(value_functions.end(), other.value_functions.begin(),
                           other.value_functions.end());
    return *this;
  }
};

class RuleBook;

// Where a rule's field is written (the loader knows; a Rule does not).
using FieldLocator = std::function<SourceLocation(const Rule&, const std::string& field)>;

// The contract's violations in `book`, one error each: a lexicon read by a
// stage the book compiled that is not defined (placed at a lexicon whose
// name is close, the likely rename, else at `root`), a field no entry of it
// gives, and a value/end/point call of a function the contract does not
// list (checked only when it lists some).
// Example: CheckContract(*book, TimexTagger::Reads(), locate, "rules")
Diagnostics CheckContract(const RuleBook& book, const RuleContract& contract,
                          const FieldLocator& locate, const std::string& root);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_RULE_CONTRACT_H_
