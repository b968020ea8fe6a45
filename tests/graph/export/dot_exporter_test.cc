// graph.dot: styled, legend, time ranks, focus; and Graphviz accepts it.
#include <doctest/doctest.h>

#include <cctype>
#include <sstream>

#include "graph/export/exporters.h"
#include "graph/export/svg_renderer.h"
#include "tests/graph/small_assembly.h"

namespace annals {
namespace {

std::string Dot(const DotOptions& options = {}) {
  std::ostringstream out;
  REQUIRE(WriteDot(out, testing::SmallAssembly(), options).ok());
  return out.str();
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("WriteDot styles vertices by kind and labels events with type and date") {
  std::string dot = Dot();
  CHECK(Has(dot, "v0 [label=\"Ana Ruiz\", shape=ellipse"));
  CHECK(Has(dot, "label=\"fisheries talks\\nmeeting \xC2\xB7 2019-06-02\", shape=box"));
  CHECK(Has(dot, "label=\"Lisbon\", shape=house"));
  CHECK(Has(dot, "label=\"fisheries\", shape=tab"));  // a topic, not a place
  CHECK(Has(dot, "label=\"urge: fisheries\", shape=note"));
  CHECK(Has(dot, "v0 -> v3 [label=\"participated_in\""));
  CHECK(Has(dot, "v7 -> v3 [label=\"made_at\""));
  CHECK(Has(dot, "cluster_legend"));
  CHECK_FALSE(Has(dot, "rank=same"));  // only with rank_by_time
}

TEST_CASE("WriteDot with rank_by_time puts events on a time axis, undated last") {
  std::string dot = Dot({.rank_by_time = true});
  CHECK(Has(dot, "t0 [label=\"2019-06-02\""));
  CHECK(Has(dot, "t1 [label=\"2019-07\""));
  CHECK(Has(dot, "t2 [label=\"undated\""));
  CHECK(Has(dot, "t0 -> t1"));
  CHECK(Has(dot, "{ rank=same; t0; v3; }"));
  CHECK(Has(dot, "{ rank=same; t2; v5; }"));
}

TEST_CASE("WriteDot with a focus keeps the actor's neighbourhood only") {
  std::string dot = Dot({.focus = "Ben Okafor"});
  CHECK(Has(dot, "\"Ana Ruiz\""));         // met him
  CHECK(Has(dot, "follow-up talks"));      // his other meeting
  CHECK_FALSE(Has(dot, "\"Carla Mendes\""));
  CHECK_FALSE(Has(dot, "state visit"));
  std::ostringstream out;
  Status s = WriteDot(out, testing::SmallAssembly(), {.focus = "Nobody"});
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(out.str().empty());
}

// Node statements in DOT text: "  v<digits> [".
size_t NodeLines(const std::string& dot) {
  size_t n = 0;
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  v", 0) != 0) continue;
    size_t i = 3;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    n += i > 3 && line.compare(i, 2, " [") == 0;
  }
  return n;
}

TEST_CASE("DotNodeCount counts the nodes WriteDot draws, focus and all") {
  const Assembly& a = testing::SmallAssembly();
  for (const DotOptions& o : {DotOptions{}, DotOptions{.rank_by_time = true}, DotOptions{.focus = "Ben Okafor"}}) {
    CAPTURE(o.focus);
    Result<size_t> n = DotNodeCount(a, o);
    REQUIRE(n.ok());
    CHECK(*n == NodeLines(Dot(o)));
  }
  CHECK(*DotNodeCount(a, {.focus = "Ben Okafor"}) < *DotNodeCount(a, {}));
  CHECK(DotNodeCount(a, {.focus = "Nobody"}).status().code() == Status::Code::kNotFound);
}

TEST_CASE("Graphviz accepts every variant of graph.dot") {
  if (FindProgram("dot").empty()) return;  // Graphviz is optional
  for (const DotOptions& o : {DotOptions{}, DotOptions{.rank_by_time = true}, DotOptions{.focus = "ana-ruiz"}}) {
    Result<std::string> svg = RenderDot(Dot(o));
    REQUIRE_MESSAGE(svg.ok(), svg.status().ToString());
    CHECK(Has(*svg, "<svg"));
  }
}

}  // namespace
}  // namespace annals
