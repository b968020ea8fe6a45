#include "pipeline/engine/token_starts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace annals {
namespace {

std::vector<size_t> Starts(std::string_view text) {
  std::vector<size_t> out;
  TokenStarts(text, &out);
  return out;
}

struct Case {
  const char* name;
  const char* text;
  std::vector<size_t> starts;
};

const Case kCases[] = {
    {"empty", "", {}},
    {"white space only", " \t\r\n", {}},
    {"words", "met  Ana", {0, 5}},
    {"punctuation starts one token per mark",
     "U.S.-led, 1990s",
     {0, 1, 2, 3, 4, 5, 8, 10, 14}},
    {"digits after letters", "Q3 FY2005", {0, 1, 3, 5}},
    {"no start inside a word", "Working", {0}},
    // "“Ana”": the curly quotes are 3 bytes each and punctuation.
    {"curly quotes",
     "\xE2\x80\x9C"
     "Ana"
     "\xE2\x80\x9D",
     {0, 3, 6}},
    {"no-break space is white space",
     "a\xC2\xA0"
     "b",
     {0, 3}},
    {"accented letters stay in the word", "Jos\xC3\xA9 Mar\xC3\xADn", {0, 6}},
    {"masked token bytes",
     "\x1e"
     "A12\x1f met",
     {0, 1, 2, 4, 6}},
    {"truncated UTF-8 at the end", "ab\xE2\x80", {0}},
    {"stray continuation byte", "a\x80 b", {0, 3}},
};

TEST_CASE("TokenStarts: table") {
  for (const Case& c : kCases) {
    CAPTURE(std::string(c.name));
    CHECK(Starts(c.text) == c.starts);
  }
}

}  // namespace
}  // namespace annals
