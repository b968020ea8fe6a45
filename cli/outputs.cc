#include "cli/outputs.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "annals/parallel.h"
#include "cli/atomic_file.h"
#include "cli/common.h"

namespace annals {
namespace {

// Writes one file and says where it went; 1 when it could not.
int Put(const std::string& dir, const char* name,
        const Result<std::string>& content) {
  if (!content) return Report(content.status());
  std::string path = (std::filesystem::path(dir) / name).string();
  Status s = WriteFileAtomic(path, *content);
  if (!s.ok()) return Report(s);
  std::cerr << "wrote " << path << "\n";
  return 0;
}

// Puts a streamed file in place once `written` says it was written whole,
// and says where it went; 1 when it could not (the old file then stays).
// A temporary file that could not be created is the error to report, not
// the failed writes that followed.
int Commit(AtomicFile& file, const Status& written) {
  if (!written.ok() && file.opened()) return Report(written);
  Status s = file.Commit();
  if (!s.ok()) return Report(s);
  std::cerr << "wrote " << file.path() << "\n";
  return 0;
}

// Removes a file an earlier run wrote and this one did not: a graph.svg
// left beside a new graph.dot would show another run's graph.
int RemoveStale(const std::string& dir, const char* name) {
  std::string path = (std::filesystem::path(dir) / name).string();
  std::error_code ec;
  if (!std::filesystem::remove(path, ec))
    return ec ? Report(Status::IoError(
                    "cannot remove stale output: " + ec.message(), path))
              : 0;
  std::cerr << "removed " << path
            << " (an earlier run's; this run drew none)\n";
  return 0;
}

// Draws graph.dot into `out`; an unknown --graph-focus is reported
// (unless `failures` is null: the same drawn again) and the whole graph
// drawn instead, so the run still leaves a usable picture.
Status DrawDot(std::ostream& out, const Timeline& t,
               const GraphOptions& options, int* failures) {
  Status s = WriteDot(out, t, options);
  if (s.ok() || s.code() != Status::Code::kNotFound) return s;
  if (failures)
    *failures += Report(Status::Error(
        s.code(),
        "--graph-focus: " + s.message() + "; drawing the whole graph"));
  return Write(out, t, Format::kDot);
}

// `options` as they can be drawn: an unknown --graph-focus (reported
// with graph.dot) draws the whole run.
GraphOptions Drawable(const Timeline& t, GraphOptions options) {
  if (!DotNodeCount(t, options)) options.focus.clear();
  return options;
}

// The DOT source of graph.svg when it draws the met graph, or "" (with a
// note saying why) when no two actors took part in the same event.
std::string MetSource(const Timeline& t, const OutputOptions& options) {
  GraphOptions met = options.graph;
  met.view = GraphView::kMet;
  met.rank_by_time = false;
  met = Drawable(t, met);
  Result<std::size_t> actors = DotNodeCount(t, met);
  std::ostringstream buf;
  if (!actors || *actors == 0 || !WriteDot(buf, t, met).ok()) {
    std::cerr << "note: graph.svg not written: no two actors took part in the "
                 "same event\n";
    return "";
  }
  return std::move(buf).str();
}

// The DOT source graph.svg is drawn from, or "" when none is drawn (a
// note says why). The full graph (graph.dot) while it has at most
// --svg-max-nodes nodes; above that Graphviz takes minutes and the
// picture is a hairball, so --svg-view auto draws who met whom instead.
std::string PictureSource(const Timeline& t, const Status& dot,
                          const OutputOptions& options) {
  if (options.svg_view == SvgView::kMet) return MetSource(t, options);
  Result<std::size_t> nodes = DotNodeCount(t, Drawable(t, options.graph));
  if (!nodes || *nodes <= options.svg_max_nodes) {
    // graph.dot's text again: it went to its file, and is small here.
    std::ostringstream buf;
    if (!dot.ok() || !DrawDot(buf, t, options.graph, nullptr).ok()) return "";
    return std::move(buf).str();
  }
  if (options.svg_view == SvgView::kFull) {
    std::cerr << fmt::format(
        "note: graph.svg not written and report.html has no graph picture: the "
        "graph has {} nodes, more than --svg-max-nodes {}; draw one actor's "
        "part with --graph-focus, or who met whom with --svg-view met\n",
        *nodes, options.svg_max_nodes);
    return "";
  }
  std::cerr << fmt::format(
      "note: graph.svg shows who met whom: the full graph has {} nodes, more "
      "than --svg-max-nodes {} (graph.dot and graph.graphml have all of it)\n",
      *nodes, options.svg_max_nodes);
  return MetSource(t, options);
}

// graph.svg's text, or "" when it is not made. Graphviz is optional: a
// missing `dot` is a note; `dot` failing on our graph is an error.
std::string SvgText(const Timeline& t, const Status& dot,
                    const OutputOptions& options, int* failures) {
  if (!options.svg) return "";
  std::string source = PictureSource(t, dot, options);
  if (source.empty()) return "";
  Result<std::string> svg = RenderSvg(source);
  if (svg) return *svg;
  if (svg.status().code() == Status::Code::kNotFound) {
    std::cerr
        << "note: graph.svg not written and report.html has no graph picture: "
        << svg.status().message() << "\n";
  } else {
    *failures += Report(svg.status());
  }
  return "";
}

// graph.dot, graph.svg and report.html: drawn in that order, as each
// needs the one before; graph.dot and report.html straight into `dot`
// and `html`.
struct GraphFiles {
  Status dot;
  std::string svg;  // "" when not drawn
  Status html;
  int failures = 0;
};

GraphFiles DrawGraph(const Timeline& t, const OutputOptions& options,
                     std::ostream& dot, std::ostream& html) {
  GraphFiles g;
  g.dot = DrawDot(dot, t, options.graph, &g.failures);
  g.svg = SvgText(t, g.dot, options, &g.failures);
  g.html = WriteHtmlReport(html, t, g.svg);
  return g;
}

// The output file `name` of `dir`, its temporary file open for writing.
std::unique_ptr<AtomicFile> OpenOutput(const std::string& dir,
                                       const char* name) {
  return std::make_unique<AtomicFile>(
      (std::filesystem::path(dir) / name).string());
}

}  // namespace

int WriteOutputs(const Timeline& t, const std::string& dir,
                 const OutputOptions& options) {
  // timeline.json first: the largest, so it starts first. The files are
  // rendered in parallel (on a large corpus rendering is the biggest part
  // of `run` that is not per article), each streamed into its temporary
  // file (a huge article's outputs are never held in memory whole), and
  // put in place in this order once all are written.
  const std::pair<const char*, Format> kTables[] = {
      {"timeline.json", Format::kTimelineJson},
      {"timeline.md", Format::kMarkdown},
      {"timeline.csv", Format::kCsv},
      {"graph.graphml", Format::kGraphMl},
  };
  constexpr std::size_t kTableCount = std::size(kTables);
  std::vector<std::unique_ptr<AtomicFile>> tables;
  for (const auto& [name, format] : kTables)
    tables.push_back(OpenOutput(dir, name));
  std::vector<Status> written(kTableCount);
  auto dot = OpenOutput(dir, "graph.dot");
  auto html = OpenOutput(dir, "report.html");
  GraphFiles graph;
  unsigned jobs = options.jobs ? options.jobs : DefaultJobs();
  ParallelFor(kTableCount + 1, jobs, [&](std::size_t i) {
    if (i < kTableCount)
      written[i] = Write(tables[i]->stream(), t, kTables[i].second);
    else
      graph = DrawGraph(t, options, dot->stream(), html->stream());
  });
  int failures = graph.failures;
  for (std::size_t i = 0; i < kTableCount; ++i)
    failures += Commit(*tables[i], written[i]);
  failures += Commit(*dot, graph.dot);
  if (!graph.svg.empty())
    failures += Put(dir, "graph.svg", graph.svg);
  else
    failures += RemoveStale(dir, "graph.svg");
  failures += Commit(*html, graph.html);
  return failures;
}

void AddOutputOptions(CLI::App* sub, OutputOptions* options) {
  sub->add_option_function<std::string>(
         "--dot-rank",
         [options](const std::string& v) {
           options->graph.rank_by_time = v == "time";
         },
         "graph.dot layout: none, or time (events left to right in time "
         "order)")
      ->check(CLI::IsMember({"none", "time"}))
      ->default_str("none");
  sub->add_option("--graph-focus", options->graph.focus,
                  "Draw only the neighbourhood of one actor (id, name or "
                  "alias) in graph.dot/.svg");
  sub->add_flag(
      "--no-svg", [options](std::int64_t) { options->svg = false; },
      "Do not render graph.svg with Graphviz");
  sub->add_option_function<std::string>(
         "--svg-view",
         [options](const std::string& v) {
           options->svg_view = v == "full"  ? SvgView::kFull
                               : v == "met" ? SvgView::kMet
                                            : SvgView::kAuto;
         },
         "What graph.svg shows: full (the whole graph), met (who met whom: "
         "actors joined by the events they shared), or auto (full up to "
         "--svg-max-nodes nodes, else met)")
      ->check(CLI::IsMember({"auto", "full", "met"}))
      ->default_str("auto");
  sub->add_option("--svg-max-nodes", options->svg_max_nodes,
                  "The most nodes the full graph may have to be drawn as "
                  "graph.svg (larger: unreadable, and Graphviz takes minutes)")
      ->capture_default_str();
}

int RefuseEmptyRun(const std::string& dir) {
  std::cerr << "error: no article could be used (each one failed or was "
               "empty); nothing "
               "was written, and the files in "
            << dir << "/ are as they were\n";
  return 1;
}

void PrintSummary(const Timeline& t, int errors) {
  std::cerr << fmt::format(
      "annals: {} articles, {} actors, {} events, {} positions, {} errors\n",
      t.document_count(), t.actor_count(), t.event_count(), t.statement_count(),
      errors);
}

}  // namespace annals
