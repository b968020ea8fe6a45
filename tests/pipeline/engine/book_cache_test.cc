// BookCache: a checked book read back is the book that was written; any
// change of the files, stages or contract is a miss; a damaged entry is
// never used and is rewritten; the bundled rules match alike warm and cold.
#include "pipeline/engine/book_cache.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "pipeline/engine/candidate_plan.h"
#include "pipeline/engine/rule_book.h"
#include "tests/cli/cli_runner.h"

namespace annals {
namespace {

using testing::TempDir;
using Layers = std::vector<std::vector<RuleBook::Source>>;

// Two layers: lexicons with fields and a nested map, a macro, rules using
// them (a lexicon group, an exclude, a value call, examples), a block rule
// and an override of a first-layer rule by the second.
Layers Sample() {
  return {{{"a.yaml",
            "lexicons:\n"
            "  MONTH:\n"
            "    case: insensitive\n"
            "    entries:\n"
            "      - {forms: [March, Mar.], value: '3'}\n"
            "      - {forms: [May], value: '5', dates: {y2021: x}}\n"
            "  TITLE:\n"
            "    entries: [President, Minister]\n"
            "macros:\n"
            "  DAY: '[0-9]{1,2}'\n"
            "timex:\n"
            "  - id: month_day\n"
            "    pattern: '(?P<month>{MONTH}) (?P<day>{DAY})'\n"
            "    type: DATE\n"
            "    value: 'date(month=$month, day=$day)'\n"
            "    priority: -2\n"
            "    examples:\n"
            "      - 'on March 3'\n"
            "      - {text: 'May 12', match: 'May 12', value: 'XXXX-05-12'}\n"
            "      - {text: 'Mayday', reject: true}\n"
            "  - {id: old, pattern: 'yesterday', type: DATE, value: '2000'}\n"
            "block:\n"
            "  - {id: g20, pattern: 'Group of 20', blocks: [timex]}\n"
            "actor:\n"
            "  - id: titled\n"
            "    pattern: '(?P<title>{TITLE}) (?P<name>\\p{Lu}\\p{Ll}+(?: "
            "\\p{Lu}\\p{Ll}+)*)'\n"
            "    kind: person\n"
            "    name: '$name'\n"
            "    exclude: {name: [MONTH]}\n"}},
          {{"b.yaml",
            "timex:\n"
            "  - {id: old, pattern: '(?i)tomorrow', type: DATE, value: "
            "'2001', case: insensitive}\n"}}};
}

// "stage rule@begin-end" of every match of every stage of `book` in `text`.
std::vector<std::string> Matches(const RuleBook& book, std::string_view text) {
  std::vector<std::string> out;
  for (int s = 0; s < kStageCount; ++s) {
    std::vector<Match> found;
    book.matcher(static_cast<Stage>(s)).FindAll(text, &found);
    for (const Match& m : found) {
      std::string caps;
      for (const Capture& c : m.captures)
        caps += fmt::format(" {}={}-{}", c.name, c.begin, c.end);
      out.push_back(
          fmt::format("{} {}@{}-{}{}", s, m.rule->id, m.begin, m.end, caps));
    }
  }
  return out;
}

// Everything a rule holds that later stages read, as text.
std::string Describe(const Rule& r) {
  std::string out = fmt::format(
      "{} {} {}:{}:{} p{} layer{} [{}] [{}] [{}]", r.id, StageName(r.stage),
      r.where.file, r.where.line, r.where.column, r.priority, r.layer,
      r.description, r.pattern_source, r.pattern);
  for (const auto& [k, t] : r.fields)
    out += fmt::format(" {}={}", k, t.source());
  if (r.value) out += " call " + r.value->function;
  for (const auto& [g, l] : r.group_lexicons)
    out += fmt::format(" group {}:{}", g, l->name());
  for (const auto& [c, ls] : r.exclude) {
    for (const Lexicon* l : ls)
      out += fmt::format(" exclude {}:{}", c, l->name());
  }
  out += fmt::format(" blocks {}", fmt::join(r.blocks, ","));
  for (const RuleExample& ex : r.examples) {
    out += fmt::format(" ex {}:{} [{}] [{}] [{}] {}", ex.where.line,
                       ex.where.column, ex.text, ex.match.value_or("-"), ex.dct,
                       ex.reject);
    for (const auto& [k, v] : ex.expect) out += fmt::format(" {}={}", k, v);
  }
  return out;
}

// Everything a book holds, as text: lexicons, rules by stage, counts.
std::string Describe(const RuleBook& book) {
  std::string out =
      fmt::format("files {} stages {} rules {}\n", book.file_count(),
                  book.stages().to_string(), book.rule_count());
  for (const auto& [name, lex] : book.lexicons()) {
    out += fmt::format("lexicon {} {} {}\n", name, lex->case_insensitive(),
                       lex->where().line);
    for (const LexiconEntry& e : lex->entries()) {
      out += fmt::format("  {}", fmt::join(e.forms, "|"));
      for (const auto& [k, v] : e.fields) out += fmt::format(" {}={}", k, v);
      out += "\n";
    }
  }
  for (int s = 0; s < kStageCount; ++s) {
    for (const Rule* r : book.rules(static_cast<Stage>(s)))
      out += Describe(*r) + "\n";
  }
  return out;
}

// The plans' bytes a cold book's matchers were made from (BookCache::Put).
std::string PlanBytes(const RuleBook& book) {
  std::string out;
  for (int s = 0; s < kStageCount; ++s)
    EncodePlan(StageMatcher::Plan(book.rules(static_cast<Stage>(s))), &out);
  return out;
}

// The cache files under `dir` whose name ends with `ext`.
std::vector<std::filesystem::path> Entries(const std::string& dir,
                                           const std::string& ext) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ext) out.push_back(e.path());
  }
  return out;
}

