#include "cli/outputs.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/atomic_file.h"
#include "cli/common.h"
#include "graph/exporters.h"

namespace annals {

int WriteOutputs(const Assembly& a, const std::string& dir) {
  using Writer = void (*)(std::ostream&, const Assembly&);
  const std::pair<const char*, Writer> kOutputs[] = {
      {"timeline.json", WriteTimelineJson}, {"timeline.md", WriteMarkdown},
      {"timeline.csv", WriteCsv},           {"graph.dot", WriteDot},
      {"graph.graphml", WriteGraphMl},
  };
  int failures = 0;
  for (const auto& [name, write] : kOutputs) {
    std::ostringstream buf;
    write(buf, a);
    std::string path = (std::filesystem::path(dir) / name).string();
    Status s = WriteFileAtomic(path, buf.str());
    if (!s.ok()) failures += Report(s);
    else std::cerr << "wrote " << path << "\n";
  }
  return failures;
}

void PrintSummary(const Assembly& a, int errors) {
  std::cerr << fmt::format("annals: {} articles, {} actors, {} events, {} positions, {} errors\n",
                           a.documents.size(), a.graph.actors().size(), a.graph.events().size(),
                           a.graph.positions().size(), errors);
}

}  // namespace annals
