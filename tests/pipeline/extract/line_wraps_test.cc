// Line wraps: which articles are hard-wrapped, and what unwrapping changes.
#include "pipeline/extract/line_wraps.h"

#include <doctest/doctest.h>

#include <string>

namespace annals {
namespace {

struct Case {
  const char* name;
  const char* text;
  bool wrapped;
  const char* after;  // the text once unwrapped
};

const Case kCases[] = {
    {"a name over a wrap, paragraphs indented",
     "HEADLINE IN CAPITALS\n\nDirector Michel\nCamdessus paid a visit to\nthe capital on Sunday.\n"
     "    He said he\nwas pleased.\n",
     true,
     "HEADLINE IN CAPITALS\n\nDirector Michel Camdessus paid a visit to the capital on Sunday.\n"
     "    He said he was pleased.\n"},
    {"CRLF breaks become two spaces",
     "The minister\r\nsaid so.\r\n", true, "The minister  said so.\r\n"},
    {"one paragraph per line is left alone",
     "Chirac visits Beijing\nPARIS, Oct 1 (AFP) - The president left.\nHe said so.\n", false,
     "Chirac visits Beijing\nPARIS, Oct 1 (AFP) - The president left.\nHe said so.\n"},
    {"one lower-case line among many paragraphs is a name, not a wrap",
     "A.\nB.\nC.\nD.\nE.\nde Villepin said.\n", false, "A.\nB.\nC.\nD.\nE.\nde Villepin said.\n"},
    {"blank-separated paragraphs with no wraps",
     "One.\n\ntwo.\n", false, "One.\n\ntwo.\n"},
    {"an empty text", "", false, ""},
};

TEST_CASE("UnwrapLines joins the lines of a wrapped article, byte for byte") {
  for (const Case& c : kCases) {
    std::string name = c.name;
    CAPTURE(name);
    std::string text = c.text;
    CHECK(LooksWrapped(text) == c.wrapped);
    CHECK(UnwrapLines(&text) == c.wrapped);
    CHECK(text == c.after);
    CHECK(text.size() == std::string(c.text).size());
  }
}

}  // namespace
}  // namespace annals
