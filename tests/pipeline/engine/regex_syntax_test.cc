#include "pipeline/engine/regex_syntax.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("CountedRepeat reads {n}, {n,} and {n,m}, and nothing else") {
  size_t end = 0;
  CHECK(CountedRepeat("a{2,5}b", 1, &end) == 2);
  CHECK(end == 6);
  CHECK(CountedRepeat("a{3}", 1, &end) == 3);
  CHECK(CountedRepeat("a{0,}", 1, &end) == 0);
  CHECK(CountedRepeat("a{x}", 1, &end) == -1);
  CHECK(CountedRepeat("a{2", 1, &end) == -1);
}

TEST_CASE("EscapeEnd keeps braces and hex digits with their escape") {
  CHECK(EscapeEnd("\\p{Lu}x", 0) == 6);
  CHECK(EscapeEnd("\\x{2019}.", 0) == 8);
  CHECK(EscapeEnd("\\x1ex", 0) == 4);
  CHECK(EscapeEnd("\\.x", 0) == 2);
  CHECK(EscapeEnd("\\", 0) == 1);
}

TEST_CASE("ClassEnd finds the closing bracket") {
  CHECK(ClassEnd("[^]a]b", 0) == 5);
  CHECK(ClassEnd("[]]", 0) == 3);
  CHECK(ClassEnd("[\\]x]y", 0) == 5);
  CHECK(ClassEnd("[[:alpha:]]z", 0) == 11);
  CHECK(ClassEnd("[abc", 0) == 4);  // unclosed: to the end
}

TEST_CASE("HexEscapeUtf8 encodes one code point") {
  CHECK(HexEscapeUtf8("\\x1e") == "\x1e");
  CHECK(HexEscapeUtf8("\\x{2019}") == "\xE2\x80\x99");
  CHECK(HexEscapeUtf8("\\x{E9}") == "\xC3\xA9");
  CHECK(HexEscapeUtf8("\\x{1F600}") == "\xF0\x9F\x98\x80");
  CHECK(HexEscapeUtf8("\\x{zz}").empty());
  CHECK(HexEscapeUtf8("\\x{110000}").empty());
}

}  // namespace
}  // namespace annals
