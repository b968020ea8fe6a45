// Ingestor on hard inputs: files are read byte for byte (CRLF, invalid
// UTF-8 and Unicode punctuation kept, so offsets stay file offsets);
// binary files, directories and special files are clear errors.
#include "pipeline/extract/article.h"

#include <doctest/doctest.h>

#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::TempDir;

TEST_CASE("plain text is kept byte for byte") {
  const std::string kTexts[] = {
      "", " \n\t\n", "a\r\nb\r\n", "bad \xff\xfe utf-8 \xc3(",
      "\xe2\x80\x9cquoted\xe2\x80\x9d\xc2\xa0nbsp \xe2\x80\x94 dash", std::string(1 << 20, 'x')};
  TempDir dir;
  for (const auto& text : kTexts) {
    CAPTURE(text.substr(0, 40));
    auto a = Ingestor::ReadFile(dir.Write("a.txt", text));
    REQUIRE(a.ok());
    CHECK(a->text == text);
    CHECK(!a->timeml);
    CHECK(a->dct.empty());
  }
}

TEST_CASE("unusable paths are errors naming the path") {
  TempDir dir;
  dir.Write("d/x.txt", "x");
  struct Case {
    std::string path;
    const char* message;
  };
  const Case kCases[] = {
      {dir.Write("bin", std::string("ab\0cd", 5)), "binary file"},
      {dir.Path("d"), "is a directory"},
      {"/dev/null", "not a regular file"},
      {dir.Path("missing"), "cannot open article"},
      {dir.Write("t.tml", "<TimeML>no text element</TimeML>"), "without a <TEXT> element"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.path);
    auto a = Ingestor::ReadFile(c.path);
    REQUIRE(!a.ok());
    CHECK(a.status().ToString().rfind(c.path + ": error: ", 0) == 0);
    CHECK(a.status().message().find(c.message) != std::string::npos);
  }
}

TEST_CASE("TimeML gives its text and DCT") {
  TempDir dir;
  auto a = Ingestor::ReadFile(dir.Write(
      "a.tml", "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-02-19\">x</TIMEX3></DCT>"
               "<TEXT>Sales &amp; <EVENT>rose</EVENT> &#65;</TEXT></TimeML>"));
  REQUIRE(a.ok());
  CHECK(a->timeml);
  CHECK(a->text == "Sales & rose A");
  CHECK(a->dct == "1998-02-19");
}

TEST_CASE("a TimeML DCT may follow a dateline inside <DCT>") {
  TempDir dir;
  auto a = Ingestor::ReadFile(dir.Write(
      "b.tml", "<TimeML><DCT>PARIS, <TIMEX3 tid=\"t0\" value=\"1997-04-01\">April 1</TIMEX3> (X)</DCT>"
               "<TEXT>Shares fell.</TEXT></TimeML>"));
  REQUIRE(a.ok());
  CHECK(a->dct == "1997-04-01");
}

TEST_CASE("directories expand to their files, sorted; missing paths are errors in place") {
  TempDir dir;
  dir.Write("in/b.txt", "b");
  dir.Write("in/a.txt", "a");
  dir.Write("in/sub/c.txt", "c");
  auto paths = Ingestor::ExpandPaths({dir.Path("in"), dir.Path("nope"), "-"});
  REQUIRE(paths.size() == 5);
  CHECK(*paths[0] == dir.Path("in/a.txt"));
  CHECK(*paths[1] == dir.Path("in/b.txt"));
  CHECK(*paths[2] == dir.Path("in/sub/c.txt"));
  CHECK(!paths[3].ok());
  CHECK(*paths[4] == "-");
}

}  // namespace
}  // namespace annals
