// Neighbourhood: the part of the graph around one actor, for
// `--graph-focus` ("show me who Ruiz met, and what he said").
//
// FindActor accepts what a user types: an actor id ("bo-li"), a name
// ("Bo Li") or an alias ("Li"), case-insensitively. Neighbourhood
// walks edges in both directions, because the relations point away from
// actors (actor -> event) but "who else was there" is the way back
// (event <- actor).
//
// Example:
//   Result<Graph::Vertex> v = FindActor(g, "Bo Li");
//   std::vector<bool> keep = Neighbourhood(g, *v, 2);
//   // keep[v] and keep[each event he took part in] and keep[the others there]
//
// Thread-safety: pure functions of a const Graph.
#ifndef ANNALS_GRAPH_EXPORT_NEIGHBOURHOOD_H_
#define ANNALS_GRAPH_EXPORT_NEIGHBOURHOOD_H_

#include <string>
#include <vector>

#include "annals/status.h"
#include "graph/assemble/graph.h"

namespace annals {

// The actor vertex named by `query`; kNotFound names a few actors to try.
Result<Graph::Vertex> FindActor(const Graph& g, const std::string& query);

// Marks every vertex at most `radius` edges away from `center`, edges
// taken in either direction. The result has one entry per vertex.
std::vector<bool> Neighbourhood(const Graph& g, Graph::Vertex center, int radius);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_NEIGHBOURHOOD_H_
