#include "graph/assemble/assembler.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/assemble/actor_merger.h"
#include "graph/assemble/event_merger.h"
#include "pipeline/time/time_interval.h"
#include "graph/assemble/timeline.h"
#include "graph/assemble/year_inference.h"

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

struct PositionLinker {
  const std::vector<ArticleFacts>& articles;
  const ActorMerger& actors;
  const std::vector<ActorRecord>& records;
  const std::vector<EventCluster>& events;
  const DocEvents& counts;

  bool Involves(const EventCluster& e, int holder) const {
    const ActorRecord& h = records[holder];
    for (int p : e.participants) {
      if (p == holder) return true;
      if (std::find(h.members.begin(), h.members.end(), records[p].id) != h.members.end()) return true;
    }
    return false;
  }

  // The event a statement was made at: one of its article's events that
  // involves the holder, preferring one on the statement's date.
  std::optional<std::size_t> EventFor(std::size_t doc, int holder, const std::string& date) const {
    auto day = IntervalOf(date);
    std::optional<std::size_t> best;
    int best_score = 0;
    for (const auto& [e, n] : counts[doc]) {
      if (!Involves(events[e], holder)) continue;
      const When& w = events[e].record.when;
      auto iv = IntervalOf(w.value, w.end);
      int score = n + (day && iv && iv->Overlaps(*day) ? 1000 : 0);
      if (score > best_score) {
        best = e;
        best_score = score;
      }
    }
    return best;
  }
};

std::string StatementDate(const ArticleFacts& f, const Position& p) {
  if (p.when >= 0) {
    const std::string& v = f.timexes[p.when].DateValue();
    if (IntervalOf(v)) return v.substr(0, std::min<std::size_t>(v.size(), 10));
  }
  return f.doc.dct.substr(0, std::min<std::size_t>(f.doc.dct.size(), 10));
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
  InferYears(&articles, tagger_);
  ActorMerger actors;
  for (const auto& f : articles) actors.Add(f);
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

  Assembly out;
  for (const auto& f : articles) out.documents.push_back(f.doc);
  Graph& g = out.graph;
  for (const auto& a : records) g.add_actor(a);
  for (std::size_t i : order) {
    Graph::Vertex ev = g.add_event(events[i].record);
    for (const auto& p : events[i].record.participants) g.link(g.find(p), ev, Relation::kParticipatedIn);
    AddPlaces(&g, ev, events[i].record.where);
    (placed[i] ? g.timeline : g.apart).push_back(events[i].record.id);
  }
  for (const auto& a : records) {
    for (const auto& m : a.members) g.link(g.find(m), g.find(a.id), Relation::kMemberOf);
  }

  PositionLinker linker{articles, actors, records, events, counts};
  std::set<std::tuple<std::string, std::string, std::string, std::size_t>> seen;
  int next = 1;
  for (std::size_t d = 0; d < articles.size(); ++d) {
    const ArticleFacts& f = articles[d];
    for (const Position& p : f.positions) {
      int holder = actors.Global(d, p.holder);
      if (holder < 0) continue;
      if (!seen.insert({records[holder].id, p.topic, f.doc.id, p.span.begin}).second) continue;
      PositionRecord r;
      r.id = "p" + std::to_string(next++);
      r.holder = records[holder].id;
      r.topic = p.topic;
      r.verb = p.verb;
      r.text = p.text;
      std::string date = StatementDate(f, p);
      if (auto e = linker.EventFor(d, holder, date)) {
        r.event = events[*e].record.id;
        r.when = events[*e].record.when;
      }
      // A statement's own date ("told reporters on Sunday") stands over
      // the date of the event it was made at.
      const bool own = p.when >= 0 && IntervalOf(f.timexes[p.when].DateValue());
      if ((own || r.when.empty()) && !date.empty()) r.when = {date, ""};
      r.evidence.push_back({f.doc.id, p.span, p.rule, p.verb_span, p.text});
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
