// Write/Render: the exporters of graph/ and pipeline/ behind one enum.
#include "annals/export.h"

#include <array>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "api/internal.h"
#include "graph/export/exporters.h"
#include "graph/export/svg_renderer.h"
#include "graph/export/timeml_writer.h"
#include "pipeline/extract/facts_json.h"

namespace annals {
namespace {

using internal::Access;

struct FormatInfo {
  Format format;
  const char* name;
  bool timeline;
};

constexpr std::array<FormatInfo, 8> kFormats = {{
    {Format::kTimelineJson, "json", true},
    {Format::kMarkdown, "md", true},
    {Format::kCsv, "csv", true},
    {Format::kDot, "dot", true},
    {Format::kGraphMl, "graphml", true},
    {Format::kTimeMl, "timeml", false},
    {Format::kTimexJsonl, "timex-jsonl", false},
    {Format::kExtractRecord, "jsonl", false},
}};

const FormatInfo* Info(Format f) {
  for (const auto& i : kFormats) {
    if (i.format == f) return &i;
  }
  return nullptr;
}

Status StreamStatus(const std::ostream& out, Format f) {
  if (out.fail())
    return Status::IoError(std::string("writing ") + FormatName(f) + " failed");
  return Status::Ok();
}

Status WrongKind(Format f, const char* of) {
  return Status::Error(
      Status::Code::kInvalidArgument,
      std::string("format '") + FormatName(f) + "' is not one of " + of);
}

template <typename T>
Result<std::string> RenderWith(const T& value, Format f) {
  std::ostringstream buf;
  Status s = Write(buf, value, f);
  if (!s.ok()) return s;
  return std::move(buf).str();
}

DotOptions ToDotOptions(const GraphOptions& options) {
  DotOptions dot;
  dot.rank_by_time = options.rank_by_time;
  dot.focus = options.focus;
  dot.met = options.view == GraphView::kMet;
  return dot;
}

}  // namespace

const char* FormatName(Format format) {
  const FormatInfo* i = Info(format);
  return i ? i->name : "unknown";
}

Result<Format> ParseFormat(std::string_view name) {
  for (const auto& i : kFormats) {
    if (name == i.name) return i.format;
  }
  return Status::Error(
      Status::Code::kInvalidArgument,
      "unknown format '" + std::string(name) +
          "' (json, md, csv, dot, graphml, timeml, timex-jsonl, jsonl)");
}

bool IsTimelineFormat(Format format) {
  const FormatInfo* i = Info(format);
  return i && i->timeline;
}

Status Write(std::ostream& out, const Timeline& timeline, Format format) {
  const Assembly& a = Access::AssemblyOf(timeline);
  switch (format) {
    case Format::kTimelineJson:
      WriteTimelineJson(out, a);
      break;
    case Format::kMarkdown:
      WriteMarkdown(out, a);
      break;
    case Format::kCsv:
      WriteCsv(out, a);
      break;
    case Format::kDot:
      WriteDot(out, a);
      break;
    case Format::kGraphMl:
      WriteGraphMl(out, a);
      break;
    default:
      return WrongKind(format, "a Timeline (json, md, csv, dot, graphml)");
  }
  return StreamStatus(out, format);
}

Status Write(std::ostream& out, const Extraction& extraction, Format format) {
  const Access::ExtractionImpl& x = Access::Of(extraction);
  switch (format) {
    case Format::kExtractRecord:
      // Invalid UTF-8 in an article is replaced, not fatal: one odd byte
      // must not lose a record of a large corpus.
      out << FactsToJson(x.facts).dump(-1, ' ', false,
                                       nlohmann::json::error_handler_t::replace)
          << '\n';
      break;
    case Format::kTimeMl:
    case Format::kTimexJsonl:
      if (!x.has_text) {
        return Status::Error(
            Status::Code::kInvalidArgument,
            std::string(FormatName(format)) +
                " needs the article text; an extract record has none");
      }
      if (format == Format::kTimeMl)
        WriteTimeMl(out, x.text, x.facts);
      else
        WriteTimexJsonl(out, x.text, x.facts);
      break;
    default:
      return WrongKind(format, "an Extraction (timeml, timex-jsonl, jsonl)");
  }
  return StreamStatus(out, format);
}

Result<std::string> Render(const Timeline& timeline, Format format) {
  return RenderWith(timeline, format);
}

Result<std::string> Render(const Extraction& extraction, Format format) {
  return RenderWith(extraction, format);
}

std::vector<OutputFile> RunOutputFiles() {
  return {{"timeline.json", Format::kTimelineJson},
          {"timeline.md", Format::kMarkdown},
          {"timeline.csv", Format::kCsv},
          {"graph.dot", Format::kDot},
          {"graph.graphml", Format::kGraphMl}};
}

Status WriteDot(std::ostream& out, const Timeline& timeline,
                const GraphOptions& options) {
  Status s = WriteDot(out, Access::AssemblyOf(timeline), ToDotOptions(options));
  if (!s.ok()) return s;
  return StreamStatus(out, Format::kDot);
}

Result<std::size_t> DotNodeCount(const Timeline& timeline,
                                 const GraphOptions& options) {
  return DotNodeCount(Access::AssemblyOf(timeline), ToDotOptions(options));
}

Status WriteHtmlReport(std::ostream& out, const Timeline& timeline,
                       std::string_view svg) {
  WriteHtmlReport(out, Access::AssemblyOf(timeline), std::string(svg));
  if (out.fail()) return Status::IoError("writing report.html failed");
  return Status::Ok();
}

Result<std::string> RenderSvg(const std::string& dot_source) {
  return RenderDot(dot_source);
}

}  // namespace annals
