// Running Graphviz as a child process, and saying why when it cannot.
#include "graph/export/svg_renderer.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("FindProgram looks on PATH like a shell would, without one") {
  CHECK_FALSE(FindProgram("sh").empty());
  CHECK(FindProgram("annals-no-such-program").empty());
  CHECK(FindProgram("/bin/sh") == "/bin/sh");
}

TEST_CASE("RenderDot says Graphviz is missing, rather than failing obscurely") {
  Result<std::string> svg = RenderDot("digraph { a -> b }", {.program = "annals-no-such-program"});
  REQUIRE_FALSE(svg.ok());
  CHECK(svg.status().code() == Status::Code::kNotFound);
  CHECK(svg.status().message().find("not installed") != std::string::npos);
}

TEST_CASE("RenderDot renders through dot, and passes on dot's complaint") {
  if (FindProgram("dot").empty()) return;  // Graphviz is optional
  Result<std::string> svg = RenderDot("digraph { a -> b }");
  REQUIRE(svg.ok());
  CHECK(svg->find("<svg") != std::string::npos);
  Result<std::string> bad = RenderDot("digraph { a -> }");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kInvalidArgument);
  CHECK(bad.status().message().find("syntax") != std::string::npos);
}

TEST_CASE("RenderDot feeds large graphs without deadlocking on full pipes") {
  if (FindProgram("dot").empty()) return;
  std::string big = "digraph {\n";
  for (int i = 0; i < 3000; ++i) big += "  n" + std::to_string(i) + " [label=\"a fairly long label to fill the pipe\"];\n";
  big += "}\n";
  Result<std::string> out = RenderDot(big, {.format = "canon"});  // canon: fast, large output
  REQUIRE(out.ok());
  CHECK(out->size() > big.size() / 2);
}

}  // namespace
}  // namespace annals
