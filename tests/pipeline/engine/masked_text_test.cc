#include "pipeline/engine/masked_text.h"

#include <doctest/doctest.h>

#include <string>

namespace annals {
namespace {

//                        0         1         2         3
//                        0123456789012345678901234567890123
const std::string kText = "Ms. Ana Ruiz met Bo Li on Friday.";

TEST_CASE("MaskedText replaces mentions by tokens and maps offsets back") {
  MaskedText m(kText, {0, kText.size()}, {{{4, 12}, 'A', 0}, {{17, 22}, 'A', 1}, {{26, 32}, 'T', 0}});
  CHECK(m.text() == "Ms. \x1e" "A0\x1f met \x1e" "A1\x1f on \x1eT0\x1f.");
  // The token for "Bo Li" maps back to its article span.
  auto toks = m.Tokens(0, m.text().size(), 'A');
  REQUIRE(toks.size() == 2);
  CHECK(toks[1].index == 1);
  Span back = m.ToArticle(toks[1].masked.begin, toks[1].masked.end);
  CHECK(back == Span{17, 22});
  // Plain text between tokens keeps its offsets.
  size_t met = m.text().find("met");
  CHECK(m.ToArticle(met, false) == 13);
  CHECK(m.Unmask(met, m.text().size()) == "met Bo Li on Friday.");
}

TEST_CASE("MaskedText only finds tokens of the kind asked, inside the range") {
  MaskedText m(kText, {0, kText.size()}, {{{26, 32}, 'T', 3}, {{4, 12}, 'A', 7}});
  CHECK(m.Tokens(0, m.text().size(), 'T').size() == 1);
  CHECK(m.Tokens(0, m.text().size(), 'T')[0].index == 3);
  CHECK(m.Tokens(0, 5, 'A').empty());  // the range ends inside the token
  CHECK(m.Tokens(0, m.text().size(), 'P').empty());
}

TEST_CASE("MaskedText skips overlapping and out-of-sentence items") {
  MaskedText m(kText, {17, 33}, {{{17, 22}, 'A', 0}, {{20, 25}, 'A', 1}, {{0, 3}, 'A', 2}});
  CHECK(m.text() == "\x1e" "A0\x1f on Friday.");
}

}  // namespace
}  // namespace annals
