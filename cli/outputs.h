// The files `annals run` and `annals assemble` write, written atomically.
#ifndef ANNALS_CLI_OUTPUTS_H_
#define ANNALS_CLI_OUTPUTS_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

#include "annals/export.h"
#include "annals/timeline.h"

namespace annals {

// Example: {.graph = {.rank_by_time = true}, .svg = false} lays graph.dot
// out along a time axis and leaves graph.svg out.
struct OutputOptions {
  GraphOptions graph;
  bool svg = true;  // render graph.svg with Graphviz when it is installed
  // Graphviz's layout time grows faster than the graph: about 4 s for
  // 2,000 nodes, over two minutes for 20,000 (docs/PERFORMANCE.md). Above
  // this many nodes graph.svg is left out with a note, not an error.
  std::size_t svg_max_nodes = 2000;
  unsigned jobs = 0;  // threads rendering the files; 0 = every core
};

// The options of the graph files, shared by `run` and `assemble` so both
// draw the same files: --dot-rank, --graph-focus, --no-svg, --svg-max-nodes.
// `options` must outlive `sub`'s parsing.
void AddOutputOptions(CLI::App* sub, OutputOptions* options);

// Writes timeline.json, timeline.md, timeline.csv, graph.graphml,
// graph.dot, graph.svg (when Graphviz is installed and the graph has at
// most options.svg_max_nodes nodes) and report.html into
// `dir`; prints where each went; returns the number of files that could
// not be written. A missing Graphviz is a note, not a failure.
int WriteOutputs(const Timeline& timeline, const std::string& dir,
                 const OutputOptions& options = {});

// "annals: 2 articles, 24 actors, 16 events, 65 positions, 0 errors".
void PrintSummary(const Timeline& timeline, int errors);

}  // namespace annals

#endif  // ANNALS_CLI_OUTPUTS_H_
