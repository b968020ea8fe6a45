// annals/rules.h: a compiled rule set, the only configuration annals has.
//
// Every word annals knows (month names, meeting verbs, titles, holidays)
// is in YAML rule files, not in code. A RuleSet is those files compiled
// once: load it at start-up, then hand it to every Extract call.
//
// Rules come in layers: a later layer adds to the earlier ones and
// overrides, by id or name, the rules, lexicons and macros it redefines, so
// a user's directory can change one bundled rule without copying the rest.
//
// Ownership: a RuleSet is a cheap handle to compiled, immutable rules;
// copies share them, and the rules live as long as any copy (or any
// Extraction or Timeline made from them) does.
// Thread-safety: immutable after loading; one RuleSet is shared by any
// number of threads without locks.
#ifndef ANNALS_RULES_H_
#define ANNALS_RULES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "annals/status.h"

namespace annals {

namespace internal {
struct Access;
}  // namespace internal

class RuleSet {
 public:
  // One YAML rule file held in memory: a name for messages and its text.
  struct File {
    std::string name;  // e.g. "my/events.yaml"; errors cite it as file:line:col
    std::string yaml;
  };

  // What a RuleSet is loaded for. kTimes compiles only the rules TagTimes
  // uses (dct, block, timex): start-up takes about a tenth of the time and
  // memory. Extract and Explain need kEverything and refuse a kTimes set.
  // Every file is read and checked as YAML either way; only `annals rules
  // check` (kEverything) reports errors in patterns of the other stages.
  enum class Scope { kEverything, kTimes };

  // Loads every *.yaml below each directory (sorted by path), in layer
  // order. On failure returns the first error and, when `all` is given,
  // appends every problem found to it.
  // Example:
  //   annals::Diagnostics all;
  //   auto rules = annals::RuleSet::Load({annals::RuleSet::BundledDirectory(), "my-rules"}, &all);
  //   if (!rules) for (const auto& d : all) std::cerr << d.ToString() << "\n";
  //   auto times = annals::RuleSet::Load({"rules"}, nullptr, annals::RuleSet::Scope::kTimes);
  // `cache_dir`, when not empty, keeps the parsed rule files there between
  // runs (keyed by this version of annals and each file's exact text; an
  // unreadable, stale or corrupt entry is parsed again and rewritten):
  // start-up skips the YAML parse of unchanged files. Rules and examples
  // taken from the cache have no line numbers (TestRuleExamples cites
  // file:0:0; load errors are still located: such a load is redone from
  // the text). The CLI gives $XDG_CACHE_HOME/annals (else ~/.cache/annals)
  // to every command but `rules check` and `rules test`.
  static Result<RuleSet> Load(const std::vector<std::string>& dirs,
                              Diagnostics* all = nullptr,
                              Scope scope = Scope::kEverything,
                              const std::string& cache_dir = {});

  // The same from in-memory layers, each a list of files.
  // Example:
  //   auto extra = annals::RuleSet::FromYaml({bundled_files, {{"mine.yaml", "rules: ..."}}});
  static Result<RuleSet> FromYaml(const std::vector<std::vector<File>>& layers,
                                  Diagnostics* all = nullptr,
                                  Scope scope = Scope::kEverything);

  // Directories as Load reads them, then in-memory layers on top: a
  // notebook's or a test's own rules over the bundled ones.
  // Example:
  //   auto mine = annals::RuleSet::LoadLayered({annals::RuleSet::BundledDirectory()},
  //                                            {{{"mine.yaml", "timex: [...]"}}});
  static Result<RuleSet> LoadLayered(const std::vector<std::string>& dirs,
                                     const std::vector<std::vector<File>>& layers,
                                     Diagnostics* all = nullptr,
                                     Scope scope = Scope::kEverything);

  // Every set must satisfy what the pipeline's stages read by name (the
  // lexicons and fields of the rule contract, docs/RULES.md): a rules tree
  // that renames or lacks one is an error, not a quieter extraction.

  // What this set was loaded for. Example: rules->scope() == Scope::kTimes
  Scope scope() const;

  // Where the rules installed with the library are: $ANNALS_RULES when
  // set, else <prefix>/share/annals/rules of the prefix the library was
  // configured for. The directory may not exist (a relocated install):
  // then Load reports it, and callers should pass their own directory.
  // Example: auto rules = annals::RuleSet::Load({annals::RuleSet::BundledDirectory()});
  static std::string BundledDirectory();

  // Number of rules of all stages. Example: rules->rule_count() > 0
  std::size_t rule_count() const;

  // What was loaded, for a summary such as `annals rules check` prints:
  // rule files, named lexicons, and the rules of each stage in pipeline
  // order (dct, block, timex, place, actor, event, position).
  // Example: for (const auto& s : rules->stage_rule_counts())
  //            std::cout << s.stage << " " << s.rules << "\n";  // "timex 120"
  struct StageRules {
    std::string stage;  // the YAML section name: "timex"
    std::size_t rules = 0;
  };
  std::size_t file_count() const;
  std::size_t lexicon_count() const;
  std::vector<StageRules> stage_rule_counts() const;

  // True when a rule of any stage has this id.
  // Example: rules->has_rule("timex.date.month_day")
  bool has_rule(const std::string& rule_id) const;

 private:
  friend struct internal::Access;
  struct Impl;
  explicit RuleSet(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace annals

#endif  // ANNALS_RULES_H_
