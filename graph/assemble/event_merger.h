// EventMerger: one event per happening, however many sentences and
// articles report it.
//
// Mentions merge when they are of the same type and
//  - in one article: do not name two different places, and
//    fall on the same day (or the same coarser value)
//    and name nested sets of people (one's persons all among the
//    other's), so "A met B" and "B met C" on one day stay two meetings
//    while "the talks" joins "A and B held talks" (a mention named as
//    separate, "a separate meeting with B", needs the very same people); a mention dated by a
//    week or month joins a set dated by a day inside it whose people
//    nest with its own, whose label shares a word with its own and whose
//    place, when both name one, is its own; an
//    undated mention joins the latest dated one of its type before it
//    whose people nest with its own, else the article's only dated event
//    of its type if their people nest or their labels share a word; so does one dated only by its statement ("he told
//    reporters after the meeting") when such an earlier one ended at
//    most a week before;
//  - in one article, a visit dated as its end ("ended his visit",
//    "left Hanoi on Wednesday") joins the latest visit of the same
//    people that began, by a date of its own, at most two weeks before:
//    one trip from arrival to departure;
//  - across articles: share a day and are compatible: they share a
//    participant, have the same label, or one names no one.
// Candidates are found through hashed (type, day) keys, never by
// comparing all pairs. The merged event's date is the union of its
// mentions' dates at the finest granularity any of them has; its place
// prefers a city; its participants are the union, in order of first
// mention.
//
// Thread-safety: single-threaded builder.
#ifndef ANNALS_GRAPH_ASSEMBLE_EVENT_MERGER_H_
#define ANNALS_GRAPH_ASSEMBLE_EVENT_MERGER_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/assemble/actor_merger.h"
#include "graph/assemble/model.h"
#include "pipeline/base/union_find.h"
#include "pipeline/extract/facts.h"

namespace annals {

struct EventCluster {
  EventRecord record;                  // id left empty
  std::vector<int> participants;       // global actor indices
  std::vector<std::pair<std::size_t, std::size_t>> mentions;  // (doc, mention)
  std::size_t first_doc = 0;
  std::size_t first_sentence = 0;
};

class EventMerger {
 public:
  // `actors` must be finished; `articles` outlive the merger.
  EventMerger(const std::vector<ArticleFacts>& articles, const ActorMerger& actors,
              const std::vector<std::string>& place_kinds_city);

  std::vector<EventCluster> Merge();

 private:
  struct Item {
    std::size_t doc, mention;
    std::string value, end;
    bool has_interval = false;
    int first = 0, last = 0;
    int granularity = 0;
    std::vector<int> people;
    // Dated only by default (the statement's or the article's date), not
    // by a date of its own: weaker than any explicit date.
    bool default_date = false;
  };
  void Collect();
  using DayIndex = std::unordered_map<std::string, std::vector<std::size_t>>;
  void MergeWithinArticles();
  bool EndsTrip(std::size_t i) const;
  void MergeTripEnds();
  std::size_t TripStart(std::size_t i, const std::vector<std::size_t>& starts);
  void MergeCoarseIntoDays();
  bool LabelsShareWord(std::size_t a, std::size_t b);
  bool PlacesAgree(std::size_t a, std::size_t b) const;
  std::string CountryOf(std::size_t doc, const std::string& place) const;
  void JoinDayInside(std::size_t i, const DayIndex& days);
  std::string DayKey(const Item& it, int day) const;
  void MergeAcrossArticles();
  bool ShortlyBefore(std::size_t a, std::size_t b) const;
  using TypeKey = std::pair<std::size_t, std::string>;  // (doc, event type)
  static constexpr std::size_t kMany = static_cast<std::size_t>(-1);
  TypeKey KeyOf(std::size_t i) const;
  std::map<TypeKey, std::size_t> OnlyDated();
  bool RefersBack(std::size_t before, std::size_t i, bool weak);
  void AttachUndated();
  bool Compatible(std::size_t a, std::size_t b);
  bool Nested(std::size_t a, std::size_t b);
  void Join(std::size_t a, std::size_t b);
  EventCluster Build(const std::vector<std::size_t>& items) const;
  When MergedWhen(const std::vector<std::size_t>& items) const;
  std::string MergedWhere(const std::vector<std::size_t>& items) const;

  const std::vector<ArticleFacts>& articles_;
  const ActorMerger& actors_;
  std::vector<std::string> city_kinds_;
  std::vector<Item> items_;
  UnionFind sets_;
  std::vector<std::vector<int>> set_people_;  // per root
  std::vector<char> set_separate_;            // per root: holds a `separate` mention
  std::vector<std::string> set_label_;        // per root
  std::vector<std::string> set_labels_;       // per root: every label, space-joined
};

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_EVENT_MERGER_H_
