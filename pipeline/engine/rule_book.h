// RuleBook: every lexicon, macro and rule of a rules tree, compiled once.
//
// Loading reads the YAML files of one or more rule directories (layers).
// A later layer adds to the earlier ones and overrides, by id or name, the
// rules, lexicons and macros it redefines; so a user's directory can change
// one bundled rule without copying the rest. Every problem found is
// reported, not just the first, each as "file:line:col: error: ... [rule]".
//
// Ownership: the RuleBook owns its lexicons and rules; Rule and Lexicon
// pointers stay valid for its lifetime. Thread-safety: immutable after
// Load(); one RuleBook is shared by all threads (see StageMatcher).
#ifndef ANNALS_PIPELINE_ENGINE_RULE_BOOK_H_
#define ANNALS_PIPELINE_ENGINE_RULE_BOOK_H_

#include <array>
#include <bitset>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/engine/lexicon.h"
#include "pipeline/engine/rule.h"
#include "pipeline/engine/rule_contract.h"
#include "pipeline/engine/stage_matcher.h"
#include "pipeline/engine/yaml_cache.h"
#include "pipeline/base/status.h"

namespace annals {

// The stages a RuleBook compiles, by Stage number. Every file is read and
// checked whatever the mask, but only the patterns of these stages are
// compiled: `annals tag` needs the dct, block and timex stages alone, and
// the mention stages (lexicons of hundreds of titles and organizations)
// are nine tenths of start-up time and memory.
using StageMask = std::bitset<kStageCount>;

// Every stage. Example: RuleBook::LoadDirs({"rules"}, &d, AllStages())
StageMask AllStages();
// What TIMEX3 tagging needs: dct, block and timex.
// Example: RuleBook::LoadDirs({"rules"}, &d, TimeStages())
StageMask TimeStages();

class RuleBook {
 public:
  // One YAML document to load: a name for messages and its text.
  struct Source {
    std::string file;
    std::string text;
  };

  // Loads every *.yaml below each directory (sorted by path), in layer
  // order. Returns nullptr and fills `diags` when anything is wrong. Rules
  // of stages outside `stages` are checked as YAML but neither expanded
  // nor compiled, and the book holds none of them. `contract` lists what
  // the C++ stages will read by name (rule_contract.h); a book that breaks
  // it is an error. The pipeline passes Extractor::Reads().
  // Example: Diagnostics d;
  //          auto book = RuleBook::LoadDirs({"rules"}, &d, AllStages(), Extractor::Reads());
  // `cache`, when given, keeps the whole checked book (book_cache.h): a
  // load of unchanged files with the same stages and contract reads it
  // back and parses no YAML. On a miss it keeps parsed files between runs
  // (yaml_cache.h), and remembers rule texts whose every check passed, with
  // each stage's candidate plan (candidate_plan.h): a later load of the same
  // text skips the RE2 checks, reads no pattern for the start filters and
  // compiles each rule's RE2 (Rule::re) and each candidate set on first use.
  // Without it every rule is compiled and checked.
  static std::shared_ptr<const RuleBook> LoadDirs(
      const std::vector<std::string>& dirs, Diagnostics* diags,
      StageMask stages = AllStages(), const RuleContract& contract = {},
      const YamlCache* cache = nullptr);
  // The *.yaml files below each directory, as one layer per directory (the
  // first half of LoadDirs); problems go to `diags`.
  static std::vector<std::vector<Source>> ReadDirs(const std::vector<std::string>& dirs,
                                                   Diagnostics* diags);
  // The same from in-memory layers (each a list of files).
  // With a `cache`, files are taken from it when unchanged (and stored
  // when not); a load from the cache that reports anything is done again
  // from the text, so messages keep their file:line:col.
  static std::shared_ptr<const RuleBook> LoadSources(
      const std::vector<std::vector<Source>>& layers, Diagnostics* diags,
      StageMask stages = AllStages(), const RuleContract& contract = {},
      const YamlCache* cache = nullptr);

  // nullptr when no lexicon has that name.
  const Lexicon* lexicon(const std::string& name) const;
  const std::vector<const Rule*>& rules(Stage stage) const {
    return by_stage_[static_cast<int>(stage)];
  }
  const StageMatcher& matcher(Stage stage) const {
    return *matchers_[static_cast<int>(stage)];
  }
  const Rule* rule(const std::string& id) const;
  size_t rule_count() const { return rules_.size(); }
  const std::map<std::string, std::unique_ptr<Lexicon>>& lexicons() const {
    return lexicons_;
  }
  // How many rule files the layers held (for `annals rules check`).
  size_t file_count() const { return file_count_; }
  // The stages this book was loaded with; the others have no rules.
  StageMask stages() const { return stages_; }

 private:
  friend class RuleBookBuilder;
  friend class BookCache;  // writes a checked book out, and reads it back
  RuleBook() = default;

  std::map<std::string, std::unique_ptr<Lexicon>> lexicons_;
  std::vector<std::unique_ptr<Rule>> rules_;
  std::map<std::string, const Rule*> by_id_;
  std::array<std::vector<const Rule*>, kStageCount> by_stage_;
  std::array<std::unique_ptr<StageMatcher>, kStageCount> matchers_;
  size_t file_count_ = 0;
  StageMask stages_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_RULE_BOOK_H_
