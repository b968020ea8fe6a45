// --graph-focus: finding the actor a user names, and what surrounds it.
#include "graph/export/neighbourhood.h"

#include <doctest/doctest.h>

#include "tests/graph/small_assembly.h"

namespace annals {
namespace {

TEST_CASE("FindActor accepts an id, a name or an alias, in any case") {
  Assembly a = testing::SmallAssembly();
  Graph::Vertex ana = a.graph.find("ana-ruiz");
  CHECK(*FindActor(a.graph, "ana-ruiz") == ana);
  CHECK(*FindActor(a.graph, "ANA RUIZ") == ana);
  CHECK(*FindActor(a.graph, "ruiz") == ana);
  Result<Graph::Vertex> none = FindActor(a.graph, "Nobody");
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == Status::Code::kNotFound);
  CHECK(none.status().message().find("Ana Ruiz (ana-ruiz)") != std::string::npos);
}

TEST_CASE("Neighbourhood of radius 2 reaches who else was there, not further") {
  Assembly a = testing::SmallAssembly();
  const Graph& g = a.graph;
  std::vector<bool> keep = Neighbourhood(g, g.find("ana-ruiz"), 2);
  CHECK(keep[g.find("e1")]);          // her meeting
  CHECK(keep[g.find("ben-okafor")]);  // who she met (edge walked backwards)
  CHECK(keep[g.find("place:Lisbon")]);
  CHECK(keep[g.find("topic:fisheries")]);
  CHECK_FALSE(keep[g.find("e3")]);            // Ben's other meeting: 3 edges away
  CHECK_FALSE(keep[g.find("carla-mendes")]);  // unconnected
  CHECK(Neighbourhood(g, g.find("carla-mendes"), 0) ==
        std::vector<bool>{false, false, true, false, false, false, false, false, false});
}

}  // namespace
}  // namespace annals
