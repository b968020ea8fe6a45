// graph.dot, styled for reading: shape and colour by vertex kind, events
// labelled with type and date, edges coloured and labelled by relation, a
// legend; optionally a time axis that ranks events left to right, and a
// focus that keeps only the neighbourhood of one actor.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "pipeline/time/time_interval.h"
#include "graph/export/exporters.h"
#include "graph/export/met_graph.h"
#include "graph/export/neighbourhood.h"

namespace annals {
namespace {

// How far --graph-focus reaches: the actor, its events and statements
// (1), and who else was there, where, and what about (2).
constexpr int kFocusRadius = 2;

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
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
    --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "...";
}

struct Style {
  const char* shape;
  const char* fill;
  const char* border;
  const char* legend;  // what the legend calls it
};

// Topics are place vertices too (positions are "about" them), but a
// reader must tell "in Lisbon" from "about Taiwan" at a glance.
constexpr Style kActor{"ellipse", "#dbe8ff", "#3b6fd8", "actor"};
constexpr Style kEvent{"box", "#ffe3b3", "#d9822b", "event (type, date)"};
constexpr Style kPosition{"note", "#e3f1dc", "#4d8f3a", "stated position"};
constexpr Style kPlace{"house", "#eeeeee", "#777777", "place"};
constexpr Style kTopic{"tab", "#efe4f7", "#7b52ab", "topic"};

Style StyleOf(const Graph& g, Graph::Vertex v) {
  const Graph::Node& n = g.node(v);
  switch (n.kind) {
    case VertexKind::kActor:
      return kActor;
    case VertexKind::kEvent:
      return kEvent;
    case VertexKind::kPosition:
      return kPosition;
    case VertexKind::kPlace:
      return g.places()[n.index].kind == "topic" ? kTopic : kPlace;
  }
  return kActor;
}

struct EdgeStyle {
  const char* color;
  const char* style;
};

EdgeStyle EdgeStyleOf(Relation r) {
  switch (r) {
    case Relation::kParticipatedIn:
      return {"#3b6fd8", "solid"};
    case Relation::kStated:
      return {"#4d8f3a", "solid"};
    case Relation::kAbout:
      return {"#7b52ab", "dashed"};
    case Relation::kHeldIn:
      return {"#8a6d3b", "solid"};
    case Relation::kMemberOf:
      return {"#3b6fd8", "dashed"};
    case Relation::kMadeAt:
      return {"#4d8f3a", "dotted"};
  }
  return {"#777777", "solid"};
}

std::string Label(const Graph& g, Graph::Vertex v) {
  const Graph::Node& n = g.node(v);
  switch (n.kind) {
    case VertexKind::kActor:
      return g.actors()[n.index].name;
    case VertexKind::kEvent: {
      const EventRecord& e = g.events()[n.index];
      return fmt::format("{}\n{} \xC2\xB7 {}", Clip(e.label, 40), e.type,
                         WhenText(e.when));
    }
    case VertexKind::kPosition: {
      const PositionRecord& p = g.positions()[n.index];
      return fmt::format("{}: {}", p.verb,
                         p.topic.empty() ? Clip(p.text, 40) : p.topic);
    }
    case VertexKind::kPlace:
      return g.places()[n.index].name;
  }
  return "";
}

void WriteHeader(std::ostream& out) {
  out << "digraph annals {\n"
      << "  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\", "
         "bgcolor=\"white\", "
         "nodesep=0.25, ranksep=0.6];\n"
      << "  node [style=filled, fontname=\"Helvetica\", fontsize=10, "
         "penwidth=1.2];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=8, fontcolor=\"#555555\", "
         "arrowsize=0.6];\n";
}

void WriteNodes(std::ostream& out, const Graph& g,
                const std::vector<bool>& keep) {
  for (Graph::Vertex v = 0; v < g.vertex_count(); ++v) {
    if (!keep[v]) continue;
    Style s = StyleOf(g, v);
    bool event = g.node(v).kind == VertexKind::kEvent;
    out << fmt::format(
        "  v{} [label={}, shape={}, style=\"{}\", fillcolor=\"{}\", "
        "color=\"{}\", class=\"{}\"];\n",
        v, Quote(Label(g, v)), s.shape, event ? "filled,rounded" : "filled",
        s.fill, s.border, VertexKindName(g.node(v).kind));
  }
}

void WriteEdges(std::ostream& out, const Graph& g,
                const std::vector<bool>& keep) {
  for (const auto& e : g.edges()) {
    if (!keep[e.from] || !keep[e.to]) continue;
    EdgeStyle s = EdgeStyleOf(e.relation);
    out << fmt::format("  v{} -> v{} [label=\"{}\", color=\"{}\", style={}];\n",
                       e.from, e.to, RelationName(e.relation), s.color,
                       s.style);
  }
}

std::string LegendRow(const Style& s) {
  return fmt::format(
      "<tr><td bgcolor=\"{}\" border=\"1\" color=\"{}\" width=\"18\"> </td>"
      "<td align=\"left\">{} ({})</td></tr>",
      s.fill, s.border, s.legend, s.shape);
}

// An HTML-like table node: compact, and it cannot be mistaken for data.
void WriteLegend(std::ostream& out) {
  std::string rows;
  for (const Style& s : {kActor, kEvent, kPosition, kPlace, kTopic})
    rows += LegendRow(s);
  for (Relation r :
       {Relation::kParticipatedIn, Relation::kStated, Relation::kAbout,
        Relation::kHeldIn, Relation::kMemberOf, Relation::kMadeAt}) {
    EdgeStyle s = EdgeStyleOf(r);
    rows += fmt::format(
        "<tr><td><font color=\"{}\">{}</font></td><td "
        "align=\"left\">{}</td></tr>",
        s.color, s.style == std::string("dashed") ? "- - &gt;" : "&#8212;&gt;",
        RelationName(r));
  }
  out << "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=10; "
         "color=\"#cccccc\";\n"
      << "    legend [shape=plaintext, style=\"\", fontsize=9, label=<<table "
         "border=\"0\" "
         "cellspacing=\"2\" cellpadding=\"2\">"
      << rows << "</table>>];\n  }\n";
}

// One rank per distinct date, the dates chained left to right as an
// axis; undated events share a last rank ("undated"), as in the report.
void WriteTimeRanks(std::ostream& out, const Graph& g,
                    const std::vector<bool>& keep) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<Graph::Vertex>> by_date;
  std::vector<Graph::Vertex> undated;
  for (const auto& id : g.listed_events()) {
    Graph::Vertex v = g.find(id);
    if (v == Graph::kNone || !keep[v]) continue;
    const When& w = g.events()[g.node(v).index].when;
    if (w.empty()) {
      undated.push_back(v);
      continue;
    }
    auto [it, fresh] = by_date.try_emplace(WhenText(w));
    if (fresh) order.push_back(it->first);
    it->second.push_back(v);
  }
  if (!undated.empty()) {
    order.push_back("undated");
    by_date["undated"] = undated;
  }
  for (std::size_t i = 0; i < order.size(); ++i) {
    out << fmt::format(
        "  t{} [label={}, shape=plaintext, style=\"\", fontsize=11, "
        "fontcolor=\"#d9822b\"];\n",
        i, Quote(order[i]));
    if (i > 0)
      out << fmt::format(
          "  t{} -> t{} [color=\"#d9822b\", penwidth=2, arrowhead=none, "
          "weight=20];\n",
          i - 1, i);
    out << fmt::format("  {{ rank=same; t{};", i);
    for (Graph::Vertex v : by_date[order[i]]) out << fmt::format(" v{};", v);
    out << " }\n";
  }
}

