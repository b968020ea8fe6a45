// BookCache: a checked, expanded RuleBook saved as one flat cache entry,
// so a warm start neither builds YAML trees nor expands macros.
//
// Design: after the fifth and sixth rounds of issue 18 (docs/PERFORMANCE.md)
// a warm start still spent ~280 M instructions making and freeing the cached
// yaml-cpp trees and ~160 M building the book from them. A book that loaded
// without a message is therefore written out as it is: its lexicons (forms
// and fields), its rules (expanded patterns, field templates as written,
// lexicon links by name, examples) and each stage's candidate plan
// (candidate_plan.h). A warm load reads that back and builds the matchers
// from the plans; templates and value calls are parsed again from their
// text (cheap), each rule's RE2 and each candidate set are still compiled
// on first use.
//
// Key: computed without parsing anything (Key): the engine code's
// fingerprint, the stages, the caller's RuleContract and every file's
// layer, name and exact text. The entry stores the whole key and a
// checksum (YamlCache::GetBook / PutBook: exact key compare, atomic
// rename); the decoder also refuses any inconsistency (a count past the
// end, an unknown lexicon, a duplicate form or rule id, a plan of other
// rules, bytes left over). So a stale, truncated or corrupt entry is
// never trusted: the caller loads from the YAML as before and rewrites it.
//
// Only books whose every check passed are written, so a warm book never
// has anything to report; `annals rules check` and `rules test` load
// without a cache and keep every file:line:col. Positions stored are the
// ones the book had (none, line 0, when it was built from cached YAML
// trees, as for any book built from them).
//
// Ownership: BookCache borrows the YamlCache it is given, which must
// outlive it; Get returns a book the caller owns (shared). Thread-safety:
// const methods may be called from many threads at once.
#ifndef ANNALS_PIPELINE_ENGINE_BOOK_CACHE_H_
#define ANNALS_PIPELINE_ENGINE_BOOK_CACHE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/engine/rule_book.h"
#include "pipeline/engine/yaml_cache.h"

namespace annals {

class BookCache {
 public:
  explicit BookCache(const YamlCache& store) : store_(store) {}

  // What a book depends on besides this binary's engine code: the stages,
  // the contract checked, and each file's layer, name and text.
  // Example: BookCache::Key(layers, AllStages(), Extractor::Reads())
  static std::string Key(
      const std::vector<std::vector<RuleBook::Source>>& layers,
      StageMask stages, const RuleContract& contract);

  // The book stored for exactly `key` with `stages`, or nullptr (absent,
  // stale, corrupt).
  std::shared_ptr<const RuleBook> Get(const std::string& key,
                                      StageMask stages) const;

  // Stores `book` for `key`; `plans` is each stage's EncodePlan, in stage
  // order, of the plans its matchers were built from. False when it could
  // not be written (the cache is an optimization: callers go on).
  bool Put(const std::string& key, const RuleBook& book,
           std::string_view plans) const;

  // The entry's bytes for `book`, and back (nullptr for anything that is
  // not exactly such bytes). Public for tests.
  static std::string Encode(const RuleBook& book, std::string_view plans);
  static std::shared_ptr<const RuleBook> Decode(std::string_view bytes,
                                                StageMask stages);

 private:
  const YamlCache& store_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_BOOK_CACHE_H_
