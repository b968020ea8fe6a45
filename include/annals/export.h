// annals/export.h: timelines and extractions written in each output format.
//
// Everything is written to a std::ostream (or rendered to a string), so a
// program decides where output goes; annals itself opens no output files.
// Output is deterministic: the same input gives the same bytes, and these
// are the bytes the `annals` command writes (OUTPUT.md is the contract).
//
//   Format           of          what
//   kTimelineJson    Timeline    timeline.json (contract version 1)
//   kMarkdown        Timeline    timeline.md, a readable table
//   kCsv             Timeline    timeline.csv, one row per event
//   kDot             Timeline    graph.dot for Graphviz
//   kGraphMl         Timeline    graph.graphml
//   kTimeMl          Extraction  the text with inline TIMEX3 tags
//   (TimeML 1.2.1) kTimexJsonl      Extraction  one JSON line per time
//   expression kExtractRecord   Extraction  one JSON line: the `annals extract`
//   record
//
// Beyond the formats: graph.dot drawn with options (WriteDot), graph.svg
// drawn by Graphviz (RenderSvg) and report.html (WriteHtmlReport), the
// rest of what `annals run` writes.
//
// Thread-safety: reentrant; writers only read their input. RenderSvg runs
// a child process per call and may be called from several threads.
#ifndef ANNALS_EXPORT_H_
#define ANNALS_EXPORT_H_

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "annals/article.h"
#include "annals/status.h"
#include "annals/timeline.h"

namespace annals {

enum class Format {
  kTimelineJson,
  kMarkdown,
  kCsv,
  kDot,
  kGraphMl,
  kTimeMl,
  kTimexJsonl,
  kExtractRecord,
};

// The short name of a format: "json", "md", "csv", "dot", "graphml",
// "timeml", "timex-jsonl", "jsonl". Example: FormatName(Format::kDot) ==
// std::string("dot")
const char* FormatName(Format format);

// The inverse of FormatName; kInvalidArgument for an unknown name.
// Example: auto f = annals::ParseFormat("graphml"); if (f) Write(out, t, *f);
Result<Format> ParseFormat(std::string_view name);

// True for the formats of a Timeline (the first five), false for those of
// an Extraction. Example: IsTimelineFormat(Format::kCsv) == true
bool IsTimelineFormat(Format format);

// Writes `timeline` as `format`. kInvalidArgument when the format is one
// of an Extraction, kIoError when the stream fails.
// Example: std::ofstream f("graph.dot"); Status s = annals::Write(f, t,
// annals::Format::kDot);
Status Write(std::ostream& out, const Timeline& timeline, Format format);

// Writes `extraction` as `format`. kInvalidArgument when the format is one
// of a Timeline, or for kTimeMl/kTimexJsonl when the extraction carries no
// text (it was read by ParseExtractRecord); kIoError when the stream fails.
// Example: annals::Write(std::cout, *x, annals::Format::kTimeMl);
Status Write(std::ostream& out, const Extraction& extraction, Format format);

// The same into a string. Example: std::string json = *annals::Render(t,
// annals::Format::kTimelineJson);
Result<std::string> Render(const Timeline& timeline, Format format);
Result<std::string> Render(const Extraction& extraction, Format format);

// The files `annals run` writes into its output directory, in order, and
// the format of each: timeline.json, timeline.md, timeline.csv, graph.dot,
// graph.graphml.
// Example: for (auto& f : annals::RunOutputFiles()) save(dir + "/" + f.name,
// *Render(t, f.format));
struct OutputFile {
  std::string name;
  Format format;
};
std::vector<OutputFile> RunOutputFiles();

// Which graph is drawn. kFull: every actor, event, position and place
// and how they relate (graph.dot). kMet: who met whom, actors alone,
// joined when they took part in the same events; an edge is as thick as
// how often, its tooltip says when; at most the 60 actors with the most
// meetings, each with its three strongest lines. kMet stays readable for
// thousands of articles, where the full graph is a hairball: `annals run` draws
// it as graph.svg then.
enum class GraphView { kFull, kMet };

// How graph.dot is drawn. Example: {.rank_by_time = true, .focus = "bo-li"}
// lays events out left to right in time order and keeps only what is at
// most two edges from Bo Li; {.focus = "bo-li", .view = GraphView::kMet}
// is Bo Li and those Bo Li met.
struct GraphOptions {
  bool rank_by_time = false;  // kFull only
  std::string focus;          // actor id, name or alias; "" = the whole graph
  GraphView view = GraphView::kFull;
};

// Writes `timeline` as graph.dot drawn with `options` (Format::kDot is
// the same with default options). kNotFound, and nothing written, when
// `options.focus` names no actor; kIoError when the stream fails.
// Example: annals::WriteDot(f, t, {.rank_by_time = true});
Status WriteDot(std::ostream& out, const Timeline& timeline,
                const GraphOptions& options);

// How many nodes graph.dot holds when drawn with `options` (the legend and
// the time axis not counted; for kMet, the actors drawn). Graphviz's layout
// time grows faster than this count, so a caller can decide whether drawing is
// worth the wait. kNotFound when `options.focus` names no actor. Example: if
// (*annals::DotNodeCount(t, {}) <= 2000) svg = annals::RenderSvg(dot);
Result<std::size_t> DotNodeCount(const Timeline& timeline,
                                 const GraphOptions& options);

// Writes report.html: one self-contained page (timeline axis, filters,
// evidence, actors, statements) that needs no network. `svg` is the
// graph as RenderSvg drew it, inlined; "" leaves the picture out.
// Example: annals::WriteHtmlReport(f, t, svg ? *svg : "");
Status WriteHtmlReport(std::ostream& out, const Timeline& timeline,
                       std::string_view svg);

// Draws DOT source (graph.dot) as SVG with Graphviz's `dot` program, run
// as a child process (no shell) and killed if it takes over two minutes.
// Graphviz is optional: kNotFound, with how to install it, when `dot` is
// not on PATH; kInvalidArgument with dot's message when it rejects the
// input; kIoError when it cannot be run or times out.
// Example:
//   auto svg = annals::RenderSvg(*annals::Render(t, annals::Format::kDot));
//   bool missing = svg.status().code() == annals::Status::Code::kNotFound;
//   if (!svg && !missing) report(svg.status());
Result<std::string> RenderSvg(const std::string& dot_source);

}  // namespace annals

#endif  // ANNALS_EXPORT_H_
