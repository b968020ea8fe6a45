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
//
// Thread-safety: reentrant; they only read the Assembly.
#ifndef ANNALS_GRAPH_EXPORTERS_H_
#define ANNALS_GRAPH_EXPORTERS_H_

#include <ostream>

#include "graph/assembler.h"

namespace annals {

void WriteTimelineJson(std::ostream& out, const Assembly& a);
void WriteDot(std::ostream& out, const Assembly& a);
void WriteGraphMl(std::ostream& out, const Assembly& a);
void WriteMarkdown(std::ostream& out, const Assembly& a);
void WriteCsv(std::ostream& out, const Assembly& a);

// "2021-03-18 – 2021-03-19", "2021-01", or "undated".
std::string WhenText(const When& w);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORTERS_H_
