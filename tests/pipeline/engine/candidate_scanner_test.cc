// CandidateScanner: windows per rule from one Vectorscan scan, the
// prefilter and absent fallbacks, serialization and its rejection of
// corrupt bytes, and the superset promise against RE2.
#include "pipeline/engine/candidate_scanner.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace annals {
namespace {

std::vector<CandidateWindow> Windows(const CandidateScanner& s,
                                     std::string_view text) {
  std::vector<CandidateWindow> out;
  REQUIRE(s.Scan(text, &out));
  return out;
}

bool Covers(const std::vector<CandidateWindow>& ws, int rule, size_t pos) {
  return std::any_of(ws.begin(), ws.end(), [&](const CandidateWindow& w) {
    return w.rule == rule && w.begin <= pos && pos < w.end;
  });
}

// Every start of a non-empty RE2 match of patterns[i] is in a window of i.
void CheckSuperset(const std::vector<std::string>& patterns,
                   std::string_view text) {
  auto scanner = CandidateScanner::Compile(patterns);
  auto ws = Windows(*scanner, text);
  for (size_t i = 0; i < patterns.size(); ++i) {
    RE2 re(patterns[i]);
    REQUIRE(re.ok());
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      re2::StringPiece m;
      if (!re.Match(text, pos, text.size(), RE2::ANCHOR_START, &m, 1) ||
          m.empty())
        continue;
      INFO(patterns[i], " at ", pos);
      CHECK((scanner->mode(i) == CandidateScanner::Mode::kAbsent ||
             Covers(ws, static_cast<int>(i), pos)));
    }
  }
}

TEST_CASE("a two-rule stage: each rule's windows, from one scan") {
  auto s = CandidateScanner::Compile({R"(\d+ days)", "(?i)monday"});
  REQUIRE(s->size() == 2);
  CHECK(s->mode(0) == CandidateScanner::Mode::kExact);
  CHECK(s->mode(1) == CandidateScanner::Mode::kExact);
  auto ws = Windows(*s, "in 3 days, on Monday");
  REQUIRE(ws.size() == 2);
  CHECK(ws[0].rule == 0);  // \d+ is unbounded: any start before the end
  CHECK(ws[0].begin == 0);
  CHECK(ws[0].end == 9);
  CHECK(ws[1].rule == 1);  // six bytes wide: the six bytes before its end
  CHECK(ws[1].begin == 14);
  CHECK(ws[1].end == 20);
  CHECK(Windows(*s, "nothing here").empty());
}

TEST_CASE("the reports of one rule merge into one window when they touch") {
  auto s = CandidateScanner::Compile({R"(\d{1,3})"});
  auto ws = Windows(*s, "a 123 bcdef 4");
  REQUIRE(ws.size() == 2);
  CHECK(ws[0].begin == 0);  // ends 3, 4, 5, each reaching back 3 bytes
  CHECK(ws[0].end == 5);
  CHECK(ws[1].begin == 10);
  CHECK(ws[1].end == 13);
}

TEST_CASE("a construct Vectorscan rejects goes in as a prefilter") {
  // \C (any byte) has no Vectorscan equivalent; the rule stays in the
  // scan, widened, and its windows reach back its maximum width.
  auto s = CandidateScanner::Compile({R"(ab\Cd)", "x"});
  CHECK(s->mode(0) != CandidateScanner::Mode::kExact);
  CHECK(s->mode(1) == CandidateScanner::Mode::kExact);
  CheckSuperset({R"(ab\Cd)", "x"}, "zz abcd abxd x");
}

TEST_CASE("windows contain every RE2 match start (lexicons, classes, case)") {
  const std::vector<std::string> patterns = {
      R"((?i)\b(?:mon|tues)day\b)",
      R"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3})",
      R"((?P<n>\d{1,2}) (?:days?|weeks?) (?:ago|later))",
      R"([^,;]{0,20} met (?:with )?\x1eA\d+\x1f)",
      R"((?i)élysée)",
      R"(a$)",
  };
  CheckSuperset(patterns,
                "On Monday, José Ruiz met with \x1e" "A12\x1f; 3 days ago "
                "TUESDAY the ÉLYSÉE Palace said, Mondays aside. a");
}

TEST_CASE("malformed UTF-8 is not scanned") {
  auto s = CandidateScanner::Compile({"a"});
  std::vector<CandidateWindow> out;
  CHECK(!s->Scan("a\xff", &out));
  CHECK(IsValidUtf8("caf\xc3\xa9"));
  CHECK(!IsValidUtf8("\xc0\xaf"));      // overlong
  CHECK(!IsValidUtf8("\xed\xa0\x80"));  // surrogate
  CHECK(!IsValidUtf8("\xe2\x82"));      // truncated
}

TEST_CASE("a serialized scanner scans the same, corrupt bytes are refused") {
  const std::vector<std::string> patterns = {R"(\d+ days)", "(?i)monday"};
  auto s = CandidateScanner::Compile(patterns);
  const std::string bytes = s->Serialize();
  auto back = CandidateScanner::Deserialize(bytes, patterns.size());
  REQUIRE(back);
  auto a = Windows(*s, "in 3 days, on Monday");
  auto b = Windows(*back, "in 3 days, on Monday");
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].begin == b[i].begin);
    CHECK(a[i].end == b[i].end);
  }
  CHECK(!CandidateScanner::Deserialize(bytes, 3));
  CHECK(!CandidateScanner::Deserialize(bytes.substr(0, bytes.size() / 2), 2));
  std::string flipped = bytes;
  flipped[flipped.size() - 40] ^= 0x55;
  CHECK(!CandidateScanner::Deserialize(flipped, 2));
  CHECK(!CandidateScanner::Deserialize("", 2));
}

TEST_CASE("a scanner serves many threads at once") {
  auto s = CandidateScanner::Compile({R"(\d)"});
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        std::vector<CandidateWindow> out;
        if (s->Scan("1  2  3", &out) && out.size() == 3) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(ok == 800);
}

}  // namespace
}  // namespace annals
