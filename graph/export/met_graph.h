// MetGraph: who met whom, how often and when, as an actor-to-actor graph.
//
// The full graph (graph.dot) has a vertex for every event, position and
// place; over a few hundred articles it is a hairball no one can read.
// An analyst's first question is simpler: who met whom. Here two actors
// are joined when they took part in the same event, and the edge keeps
// those events, so its weight is how often they met and its events say
// when.
//
// Which participants of an event "met" is decided from what the rules
// said of them, not from names: a state or group is not said to meet its
// own people. Participants are sorted into sides (a person's affiliation,
// a state's own name, else the actor alone); a state or group stands
// down when one of its people is there ("Ana Ruiz and Vidal met": not
// also "Peru met Vidal"). With two sides or more only pairs across
// sides met (a delegation does not meet itself); an event of one side
// (a cabinet meeting) joins everyone in it.
//
// Example:
//   MetGraph met = BuildMetGraph(g);
//   for (const MetEdge& e : met.edges)
//     std::cout << g.actors()[e.a].name << " - " << g.actors()[e.b].name
//               << ": " << e.events.size() << " events\n";
//
// Thread-safety: pure functions of a const Graph.
#ifndef ANNALS_GRAPH_EXPORT_MET_GRAPH_H_
#define ANNALS_GRAPH_EXPORT_MET_GRAPH_H_

#include <cstddef>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "graph/assemble/graph.h"

namespace annals {

// Two actors (indices into Graph::actors(), a < b) and the events both
// took part in (indices into Graph::events(), in timeline order).
struct MetEdge {
  std::size_t a = 0, b = 0;
  std::vector<std::size_t> events;
};

struct MetGraph {
  // Heaviest first (most events), ties in actor order.
  std::vector<MetEdge> edges;
  // Every actor with at least one edge, most events first: no isolated
  // actors.
  std::vector<std::size_t> actors;
};

// How closely an actor names who was there: 2 for a person or an
// organization, 1 for a group ("the Chinese delegation"), 0 for a state.
// Example: Specificity({.kind = "state"}) == 0
int Specificity(const ActorRecord& actor);

// Who was there at `event`, as actor indices in participant order: a
// group of no side, and a state or group standing down for one of its
// people, are left out (see above).
// Example: WhoWasThere(g, e) == {0, 2}  // Ana and Ben; not Portugal, not "both
// sides"
std::vector<std::size_t> WhoWasThere(const Graph& g, const EventRecord& event);

// The pairs of actors (indices, a < b) who met at `event`, as above.
// Example: MetPairs(g, g.events()[0]) == {{0, 1}}  // Ana Ruiz met Ben Okafor
std::vector<std::pair<std::size_t, std::size_t>> MetPairs(
    const Graph& g, const EventRecord& event);

// What BuildMetGraph keeps. Example: {.max_actors = 100, .focus = 7}
// keeps actor 7, those who met them, and the edges among them, at most
// 100 actors; {.strongest_per_actor = 3} keeps of each actor's edges the
// three heaviest (an edge stays when it is among the three of either
// end): a readable backbone, in which every actor keeps a line.
struct MetOptions {
  std::size_t max_actors = std::numeric_limits<std::size_t>::max();
  std::size_t strongest_per_actor = 0;  // 0: every edge
  // An actor index whose partners alone are kept, or kNoFocus.
  std::size_t focus = kNoFocus;
  static constexpr std::size_t kNoFocus =
      std::numeric_limits<std::size_t>::max();
};

// The met graph of every event. With max_actors, only the actors with the
// most events (weighted degree) and the edges among them are kept, and
// actors left without an edge are dropped.
MetGraph BuildMetGraph(const Graph& g, const MetOptions& options = {});

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_MET_GRAPH_H_
