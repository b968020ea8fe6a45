// report.html: one self-contained page with the data and the graph inline.
#include <doctest/doctest.h>

#include <sstream>

#include "graph/export/exporters.h"
#include "tests/graph/small_assembly.h"

namespace annals {
namespace {

std::string Report(const Assembly& a, const std::string& svg = "") {
  std::ostringstream out;
  WriteHtmlReport(out, a, svg);
  return out.str();
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("WriteHtmlReport makes a page that may not load anything") {
  std::string html = Report(testing::SmallAssembly());
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(Has(html, "Content-Security-Policy\" content=\"default-src 'none';"));
  CHECK_FALSE(Has(html, "<script src"));
  CHECK_FALSE(Has(html, "<link"));
  CHECK_FALSE(Has(html, "/*ANNALS_DATA*/"));  // markers are replaced
  CHECK_FALSE(Has(html, "<!--ANNALS_GRAPH_SVG-->"));
}

TEST_CASE("WriteHtmlReport embeds the report data as JSON") {
  std::string html = Report(testing::SmallAssembly());
  CHECK(Has(html, "\"id\":\"e1\",\"type\":\"meeting\",\"label\":\"fisheries talks\""));
  CHECK(Has(html, "\"trigger\":\"talks\""));
  CHECK(Has(html, "\"name\":\"Carla Mendes\""));
}

TEST_CASE("Article text cannot close the data script or inject markup") {
  Assembly a = testing::SmallAssembly();
  a.graph.add_event({"e9", "meeting", "</script><script>alert(1)</script>", {}, "", {}, {}});
  a.graph.timeline.push_back("e9");
  std::string html = Report(a);
  CHECK_FALSE(Has(html, "</script><script>alert(1)"));
  CHECK(Has(html, "\\u003c/script>\\u003cscript>alert(1)"));
}

TEST_CASE("WriteHtmlReport inlines the rendered SVG without its XML prolog") {
  std::string svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"10pt\"><g/></svg>\n";
  std::string html = Report(testing::SmallAssembly(), svg);
  CHECK(Has(html, "<div class=\"graph-box fit\" id=\"graph-box\"><svg width=\"10pt\"><g/></svg>"));
  CHECK_FALSE(Has(html, "<?xml"));
  CHECK_FALSE(Has(html, "<!DOCTYPE svg"));
}

}  // namespace
}  // namespace annals
