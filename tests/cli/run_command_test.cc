// `annals run` on hard inputs: each gives correct output or a clear
// per-file error, never a crash or a hang; the other articles are still
// processed; the exit status says whether anything failed.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::CliResult;
using testing::RunAnnals;
using testing::TempDir;

// A short article of our own, with a dateline and a meeting.
const char kGood[] =
    "RIVERTON, March 19 (Wire) -- Foreign Minister Anna Berg met with "
    "visiting President Tomas Vale in Riverton on Thursday.\n";

nlohmann::json Timeline(const TempDir& dir) {
  return nlohmann::json::parse(dir.Read("out/timeline.json"), nullptr, false);
}

CliResult Run(const TempDir& dir, const std::string& inputs) {
  return RunAnnals("run -j 2 --out " + dir.Path("out") + " " + inputs);
}

struct HardInput {
  const char* name;
  std::string content;
  int status;           // expected exit status
  const char* message;  // expected in the output ("" for none)
};

TEST_CASE(
    "hard inputs give output or a per-file error, and the good article is "
    "processed") {
  const HardInput kCases[] = {
      {"empty file", "", 0, ""},
      {"whitespace only", " \n\t\r\n  \n", 0, ""},
      {"invalid UTF-8", "Talks \xff\xfe on March 3, 2020 \xc3( ended.\n", 0,
       ""},
      {"binary file",
       std::string("\x7f"
                   "ELF\x02\x01\0\0\0garbage",
                   16),
       1, "binary file"},
      {"no dates", "The minister met the envoy. Nothing else happened.\n", 0,
       ""},
      {"CRLF and Unicode punctuation",
       "RIVERTON, March 19 (Wire) \xe2\x80\x94 \xe2\x80\x9cWe met,\xe2\x80\x9d "
       "said\xc2\xa0"
       "Foreign Minister Anna Berg on March 18,\xc2\xa0"
       "2021.\r\nShe met the envoy.\r\n",
       0, ""},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.name);
    TempDir dir;
    std::string bad = dir.Write("in/hard.txt", c.content);
    std::string good = dir.Write("in/good.txt", kGood);
    CliResult r = Run(dir, bad + " " + good);
    CHECK_MESSAGE(r.status == c.status, r.output);
    if (*c.message)
      CHECK_MESSAGE(r.output.find(c.message) != std::string::npos, r.output);
    nlohmann::json t = Timeline(dir);
    REQUIRE_MESSAGE(!t.is_discarded(), r.output);
    bool good_seen = false;
    for (const auto& d : t["documents"]) good_seen |= d["path"] == good;
    CHECK(good_seen);
  }
}

TEST_CASE("CRLF and Unicode punctuation still give dates") {
  TempDir dir;
  std::string a = dir.Write(
      "a.txt",
      "RIVERTON, March 19, 2021 (Wire) \xe2\x80\x94 Anna Berg met\xc2\xa0"
      "Tomas Vale on March 18.\r\n\r\nThey met again on Friday.\r\n");
  CliResult r = Run(dir, a);
  CHECK_MESSAGE(r.status == 0, r.output);
  std::string json = dir.Read("out/timeline.json");
  CHECK(json.find("2021-03-18") != std::string::npos);
}

TEST_CASE("missing and unreadable paths are per-file errors") {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  std::string locked = dir.Write("locked.txt", kGood);
  ::chmod(locked.c_str(), 0);
  std::filesystem::create_symlink(dir.Path("nowhere.txt"),
                                  dir.Path("dangling.txt"));
  CliResult r =
      Run(dir, dir.Path("missing.txt") + " " + dir.Path("dangling.txt") + " " +
                   locked + " " + good);
  CHECK(r.status == 1);
  CHECK(r.output.find("missing.txt: error: no such file or directory") !=
        std::string::npos);
  CHECK(r.output.find("dangling.txt: error:") != std::string::npos);
  if (::geteuid() != 0)
    CHECK(r.output.find("locked.txt: error: cannot open") != std::string::npos);
  CHECK(Timeline(dir)["documents"].size() >= 1);
}

