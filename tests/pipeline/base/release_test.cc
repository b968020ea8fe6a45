#include "pipeline/base/release.h"

#include <doctest/doctest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace annals {
namespace {

TEST_CASE("Release frees a vector's buffer, which `= {}` keeps") {
  std::vector<std::string> kept(1000, "a string longer than fifteen bytes");
  kept = {};
  CHECK(kept.empty());
  CHECK(kept.capacity() >= 1000);  // why Release exists

  std::vector<std::string> released(1000, "a string longer than fifteen bytes");
  Release(&released);
  CHECK(released.empty());
  CHECK(released.capacity() == 0);
  released.push_back("still usable");
  CHECK(released.size() == 1);
}

TEST_CASE("Release empties maps too") {
  std::unordered_map<std::string, int> m{{"a", 1}, {"b", 2}};
  Release(&m);
  CHECK(m.empty());
  m["c"] = 3;
  CHECK(m.at("c") == 3);
}

}  // namespace
}  // namespace annals
