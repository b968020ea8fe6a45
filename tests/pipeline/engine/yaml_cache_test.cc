// YamlCache: a cached tree is the parsed tree; a stale, corrupt or
// truncated entry is never used; the rule book loads the same from it.
#include "pipeline/engine/yaml_cache.h"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "engine_fingerprint.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/engine/yaml_source.h"
#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::TempDir;

const char* kText =
    "lexicons:\n  L: [a, 'b', \"~\", ~, {x: [1, 2]}]\nplain: yes\nquoted: "
    "'yes'\nempty:\n";

// Same type, tag, scalar and children (layout style aside).
bool Same(const YAML::Node& a, const YAML::Node& b) {
  if (a.Type() != b.Type() || a.Tag() != b.Tag() || a.size() != b.size())
    return false;
  if (a.IsScalar()) return a.Scalar() == b.Scalar();
  auto x = a.begin();
  for (auto y = b.begin(); y != b.end(); ++x, ++y) {
    bool same = a.IsMap()
                    ? Same(x->first, y->first) && Same(x->second, y->second)
                    : Same(*x, *y);
    if (!same) return false;
  }
  return true;
}

TEST_CASE("a cached tree is the tree parsed, tags included") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  auto parsed = YamlSource::Parse("f.yaml", kText);
  REQUIRE(parsed.ok());
  CHECK(!cache.Get("f.yaml", kText));
  REQUIRE(cache.Put("f.yaml", kText, parsed->root()));
  auto cached = cache.Get("f.yaml", kText);
  REQUIRE(cached);
  CHECK(Same(*cached, parsed->root()));
  CHECK((*cached)["quoted"].Tag() == parsed->root()["quoted"].Tag());
  CHECK((*cached)["empty"].IsNull());
}

// Scalars are made in their parent's memory (sequences, maps of up to 64
// pairs); the tree must still be the one parsed around the other kinds.
TEST_CASE("a cached tree keeps duplicate keys, big maps and mixed items") {
  std::string text =
      "dup: {a: 1, a: 2, b: [x, [], {}, ~, !t y, 'z', [p, [q]], {k: v}]}\n"
      "big:\n";
  for (int i = 0; i < 100; ++i) text += fmt::format("  k{}: v{}\n", i, i);
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  auto parsed = YamlSource::Parse("f.yaml", text);
  REQUIRE(parsed.ok());
  REQUIRE(cache.Put("f.yaml", text, parsed->root()));
  auto cached = cache.Get("f.yaml", text);
  REQUIRE(cached);
  CHECK(Same(*cached, parsed->root()));
  CHECK((*cached)["dup"].size() == 3);
  CHECK((*cached)["big"].size() == 100);
  CHECK((*cached)["big"]["k99"].Scalar() == "v99");
  CHECK((*cached)["dup"]["b"][4].Tag() == "!t");
  CHECK((*cached)["dup"]["b"][6][1][0].Scalar() == "q");
}

TEST_CASE("another text, file name or version is a miss") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  REQUIRE(
      cache.Put("f.yaml", kText, YamlSource::Parse("f.yaml", kText)->root()));
  CHECK(!cache.Get("f.yaml", std::string(kText) + "x: 1\n"));
  CHECK(!cache.Get("g.yaml", kText));
  CHECK(!YamlCache(dir.Path("c"), "v2").Get("f.yaml", kText));
}

TEST_CASE("a corrupt or truncated entry is ignored, then rewritten") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  auto root = YamlSource::Parse("f.yaml", kText)->root();
  REQUIRE(cache.Put("f.yaml", kText, root));
  const std::string path = cache.PathFor("f.yaml", kText);
  std::string data = dir.Read(path.substr(dir.Path().size() + 1));
  for (size_t cut : {size_t{0}, size_t{5}, data.size() / 2, data.size() - 1}) {
    std::ofstream(path, std::ios::binary) << data.substr(0, cut);
    CHECK(!cache.Get("f.yaml", kText));
  }
  std::string flipped = data;
  flipped[flipped.size() - 3] ^= 0x10;
  std::ofstream(path, std::ios::binary) << flipped;
  CHECK(!cache.Get("f.yaml", kText));
  REQUIRE(cache.Put("f.yaml", kText, root));
  CHECK(cache.Get("f.yaml", kText));
}

