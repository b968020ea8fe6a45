#include "graph/export/neighbourhood.h"

#include <algorithm>

#include "pipeline/base/ascii.h"

namespace annals {
namespace {

bool Names(const ActorRecord& a, const std::string& lowered) {
  if (AsciiLower(a.id) == lowered || AsciiLower(a.name) == lowered) return true;
  return std::any_of(a.aliases.begin(), a.aliases.end(),
                     [&](const std::string& alias) { return AsciiLower(alias) == lowered; });
}

// "Ana Ruiz (ana-ruiz), ..." so the error tells the user what exists.
std::string SomeActors(const Graph& g) {
  std::string out;
  for (std::size_t i = 0; i < g.actors().size() && i < 5; ++i) {
    out += (i ? ", " : "") + g.actors()[i].name + " (" + g.actors()[i].id + ")";
  }
  return out.empty() ? "none: the graph has no actors" : out;
}

}  // namespace

Result<Graph::Vertex> FindActor(const Graph& g, const std::string& query) {
  std::string lowered = AsciiLower(query);
  // Ids and names first: an alias such as "Li" may belong to several.
  for (std::size_t i = 0; i < g.actors().size(); ++i) {
    const ActorRecord& a = g.actors()[i];
    if (AsciiLower(a.id) == lowered || AsciiLower(a.name) == lowered) return g.vertex_of(VertexKind::kActor, i);
  }
  for (std::size_t i = 0; i < g.actors().size(); ++i) {
    if (Names(g.actors()[i], lowered)) return g.vertex_of(VertexKind::kActor, i);
  }
  return Status::Error(Status::Code::kNotFound,
                       "no actor is called '" + query + "'; actors include " + SomeActors(g));
}

std::vector<bool> Neighbourhood(const Graph& g, Graph::Vertex center, int radius) {
  std::vector<std::vector<Graph::Vertex>> adjacent(g.vertex_count());
  for (const auto& e : g.edges()) {
    adjacent[e.from].push_back(e.to);
    adjacent[e.to].push_back(e.from);
  }
  std::vector<bool> keep(g.vertex_count(), false);
  if (center >= g.vertex_count()) return keep;
  keep[center] = true;
  std::vector<Graph::Vertex> frontier = {center};
  for (int step = 0; step < radius && !frontier.empty(); ++step) {
    std::vector<Graph::Vertex> next;
    for (Graph::Vertex v : frontier) {
      for (Graph::Vertex w : adjacent[v]) {
        if (!keep[w]) next.push_back(w);
        keep[w] = true;
      }
    }
    frontier = std::move(next);
  }
  return keep;
}

}  // namespace annals
