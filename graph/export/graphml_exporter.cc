// graph.graphml: the same graph for Gephi, yEd and NetworkX.
#include <fmt/format.h>

#include "graph/export/exporters.h"
#include "graph/export/timeml_writer.h"

namespace annals {
namespace {

struct VertexData {
  std::string id, kind, label, type, when;
};

VertexData DataOf(const Graph& g, Graph::Vertex v) {
  const Graph::Node& n = g.node(v);
  switch (n.kind) {
    case VertexKind::kActor: {
      const auto& a = g.actors()[n.index];
      return {a.id, "actor", a.name, a.kind, ""};
    }
    case VertexKind::kEvent: {
      const auto& e = g.events()[n.index];
      return {e.id, "event", e.label, e.type, WhenText(e.when)};
    }
    case VertexKind::kPosition: {
      const auto& p = g.positions()[n.index];
      return {p.id, "position", p.text, p.topic, WhenText(p.when)};
    }
    case VertexKind::kPlace: {
      const auto& p = g.places()[n.index];
      return {p.id, "place", p.name, p.kind, ""};
    }
  }
  return {};
}

}  // namespace

void WriteGraphMl(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const char* key : {"kind", "label", "type", "when"}) {
    out << fmt::format("  <key id=\"{0}\" for=\"node\" attr.name=\"{0}\" attr.type=\"string\"/>\n", key);
  }
  out << "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
      << "  <graph id=\"annals\" edgedefault=\"directed\">\n";
  for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    VertexData d = DataOf(g, v);
    out << fmt::format("    <node id=\"{}\">", XmlEscape(d.id));
    out << fmt::format("<data key=\"kind\">{}</data><data key=\"label\">{}</data>", d.kind,
                       XmlEscape(d.label));
    out << fmt::format("<data key=\"type\">{}</data><data key=\"when\">{}</data></node>\n",
                       XmlEscape(d.type), XmlEscape(d.when));
  }
  int i = 0;
  for (const auto& e : g.edges()) {
    out << fmt::format("    <edge id=\"x{}\" source=\"{}\" target=\"{}\"><data key=\"relation\">{}</data></edge>\n",
                       i++, XmlEscape(DataOf(g, e.from).id), XmlEscape(DataOf(g, e.to).id),
                       RelationName(e.relation));
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace annals
