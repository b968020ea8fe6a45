#include "graph/export/met_graph.h"

#include <algorithm>
#include <map>

namespace annals {
namespace {

// The side an actor is on (see the header).
std::string SideOf(const ActorRecord& a) {
  if (!a.affiliation.empty()) return a.affiliation;
  if (a.kind == "state") return a.name;
  return "actor:" + a.id;
}

// True when `a` stands down at an event where `other` is present: one of
// its members, or a more specific actor of its side.
bool StandsDownFor(const ActorRecord& a, const ActorRecord& other) {
  if (std::find(a.members.begin(), a.members.end(), other.id) !=
      a.members.end())
    return true;
  return Specificity(other) > Specificity(a) && SideOf(other) == SideOf(a);
}

// Weighted degree: the events an actor shares with others, over its edges.
std::vector<std::size_t> Weights(const std::vector<MetEdge>& edges,
                                 std::size_t actors) {
  std::vector<std::size_t> w(actors, 0);
  for (const MetEdge& e : edges) {
    w[e.a] += e.events.size();
    w[e.b] += e.events.size();
  }
  return w;
}

// Keeps the edges whose two ends `keep` marks.
void KeepEdges(std::vector<MetEdge>* edges, const std::vector<bool>& keep) {
  std::erase_if(*edges,
                [&](const MetEdge& e) { return !keep[e.a] || !keep[e.b]; });
}

// The `focus` actor and its partners.
std::vector<bool> Partners(const std::vector<MetEdge>& edges,
                           std::size_t actors, std::size_t focus) {
  std::vector<bool> keep(actors, false);
  if (focus < actors) keep[focus] = true;
  for (const MetEdge& e : edges) {
    if (e.a == focus) keep[e.b] = true;
    if (e.b == focus) keep[e.a] = true;
  }
  return keep;
}

// Of each actor's edges the `k` heaviest (ties: the earlier, heavier
// first as sorted), marked for either end.
std::vector<bool> Backbone(const std::vector<MetEdge>& edges,
                           std::size_t actors, std::size_t k) {
  std::vector<std::vector<std::size_t>> of(
      actors);  // edge indices, heaviest first
  for (std::size_t i = 0; i < edges.size(); ++i) {
    of[edges[i].a].push_back(i);
    of[edges[i].b].push_back(i);
  }
  std::vector<bool> keep(edges.size(), false);
  for (auto& list : of) {
    for (std::size_t j = 0; j < list.size() && j < k; ++j) keep[list[j]] = true;
  }
  return keep;
}

// The `n` heaviest actors.
std::vector<bool> Heaviest(const std::vector<std::size_t>& weights,
                           std::size_t n) {
  std::vector<std::size_t> order(weights.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(
      order.begin(), order.end(),
      [&](std::size_t x, std::size_t y) { return weights[x] > weights[y]; });
  std::vector<bool> keep(weights.size(), false);
  for (std::size_t k = 0; k < order.size() && k < n && weights[order[k]] > 0;
       ++k)
    keep[order[k]] = true;
  return keep;
}

}  // namespace

int Specificity(const ActorRecord& a) {
  if (a.kind == "state") return 0;
  if (a.kind == "group") return 1;
  return 2;
}

std::vector<std::size_t> WhoWasThere(const Graph& g, const EventRecord& e) {
  std::vector<std::size_t> all;
  for (const auto& id : e.participants) {
    Graph::Vertex v = g.find(id);
    if (v == Graph::kNone || g.node(v).kind != VertexKind::kActor) continue;
    const ActorRecord& a = g.actors()[g.node(v).index];
    // A group of no side ("both sides", "the two presidents") names no
    // one the others do not.
    if (a.kind == "group" && a.affiliation.empty()) continue;
    if (std::find(all.begin(), all.end(), g.node(v).index) == all.end())
      all.push_back(g.node(v).index);
  }
  std::vector<std::size_t> out;
  for (std::size_t i : all) {
    bool down = std::any_of(all.begin(), all.end(), [&](std::size_t j) {
      return j != i && StandsDownFor(g.actors()[i], g.actors()[j]);
    });
    if (!down) out.push_back(i);
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> MetPairs(
    const Graph& g, const EventRecord& e) {
  std::vector<std::size_t> present = WhoWasThere(g, e);
  std::map<std::string, int> sides;
  for (std::size_t i : present) ++sides[SideOf(g.actors()[i])];
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t x = 0; x < present.size(); ++x) {
    for (std::size_t y = x + 1; y < present.size(); ++y) {
      const ActorRecord& a = g.actors()[present[x]];
      const ActorRecord& b = g.actors()[present[y]];
      if (sides.size() > 1 && SideOf(a) == SideOf(b)) continue;
      out.emplace_back(std::min(present[x], present[y]),
                       std::max(present[x], present[y]));
    }
  }
  return out;
}

MetGraph BuildMetGraph(const Graph& g, const MetOptions& options) {
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> met;
  for (const auto& id : g.listed_events()) {
    Graph::Vertex v = g.find(id);
    if (v == Graph::kNone || g.node(v).kind != VertexKind::kEvent) continue;
    std::size_t event = g.node(v).index;
    for (const auto& pair : MetPairs(g, g.events()[event]))
      met[pair].push_back(event);
  }
  MetGraph out;
  for (auto& [pair, events] : met)
    out.edges.push_back({pair.first, pair.second, std::move(events)});
  const std::size_t n = g.actors().size();
  if (options.focus != MetOptions::kNoFocus)
    KeepEdges(&out.edges, Partners(out.edges, n, options.focus));
  KeepEdges(&out.edges, Heaviest(Weights(out.edges, n), options.max_actors));
  std::stable_sort(out.edges.begin(), out.edges.end(),
                   [](const MetEdge& x, const MetEdge& y) {
                     return x.events.size() > y.events.size();
                   });
  if (options.strongest_per_actor > 0) {
    std::vector<bool> backbone =
        Backbone(out.edges, n, options.strongest_per_actor);
    std::size_t i = 0;
    std::erase_if(out.edges, [&](const MetEdge&) { return !backbone[i++]; });
  }
  std::vector<std::size_t> weights = Weights(out.edges, n);
  for (std::size_t i = 0; i < n; ++i) {
    if (weights[i] > 0) out.actors.push_back(i);
  }
  std::stable_sort(
      out.actors.begin(), out.actors.end(),
      [&](std::size_t x, std::size_t y) { return weights[x] > weights[y]; });
  return out;
}

}  // namespace annals
