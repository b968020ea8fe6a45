#include "graph/assemble/assembler.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/assemble/actor_merger.h"
#include "graph/assemble/event_merger.h"
#include "pipeline/base/release.h"
#include "pipeline/time/time_interval.h"
#include "graph/assemble/timeline.h"
#include "pipeline/extract/event_date.h"

namespace annals {
namespace {

// Which event clusters each article mentions, and how often.
using DocEvents = std::vector<std::map<std::size_t, int>>;

DocEvents CountMentions(const std::vector<EventCluster>& events, std::size_t docs) {
  DocEvents out(docs);
  for (std::size_t e = 0; e < events.size(); ++e) {
    for (const auto& [doc, m] : events[e].mentions) out[doc][e]++;
  }
  return out;
}

// The article's main event: among those with people, the one on the
// article's own date (what a dateline story reports), then the one it
// mentions most.
std::optional<std::size_t> MainEvent(const std::map<std::size_t, int>& counts,
                                     const std::vector<EventCluster>& events,
                                     const std::string& dct) {
  auto today = IntervalOf(dct.substr(0, std::min<std::size_t>(dct.size(), 10)));
  std::optional<std::size_t> best;
  int best_score = 0;
  for (const auto& [e, n] : counts) {
    if (events[e].participants.empty()) continue;
    const When& w = events[e].record.when;
    auto iv = IntervalOf(w.value, w.end);
    int score = n + (today && iv && iv->Overlaps(*today) ? 1000 : 0);
    if (score > best_score) {
      best = e;
      best_score = score;
    }
  }
  return best;
}

// Groups ("the Chinese delegation") take as members the people of their
// affiliation who took part in the main event of an article naming them.
void AssignMembers(const std::vector<ArticleFacts>& articles, const ActorMerger& actors,
                   std::vector<ActorRecord>* records, const std::vector<EventCluster>& events,
                   const DocEvents& counts) {
  for (std::size_t d = 0; d < articles.size(); ++d) {
    auto main = MainEvent(counts[d], events, articles[d].doc.dct);
    if (!main) continue;
    for (std::size_t local = 0; local < articles[d].actors.size(); ++local) {
      ActorRecord& g = (*records)[actors.Global(d, static_cast<int>(local))];
      if (g.kind != "group" || g.affiliation.empty()) continue;
      for (int p : events[*main].participants) {
        const ActorRecord& m = (*records)[p];
        if (m.kind == "person" && m.affiliation == g.affiliation &&
            std::find(g.members.begin(), g.members.end(), m.id) == g.members.end()) {
          g.members.push_back(m.id);
        }
      }
    }
  }
}

// The event each statement of one article was made at. The article's
// events are indexed by every actor they involve (a participant, or a
// group with a participant among its members), so a statement looks at
// its holder's events only: linear in the article, not statements x events.
class PositionLinker {
 public:
  // `member_of`: actor record id -> the records having it as a member.
  PositionLinker(const std::map<std::size_t, int>& doc_counts,
                 const std::vector<ActorRecord>& records,
                 const std::vector<EventCluster>& events,
                 const std::unordered_map<std::string, std::vector<int>>& member_of)
      : events_(events) {
    for (const auto& [e, n] : doc_counts) {
      for (int p : events[e].participants) {
        Note(p, e, n);
        auto it = member_of.find(records[p].id);
        if (it == member_of.end()) continue;
        for (int group : it->second) Note(group, e, n);
      }
    }
  }

  // The event a statement was made at: one of its article's events that
  // involves the holder, preferring one on the statement's date.
  std::optional<std::size_t> EventFor(int holder, const std::string& date) const {
    auto it = by_actor_.find(holder);
    if (it == by_actor_.end()) return std::nullopt;
    auto day = IntervalOf(date);
    std::optional<std::size_t> best;
    int best_score = 0;
    for (const auto& [e, n] : it->second) {
      const When& w = events_[e].record.when;
      auto iv = IntervalOf(w.value, w.end);
      int score = n + (day && iv && iv->Overlaps(*day) ? 1000 : 0);
      if (score > best_score) {
        best = e;
        best_score = score;
      }
    }
    return best;
  }

 private:
  // Events are noted in ascending order, each once per actor.
  void Note(int actor, std::size_t e, int n) {
    auto& list = by_actor_[actor];
    if (list.empty() || list.back().first != e) list.emplace_back(e, n);
  }