TEST_CASE("special files are refused, not read forever") {
  TempDir dir;
  std::string fifo = dir.Path("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CliResult r = Run(dir, fifo + " /dev/zero " + dir.Write("good.txt", kGood));
  CHECK(r.status == 1);
  CHECK(r.output.find("pipe: error: not a regular file") != std::string::npos);
  CHECK(r.output.find("/dev/zero: error: not a regular file") !=
        std::string::npos);
}

TEST_CASE("a directory mixing good and bad files") {
  TempDir dir;
  dir.Write("in/a.txt", kGood);
  dir.Write("in/b.bin", std::string("\0\1\2\3", 4));
  dir.Write("in/c.txt", "");
  dir.Write("in/sub/d.txt", "Talks on Monday.\n");
  CliResult r = Run(dir, dir.Path("in"));
  CHECK(r.status == 1);
  CHECK(r.output.find("b.bin: error: binary file") != std::string::npos);
  CHECK(Timeline(dir)["documents"].size() == 3);
}

TEST_CASE("a failed run leaves earlier outputs whole") {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  REQUIRE(Run(dir, good).status == 0);
  std::string before = dir.Read("out/timeline.json");
  dir.Write("rules/bad.yaml", "timex:\n  - id: x\n    pattern: '('\n");
  CliResult r = RunAnnals("run --rules " + dir.Path("rules") + " --out " +
                          dir.Path("out") + " " + good);
  CHECK(r.status == 1);
  CHECK(dir.Read("out/timeline.json") == before);
}

bool Graphviz() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

bool Exists(const TempDir& dir, const std::string& name) {
  return std::filesystem::exists(dir.Path(name));
}

TEST_CASE(
    "a graph too big to draw in full leaves graph.svg out with a note, not an "
    "error") {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  CliResult r = RunAnnals("run --svg-view full --svg-max-nodes 1 --out " +
                          dir.Path("out") + " " + good);
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output.find("more than --svg-max-nodes 1; draw one actor's part with "
                      "--graph-focus") != std::string::npos);
  CHECK_FALSE(Exists(dir, "out/graph.svg"));
  CHECK(Exists(dir, "out/graph.dot"));
  CHECK(Exists(dir, "out/report.html"));
}

TEST_CASE(
    "a graph too big to read draws who met whom as graph.svg; graph.dot stays "
    "whole") {
  if (!Graphviz()) return;  // Graphviz is optional
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  CliResult r =
      RunAnnals("run --svg-max-nodes 1 --out " + dir.Path("out") + " " + good);
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output.find("note: graph.svg shows who met whom") !=
        std::string::npos);
  std::string svg = dir.Read("out/graph.svg");
  CHECK(svg.find("Who met whom") != std::string::npos);
  CHECK(svg.find("Anna Berg") != std::string::npos);
  CHECK(svg.find("Tomas Vale") != std::string::npos);
  CHECK(dir.Read("out/graph.dot").rfind("digraph annals {", 0) == 0);
}

TEST_CASE("a run that draws no graph.svg removes the one an earlier run left") {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  dir.Write("out/graph.svg", "<svg>an earlier run's graph</svg>");
  CliResult r = RunAnnals("run --no-svg --out " + dir.Path("out") + " " + good);
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK_FALSE(Exists(dir, "out/graph.svg"));
  CHECK(r.output.find("removed " + dir.Path("out/graph.svg")) !=
        std::string::npos);
}

