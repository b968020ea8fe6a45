// The cache formats' two primitives, byte by byte.
#include "pipeline/engine/byte_writer.h"

#include <doctest/doctest.h>

#include <string>

namespace annals {
namespace {

TEST_CASE("PutNumber writes 7 bits a byte, low bits first") {
  struct Case {
    uint64_t n;
    std::string bytes;
  };
  const Case cases[] = {
      {0, std::string(1, '\0')},
      {127, "\x7f"},
      {128, "\x80\x01"},
      {300, "\xac\x02"},
      {UINT64_MAX, "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.n);
    std::string out;
    PutNumber(c.n, &out);
    CHECK(out == c.bytes);
  }
}

TEST_CASE("PutString writes the length, then the bytes") {
  std::string out = "x";
  PutString("ab", &out);
  PutString("", &out);
  CHECK(out == std::string("x\x02" "ab") + std::string(1, '\0'));
}

}  // namespace
}  // namespace annals