TEST_CASE("the bundled rules load the same from the cache") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  Diagnostics read, cold, warm;
  auto layers = RuleBook::ReadDirs({ANNALS_SOURCE_DIR "/rules"}, &read);
  REQUIRE(read.empty());
  auto first = RuleBook::LoadSources(layers, &cold, AllStages(), {}, &cache);
  auto second = RuleBook::LoadSources(layers, &warm, AllStages(), {}, &cache);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(cold.empty());
  CHECK(warm.empty());
  CHECK(first->rule_count() == second->rule_count());
  CHECK(first->lexicons().size() == second->lexicons().size());
  CHECK(!std::filesystem::is_empty(dir.Path("c")));
  // The warm book (candidate plans from the cache, each rule's RE2 and each
  // stage's sets compiled on first use) finds what the cold one (all
  // compiled and checked) finds, in every stage, on every rule example.
  size_t texts = 0, matches = 0;
  for (int s = 0; s < kStageCount; ++s) {
    const Stage stage = static_cast<Stage>(s);
    for (const Rule* rule : first->rules(stage)) {
      for (const RuleExample& ex : rule->examples) {
        std::vector<Match> a, b;
        first->matcher(stage).FindAll(ex.text, &a);
        second->matcher(stage).FindAll(ex.text, &b);
        CAPTURE(ex.text);
        REQUIRE(a.size() == b.size());
        for (size_t i = 0; i < a.size(); ++i) {
          CHECK(a[i].rule->id == b[i].rule->id);
          CHECK(a[i].begin == b[i].begin);
          CHECK(a[i].end == b[i].end);
          CHECK(a[i].captures.size() == b[i].captures.size());
        }
        ++texts;
        matches += a.size();
      }
    }
  }
  CHECK(texts > 500);
  CHECK(matches > 500);
}

TEST_CASE("a broken file loaded from the cache still says where it is broken") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  std::vector<std::vector<RuleBook::Source>> layers = {
      {{"bad.yaml", "timex:\n  - id: x\n    pattern: '('\n"}}};
  Diagnostics first, second;
  RuleBook::LoadSources(layers, &first, AllStages(), {}, &cache);
  RuleBook::LoadSources(layers, &second, AllStages(), {}, &cache);
  REQUIRE(!first.empty());
  REQUIRE(second.size() == first.size());
  CHECK(second.front().ToString() == first.front().ToString());
}

TEST_CASE("a blob comes back for its exact key only, corrupt ones never") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  const std::string bytes("db\0bytes", 8);
  CHECK(!cache.GetBlob("scan", "key"));
  REQUIRE(cache.PutBlob("scan", "key", bytes));
  CHECK(cache.GetBlob("scan", "key") == bytes);
  CHECK(!cache.GetBlob("scan", "key2"));
  CHECK(!cache.GetBlob("other", "key"));
  CHECK(!YamlCache(dir.Path("c"), "v2").GetBlob("scan", "key"));
  CHECK(!cache.Get("scan", "key"));  // a blob is no parsed file
  const std::string path = cache.BlobPathFor("scan", "key");
  std::string data = dir.Read(path.substr(dir.Path().size() + 1));
  for (size_t cut : {size_t{0}, size_t{7}, data.size() - 1}) {
    std::ofstream(path, std::ios::binary) << data.substr(0, cut);
    CHECK(!cache.GetBlob("scan", "key"));
  }
  std::string flipped = data;
  flipped[flipped.size() - 2] ^= 0x01;
  std::ofstream(path, std::ios::binary) << flipped;
  CHECK(!cache.GetBlob("scan", "key"));
}

namespace fs = std::filesystem;

// Marks the entry at `path` last used `hours` before now (negative: after).
void UsedHoursAgo(const std::string& path, int hours) {
  fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(hours));
}

// How many files of `dir` end in `ext`.
size_t CountOf(const std::string& dir, std::string_view ext) {
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ext;
  return n;
}

// Books "k0".."k{n-1}", k0 used longest ago.
void PutOldBooks(const YamlCache& cache, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const std::string key = fmt::format("k{}", i);
    REQUIRE(cache.PutBook(key, "book " + key));
    UsedHoursAgo(cache.BookPathFor(key), static_cast<int>(100 - i));
  }
}

