// `annals tag --out`: one file per input, named for it, and never over an
// input or another output.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::CliResult;
using testing::RunAnnals;
using testing::TempDir;

const char kArticle[] =
    "RIVERTON, March 19, 2021 (Wire) -- The talks ended on Tuesday.\n";

bool Has(const CliResult& r, const std::string& part) {
  return r.output.find(part) != std::string::npos;
}

TEST_CASE(
    "tag --out keeps TimeML under the input's name and gives JSON Lines "
    ".jsonl") {
  TempDir dir;
  std::string a = dir.Write("in/a.txt", kArticle);
  REQUIRE(RunAnnals("tag --out " + dir.Path("tml") + " " + a).status == 0);
  CHECK(dir.Read("tml/a.txt").find("<TIMEX3") != std::string::npos);
  CliResult r =
      RunAnnals("tag --format jsonl --out " + dir.Path("jsonl") + " " + a);
  REQUIRE_MESSAGE(r.status == 0, r.output);
  CHECK(dir.Read("jsonl/a.jsonl").find("\"value\":\"2021-03-19\"") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.Path("jsonl/a.txt")));
}

TEST_CASE("tag --out refuses to write over its inputs, and writes nothing") {
  TempDir dir;
  std::string a = dir.Write("in/a.txt", kArticle);
  std::string b = dir.Write("in/b.txt", kArticle);
  CliResult r = RunAnnals("tag --out " + dir.Path("in") + " " + a + " " + b);
  CHECK(r.status == 2);
  CHECK_MESSAGE(Has(r, "would overwrite the input " + a), r.output);
  CHECK(dir.Read("in/a.txt") == kArticle);
  CHECK(dir.Read("in/b.txt") == kArticle);
  // The same through a directory argument and a relative spelling.
  r = RunAnnals("tag --out " + dir.Path("in/../in") + " " + dir.Path("in"));
  CHECK(r.status == 2);
  CHECK(dir.Read("in/a.txt") == kArticle);
  // JSON Lines output takes another name, so the input directory is fine.
  CHECK(RunAnnals("tag --format jsonl --out " + dir.Path("in") + " " + a)
            .status == 0);
  CHECK(dir.Read("in/a.txt") == kArticle);
}

TEST_CASE("tag --out refuses two inputs that would be written to one file") {
  TempDir dir;
  std::string one = dir.Write("one/a.txt", kArticle);
  std::string two = dir.Write("two/a.txt", kArticle);
  CliResult r =
      RunAnnals("tag --out " + dir.Path("out") + " " + one + " " + two);
  CHECK(r.status == 2);
  CHECK_MESSAGE(
      Has(r, "the inputs " + one + " and " + two + " would both be written to"),
      r.output);
  CHECK_FALSE(std::filesystem::exists(dir.Path("out/a.txt")));
}

TEST_CASE("tag --anchor takes the reference to the minute, --bias a direction") {
  TempDir dir;
  std::string note = dir.Write("in/note.txt", "dentist friday, call back in 20 minutes\n");
  CliResult past = RunAnnals("tag --format jsonl --anchor 2024-03-13T09:00 --bias past " + note);
  REQUIRE_MESSAGE(past.status == 0, past.output);
  CHECK_MESSAGE(Has(past, "\"value\":\"2024-03-08\""), past.output);
  // "in 20 minutes" is a time ahead: with a past bias it is not read.
  CHECK_FALSE(Has(past, "2024-03-13T09:20"));
  CliResult future = RunAnnals("tag --format jsonl --anchor 2024-03-13T09:00 --bias future " + note);
  REQUIRE(future.status == 0);
  CHECK_MESSAGE(Has(future, "\"value\":\"2024-03-15\""), future.output);
  CHECK_MESSAGE(Has(future, "\"value\":\"2024-03-13T09:20\""), future.output);
  CHECK(RunAnnals("tag --bias sideways " + note).status == 2);
  CHECK(RunAnnals("tag --anchor 2024-03-13T25:00 " + note).status == 2);
}

}  // namespace
}  // namespace annals
