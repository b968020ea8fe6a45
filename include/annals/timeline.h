// annals/timeline.h: many articles' extractions merged into one timeline
// and one graph of who met whom.
//
// Assembly is the whole-run half of annals: it infers years the articles
// left out, merges the same actor named differently ("Bo Li", "Li",
// "the Chinese foreign minister") and the same event reported by several
// articles, orders events in time, and links statements to events. The
// result does not depend on how articles were batched or sharded, so
// extracting shards on many machines and assembling their records gives
// what one run over the corpus gives.
//
// Ownership: a Timeline is an immutable, cheap handle; copies share it.
// Thread-safety: Assemble runs on the calling thread; a Timeline may be
// read and written out (export.h) from any number of threads.
#ifndef ANNALS_TIMELINE_H_
#define ANNALS_TIMELINE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "annals/article.h"
#include "annals/rules.h"

namespace annals {

class Timeline {
 public:
  // An actor of the run; `id` is a stable slug of the name ("bo-li").
  struct Actor {
    std::string id;
    std::string name;
    std::string kind;  // person organization group state
    std::vector<std::string> aliases;
    std::vector<std::string> titles;
  };
  // An event of the run, merged over all articles that report it.
  struct Event {
    std::string id;        // "e1", numbered in time order
    std::string type;      // "meeting"
    std::string label;     // "high-level strategic dialogue"
    std::string when;      // TIMEX3 value ("2021-03-18"), "" when undated
    std::string when_end;  // last value of a span ("2021-03-19"), or ""
    std::string where;
    std::vector<std::string> participants;  // actor ids
    std::size_t sources = 0;                // evidence items (one per report)
  };

  // A document of the run, as timeline.json lists it, with the DCT the
  // run dated it by (after years were inferred from the other articles).
  struct DocumentInfo {
    std::string id;          // "d1", in the order given
    std::string path;        // Document::path
    std::string dct;         // "" when none was given, found or inferred
    std::string dct_origin;  // text | option | inferred | none
  };

  // Merges the extractions, in the order given (order only decides ids and
  // ties). `rules` must be the rules they were extracted with: they resolve
  // time expressions again when a document's year is inferred.
  // Example:
  //   std::vector<annals::Extraction> xs;  // from Extract or
  //   ParseExtractRecord annals::Timeline t =
  //   annals::Timeline::Assemble(*rules, std::move(xs)); for (const auto& e :
  //   t.events()) std::cout << e.when << " " << e.label << "\n";
  static Timeline Assemble(const RuleSet& rules,
                           std::vector<Extraction> extractions);

  // Counts, as `annals run` prints them.
  // Example: t.document_count() == 2; t.event_count() == t.events().size()
  std::size_t document_count() const;
  std::size_t actor_count() const;
  std::size_t event_count() const;
  std::size_t statement_count() const;

  // The documents, in the order given. A document without a DCT cannot
  // date "on Tuesday"; a program may want to say so.
  // Example: for (const auto& d : t.documents())
  //            if (d.dct.empty()) std::cerr << d.path << ": no DCT\n";
  std::vector<DocumentInfo> documents() const;
  // The timeline's events in time order (ids e1, e2 ...), then the events
  // listed apart (ids u1, u2 ...: no calendar date or no one named).
  std::vector<Event> events() const;
  // Actors in id order of first appearance.
  std::vector<Actor> actors() const;

 private:
  friend struct internal::Access;
  struct Impl;
  explicit Timeline(std::shared_ptr<const Impl> impl)
      : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace annals

#endif  // ANNALS_TIMELINE_H_