TEST_CASE(
    "a run in which no article succeeded leaves the earlier outputs as they "
    "were") {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  REQUIRE(Run(dir, good).status == 0);
  std::string before = dir.Read("out/timeline.json");
  std::string report = dir.Read("out/report.html");
  dir.Write("empty.txt", "");
  dir.Write("blank.txt", "  \n\n");
  const std::string kBadRuns[] = {
      dir.Path("missing.txt"),
      dir.Path("empty.txt") + " " + dir.Path("blank.txt"),
  };
  for (const std::string& inputs : kBadRuns) {
    CAPTURE(inputs);
    CliResult r = Run(dir, inputs);
    CHECK(r.status == 1);
    CHECK_MESSAGE(
        r.output.find("error: no article could be used") != std::string::npos,
        r.output);
    CHECK(dir.Read("out/timeline.json") == before);
    CHECK(dir.Read("out/report.html") == report);
  }
  dir.Write("records.jsonl", "");
  CliResult r = RunAnnals("assemble --out " + dir.Path("out") + " " +
                          dir.Path("records.jsonl"));
  CHECK(r.status == 1);
  CHECK(dir.Read("out/timeline.json") == before);
}

TEST_CASE("empty articles are warned about, and the run goes on") {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", " \n");
  CliResult r = Run(dir, empty + " " + dir.Write("good.txt", kGood));
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(r.output.find(empty + ": warning: empty article") != std::string::npos);
  CliResult tag = RunAnnals("tag " + empty);
  CHECK(tag.status == 0);
  CHECK(tag.output.find(empty + ": warning: empty article") !=
        std::string::npos);
}

TEST_CASE(
    "an article with no date of publication is a warning, and its weekdays "
    "stay undated") {
  TempDir dir;
  std::string nodate = dir.Write("nodate.txt",
                                 "Foreign Minister Anna Berg met with visiting "
                                 "President Tomas Vale on Tuesday.\n");
  CliResult r = Run(dir, nodate);
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK(
      r.output.find(nodate + ": warning: no date of publication (DCT) found") !=
      std::string::npos);
  std::string md = dir.Read("out/timeline.md");
  // No row of the dated table may carry a date the calendar cannot hold.
  std::string dated = md.substr(0, md.find("# Undated"));
  CHECK_MESSAGE(dated.find("XXXX") == std::string::npos, md);
  std::istringstream csv(dir.Read("out/timeline.csv"));
  for (std::string line; std::getline(csv, line);) {
    std::string when = line.substr(line.find(',') + 1);
    CHECK_MESSAGE(when.rfind("XXXX", 0) != 0, line);  // the `when` column
  }
  CliResult given = RunAnnals("run --dct 2021-03-19 --out " + dir.Path("out2") +
                              " " + nodate);
  CHECK(given.output.find("warning: no date of publication") ==
        std::string::npos);
}

TEST_CASE("assemble takes run's graph options") {
  TempDir dir;
  std::string good = dir.Write("good.txt", kGood);
  CliResult x = RunAnnals("extract " + good + " > " + dir.Path("facts.jsonl"));
  REQUIRE_MESSAGE(x.status == 0, x.output);
  CliResult r = RunAnnals("assemble --no-svg --dot-rank time --out " +
                          dir.Path("out") + " " + dir.Path("facts.jsonl"));
  CHECK_MESSAGE(r.status == 0, r.output);
  CHECK_FALSE(Exists(dir, "out/graph.svg"));
  // A time axis: rank=same groups of events by date.
  CHECK(dir.Read("out/graph.dot").find("rank=same") != std::string::npos);
}

// Size in MB from ANNALS_HUGE_MB (the `slow` CTest sets 200); 16 KB by default
// so the unit run stays quick.
size_t HugeBytes() {
  const char* mb = std::getenv("ANNALS_HUGE_MB");
  return mb ? std::strtoul(mb, nullptr, 10) << 20 : size_t{16} << 10;
}

TEST_CASE("a huge single-line article is processed") {
  TempDir dir;
  const std::string chunk =
      "officials met on March 3, 2020 and talked about 1500 things, ";
  {
    std::ofstream out(dir.Path("huge.txt"), std::ios::binary);
    for (size_t n = 0; n < HugeBytes(); n += chunk.size()) out << chunk;
  }
  CliResult r = Run(dir, dir.Path("huge.txt"));
  CHECK_MESSAGE(r.status == 0, r.output.substr(0, 2000));
  CHECK(!Timeline(dir).is_discarded());
}

}  // namespace
}  // namespace annals
