// SvgRenderer: graph.dot drawn as SVG by Graphviz's `dot` program.
//
// Graphviz is an optional runtime dependency: when `dot` is not on PATH
// the caller gets kNotFound with a message that says how to install it,
// and writes every other output anyway. The program runs as a child
// process (posix_spawn, no shell, so no quoting issues), fed on stdin
// and read from stdout; a stuck or huge layout is killed after a
// deadline rather than hanging `annals run`.
//
// Example:
//   Result<std::string> svg = RenderDot("digraph { a -> b }");
//   if (!svg) std::cerr << svg.status().ToString() << "\n";  // not installed, or dot failed
//   else WriteFile("graph.svg", *svg);
//
// Thread-safety: reentrant; each call spawns its own process.
#ifndef ANNALS_GRAPH_EXPORT_SVG_RENDERER_H_
#define ANNALS_GRAPH_EXPORT_SVG_RENDERER_H_

#include <string>

#include "annals/status.h"

namespace annals {

struct RenderOptions {
  std::string program = "dot";  // looked up on PATH unless it has a '/'
  std::string format = "svg";   // any -T format of Graphviz
  int timeout_seconds = 120;
};

// The full path of `program` (as execvp would find it), or "".
std::string FindProgram(const std::string& program);

// Runs `program -T<format>` on `dot_source`. kNotFound when the program
// is not installed; kInvalidArgument with dot's own message when it
// rejects the input; kIoError when it cannot be run or times out.
Result<std::string> RenderDot(const std::string& dot_source, const RenderOptions& options = {});

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_SVG_RENDERER_H_