  const std::vector<EventCluster>& events_;
  std::unordered_map<int, std::vector<std::pair<std::size_t, int>>> by_actor_;
};

// Actor record id -> the records (groups) that have it as a member.
std::unordered_map<std::string, std::vector<int>> MemberOf(
    const std::vector<ActorRecord>& records) {
  std::unordered_map<std::string, std::vector<int>> out;
  for (std::size_t h = 0; h < records.size(); ++h) {
    for (const auto& m : records[h].members) {
      auto& list = out[m];
      if (list.empty() || list.back() != static_cast<int>(h))
        list.push_back(static_cast<int>(h));
    }
  }
  return out;
}

std::string StatementDate(const ArticleFacts& f, const Position& p) {
  if (p.when >= 0) {
    const std::string& v = f.timexes[p.when].DateValue();
    if (IntervalOf(v)) return v.substr(0, std::min<std::size_t>(v.size(), 10));
  }
  return StoryDay(f);
}

// A statement's date (StatementDate) and whether the statement names it
// itself: all that the statements read of their article's timexes.
struct StatementWhen {
  std::string date;
  bool own = false;
};

std::vector<StatementWhen> StatementWhens(const ArticleFacts& f) {
  std::vector<StatementWhen> out;
  out.reserve(f.positions.size());
  for (const Position& p : f.positions) {
    const bool own = p.when >= 0 && IntervalOf(f.timexes[p.when].DateValue());
    out.push_back({StatementDate(f, p), own});
  }
  return out;
}

// What assembly no longer reads of an article once actors and events
// are merged and its statements' dates taken (StatementWhens): its
// sentences, timexes, places and event mentions (each event mention with
// a copy of its sentence; the actor mentions went to ActorMerger::Add).
// On a huge article these are most of its facts (the timexes alone 42 MB
// at 16 MB of text); the positions, actors and document stay for the
// statements.
void ReleaseMerged(ArticleFacts* f) {
  Release(&f->sentences);
  Release(&f->timexes);
  Release(&f->places);
  Release(&f->events);
}

// A copy of `record` for the graph that takes its heavy `field` (an
// actor's mentions, an event's evidence sentences) by moving it out: the
// rest of the record (ids, dates, participants, members) is still read
// after the graph has it.
template <typename Record, typename Field>
Record TakeHeavy(Record* record, Field Record::*field) {
  Field heavy = std::move(record->*field);
  record->*field = {};
  Record out = *record;
  out.*field = std::move(heavy);
  return out;
}

void AddPlaces(Graph* g, Graph::Vertex ev, const std::string& where) {
  if (where.empty()) return;
  Graph::Vertex pl = g->add_place({"place:" + where, where, "place"});
  g->link(ev, pl, Relation::kHeldIn);
}

}  // namespace

Assembly Assembler::Assemble(std::vector<ArticleFacts> articles) const {
  // Ids follow the order of the run, whoever extracted the records.
  for (std::size_t i = 0; i < articles.size(); ++i) articles[i].doc.id = "d" + std::to_string(i + 1);
  ActorMerger actors;
  for (auto& f : articles) actors.Add(&f);
  actors.Finish();
  std::vector<ActorRecord>& records = actors.records();

  std::vector<EventCluster> events = EventMerger(articles, actors, {"city"}).Merge();
  std::vector<std::size_t> order = OrderEvents(events);
  std::vector<bool> placed(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) placed[i] = OnTimeline(events[i], records);
  // Timeline events are e1, e2 ... in time order; the others u1, u2 ...
  int next_placed = 1, next_apart = 1;
  for (std::size_t i : order) {
    events[i].record.id = placed[i] ? "e" + std::to_string(next_placed++)
                                    : "u" + std::to_string(next_apart++);
  }
  for (auto& e : events) {
    for (int p : ListedParticipants(e, records)) e.record.participants.push_back(records[p].id);
  }
  DocEvents counts = CountMentions(events, articles.size());
  AssignMembers(articles, actors, &records, events, counts);
  std::vector<std::vector<StatementWhen>> whens;  // per article, per position
  for (auto& f : articles) {
    whens.push_back(StatementWhens(f));
    ReleaseMerged(&f);
  }

  Assembly out;
  for (const auto& f : articles) out.documents.push_back(f.doc);
  Graph& g = out.graph;
  for (auto& a : records) g.add_actor(TakeHeavy(&a, &ActorRecord::mentions));
  for (std::size_t i : order) {
    Graph::Vertex ev = g.add_event(TakeHeavy(&events[i].record, &EventRecord::evidence));
    for (const auto& p : events[i].record.participants) g.link(g.find(p), ev, Relation::kParticipatedIn);
    AddPlaces(&g, ev, events[i].record.where);
    (placed[i] ? g.timeline : g.apart).push_back(events[i].record.id);
  }
  for (const auto& a : records) {
    for (const auto& m : a.members) g.link(g.find(m), g.find(a.id), Relation::kMemberOf);
  }

  const auto member_of = MemberOf(records);
  std::set<std::tuple<std::string, std::string, std::string, std::size_t>> seen;
  int next = 1;
  for (std::size_t d = 0; d < articles.size(); ++d) {
    ArticleFacts& f = articles[d];  // its positions' texts move into the records
    if (f.positions.empty()) continue;
    PositionLinker linker(counts[d], records, events, member_of);
    for (std::size_t k = 0; k < f.positions.size(); ++k) {
      Position& p = f.positions[k];
      int holder = actors.Global(d, p.holder);
      if (holder < 0) continue;
      if (!seen.insert({records[holder].id, p.topic, f.doc.id, p.span.begin}).second) continue;
      PositionRecord r;
      r.id = "p" + std::to_string(next++);
      r.holder = records[holder].id;
      r.topic = p.topic;
      r.verb = p.verb;
      r.text = p.text;
      const std::string& date = whens[d][k].date;
      if (auto e = linker.EventFor(holder, date)) {
        r.event = events[*e].record.id;
        r.when = events[*e].record.when;
      }
      // A statement's own date ("told reporters on Sunday") stands over
      // the date of the event it was made at.
      const bool own = whens[d][k].own;
      if ((own || r.when.empty()) && !date.empty()) r.when = {date, ""};
      r.evidence.push_back({f.doc.id, p.span, p.rule, p.verb_span, std::move(p.text)});
      Graph::Vertex pv = g.add_position(r);
      g.link(g.find(r.holder), pv, Relation::kStated);
      if (!r.event.empty()) g.link(pv, g.find(r.event), Relation::kMadeAt);
      if (!r.topic.empty()) {
        g.link(pv, g.add_place({"topic:" + r.topic, r.topic, "topic"}), Relation::kAbout);
      }
    }
  }
  return out;
}

}  // namespace annals
