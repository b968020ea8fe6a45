#include "graph/assemble/graph.h"

#include <array>

namespace annals {

const char* RelationName(Relation r) {
  static constexpr std::array<const char*, 6> kNames = {
      "participated_in", "stated", "about", "held_in", "member_of", "made_at"};
  return kNames[static_cast<int>(r)];
}

const char* VertexKindName(VertexKind k) {
  static constexpr std::array<const char*, 4> kNames = {"actor", "event", "position", "place"};
  return kNames[static_cast<int>(k)];
}

Graph::Vertex Graph::add(VertexKind kind, std::size_t index, const std::string& id) {
  Vertex v = boost::add_vertex(Node{kind, index}, g_);
  by_id_[id] = v;
  by_kind_[static_cast<int>(kind)].push_back(v);
  return v;
}

Graph::Vertex Graph::add_actor(ActorRecord actor) {
  actors_.push_back(std::move(actor));
  return add(VertexKind::kActor, actors_.size() - 1, actors_.back().id);
}

Graph::Vertex Graph::add_event(EventRecord event) {
  events_.push_back(std::move(event));
  return add(VertexKind::kEvent, events_.size() - 1, events_.back().id);
}

Graph::Vertex Graph::add_position(PositionRecord position) {
  positions_.push_back(std::move(position));
  return add(VertexKind::kPosition, positions_.size() - 1, positions_.back().id);
}

Graph::Vertex Graph::add_place(PlaceRecord place) {
  if (Vertex v = find(place.id); v != kNone) return v;
  places_.push_back(std::move(place));
  return add(VertexKind::kPlace, places_.size() - 1, places_.back().id);
}

void Graph::link(Vertex from, Vertex to, Relation relation) {
  if (from == kNone || to == kNone) return;
  boost::add_edge(from, to, relation, g_);
}

std::vector<std::string> Graph::listed_events() const {
  std::vector<std::string> out = timeline;
  out.insert(out.end(), apart.begin(), apart.end());
  return out;
}

Graph::Vertex Graph::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? kNone : it->second;
}

std::vector<Graph::Edge> Graph::edges() const {
  std::vector<Edge> out;
  for (auto [it, end] = boost::edges(g_); it != end; ++it) {
    out.push_back({boost::source(*it, g_), boost::target(*it, g_), g_[*it]});
  }
  return out;
}

Graph::Vertex Graph::vertex_of(VertexKind kind, std::size_t index) const {
  return by_kind_[static_cast<int>(kind)][index];
}

}  // namespace annals
