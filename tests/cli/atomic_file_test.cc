// WriteFileAtomic: the target is either the old file or the whole new one,
// never a mix, and no temporary file is left behind.
#include "cli/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::TempDir;

size_t FileCount(const std::string& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

TEST_CASE("writes, replaces and creates parent directories") {
  struct Case {
    const char* name;
    std::string content;
  };
  const Case kCases[] = {{"empty", ""}, {"text", "{\"annals\": 1}\n"},
                         {"binary", std::string("a\0b\xff", 4)}, {"large", std::string(3 << 20, 'x')}};
  TempDir dir;
  for (const auto& c : kCases) {
    CAPTURE(c.name);
    REQUIRE(WriteFileAtomic(dir.Path("deep/er/out.json"), c.content).ok());
    CHECK(dir.Read("deep/er/out.json") == c.content);
    CHECK(FileCount(dir.Path("deep/er")) == 1);  // no temporary left
  }
}

TEST_CASE("a failed rename is an error and leaves no temporary file") {
  TempDir dir;
  REQUIRE(WriteFileAtomic(dir.Path("out/t.json"), "old").ok());
  // The target is now a directory that is not empty: rename must fail.
  std::filesystem::remove(dir.Path("out/t.json"));
  dir.Write("out/t.json/keep", "x");
  Status s = WriteFileAtomic(dir.Path("out/t.json"), "new");
  CHECK(!s.ok());
  CHECK(s.ToString().find("out/t.json: error: cannot rename output into place") != std::string::npos);
  CHECK(FileCount(dir.Path("out")) == 1);
}

TEST_CASE("an unwritable directory is an error, not a crash") {
  TempDir dir;
  dir.Write("ro/t.json", "old");
  ::chmod(dir.Path("ro").c_str(), 0500);
  Status s = WriteFileAtomic(dir.Path("ro/t.json"), "new");
  if (::geteuid() != 0) {
    CHECK(!s.ok());
    CHECK(dir.Read("ro/t.json") == "old");
  }
  CHECK(WriteFileAtomic("/proc/annals-no/such/dir/t.json", "x").code() == Status::Code::kIoError);
}

TEST_CASE("a streamed file replaces the target only when committed") {
  TempDir dir;
  dir.Write("out/t.json", "old");
  {
    AtomicFile f(dir.Path("out/t.json"));
    f.stream() << "new, " << 2 << " parts";
    CHECK(dir.Read("out/t.json") == "old");  // not yet
    REQUIRE(f.Commit().ok());
  }
  CHECK(dir.Read("out/t.json") == "new, 2 parts");
  CHECK(FileCount(dir.Path("out")) == 1);
}

TEST_CASE("a streamed file never committed leaves the target and no temporary") {
  TempDir dir;
  dir.Write("out/t.json", "old");
  {
    AtomicFile f(dir.Path("out/t.json"));
    f.stream() << "half a doc";
  }
  CHECK(dir.Read("out/t.json") == "old");
  CHECK(FileCount(dir.Path("out")) == 1);
}

TEST_CASE("a streamed file that cannot be created or renamed is an error") {
  AtomicFile nowhere("/proc/annals-no/such/dir/t.json");
  CHECK(!nowhere.opened());
  nowhere.stream() << "x";
  Status s = nowhere.Commit();
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.ToString().find("cannot create output file") != std::string::npos);

  TempDir dir;
  dir.Write("out/t.json/keep", "x");  // a directory in the target's place
  {
    AtomicFile f(dir.Path("out/t.json"));
    f.stream() << "new";
    CHECK(!f.Commit().ok());
    CHECK(f.Commit().code() == Status::Code::kIoError);  // once only
  }
  CHECK(FileCount(dir.Path("out")) == 1);
}

}  // namespace
}  // namespace annals
