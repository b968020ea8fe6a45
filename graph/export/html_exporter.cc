// report.html: the report template (graph/export/report_template.html, compiled
// in as a string) with the report data and the graph SVG put in place.
//
// The template is a real HTML file so it can be edited and opened in a
// browser as it is; the build turns it into a raw string literal
// (graph/report_template.cmake), so the binary needs no data files at run
// time and the page needs no network: all CSS, JS and data are inline.
#include <functional>
#include <ostream>
#include <string_view>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/report_data.h"

namespace annals {
namespace {

constexpr std::string_view kTemplate =
#include "graph/export/report_template.inc"
    ;

constexpr std::string_view kDataMarker = "/*ANNALS_DATA*/";
constexpr std::string_view kSvgMarker = "<!--ANNALS_GRAPH_SVG-->";

// JSON inside <script>: "</script>" or "<!--" in an article must not end
// the element, so every '<' (only ever inside strings) becomes \u003c.
void WriteScriptSafe(std::ostream& out, std::string_view json) {
  for (std::size_t at; (at = json.find('<')) != std::string_view::npos;
       json.remove_prefix(at + 1))
    out << json.substr(0, at) << "\\u003c";
  out << json;
}

// Graphviz starts with an XML declaration and a DOCTYPE, which are not
// allowed inside HTML; the <svg> element is.
std::string_view SvgElement(std::string_view svg) {
  std::size_t at = svg.find("<svg");
  return at == std::string_view::npos ? std::string_view() : svg.substr(at);
}

// A marker of the template and what replaces it, written when its
// place comes.
struct Slot {
  std::string_view marker;
  std::function<void(std::ostream&)> write;
};

// Writes `text` with each slot's marker replaced by its content, in
// whatever order the markers appear (each at most once).
void Fill(std::ostream& out, std::string_view text, std::vector<Slot> slots) {
  while (true) {
    auto first = slots.end();
    std::size_t at = std::string_view::npos;
    for (auto it = slots.begin(); it != slots.end(); ++it) {
      std::size_t pos = text.find(it->marker);
      if (pos < at) at = pos, first = it;
    }
    if (first == slots.end()) break;
    out << text.substr(0, at);
    first->write(out);
    text = text.substr(at + first->marker.size());
    slots.erase(first);
  }
  out << text;
}

}  // namespace

void WriteHtmlReport(std::ostream& out, const Assembly& a, const std::string& svg) {
  // The data streamed piece by piece into the page: on a huge article it
  // is tens of MB, never held whole.
  auto data = [&a](std::ostream& o) {
    WriteReportData(a, [&o](std::string_view piece) { WriteScriptSafe(o, piece); });
  };
  std::string_view element = SvgElement(svg);
  auto picture = [element](std::ostream& o) { o << element; };
  Fill(out, kTemplate, {{kDataMarker, data}, {kSvgMarker, picture}});
}

}  // namespace annals
