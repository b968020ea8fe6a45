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

#include <ostream>
#include <string>

#include "annals/status.h"
#include "graph/assemble/assembler.h"

namespace annals {

void WriteTimelineJson(std::ostream& out, const Assembly& a);
void WriteDot(std::ostream& out, const Assembly& a);

// How graph.dot is drawn. Example: {.rank_by_time = true, .focus = "bo-li"}
// lays events out left to right in time order and keeps only what is at
// most two edges from Bo Li.
struct DotOptions {
  bool rank_by_time = false;
  std::string focus;  // actor id, name or alias; "" = the whole graph
};
// kNotFound when `options.focus` names no actor (nothing is written then).
Status WriteDot(std::ostream& out, const Assembly& a, const DotOptions& options);
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
void WriteHtmlReport(std::ostream& out, const Assembly& a, const std::string& svg);

// "2021-03-18 – 2021-03-19", "2021-01", or "undated".
std::string WhenText(const When& w);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_EXPORTERS_H_
