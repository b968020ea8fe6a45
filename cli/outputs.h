// The files `annals run` and `annals assemble` write, written atomically.
#ifndef ANNALS_CLI_OUTPUTS_H_
#define ANNALS_CLI_OUTPUTS_H_

#include <string>

#include "graph/assembler.h"

namespace annals {

// Writes timeline.json, timeline.md, timeline.csv, graph.dot and
// graph.graphml into `dir`; prints where each went; returns the number of
// files that could not be written.
int WriteOutputs(const Assembly& assembly, const std::string& dir);

// "annals: 2 articles, 24 actors, 16 events, 65 positions, 0 errors".
void PrintSummary(const Assembly& assembly, int errors);

}  // namespace annals

#endif  // ANNALS_CLI_OUTPUTS_H_
