// ActorMerger: one actor per real-world entity across all articles.
//
// Article actors with the same name (case-insensitive) are one actor;
// a one-word person name that only one multi-word person of the run
// begins or ends with ("Biden" in an article that never gives "Joe
// Biden") joins that person. Titles, aliases and mentions are unioned.
// Ids are slugs of the canonical name, made unique in order of first
// appearance, so the same input always gives the same ids. Hash maps,
// no all-pairs comparison.
//
// Thread-safety: single-threaded builder.
#ifndef ANNALS_GRAPH_ASSEMBLE_ACTOR_MERGER_H_
#define ANNALS_GRAPH_ASSEMBLE_ACTOR_MERGER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/assemble/model.h"
#include "pipeline/base/union_find.h"
#include "pipeline/extract/facts.h"

namespace annals {

class ActorMerger {
 public:
  // Adds one article's actors (in run order) and takes its actor
  // mentions: they move into the merger, and facts->actor_mentions is
  // left empty, its memory freed (no later step of assembly reads them).
  void Add(ArticleFacts* facts);
  // Merges short names, assigns ids; call once after the last Add. The
  // articles' mentions move into records(), and what only Add needed is
  // freed.
  void Finish();

  // The final index of the `local`-th actor of the `doc`-th article added.
  int Global(std::size_t doc, int local) const;
  std::vector<ActorRecord>& records() { return records_; }
  const std::vector<ActorRecord>& records() const { return records_; }

 private:
  struct Entry {
    ActorRecord record;
    std::size_t first_doc;
  };
  std::size_t EntryFor(const ArticleActor& a, std::size_t doc);
  void MergeShortNames();
  void Build();

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::vector<std::vector<std::size_t>> local_to_entry_;  // per doc
  UnionFind sets_;
  std::vector<int> entry_to_record_;
  std::vector<ActorRecord> records_;
};

// "Ana Ruiz" -> "ana-ruiz".
std::string Slug(const std::string& name);

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_ACTOR_MERGER_H_