TEST_CASE("a new book removes the least recently used beyond the kept number") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  constexpr size_t kKeep = YamlCache::kKeep;
  PutOldBooks(cache, kKeep);
  REQUIRE(cache.PutBlob("checked", "old", "blob"));
  UsedHoursAgo(cache.BlobPathFor("checked", "old"), 1000);
  REQUIRE(cache.Put("a.yaml", kText, YAML::Load(kText)));
  UsedHoursAgo(cache.PathFor("a.yaml", kText), 1000);
  CHECK(cache.GetBook("k0") == "book k0");  // a hit is a use: k0 is now the newest
  REQUIRE(cache.PutBook("new", "book new"));
  CHECK(CountOf(dir.Path("c"), ".ycbook") == kKeep);
  CHECK(cache.GetBook("new") == "book new");
  CHECK(cache.GetBook("k0") == "book k0");
  CHECK(!cache.GetBook("k1"));  // the least recently used
  for (size_t i = 2; i < kKeep; ++i) CHECK(cache.GetBook(fmt::format("k{}", i)));
  // Other kinds are not counted with books, nor removed by them.
  CHECK(cache.GetBlob("checked", "old") == "blob");
  CHECK(cache.Get("a.yaml", kText));
}

TEST_CASE("blobs are kept to the same number, books aside") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  PutOldBooks(cache, YamlCache::kKeep);
  for (size_t i = 0; i <= YamlCache::kKeep; ++i) {
    const std::string key = fmt::format("k{}", i);
    REQUIRE(cache.PutBlob("checked", key, key));
    UsedHoursAgo(cache.BlobPathFor("checked", key), static_cast<int>(100 - i));
  }
  CHECK(CountOf(dir.Path("c"), ".ycb") == YamlCache::kKeep);
  CHECK(!cache.GetBlob("checked", "k0"));
  CHECK(cache.GetBlob("checked", fmt::format("k{}", YamlCache::kKeep)));
  CHECK(CountOf(dir.Path("c"), ".ycbook") == YamlCache::kKeep);
}

TEST_CASE("the entry just written is kept, even when the others look newer") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  PutOldBooks(cache, YamlCache::kKeep);
  // A clock set back: every other entry seems used after this write.
  for (size_t i = 0; i < YamlCache::kKeep; ++i)
    UsedHoursAgo(cache.BookPathFor(fmt::format("k{}", i)), -10 - static_cast<int>(i));
  REQUIRE(cache.PutBook("new", "book new"));
  CHECK(cache.GetBook("new") == "book new");
  CHECK(CountOf(dir.Path("c"), ".ycbook") == YamlCache::kKeep);
  CHECK(!cache.GetBook("k0"));  // the one that seems used longest ago
}

TEST_CASE("an entry that cannot be removed fails no write, and others still go") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  PutOldBooks(cache, YamlCache::kKeep);
  // The oldest "entry" is a directory with a file in it: remove() fails.
  dir.Write("c/0000000000000000.ycbook/inside", "x");
  UsedHoursAgo(dir.Path("c/0000000000000000.ycbook"), 1000);
  REQUIRE(cache.PutBook("new", "book new"));
  CHECK(cache.GetBook("new") == "book new");
  CHECK(fs::exists(dir.Path("c/0000000000000000.ycbook/inside")));
  CHECK(!cache.GetBook("k0"));  // the next oldest went all the same
  CHECK(cache.GetBook("k1"));
}

TEST_CASE("a temporary file being written is never removed") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  PutOldBooks(cache, YamlCache::kKeep);
  const std::string tmp = dir.Write("c/0000000000000000.ycbook.1.2.tmp", "partial");
  UsedHoursAgo(tmp, 1000);
  REQUIRE(cache.PutBook("new", "book new"));
  CHECK(fs::exists(tmp));
}

// "rule@begin-end" of every timex match of `book` in `text`.
std::vector<std::string> TimexMatches(const RuleBook& book,
                                      std::string_view text) {
  std::vector<Match> found;
  book.matcher(Stage::kTimex).FindAll(text, &found);
  std::vector<std::string> out;
  for (const Match& m : found)
    out.push_back(fmt::format("{}@{}-{}", m.rule->id, m.begin, m.end));
  return out;
}

