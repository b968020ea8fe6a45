// `annals rules check` and `annals rules test` as a rule author uses them:
// every problem in one run with its location, exit status 1 on any; an OK
// summary; examples run like a test suite; layering seen end to end.
#include <doctest/doctest.h>

#include "tests/cli/cli_runner.h"
#include "tests/contract_lexicons.h"

namespace annals {
namespace {

using testing::CliResult;
using testing::RunAnnals;
using testing::TempDir;

// "N lexicons": the contract file's plus `own` of the test's rule file.
std::string Lexicons(int own) {
  return std::to_string(testing::ContractLexiconCount() + own) + " lexicons";
}

const char kGoodRules[] = R"(lexicons:
  FRUIT: {entries: [apple, pear]}
place:
  - id: p.orchard
    pattern: '\bthe (?P<f>{FRUIT}) orchard\b'
    name: '$f orchard'
    examples:
      - {text: "We walked to the apple orchard.", match: "the apple orchard", name: "apple orchard"}
)";

TEST_CASE("check: an OK summary with counts") {
  TempDir dir;
  dir.Write("r/a.yaml", kGoodRules);
  dir.Write("r/contract.yaml", testing::kContractLexicons);
  CliResult r = RunAnnals("rules check --no-bundled-rules " + dir.Path("r"));
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output == "OK: 2 files, " + Lexicons(1) + ", 1 rules (dct 0, block 0, timex 0, place 1, "
                    "actor 0, event 0, position 0)\n");
}

TEST_CASE("check: a directory adds to the bundled rules unless told to start empty") {
  TempDir dir;
  dir.Write("r/a.yaml", kGoodRules);
  CliResult bundled = RunAnnals("rules check");
  CliResult layered = RunAnnals("rules check " + dir.Path("r"));
  CHECK_MESSAGE(layered.status == 0, layered.output);
  CHECK(layered.output != bundled.output);  // one file, lexicon and place rule more
  CHECK(layered.output.find("OK: ") == 0);
  // Alone, the directory lacks what the stages read by name: every missing
  // lexicon is an error, and nothing runs on a half rule set.
  CliResult alone = RunAnnals("rules check --no-bundled-rules " + dir.Path("r"));
  CHECK(alone.status == 1);
  CHECK(alone.output.find("error: the actor finder reads lexicon 'TITLE', which no rule file "
                          "defines") != std::string::npos);
  // A renamed lexicon is reported where the rename is.
  std::string renamed = testing::kContractLexicons;
  renamed.replace(renamed.find("  TOPIC:"), 8, "  TOPICS:");
  dir.Write("r/contract.yaml", renamed);
  CliResult rename = RunAnnals("rules check --no-bundled-rules " + dir.Path("r"));
  CHECK(rename.status == 1);
  CHECK(rename.output.find("contract.yaml:29:11: error: the position finder reads lexicon "
                           "'TOPIC', which is not defined (is 'TOPICS' here a rename of it?)") !=
        std::string::npos);
}

TEST_CASE("check: all problems of all files at once, exit 1") {
  TempDir dir;
  dir.Write("r/a.yaml", "place:\n  - {id: p1, pattern: 'x(', name: x}\n");
  dir.Write("r/b.yaml", "place:\n  - {id: p2, patern: x, name: x}\n");
  dir.Write("r/c.yaml", "place: [\n");
  CliResult r = RunAnnals("rules check " + dir.Path("r"));
  CHECK(r.status == 1);
  CHECK(r.output.find("a.yaml:2:23: error: pattern does not compile: missing ): x( [p1]") != std::string::npos);
  CHECK(r.output.find("b.yaml:2:14: error: unknown key 'patern' in a place rule (did you mean 'pattern'?) [p2]") != std::string::npos);
  CHECK(r.output.find("c.yaml:2:1: error:") != std::string::npos);
}

TEST_CASE("check: the bundled rules are clean") {
  CliResult r = RunAnnals("rules check " ANNALS_SOURCE_DIR "/rules");
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output.rfind("OK: ", 0) == 0);
}

TEST_CASE("test: passes, failures with locations, and the count line") {
  TempDir dir;
  dir.Write("r/a.yaml", std::string(kGoodRules) +
                            "      - {text: \"the pear orchard\", name: \"plum orchard\"}\n");
  dir.Write("r/contract.yaml", testing::kContractLexicons);
  CliResult r = RunAnnals("rules test --no-bundled-rules " + dir.Path("r"));
  CHECK(r.status == 1);
  CHECK(r.output.find("a.yaml:9:9: FAIL p.orchard: expected a match name=plum orchard; found: "
                      "\"the pear orchard\" name=pear orchard [p.orchard]") != std::string::npos);
  CHECK(r.output.find("1 passed, 1 failed\n") != std::string::npos);
  CliResult one = RunAnnals("rules test --no-bundled-rules --rule nope " + dir.Path("r"));
  CHECK(one.status == 1);
  CHECK(one.output.find("no rule with id 'nope'") != std::string::npos);
}

TEST_CASE("layers: a later directory overrides a rule by id and adds rules") {
  TempDir dir;
  dir.Write("base/a.yaml", kGoodRules);
  dir.Write("base/contract.yaml", testing::kContractLexicons);
  dir.Write("user/a.yaml",
            "place:\n  - id: p.orchard\n    pattern: '\\bthe (?P<f>{FRUIT}) grove\\b'\n"
            "    name: '$f grove'\n"
            "  - {id: p.farm, pattern: '\\b(?P<n>Green) farm\\b', name: $n}\n");
  std::string article = dir.Write("a.txt", "They met at the pear grove and the apple orchard.\n");
  CliResult check = RunAnnals("rules check --no-bundled-rules " + dir.Path("base") + " " +
                              dir.Path("user"));
  CHECK(check.output.find("3 files, " + Lexicons(1) + ", 2 rules") != std::string::npos);
  CliResult x = RunAnnals("explain --no-bundled-rules --rules " + dir.Path("base") + " --rules " + dir.Path("user") +
                          " " + article);
  CHECK_MESSAGE(x.status == 0, x.output);
  CHECK(x.output.find("\"the pear grove\"") != std::string::npos);
  CHECK(x.output.find("\"the apple orchard\"") == std::string::npos);
}

}  // namespace
}  // namespace annals
