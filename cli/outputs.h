// The files `annals run` and `annals assemble` write, written atomically.
#ifndef ANNALS_CLI_OUTPUTS_H_
#define ANNALS_CLI_OUTPUTS_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

#include "annals/export.h"
#include "annals/timeline.h"

namespace annals {

// What graph.svg shows (--svg-view): kAuto the full graph while it has
// at most svg_max_nodes nodes, else who met whom; kFull the full graph or
// nothing; kMet who met whom (GraphView::kMet of annals/export.h).
enum class SvgView { kAuto, kFull, kMet };

// Example: {.graph = {.rank_by_time = true}, .svg = false} lays graph.dot
// out along a time axis and leaves graph.svg out.
struct OutputOptions {
  GraphOptions graph;  // graph.dot, and graph.svg when it is the full graph
  bool svg = true;     // render graph.svg with Graphviz when it is installed
  SvgView svg_view = SvgView::kAuto;
  // Above this many nodes the full graph is unreadable and Graphviz slow
  // (about 4 s for 2,000 nodes, minutes for 20,000; docs/PERFORMANCE.md):
  // graph.svg shows who met whom instead (kAuto) or is left out (kFull).
  std::size_t svg_max_nodes = 500;
  unsigned jobs = 0;  // threads rendering the files; 0 = every core
};

// The options of the graph files, shared by `run` and `assemble` so both
// draw the same files: --dot-rank, --graph-focus, --no-svg, --svg-max-nodes.
// `options` must outlive `sub`'s parsing.
void AddOutputOptions(CLI::App* sub, OutputOptions* options);

// Writes timeline.json, timeline.md, timeline.csv, graph.graphml,
// graph.dot, graph.svg (when Graphviz is installed; see SvgView) and
// report.html into `dir`; removes a graph.svg of an earlier run when this
// one draws none; prints where each went; returns the number of files
// that could not be written. A missing Graphviz is a note, not a failure.
int WriteOutputs(const Timeline& timeline, const std::string& dir,
                 const OutputOptions& options = {});

// When no article of a run could be used (every one failed or was empty,
// or none was given), writing would replace the last good outputs with
// empty ones. Says so, writes nothing, and returns 1.
// Example: if (usable == 0) return RefuseEmptyRun(options.out);
int RefuseEmptyRun(const std::string& dir);

// "annals: 2 articles, 24 actors, 16 events, 65 positions, 0 errors".
void PrintSummary(const Timeline& timeline, int errors);

}  // namespace annals

#endif  // ANNALS_CLI_OUTPUTS_H_
