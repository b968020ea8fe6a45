// graph.dot: shape and colour by vertex kind, edges labelled by relation.
#include <fmt/format.h>

#include "graph/exporters.h"

namespace annals {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string Clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "...";
}

struct Style {
  const char* shape;
  const char* color;
};

Style StyleOf(VertexKind k) {
  switch (k) {
    case VertexKind::kActor: return {"ellipse", "#cfe2ff"};
    case VertexKind::kEvent: return {"box", "#ffe5b4"};
    case VertexKind::kPosition: return {"note", "#e2f0d9"};
    case VertexKind::kPlace: return {"house", "#eeeeee"};
  }
  return {"ellipse", "white"};
}

std::string Label(const Graph& g, Graph::Vertex v) {
  const Graph::Node& n = g.node(v);
  switch (n.kind) {
    case VertexKind::kActor: return g.actors()[n.index].name;
    case VertexKind::kEvent: {
      const EventRecord& e = g.events()[n.index];
      return fmt::format("{}\n{}\n{}", Clip(e.label, 40), e.type, WhenText(e.when));
    }
    case VertexKind::kPosition: {
      const PositionRecord& p = g.positions()[n.index];
      return fmt::format("{}: {}", p.verb, p.topic.empty() ? Clip(p.text, 40) : p.topic);
    }
    case VertexKind::kPlace: return g.places()[n.index].name;
  }
  return "";
}

}  // namespace

void WriteDot(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  out << "digraph annals {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n"
      << "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#777777\"];\n";
  for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    Style s = StyleOf(g.node(v).kind);
    out << fmt::format("  v{} [label={}, shape={}, fillcolor=\"{}\", class=\"{}\"];\n", v,
                       Quote(Label(g, v)), s.shape, s.color, VertexKindName(g.node(v).kind));
  }
  for (const auto& e : g.edges()) {
    out << fmt::format("  v{} -> v{} [label=\"{}\"];\n", e.from, e.to, RelationName(e.relation));
  }
  out << "}\n";
}

std::string WhenText(const When& w) {
  if (w.value.empty()) return "undated";
  if (w.end.empty()) return w.value;
  return w.value + " to " + w.end;
}

}  // namespace annals
