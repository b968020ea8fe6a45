// CandidateScanner: one Vectorscan scan of a text says where each rule of
// a stage may begin a match.
//
// Design: all the patterns of one stage are compiled into ONE Vectorscan
// (Hyperscan) block-mode database. One scan over the text reports, for
// each pattern, every offset where a match of it ends. Each report becomes
// a window of starts [begin, end) where the rule may begin a match ending
// there; a matcher then runs the rule's own RE2 (the matcher of record)
// anchored at the token starts inside its windows only. Vectorscan never
// decides a match, it only rules starts out, so outputs are RE2's.
//
// Status: StageMatcher does NOT use it. Compiling the bundled rules takes
// seconds per stage and minutes for the actor stage (lexicon patterns of
// 17-85 kB are over Vectorscan's length limit, others "too large"), against
// 0.4 s for all of `annals tag`'s start-up with RE2::Set (figures in
// docs/PERFORMANCE.md, "Issue 18, second round"). Kept, tested, for a
// candidate step whose databases are built once rather than at start-up.
// A report's window is [end - max width, end), the pattern's maximum
// match width in bytes (hs_expression_info), or [0, end) when the width
// is unbounded; windows of one rule that touch are merged. No
// HS_FLAG_SOM_LEFTMOST: start-of-match tracking made the compile of the
// lexicon-sized patterns take minutes. Each pattern is in the database in
// the most precise mode Vectorscan accepts for it:
//   kExact      as written;
//   kPrefilter  HS_FLAG_PREFILTER (constructs Vectorscan rejects, e.g.
//               RE2's \C, are widened: a superset of the matches);
//   kAbsent     rejected even as a prefilter: the rule may begin anywhere
//               (the caller tries it at every start).
// Every pattern gets HS_FLAG_UTF8 | HS_FLAG_ALLOWEMPTY, no HS_FLAG_UCP:
// UTF-8 as RE2's default, ASCII \w \d \s \b as RE2's. Vectorscan's
// behaviour on malformed UTF-8 is undefined, so Scan refuses such text
// (returns false) and the caller falls back to trying every rule.
//
// A window is a superset promise: wherever RE2 finds a non-empty match of
// pattern i starting at s, some window of i contains s (tested in
// tests/pipeline/engine/candidate_scanner_test.cc).
//
// Ownership: the scanner owns its database (unique_ptr with
// hs_free_database) and a pool of scratch spaces (hs_scratch_t, one per
// concurrent scan, unique_ptr with hs_free_scratch). Thread-safety: const
// methods may be called from many threads at once; each Scan takes a
// scratch from the pool (or clones one) and gives it back.
#ifndef ANNALS_PIPELINE_ENGINE_CANDIDATE_SCANNER_H_
#define ANNALS_PIPELINE_ENGINE_CANDIDATE_SCANNER_H_

#include <hs.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

struct HsDatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};
struct HsScratchDeleter {
  void operator()(hs_scratch_t* s) const { hs_free_scratch(s); }
};
using HsDatabase = std::unique_ptr<hs_database_t, HsDatabaseDeleter>;
using HsScratch = std::unique_ptr<hs_scratch_t, HsScratchDeleter>;

// Starts [begin, end) of the text where pattern `rule` may begin a match.
struct CandidateWindow {
  int rule = 0;
  size_t begin = 0;
  size_t end = 0;
};

class CandidateScanner {
 public:
  enum class Mode : uint8_t { kExact = 0, kPrefilter = 1, kAbsent = 2 };

  // Compiles `patterns` (RE2 syntax, pattern i is rule i). Never fails:
  // a pattern Vectorscan cannot take at all is kAbsent.
  // Example: CandidateScanner::Compile({"\\d+ days", "(?i)monday"})
  static std::unique_ptr<CandidateScanner> Compile(
      const std::vector<std::string>& patterns);

  // What Serialize wrote, or nullptr when `bytes` are not a database of
  // `count` patterns for this Vectorscan (corrupt, truncated, other
  // version or platform). Never trusts its input.
  static std::unique_ptr<CandidateScanner> Deserialize(std::string_view bytes,
                                                       size_t count);
  std::string Serialize() const;

  // Appends windows for `text`, ordered by end per rule. False when the
  // text cannot be scanned (malformed UTF-8, scan error): `out` is then
  // unusable and every rule may begin anywhere.
  bool Scan(std::string_view text, std::vector<CandidateWindow>* out) const;

  Mode mode(size_t rule) const { return modes_[rule]; }
  size_t size() const { return modes_.size(); }

  CandidateScanner(const CandidateScanner&) = delete;
  CandidateScanner& operator=(const CandidateScanner&) = delete;

 private:
  CandidateScanner() = default;
  // Builds db_ from `patterns` with modes_ as the first guess, demoting
  // each pattern Vectorscan rejects; false when none could be compiled.
  bool Build(const std::vector<std::string>& patterns);
  bool TryCompile(const std::vector<std::string>& patterns, int* bad);
  void Classify(const std::vector<std::string>& patterns);
  // Reads Serialize's header of `count` patterns into modes_ and widths_.
  bool ReadModes(std::string_view bytes, size_t count);
  HsScratch TakeScratch() const;
  void GiveScratch(HsScratch s) const;

  HsDatabase db_;                 // null when every pattern is kAbsent
  std::vector<Mode> modes_;       // per pattern
  std::vector<uint32_t> widths_;  // max match bytes (kPrefilter windows)
  HsScratch prototype_;           // allocated for db_; cloned per thread
  mutable std::mutex mu_;
  mutable std::vector<HsScratch> pool_;  // free scratch spaces
};

// True when `text` is well-formed UTF-8 (what Vectorscan's UTF-8 mode
// requires). Example: IsValidUtf8("caf\xc3\xa9") == true
bool IsValidUtf8(std::string_view text);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_CANDIDATE_SCANNER_H_
