// Who met whom: the pairs of one event, and the actor-to-actor graph of a run.
#include "graph/export/met_graph.h"

#include <doctest/doctest.h>

#include <sstream>

#include "graph/export/exporters.h"

namespace annals {
namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

ActorRecord Actor(const std::string& id, const std::string& kind,
                  const std::string& affiliation,
                  std::vector<std::string> members = {}) {
  return {id, id, kind, {}, {}, affiliation, std::move(members), {}};
}

// Two sides, Portugal (Ana, Carla) and Nigeria (Ben), with their states,
// a delegation and a group of no side. Indices: ana 0, carla 1, ben 2,
// portugal 3, nigeria 4, both-sides 5, delegation 6.
Graph Sides() {
  Graph g;
  g.add_actor(Actor("ana", "person", "Portugal"));
  g.add_actor(Actor("carla", "person", "Portugal"));
  g.add_actor(Actor("ben", "person", "Nigeria"));
  g.add_actor(Actor("Portugal", "state", ""));
  g.add_actor(Actor("Nigeria", "state", ""));
  g.add_actor(Actor("both-sides", "group", ""));
  g.add_actor(Actor("delegation", "group", "Portugal", {"ana"}));
  return g;
}

EventRecord With(std::vector<std::string> participants, std::string when = "") {
  return {"",      "meeting",
          "talks", {std::move(when), ""},
          "",      std::move(participants),
          {}};
}

TEST_CASE(
    "people of two sides met across them, and not their own states or groups") {
  Graph g = Sides();
  CHECK(MetPairs(g, With({"ana", "carla", "ben", "Portugal", "Nigeria",
                          "both-sides"})) == Pairs{{0, 2}, {1, 2}});
  CHECK(MetPairs(g, With({"delegation", "ana", "ben"})) == Pairs{{0, 2}});
}

TEST_CASE("states met when no one of theirs is named") {
  Graph g = Sides();
  CHECK(MetPairs(g, With({"Portugal", "Nigeria"})) == Pairs{{3, 4}});
  CHECK(MetPairs(g, With({"ana", "Nigeria"})) == Pairs{{0, 4}});
}

TEST_CASE(
    "an event of one side joins everyone in it, but no one meets their own "
    "state") {
  Graph g = Sides();
  CHECK(MetPairs(g, With({"ana", "carla"})) == Pairs{{0, 1}});
  CHECK(MetPairs(g, With({"ana", "Portugal"})).empty());
  CHECK(MetPairs(g, With({"both-sides"})).empty());
}

// ana-ben twice (June, July), carla-ben once (undated); Portugal alone.
Graph RunWithIds() {
  Graph g = Sides();
  const char* ids[] = {"e1", "e2", "e3", "e4"};
  std::vector<EventRecord> events = {
      With({"ana", "ben"}, "2019-06-02"), With({"carla", "ben"}),
      With({"ben", "ana"}, "2019-07"), With({"Portugal"}, "2019-08-01")};
  for (std::size_t i = 0; i < events.size(); ++i) {
    events[i].id = ids[i];
    g.add_event(events[i]);
    g.timeline.push_back(ids[i]);
  }
  return g;
}

TEST_CASE(
    "BuildMetGraph weighs each pair by its events and leaves no actor alone") {
  Graph g = RunWithIds();
  MetGraph met = BuildMetGraph(g);
  REQUIRE(met.edges.size() == 2);
  CHECK(met.edges[0].a == 0);  // ana-ben, the heaviest, first
  CHECK(met.edges[0].b == 2);
  CHECK(met.edges[0].events == std::vector<std::size_t>{0, 2});
  CHECK(met.edges[1].events == std::vector<std::size_t>{1});
  CHECK(met.actors == std::vector<std::size_t>{
                          2, 0, 1});  // ben 3, ana 2, carla 1; no Portugal
}

TEST_CASE("BuildMetGraph keeps the most met actors, or one actor's partners") {
  Graph g = RunWithIds();
  MetGraph top = BuildMetGraph(g, {.max_actors = 2});
  REQUIRE(top.edges.size() == 1);
  CHECK(top.actors == std::vector<std::size_t>{0, 2});
  MetGraph carla = BuildMetGraph(g, {.focus = 1});
  REQUIRE(carla.edges.size() == 1);
  CHECK(carla.edges[0].a == 1);
}

TEST_CASE(
    "BuildMetGraph can keep each actor's strongest edges, and every actor "
    "keeps one") {
  // A star around ana: ana-ben 3 events, ana-carla 2, ben-carla 1; with one
  // edge per actor, ben-carla (the weakest of both ends) goes.
  Graph g = Sides();
  std::vector<std::vector<std::string>> met = {
      {"ana", "ben"},   {"ana", "ben"},   {"ana", "ben"},
      {"ana", "carla"}, {"ana", "carla"}, {"ben", "carla"}};
  for (std::size_t i = 0; i < met.size(); ++i) {
    EventRecord e = With(met[i]);
    e.id = "e" + std::to_string(i);
    g.add_event(e);
    g.timeline.push_back(e.id);
  }
  MetGraph backbone = BuildMetGraph(g, {.strongest_per_actor = 1});
  REQUIRE(backbone.edges.size() == 2);
  CHECK(backbone.edges[0].events.size() == 3);  // ana-ben
  CHECK(backbone.edges[1].events.size() == 2);  // ana-carla: carla's strongest
  CHECK(backbone.actors.size() == 3);
}

TEST_CASE("the met graph as DOT: actors, weighted edges, and when they met") {
  Assembly a;
  a.graph = RunWithIds();
  std::ostringstream out;
  REQUIRE(WriteDot(out, a, DotOptions{.met = true}).ok());
  std::string dot = out.str();
  CHECK(dot.rfind("graph met {", 0) == 0);
  CHECK(dot.find("layout=neato") != std::string::npos);
  CHECK(dot.find("a0 -- a2 [penwidth=2.5, xlabel=\"2\", tooltip=\"ana - ben: 2 "
                 "events, 2019-06-02 to 2019-07-31\"") != std::string::npos);
  CHECK(dot.find("a1 -- a2 [penwidth=1.0, tooltip=\"carla - ben: 1 event, "
                 "undated\"") != std::string::npos);
  CHECK(dot.find("a3 [") == std::string::npos);  // Portugal met no one
  CHECK(*DotNodeCount(a, DotOptions{.met = true}) == 3);
  CHECK(DotNodeCount(a, DotOptions{.focus = "nobody", .met = true})
            .status()
            .code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace annals
