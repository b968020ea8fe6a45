// The command line itself: --version, unknown commands, bad option values.
// A usage error exits 2, so scripts tell "fix the invocation" from "an
// article failed" (1); nothing is read or written.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "annals/version.h"
#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::CliResult;
using testing::RunAnnals;
using testing::TempDir;

bool Has(const CliResult& r, const std::string& part) {
  return r.output.find(part) != std::string::npos;
}

TEST_CASE("--version prints the version and exits 0") {
  CliResult r = RunAnnals("--version");
  CHECK(r.status == 0);
  CHECK(r.output == std::string("annals ") + ANNALS_VERSION_STRING + "\n");
}

TEST_CASE("an unknown command names the commands and exits 2") {
  CliResult r = RunAnnals("rnu examples");
  CHECK(r.status == 2);
  CHECK_MESSAGE(Has(r,
                    "annals: unknown command 'rnu'; the commands are run, tag, "
                    "extract, assemble, rules, explain"),
                r.output);
}

TEST_CASE("usage errors exit 2") {
  const char* kCases[] = {
      "",                               // no command
      "run",                            // no articles
      "run --no-such-option a.txt",     // unknown option
      "tag --format xml a.txt",         // bad choice
      "run --svg-view sideways a.txt",  // bad choice
      "rules frobnicate",               // unknown subcommand of rules
  };
  for (const char* args : kCases) {
    CAPTURE(args);
    CliResult r = RunAnnals(args);
    CHECK_MESSAGE(r.status == 2, r.output);
  }
}

TEST_CASE("--dct must be a calendar date, checked before anything is read") {
  TempDir dir;
  std::string article = dir.Write("a.txt", "They met on Tuesday.\n");
  const std::string kCommands[] = {"run --out " + dir.Path("out"),
                                   "tag --out " + dir.Path("out"), "extract",
                                   "explain"};
  for (const std::string& command : kCommands) {
    for (const char* bad : {"yesterday", "2021-13-45", "2021-02-30"}) {
      CAPTURE(command);
      CAPTURE(bad);
      CliResult r = RunAnnals(command + " --dct " + bad + " " + article);
      CHECK(r.status == 2);
      CHECK_MESSAGE(Has(r, std::string("--dct: '") + bad +
                               "' is not a calendar date; give YYYY-MM-DD"),
                    r.output);
    }
  }
  CHECK_FALSE(std::filesystem::exists(dir.Path("out")));
  CHECK(RunAnnals("tag --dct 2020-02-29 " + article).status == 0);
}

}  // namespace
}  // namespace annals