void RemoveAll(const std::vector<std::filesystem::path>& paths) {
  for (const auto& p : paths) std::filesystem::remove(p);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

const char* kText =
    "Minister Ana Ruiz said on March 3 and tomorrow, Group of 20";

TEST_CASE("a book encoded and decoded is the same book") {
  Diagnostics d;
  auto cold = RuleBook::LoadSources(Sample(), &d);
  REQUIRE(cold);
  REQUIRE(d.empty());
  auto back = BookCache::Decode(BookCache::Encode(*cold, PlanBytes(*cold)),
                                AllStages());
  REQUIRE(back);
  CHECK(Describe(*back) == Describe(*cold));
  CHECK(Describe(*back).find("old timex b.yaml:2:") != std::string::npos);
  CHECK(back->rule("old")->layer == 1);
  CHECK(back->lexicon("MONTH")->Find("mar.")->Value() == "3");
  CHECK(back->lexicon("MONTH")->Find("May")->Field("dates.y2021") == "x");
  CHECK(Matches(*back, kText) == Matches(*cold, kText));
  CHECK(Matches(*back, kText).size() == 4);
}

TEST_CASE("a load with a cache writes the book, and the next reads no YAML") {
  TempDir dir;
  YamlCache store(dir.Path("c"), "v1");
  Diagnostics d1, d2, d3;
  auto cold = RuleBook::LoadSources(Sample(), &d1);
  auto first = RuleBook::LoadSources(Sample(), &d2, AllStages(), {}, &store);
  REQUIRE(first);
  const std::string key = BookCache::Key(Sample(), AllStages(), {});
  CHECK(std::filesystem::exists(store.BookPathFor(key)));
  // Without the parsed files and the vouching entry, only the book can
  // give the second load its rules; and nothing is parsed (no ".yc" comes
  // back).
  RemoveAll(Entries(dir.Path("c"), ".yc"));
  RemoveAll(Entries(dir.Path("c"), ".ycb"));
  auto warm = RuleBook::LoadSources(Sample(), &d3, AllStages(), {}, &store);
  REQUIRE(warm);
  CHECK(d3.empty());
  CHECK(Entries(dir.Path("c"), ".yc").empty());
  CHECK(Describe(*warm) == Describe(*cold));
  CHECK(Matches(*warm, kText) == Matches(*cold, kText));
}

TEST_CASE("another text, layer, stage set, contract or version is a miss") {
  TempDir dir;
  YamlCache store(dir.Path("c"), "v1");
  Diagnostics d;
  REQUIRE(RuleBook::LoadSources(Sample(), &d, AllStages(), {}, &store));
  BookCache books(store);
  const std::string key = BookCache::Key(Sample(), AllStages(), {});
  CHECK(books.Get(key, AllStages()));

  Layers edited = Sample();
  edited[1][0].text += "\n";
  Layers one_layer = {{Sample()[0][0], Sample()[1][0]}};
  Layers renamed = Sample();
  renamed[1][0].file = "c.yaml";
  RuleContract contract;
  contract.value_functions = {"date"};
  for (const std::string& other :
       {BookCache::Key(edited, AllStages(), {}),
        BookCache::Key(one_layer, AllStages(), {}),
        BookCache::Key(renamed, AllStages(), {}),
        BookCache::Key(Sample(), TimeStages(), {}),
        BookCache::Key(Sample(), AllStages(), contract)}) {
    CHECK(other != key);
    CHECK(!books.Get(other, AllStages()));
  }
  CHECK(!BookCache(YamlCache(dir.Path("c"), "v2")).Get(key, AllStages()));
  CHECK(!books.Get(key, TimeStages()));  // the stages read back must agree
}

TEST_CASE("a changed file is loaded from its text, and stored anew") {
  TempDir dir;
  YamlCache store(dir.Path("c"), "v1");
  Diagnostics d1, d2, d3;
  REQUIRE(RuleBook::LoadSources(Sample(), &d1, AllStages(), {}, &store));
  Layers edited = Sample();
  edited[1][0].text =
      "timex:\n  - {id: old, pattern: 'today', type: DATE, value: '2002'}\n";
  auto book = RuleBook::LoadSources(edited, &d2, AllStages(), {}, &store);
  REQUIRE(book);
  CHECK(book->rule("old")->pattern == "today");
  CHECK(BookCache(store).Get(BookCache::Key(edited, AllStages(), {}),
                             AllStages()));
  // A broken edit keeps its file:line:col, whatever the cache holds.
  edited[1][0].text =
      "timex:\n  - id: old\n    pattern: 'a(b'\n    type: DATE\n"
      "    value: '2000'\n";
  CHECK(!RuleBook::LoadSources(edited, &d3, AllStages(), {}, &store));
  REQUIRE(d3.size() == 1);
  CHECK(d3.front().ToString() ==
        "b.yaml:3:14: error: pattern does not compile: missing ): a(b [old]");
}

TEST_CASE("a truncated or corrupt book entry is refused, then rewritten") {
  TempDir dir;
  YamlCache store(dir.Path("c"), "v1");
  BookCache books(store);
  Diagnostics d;
  auto cold = RuleBook::LoadSources(Sample(), &d, AllStages(), {}, &store);
  REQUIRE(cold);
  const std::string key = BookCache::Key(Sample(), AllStages(), {});
  const std::string path = store.BookPathFor(key);
  const std::string data = ReadFile(path);
  auto damaged = [&](const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
    CHECK(!books.Get(key, AllStages()));
    Diagnostics again;
    auto book =
        RuleBook::LoadSources(Sample(), &again, AllStages(), {}, &store);
    REQUIRE(book);
    CHECK(Matches(*book, kText) == Matches(*cold, kText));
    CHECK(books.Get(key, AllStages()));  // the load wrote it back whole
  };
  for (size_t cut : {size_t{0}, size_t{9}, data.size() / 2, data.size() - 1})
    damaged(data.substr(0, cut));
  for (size_t at : {data.size() / 3, data.size() - 2}) {
    std::string flipped = data;
    flipped[at] ^= 0x20;
    damaged(flipped);
  }
}

TEST_CASE("bytes that pass the checksum but are no book are refused") {
  Diagnostics d;
  auto cold = RuleBook::LoadSources(Sample(), &d);
  REQUIRE(cold);
  const std::string bytes = BookCache::Encode(*cold, PlanBytes(*cold));
  CHECK(BookCache::Decode(bytes, AllStages()));
  CHECK(!BookCache::Decode(bytes, TimeStages()));
  CHECK(!BookCache::Decode(bytes + "x", AllStages()));
  CHECK(!BookCache::Decode(
      "annals-book 1 other\n" + bytes.substr(bytes.find('\n') + 1),
      AllStages()));
  size_t refused = 0, cuts = 0;
  for (size_t cut = 0; cut < bytes.size(); cut += 7, ++cuts)
    refused += !BookCache::Decode(bytes.substr(0, cut), AllStages());
  CHECK(refused == cuts);
  // The same through the store: a well-formed entry holding other bytes.
  TempDir dir;
  YamlCache store(dir.Path("c"), "v1");
  const std::string key = BookCache::Key(Sample(), AllStages(), {});
  REQUIRE(store.PutBook(key, bytes.substr(0, bytes.size() / 2)));
  CHECK(!BookCache(store).Get(key, AllStages()));
  Diagnostics again;
  auto book = RuleBook::LoadSources(Sample(), &again, AllStages(), {}, &store);
  REQUIRE(book);
  CHECK(Describe(*book) == Describe(*cold));
}

// The bundled rules: a warm book (read back whole) finds what a cold one
// finds, in every stage, on every rule example; for both scopes.
TEST_CASE("the bundled rules match alike from the book cache") {
  Diagnostics read;
  auto layers = RuleBook::ReadDirs({ANNALS_SOURCE_DIR "/rules"}, &read);
  REQUIRE(read.empty());
  for (StageMask stages : {AllStages(), TimeStages()}) {
    TempDir dir;
    YamlCache store(dir.Path("c"), "v1");
    Diagnostics cold_d, first_d, warm_d;
    auto cold = RuleBook::LoadSources(layers, &cold_d, stages);
    REQUIRE(RuleBook::LoadSources(layers, &first_d, stages, {}, &store));
    auto warm =
        BookCache(store).Get(BookCache::Key(layers, stages, {}), stages);
    REQUIRE(cold);
    REQUIRE(warm);
    CHECK(Describe(*warm) == Describe(*cold));
    size_t texts = 0, matches = 0;
    for (int s = 0; s < kStageCount; ++s) {
      for (const Rule* rule : cold->rules(static_cast<Stage>(s))) {
        for (const RuleExample& ex : rule->examples) {
          auto want = Matches(*cold, ex.text);
          CHECK(Matches(*warm, ex.text) == want);
          ++texts;
          matches += want.size();
        }
      }
    }
    CHECK(texts > 100);
    CHECK(matches > 100);
  }
}

}  // namespace
}  // namespace annals
