// The met graph (met_graph.h) as DOT: what graph.svg shows at scale.
//
// An undirected network of actors has no up and down, so it is laid out
// by force (neato; sfdp past a few hundred actors) rather than by dot's
// ranks. Edges are as thick as the meetings they stand for, labelled with
// their count when there is more than one, and their tooltip (the SVG
// <title>) says when: "Ana Ruiz - Ben Okafor: 3 events, 2019-06-02 to
// 2019-09-14". The graph's label says how much of the run is drawn.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "pipeline/time/time_interval.h"
#include "graph/export/exporters.h"
#include "graph/export/met_graph.h"
#include "graph/export/neighbourhood.h"

namespace annals {
namespace {

// neato lays out a few hundred nodes in a second; sfdp scales further.
constexpr std::size_t kNeatoMaxActors = 200;
// Of each actor's lines the heaviest three are drawn: with every line,
// the most met actors of a large run are a solid knot.
constexpr std::size_t kLinesPerActor = 3;

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out + "\"";
}

struct KindStyle {
  const char* fill;
  const char* border;
};

// The kinds of OUTPUT.md's actors, each its own colour.
KindStyle StyleOf(const std::string& kind) {
  if (kind == "state") return {"#fde2cf", "#c8622b"};
  if (kind == "organization") return {"#e3f1dc", "#4d8f3a"};
  if (kind == "group") return {"#efe4f7", "#7b52ab"};
  return {"#dbe8ff", "#3b6fd8"};
}

// "3 events, 2019-06-02 to 2019-09-14": how often and when.
std::string HowOftenWhen(const Graph& g,
                         const std::vector<std::size_t>& events) {
  std::string out =
      fmt::format("{} event{}", events.size(), events.size() == 1 ? "" : "s");
  int first = 0, last = 0;
  bool dated = false;
  for (std::size_t e : events) {
    const When& w = g.events()[e].when;
    auto iv = IntervalOf(w.value, w.end);
    if (!iv) continue;
    first = dated ? std::min(first, iv->first) : iv->first;
    last = dated ? std::max(last, iv->last) : iv->last;
    dated = true;
  }
  if (!dated) return out + ", undated";
  if (first == last) return out + ", " + DayString(first);
  return out + ", " + DayString(first) + " to " + DayString(last);
}

void WriteMetHeader(std::ostream& out, std::size_t drawn, std::size_t all) {
  std::string label =
      drawn < all
          ? fmt::format(
                "Who met whom: the {} actors with the most meetings, of {}",
                drawn, all)
          : fmt::format("Who met whom: {} actors", drawn);
  label += fmt::format("; each actor's {} strongest lines", kLinesPerActor);
  out << "graph met {\n"
      << fmt::format(
             "  graph [layout={}, overlap=false, splines=false, sep=\"+8\", "
             "outputorder=edgesfirst, "
             "fontname=\"Helvetica\", fontsize=13, labelloc=t, label={}];\n",
             drawn <= kNeatoMaxActors ? "neato" : "sfdp",
             Quote(label + " (edge: took part in the same events; the full "
                           "graph is in graph.dot)"))
      << "  node [shape=ellipse, style=filled, fontname=\"Helvetica\", "
         "penwidth=1.2];\n"
      << "  edge [color=\"#7d8fa8\", fontname=\"Helvetica\", fontsize=9, "
         "fontcolor=\"#444444\"];\n";
}

void WriteMetNodes(std::ostream& out, const Graph& g, const MetGraph& met) {
  std::vector<std::size_t> weight(g.actors().size(), 0);
  for (const MetEdge& e : met.edges)
    weight[e.a] += e.events.size(), weight[e.b] += e.events.size();
  for (std::size_t i : met.actors) {
    const ActorRecord& a = g.actors()[i];
    KindStyle s = StyleOf(a.kind);
    double size = 10 + std::min(8.0, 2 * std::log2(double(weight[i])));
    out << fmt::format(
        "  a{} [label={}, fontsize={:.1f}, fillcolor=\"{}\", color=\"{}\", "
        "tooltip={}, class=\"actor {}\"];\n",
        i, Quote(a.name), size, s.fill, s.border,
        Quote(fmt::format("{} ({}): {} events with others", a.name, a.kind,
                          weight[i])),
        a.kind);
  }
}

void WriteMetEdges(std::ostream& out, const Graph& g, const MetGraph& met) {
  for (const MetEdge& e : met.edges) {
    std::size_t n = e.events.size();
    std::string tip = g.actors()[e.a].name + " - " + g.actors()[e.b].name +
                      ": " + HowOftenWhen(g, e.events);
    out << fmt::format(
        "  a{} -- a{} [penwidth={:.1f}{}, tooltip={}, class=\"met\"];\n", e.a,
        e.b, 1 + 1.5 * std::log2(double(n)),
        n > 1 ? fmt::format(", xlabel=\"{}\"", n) : "", Quote(tip));
  }
}

}  // namespace

Result<MetGraph> MetGraphOf(const Assembly& a, const DotOptions& options) {
  MetOptions met{.max_actors = options.met_max_actors,
                 .strongest_per_actor = kLinesPerActor};
  if (!options.focus.empty()) {
    Result<Graph::Vertex> center = FindActor(a.graph, options.focus);
    if (!center) return center.status();
    met.focus = a.graph.node(*center).index;
  }
  return BuildMetGraph(a.graph, met);
}

Status WriteMetDot(std::ostream& out, const Assembly& a,
                   const DotOptions& options) {
  Result<MetGraph> met = MetGraphOf(a, options);
  if (!met) return met.status();
  std::size_t all = BuildMetGraph(a.graph).actors.size();
  WriteMetHeader(out, met->actors.size(), all);
  WriteMetNodes(out, a.graph, *met);
  WriteMetEdges(out, a.graph, *met);
  out << "}\n";
  return Status::Ok();
}

}  // namespace annals
