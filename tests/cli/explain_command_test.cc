// `annals explain`: mentions with their rules and values, what lost the
// overlap and why, narrowing with --rule, and errors for bad input.
#include <doctest/doctest.h>

#include "tests/cli/cli_runner.h"
#include "tests/contract_lexicons.h"

namespace annals {
namespace {

using testing::CliResult;
using testing::RunAnnals;
using testing::TempDir;

const char kRules[] = R"(lexicons:
  MONTH: {entries: {March: 3}}
timex:
  - id: t.month_day
    pattern: '\b(?P<m>{MONTH}) (?P<d>[0-9]{1,2})\b'
    type: DATE
    value: 'date(month=$m, day=$d)'
  - id: t.month
    pattern: '\b(?P<m>{MONTH})\b'
    type: DATE
    value: 'month(month=$m)'
place:
  - {id: p.town, pattern: '\bin (?P<n>Springfield)\b', name: $n}
)";

TEST_CASE("explain shows mentions, rules, values and the losers") {
  TempDir dir;
  dir.Write("r/a.yaml", kRules);
  dir.Write("r/contract.yaml", testing::kContractLexicons);
  std::string a = dir.Write(
      "a.txt", "Nothing here.\nThey met in Springfield on March 5.\n");
  CliResult r = RunAnnals("explain --no-bundled-rules --rules " +
                          dir.Path("r") + " --dct 2021-03-19 " + a);
  CHECK_MESSAGE(r.status == 0, r.output);
  const char* kExpected[] = {
      "DCT 2021-03-19 (option)",
      "[2] \"They met in Springfield on March 5.\"",
      "place     \"Springfield\"  p.town  name=Springfield",
      "timex     \"March 5\"  t.month_day  type=DATE value=2021-03-05",
      "discarded \"March\"  t.month  lost to t.month_day",
      "2 mentions, 1 discarded",
  };
  for (const char* line : kExpected)
    CHECK_MESSAGE(r.output.find(line) != std::string::npos, line, r.output);
  CHECK(r.output.find("[1]") ==
        std::string::npos);  // sentences without mentions are skipped
  CHECK(r.output.find("\x1b[") ==
        std::string::npos);  // not a terminal: no colour
}

TEST_CASE("--rule narrows to one rule, as finder or as loser") {
  TempDir dir;
  dir.Write("r/a.yaml", kRules);
  dir.Write("r/contract.yaml", testing::kContractLexicons);
  std::string a = dir.Write("a.txt", "They met in Springfield on March 5.\n");
  CliResult r = RunAnnals("explain --no-bundled-rules --rules " +
                          dir.Path("r") + " --rule t.month " + a);
  CHECK(r.output.find("p.town") == std::string::npos);
  CHECK(r.output.find("lost to t.month_day") != std::string::npos);
  CHECK(RunAnnals("explain --no-bundled-rules --rules " + dir.Path("r") +
                  " --rule zz " + a)
            .status == 1);
}

TEST_CASE("explain errors: missing article, bad dct, binary file") {
  TempDir dir;
  dir.Write("r/a.yaml", kRules);
  dir.Write("r/contract.yaml", testing::kContractLexicons);
  std::string rules =
      "explain --no-bundled-rules --rules " + dir.Path("r") + " ";
  CHECK(RunAnnals(rules + dir.Path("none.txt")).status == 1);
  // A bad --dct is a usage error (exit 2), found before the article is read.
  CHECK(
      RunAnnals(rules + "--dct yesterday " + dir.Write("a.txt", "x")).status ==
      2);
  CliResult bin = RunAnnals(rules + dir.Write("b.bin", std::string("\0\0", 2)));
  CHECK(bin.status == 1);
  CHECK(bin.output.find("binary file") != std::string::npos);
}

TEST_CASE("explain on the bundled rules and a wire-style article") {
  TempDir dir;
  std::string a = dir.Write(
      "a.txt",
      "RIVERTON, March 19 (Wire) -- Foreign Minister Anna Berg met with "
      "visiting President Tomas Vale in Riverton on Thursday.\n");
  CliResult r = RunAnnals("explain " + a);
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output.find("event ") != std::string::npos);
  CHECK(r.output.find("actor ") != std::string::npos);
}

}  // namespace
}  // namespace annals
