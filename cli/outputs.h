// The files `annals run` and `annals assemble` write, written atomically.
#ifndef ANNALS_CLI_OUTPUTS_H_
#define ANNALS_CLI_OUTPUTS_H_

#include <string>

#include "annals/export.h"
#include "annals/timeline.h"

namespace annals {

// Example: {.graph = {.rank_by_time = true}, .svg = false} lays graph.dot
// out along a time axis and leaves graph.svg out.
struct OutputOptions {
  GraphOptions graph;
  bool svg = true;  // render graph.svg with Graphviz when it is installed
};

// Writes timeline.json, timeline.md, timeline.csv, graph.graphml,
// graph.dot, graph.svg (when Graphviz is installed) and report.html into
// `dir`; prints where each went; returns the number of files that could
// not be written. A missing Graphviz is a note, not a failure.
int WriteOutputs(const Timeline& timeline, const std::string& dir,
                 const OutputOptions& options = {});

// "annals: 2 articles, 24 actors, 16 events, 65 positions, 0 errors".
void PrintSummary(const Timeline& timeline, int errors);

}  // namespace annals

#endif  // ANNALS_CLI_OUTPUTS_H_
