// YamlSource: syntax errors and type errors become located Statuses, and
// the did-you-mean hint picks likely typos only.
#include "pipeline/engine/yaml_source.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("syntax errors carry file, line and column") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case kCases[] = {
      {"a: [1, 2\n", "f.yaml:2:1: error: "},
      {"a:\n  - x\n - y\n", "f.yaml:3:"},
      {"{a: 1", "f.yaml:"},
  };
  for (const auto& c : kCases) {
    CAPTURE(std::string(c.text));
    auto src = YamlSource::Parse("f.yaml", c.text);
    REQUIRE(!src.ok());
    CHECK(src.status().ToString().rfind(c.expected, 0) == 0);
  }
}

TEST_CASE("deep nesting is an error, not a stack overflow") {
  auto src = YamlSource::Parse("deep.yaml", std::string(100000, '[') + std::string(100000, ']'));
  CHECK(!src.ok());
}

TEST_CASE("scalars, ints and lists, with type errors located") {
  auto src = YamlSource::Parse("f.yaml", "s: text\ni: 12\nbad: [1]\nlist: [a, b]\nnested: [[x]]\n");
  REQUIRE(src.ok());
  const YAML::Node& r = src->root();
  Diagnostics d;
  CHECK(src->Scalar(r["s"], "s", &d) == "text");
  CHECK(src->Int(r["i"], "i", &d) == 12);
  CHECK(d.empty());
  CHECK(!src->Int(r["s"], "priority", &d));
  CHECK(!src->Scalar(r["bad"], "pattern", &d));
  CHECK(src->StringList(r["list"], "forms", &d) == std::vector<std::string>{"a", "b"});
  CHECK(src->StringList(r["nested"], "forms", &d).empty());
  REQUIRE(d.size() == 3);
  CHECK(d[0].ToString() == "f.yaml:1:4: error: priority must be an integer");
  CHECK(d[1].ToString() == "f.yaml:3:6: error: pattern must be a string");
  CHECK(d[2].ToString() == "f.yaml:5:10: error: forms must be a string");
}

TEST_CASE("unknown and duplicate keys") {
  auto src = YamlSource::Parse("f.yaml", "id: a\npatern: x\nid: b\nzzz: 1\n");
  REQUIRE(src.ok());
  Diagnostics d;
  src->CheckKeys(src->root(), {"id", "pattern"}, "a rule", "r.1", &d);
  REQUIRE(d.size() == 3);
  CHECK(d[0].ToString() == "f.yaml:2:1: error: unknown key 'patern' in a rule (did you mean 'pattern'?) [r.1]");
  CHECK(d[1].ToString() == "f.yaml:3:1: error: duplicate key 'id' in a rule [r.1]");
  CHECK(d[2].ToString() == "f.yaml:4:1: error: unknown key 'zzz' in a rule [r.1]");
}

TEST_CASE("Suggest finds near misses only") {
  const std::vector<std::string> keys = {"pattern", "priority", "examples", "value"};
  CHECK(Suggest("patern", keys) == "pattern");
  CHECK(Suggest("exmaples", keys) == "examples");
  CHECK(Suggest("valeu", keys) == "value");
  CHECK(!Suggest("zzzzzz", keys));
  CHECK(!Suggest("", {}));
}

TEST_CASE("Load reports a missing file") {
  auto src = YamlSource::Load("/nonexistent/x.yaml");
  REQUIRE(!src.ok());
  CHECK(src.status().ToString() == "/nonexistent/x.yaml: error: cannot open rule file");
}

}  // namespace
}  // namespace annals
