// Watch mode: snapshots notice added, changed and removed files, and the
// loop runs again after each change and keeps going after a failed run.
#include "cli/watch.h"

#include <doctest/doctest.h>

#include <sstream>
#include <thread>

#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::TempDir;

TEST_CASE("snapshots see additions, edits, removals, and ignore what is not there") {
  TempDir dir;
  dir.Write("rules/a.yaml", "timex: []\n");
  const std::vector<std::string> paths = {dir.Path("rules"), dir.Path("article.txt"), "-"};
  FileSnapshot empty_article = FileSnapshot::Take(paths);
  CHECK(empty_article.size() == 1);
  struct Step {
    const char* name;
    std::function<void()> edit;
    bool changes;
  };
  const Step kSteps[] = {
      {"nothing", [] {}, false},
      {"article appears", [&] { dir.Write("article.txt", "Text."); }, true},
      {"rule file grows", [&] { dir.Write("rules/a.yaml", "timex: []\n# more\n"); }, true},
      {"new rule file", [&] { dir.Write("rules/sub/b.yaml", ""); }, true},
      {"rule file removed", [&] { std::filesystem::remove(dir.Path("rules/a.yaml")); }, true},
  };
  FileSnapshot before = empty_article;
  for (const auto& s : kSteps) {
    CAPTURE(s.name);
    s.edit();
    FileSnapshot now = FileSnapshot::Take(paths);
    CHECK((now != before) == s.changes);
    before = now;
  }
}

TEST_CASE("the loop re-runs on change and survives failures") {
  TempDir dir;
  dir.Write("a.txt", "one");
  int runs = 0;
  int polls = 0;
  WatchOptions o{{dir.Path()}, std::chrono::milliseconds(1)};
  o.stop = [&] {
    ++polls;
    if (polls == 2) dir.Write("a.txt", "two, longer");  // a change after the first poll
    return polls > 4;
  };
  std::ostringstream log;
  int status = WatchLoop(o, [&] { return ++runs == 1 ? 0 : 1; }, log);
  CHECK(runs == 2);
  CHECK(status == 1);
  CHECK(log.str().find("change detected") != std::string::npos);
  CHECK(log.str().find("failed") != std::string::npos);
}

}  // namespace
}  // namespace annals