// The vouching entries (".ycb" blobs) the cache under `dir` holds.
std::vector<std::filesystem::path> VouchingEntries(const std::string& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".ycb") out.push_back(e.path());
  }
  return out;
}

// One layer of one file with one timex rule, `d`, matching "day".
std::vector<std::vector<RuleBook::Source>> OneRule() {
  return {{{"r.yaml", "timex:\n  - {id: d, pattern: 'day', type: DATE, value: '2000'}\n"}}};
}

TEST_CASE("a checked rule text is vouched for: the warm book matches the same") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  std::vector<std::vector<RuleBook::Source>> layers = {{{"r.yaml",
      "timex:\n"
      "  - {id: days, pattern: '(?P<n>\\d+) days', type: DURATION, value: 'P1D'}\n"
      "  - {id: mon, pattern: '(?i)monday', type: DATE, value: '2000'}\n"}}};
  Diagnostics cold, warm;
  auto first = RuleBook::LoadSources(layers, &cold, AllStages(), {}, &cache);
  REQUIRE(first);
  CHECK(VouchingEntries(dir.Path("c")).size() == 1);
  auto second = RuleBook::LoadSources(layers, &warm, AllStages(), {}, &cache);
  REQUIRE(second);
  const char* text = "in 3 days, on MONDAY";
  CHECK(TimexMatches(*first, text) == TimexMatches(*second, text));
  CHECK(TimexMatches(*second, text) ==
        std::vector<std::string>{"days@3-9", "mon@14-20"});
}

TEST_CASE("a corrupt vouching entry is not trusted: the rules are checked again") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  auto layers = OneRule();
  Diagnostics d1, d2;
  REQUIRE(RuleBook::LoadSources(layers, &d1, AllStages(), {}, &cache));
  for (const auto& path : VouchingEntries(dir.Path("c")))
    std::ofstream(path, std::ios::binary) << "garbage";
  auto book = RuleBook::LoadSources(layers, &d2, AllStages(), {}, &cache);
  REQUIRE(book);
  CHECK(TimexMatches(*book, "a day") == std::vector<std::string>{"d@2-5"});
}

TEST_CASE("a bad pattern is reported at a cold load, and never vouched for") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  std::vector<std::vector<RuleBook::Source>> layers = {{{"r.yaml",
      "timex:\n"
      "  - {id: ok, pattern: 'day', type: DATE, value: '2000'}\n"
      "  - id: bad\n"
      "    pattern: 'a(b'\n"
      "    type: DATE\n"
      "    value: '2000'\n"}}};
  for (int load = 0; load < 2; ++load) {
    Diagnostics d;
    CHECK_FALSE(RuleBook::LoadSources(layers, &d, AllStages(), {}, &cache));
    REQUIRE(d.size() == 1);
    CHECK(d.front().ToString() ==
          "r.yaml:4:14: error: pattern does not compile: missing ): a(b [bad]");
  }
  CHECK(VouchingEntries(dir.Path("c")).empty());  // none vouches for a text that failed
}

TEST_CASE("the vouching entry holds the candidate plans a warm load uses") {
  TempDir dir;
  YamlCache cache(dir.Path("c"), "v1");
  auto layers = OneRule();
  Diagnostics d1, d2;
  REQUIRE(RuleBook::LoadSources(layers, &d1, AllStages(), {}, &cache));
  // The second format ("checked 2", the engine code's fingerprint, then
  // the plans): an entry of the first ("checked 1" alone), or one another
  // engine wrote, no longer vouches (rule_book.cc).
  for (const auto& path : VouchingEntries(dir.Path("c"))) {
    std::ifstream in(path, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
    CHECK(data.find("checked 2 " ANNALS_ENGINE_FINGERPRINT "\n") !=
          std::string::npos);
  }
  auto book = RuleBook::LoadSources(layers, &d2, AllStages(), {}, &cache);
  REQUIRE(book);
  CHECK(TimexMatches(*book, "a day") == std::vector<std::string>{"d@2-5"});
}

}  // namespace
}  // namespace annals
