// Exporters: an Assembly written as the files of OUTPUT.md.
//
// Each writes to a std::ostream, so the CLI writes files atomically and
// embedding programs write wherever they like. Output is deterministic:
// the same Assembly gives the same bytes.
//
//   WriteTimelineJson(out, assembly)   timeline.json (contract version 1)
//   WriteDot(out, assembly)            graph.dot for Graphviz
//   WriteGraphMl(out, assembly)        graph.graphml
//   WriteMarkdown(out, assembly)       timeline.md, a readable table
//   WriteCsv(out, assembly)            timeline.csv, one row per event
//   WriteHtmlReport(out, assembly, svg) report.html, one self-contained page
//
// Thread-safety: reentrant; they only read the Assembly.
#ifndef ANNALS_GRAPH_EXPORT_EXPORTERS_H_
#define ANNALS_GRAPH_EXPORT_EXPORTERS_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "annals/status.h"
#include "graph/assemble/assembler.h"
#include "graph/export/met_graph.h"

namespace annals {

void WriteTimelineJson(std::ostream& out, const Assembly& a);
void WriteDot(std::ostream& out, const Assembly& a);

// How graph.dot is drawn. Example: {.rank_by_time = true, .focus = "bo-li"}
// lays events out left to right in time order and keeps only what is at
// most two edges from Bo Li.
// With `met`, the actor-to-actor graph of who met whom (met_graph.h)
// instead: what graph.svg shows when the full graph is too big to read.
struct DotOptions {
  bool rank_by_time = false;
  std::string focus;  // actor id, name or alias; "" = the whole graph
  bool met = false;
  std::size_t met_max_actors = 60;  // the met graph's most met actors
};
// kNotFound when `options.focus` names no actor (nothing is written then).
Status WriteDot(std::ostream& out, const Assembly& a,
                const DotOptions& options);
// The met graph as DOT (met_dot_exporter.cc); WriteDot with `met` set.
Status WriteMetDot(std::ostream& out, const Assembly& a,
                   const DotOptions& options);
// The met graph WriteMetDot draws for `options` (its focus and size);
// kNotFound when the focus names no actor.
// Example: Result<MetGraph> m = MetGraphOf(a, {.focus = "Bo Li", .met = true});
Result<MetGraph> MetGraphOf(const Assembly& a, const DotOptions& options);
// How many graph nodes WriteDot draws with `options` (the legend and the
// time axis not counted): what Graphviz's layout time grows with.
// kNotFound as WriteDot.
Result<std::size_t> DotNodeCount(const Assembly& a, const DotOptions& options);
void WriteGraphMl(std::ostream& out, const Assembly& a);
void WriteMarkdown(std::ostream& out, const Assembly& a);
void WriteCsv(std::ostream& out, const Assembly& a);

// report.html: timeline axis, filters, evidence, actors, positions, and
// `svg` (graph.svg as rendered by Graphviz, or "" to leave the graph out)
// inline. Needs no network: data, CSS and JS are all in the page.
void WriteHtmlReport(std::ostream& out, const Assembly& a,
                     const std::string& svg);

// "2021-03-18 – 2021-03-19", "2021-01", or "undated".
std::string WhenText(const When& w);

// True when `w` names calendar days (time_interval.h): "2021-03-18",
// "2021-W11", "2021". False for no date and for values that name none,
// "XXXX-03-19" or "XXXX-WXX-2": the exporters list those events apart
// from the dated ones, as the timeline orders them (timeline.h).
// Example: OnCalendar({"2021-03"}) == true; OnCalendar({"XXXX-WXX-2"}) == false
bool OnCalendar(const When& w);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_EXPORTERS_H_