// The vertices graph.dot draws: all of them, or the focus's neighbourhood.
Result<std::vector<bool>> Drawn(const Graph& g, const DotOptions& options) {
  if (options.focus.empty()) return std::vector<bool>(g.vertex_count(), true);
  Result<Graph::Vertex> center = FindActor(g, options.focus);
  if (!center) return center.status();
  return Neighbourhood(g, *center, kFocusRadius);
}

}  // namespace

Result<std::size_t> DotNodeCount(const Assembly& a, const DotOptions& options) {
  if (options.met) {
    Result<MetGraph> met = MetGraphOf(a, options);
    if (!met) return met.status();
    return met->actors.size();
  }
  Result<std::vector<bool>> keep = Drawn(a.graph, options);
  if (!keep) return keep.status();
  return static_cast<std::size_t>(std::count(keep->begin(), keep->end(), true));
}

Status WriteDot(std::ostream& out, const Assembly& a,
                const DotOptions& options) {
  if (options.met) return WriteMetDot(out, a, options);
  const Graph& g = a.graph;
  Result<std::vector<bool>> drawn = Drawn(g, options);
  if (!drawn) return drawn.status();
  const std::vector<bool>& keep = *drawn;
  WriteHeader(out);
  WriteLegend(out);
  WriteNodes(out, g, keep);
  WriteEdges(out, g, keep);
  if (options.rank_by_time) WriteTimeRanks(out, g, keep);
  out << "}\n";
  return Status::Ok();
}

void WriteDot(std::ostream& out, const Assembly& a) {
  WriteDot(out, a, DotOptions{});
}

bool OnCalendar(const When& w) {
  return IntervalOf(w.value, w.end).has_value();
}

std::string WhenText(const When& w) {
  if (w.value.empty()) return "undated";
  if (w.end.empty()) return w.value;
  return w.value + " to " + w.end;
}

}  // namespace annals
