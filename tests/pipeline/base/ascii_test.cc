// AsciiLower on strings of our own: ASCII folds, other bytes stay.
#include "pipeline/base/ascii.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("AsciiLower folds ASCII letters only") {
  CHECK(AsciiLower("Foreign Minister") == "foreign minister");
  CHECK(AsciiLower("") == "");
  // UTF-8 bytes are left alone: "É" stays, "X" folds.
  CHECK(AsciiLower("\xC3\x89X") == "\xC3\x89x");
}

}  // namespace
}  // namespace annals
