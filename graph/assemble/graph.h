// Graph: the assembled actors, events, positions and places, and how they
// relate, on a Boost.Graph adjacency list.
//
// Vertices carry a kind and an index into the typed record lists, so
// callers work with ActorRecord and EventRecord values and domain verbs
// (add_event, link) rather than raw descriptors. Edges are the relations
// of OUTPUT.md: participated_in (actor -> event), stated (actor ->
// position), about (position -> place or topic), held_in (event -> place),
// member_of (actor -> group), made_at (position -> event).
//
// Thread-safety: build on one thread; afterwards const reads are safe.
#ifndef ANNALS_GRAPH_ASSEMBLE_GRAPH_H_
#define ANNALS_GRAPH_ASSEMBLE_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/assemble/model.h"

namespace annals {

enum class VertexKind { kActor, kEvent, kPosition, kPlace };
enum class Relation { kParticipatedIn, kStated, kAbout, kHeldIn, kMemberOf, kMadeAt };

const char* RelationName(Relation r);
const char* VertexKindName(VertexKind k);

class Graph {
 public:
  using Vertex = std::size_t;

  struct Node {
    VertexKind kind;
    std::size_t index;  // into the list of its kind
  };
  struct Edge {
    Vertex from;
    Vertex to;
    Relation relation;
  };

  // Example: Vertex v = g.add_actor({.id = "bo-li", .name = "Bo Li", .kind = "person"});
  Vertex add_actor(ActorRecord actor);
  Vertex add_event(EventRecord event);
  Vertex add_position(PositionRecord position);
  // Places are unique by name: adding a known name returns its vertex.
  Vertex add_place(PlaceRecord place);
  void link(Vertex from, Vertex to, Relation relation);

  // The vertex of a record id, or -1 cast to Vertex when unknown.
  Vertex find(const std::string& id) const;
  static constexpr Vertex kNone = static_cast<Vertex>(-1);

  const std::vector<ActorRecord>& actors() const { return actors_; }
  const std::vector<EventRecord>& events() const { return events_; }
  const std::vector<PositionRecord>& positions() const { return positions_; }
  const std::vector<PlaceRecord>& places() const { return places_; }
  const Node& node(Vertex v) const { return g_[v]; }
  std::size_t vertex_count() const { return boost::num_vertices(g_); }
  // Every edge, in insertion order of their source vertices.
  std::vector<Edge> edges() const;
  // Vertex of the i-th record of a kind.
  Vertex vertex_of(VertexKind kind, std::size_t index) const;

  // Event ids in time order (set by the Timeline stage): the events with
  // a calendar date and a named participant (a person, organization or
  // state, not only "both sides").
  std::vector<std::string> timeline;
  // The other events, in article order: undated, dated by no calendar day
  // ("XXXX-03-19"), or with no one named. They stay in the graph and are
  // listed apart.
  std::vector<std::string> apart;
  // Every event id: the timeline's, then those listed apart.
  // Example: timeline {"e1"}, apart {"u1"} -> {"e1", "u1"}.
  std::vector<std::string> listed_events() const;

 private:
  using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Relation>;
  Vertex add(VertexKind kind, std::size_t index, const std::string& id);

  Adjacency g_;
  std::vector<ActorRecord> actors_;
  std::vector<EventRecord> events_;
  std::vector<PositionRecord> positions_;
  std::vector<PlaceRecord> places_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::vector<std::vector<Vertex>> by_kind_{4};
};

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_GRAPH_H_
