#include "graph/assemble/graph.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("Graph keeps typed records and relations between them") {
  Graph g;
  auto a = g.add_actor({"ana-ruiz", "Ana Ruiz", "person", {}, {}, "", {}, {}});
  auto e = g.add_event({"e1", "meeting", "talks", {"2021-03-12", ""}, "Lisbon", {"ana-ruiz"}, {}});
  auto p1 = g.add_place({"place:Lisbon", "Lisbon", "city"});
  auto p2 = g.add_place({"place:Lisbon", "Lisbon", "city"});
  g.link(a, e, Relation::kParticipatedIn);
  g.link(e, p1, Relation::kHeldIn);
  g.link(a, Graph::kNone, Relation::kStated);  // ignored: no such vertex
  CHECK(p1 == p2);  // places are unique by id
  CHECK(g.vertex_count() == 3);
  CHECK(g.find("e1") == e);
  CHECK(g.find("nobody") == Graph::kNone);
  CHECK(g.node(e).kind == VertexKind::kEvent);
  CHECK(g.events()[g.node(e).index].label == "talks");
  auto edges = g.edges();
  REQUIRE(edges.size() == 2);
  CHECK(edges[0].relation == Relation::kParticipatedIn);
  CHECK(std::string(RelationName(edges[1].relation)) == "held_in");
  CHECK(g.vertex_of(VertexKind::kPlace, 0) == p1);
}

}  // namespace
}  // namespace annals
