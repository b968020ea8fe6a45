#include "cli/outputs.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/atomic_file.h"
#include "cli/common.h"
#include "graph/svg_renderer.h"

namespace annals {
namespace {

// Writes one file and says where it went; 1 when it could not.
int Put(const std::string& dir, const char* name, const std::string& content) {
  std::string path = (std::filesystem::path(dir) / name).string();
  Status s = WriteFileAtomic(path, content);
  if (!s.ok()) return Report(s);
  std::cerr << "wrote " << path << "\n";
  return 0;
}

// graph.dot's text; an unknown --graph-focus is reported and the whole
// graph drawn instead, so the run still leaves a usable picture.
std::string DotText(const Assembly& a, const DotOptions& options, int* failures) {
  std::ostringstream buf;
  Status s = WriteDot(buf, a, options);
  if (s.ok()) return buf.str();
  *failures += Report(Status::Error(s.code(), "--graph-focus: " + s.message() + "; drawing the whole graph"));
  std::ostringstream whole;
  WriteDot(whole, a);
  return whole.str();
}

// graph.svg's text, or "" when it is not made. Graphviz is optional: a
// missing `dot` is a note; `dot` failing on our graph is an error.
std::string SvgText(const std::string& dot, bool wanted, int* failures) {
  if (!wanted) return "";
  Result<std::string> svg = RenderDot(dot);
  if (svg) return *svg;
  if (svg.status().code() == Status::Code::kNotFound) {
    std::cerr << "note: graph.svg not written and report.html has no graph picture: "
              << svg.status().message() << "\n";
  } else {
    *failures += Report(svg.status());
  }
  return "";
}

}  // namespace

int WriteOutputs(const Assembly& a, const std::string& dir, const OutputOptions& options) {
  using Writer = void (*)(std::ostream&, const Assembly&);
  const std::pair<const char*, Writer> kTables[] = {
      {"timeline.json", WriteTimelineJson}, {"timeline.md", WriteMarkdown},
      {"timeline.csv", WriteCsv},           {"graph.graphml", WriteGraphMl},
  };
  int failures = 0;
  for (const auto& [name, write] : kTables) {
    std::ostringstream buf;
    write(buf, a);
    failures += Put(dir, name, buf.str());
  }
  std::string dot = DotText(a, options.dot, &failures);
  failures += Put(dir, "graph.dot", dot);
  std::string svg = SvgText(dot, options.svg, &failures);
  if (!svg.empty()) failures += Put(dir, "graph.svg", svg);
  std::ostringstream html;
  WriteHtmlReport(html, a, svg);
  failures += Put(dir, "report.html", html.str());
  return failures;
}

void PrintSummary(const Assembly& a, int errors) {
  std::cerr << fmt::format("annals: {} articles, {} actors, {} events, {} positions, {} errors\n",
                           a.documents.size(), a.graph.actors().size(), a.graph.events().size(),
                           a.graph.positions().size(), errors);
}

}  // namespace annals
