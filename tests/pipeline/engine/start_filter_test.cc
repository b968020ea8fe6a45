#include "pipeline/engine/start_filter.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/engine/token_starts.h"

namespace annals {
namespace {

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

struct Case {
  const char* pattern;
  std::vector<std::string> pairs;
  const char* singles;  // first bytes after which anything may follow
};

// Bytes as they are: case-sensitive literals allow their own case only,
// (?i) both (and, for 'k' and 's', the first two bytes of the Kelvin sign
// and of the long s, which RE2 folds with them).
const Case kCases[] = {
    {"(?:[Tt]he )?(?:last|next) week", {"Th", "la", "ne", "th"}, ""},
    {"Jan\\w*", {"Ja"}, ""},
    {"(?i)MONDAY", {"MO", "Mo", "mO", "mo"}, ""},
    {"(?i:no)W", {"NO", "No", "nO", "no"}, ""},
    {"(?i:a)B", {"AB", "aB"}, ""},
    {"(?i)s", {"\xC5\xBF"}, "Ss"},
    {"U\\.S\\.-led", {"U."}, ""},
    {"\\d+ days", {}, "0123456789"},
    {"(?:a|an|\\d+) day", {"a ", "an"}, "0123456789"},
    {"\\b(?P<m>May|June),? \\d", {"Ju", "Ma"}, ""},
    {"\\x1eA[0-9]+\\x1f met", {"\x1e" "A"}, ""},
    {"(?:one|two){1,3} years", {"on", "tw"}, ""},
    {"x?y*", {"xy"}, "xy"},
    {"[AB][a-z]+", {}, "AB"},
    {"(?i)[AB][a-z]+", {}, "ABab"},
    {"\\p{Lu}\\p{Ll}+", {}, "ABCDEFGHIJKLMNOPQRSTUVWXYZ\x80"},
    {"(?i)\\p{Lu}", {}, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\x80"},
    {"S\xC3\xA3o", {"S\xC3"}, ""},
};

TEST_CASE("ReadPatternStart: two literal bytes, or the bytes of a class") {
  for (const Case& c : kCases) {
    CAPTURE(c.pattern);
    PatternStart s = ReadPatternStart(c.pattern);
    CHECK_FALSE(s.unknown);
    CHECK(Sorted(s.anywhere.pairs) == c.pairs);
    CHECK(s.line_start.pairs.empty());
    std::string singles = c.singles;
    if (singles.find('\x80') != std::string::npos) {
      singles.pop_back();  // stands for every non-ASCII byte
      for (int b = 0x80; b < 0x100; ++b) singles += static_cast<char>(b);
    }
    std::sort(singles.begin(), singles.end());
    CHECK(s.anywhere.singles == singles);
  }
}

TEST_CASE("ReadPatternStart: a match after ^ begins at a line start") {
  PatternStart s = ReadPatternStart("(?m)^(?:Published|[A-Z]{3,}) -");
  CHECK(s.anywhere.pairs.empty());
  CHECK(s.anywhere.singles.empty());
  CHECK(s.line_start.pairs == std::vector<std::string>{"Pu"});
  CHECK(s.line_start.singles == "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  PatternStart mixed = ReadPatternStart("(?:^|, )X");
  CHECK(mixed.line_start.singles == "X");
  CHECK(mixed.anywhere.pairs == std::vector<std::string>{", "});
  // "^" after text is no line start the filter can use.
  CHECK(ReadPatternStart("a^b").line_start.pairs.empty());
}

TEST_CASE("StartFilter lets line-start patterns through at line starts only") {
  StartFilter filter;
  const char* p = "(?m)^PARIS,";
  filter.Add(p, RE2(p));
  const std::string text = "PARIS, May 1\nIn PARIS, ...\nPARIS\nParis";
  CHECK(filter.MayStartAt(text, 0));
  CHECK_FALSE(filter.MayStartAt(text, 16));  // mid-line "PARIS"
  CHECK(filter.MayStartAt(text, 27));        // after the line break
  CHECK_FALSE(filter.MayStartAt(text, 33));  // "Paris": case counts
}

TEST_CASE("ReadPatternStart: syntax it does not follow is unknown") {
  CHECK(ReadPatternStart("\\Qliteral\\E").unknown);
  CHECK(ReadPatternStart("(unbalanced").unknown);
  CHECK(ReadPatternStart(".+ said").unknown);
  CHECK(ReadPatternStart("[^a-z]x").unknown);
}

// The promise StageMatcher relies on: wherever a pattern matches at a
// token start, the filter says it may.
TEST_CASE("StartFilter never rules out a token start where the RE2 matches") {
  const char* patterns[] = {
      "(?:[Tt]he )?(?:last|next) (?:week|month)",
      "(?i:early|late) (?:January|Jan\\.?)",
      "\\p{Lu}\\p{Ll}+ (?:met|visited)",
      "(?:São|Sao) Paulo",
      "\\d{1,2} (?:a\\.m\\.|p\\.m\\.)",
      "\xE2\x80\x9C[A-Z]",
      "(?i)(?:last|next) week",
      "(?i:the) (?-i:Last|NEXT)",
      "(?i)ko\\b",
      "(?i)soon",
      "[Tt]he [A-Z]\\p{Ll}+",
      "(?i)[a-c]x",
  };
  const std::string text =
      "The last week, LAST month and next week; early Jan. and late January. "
      "Ana met Bo, São Paulo and Sao Paulo at 10 a.m. "
      "\xE2\x80\x9CQuote\xE2\x80\x9D the lastly. LAST WEEK, Next Week, "
      "nExt wEEK; THE Last, the NEXT; OK, ok, oK, \xE2\x84\xAAO; "
      "SOON, \xC5\xBFoon; the Xavier, The Yard; AX bx Cx";
  for (const char* p : patterns) {
    CAPTURE(p);
    RE2 re(p);
    REQUIRE(re.ok());
    StartFilter filter;
    filter.Add(p, re);
    std::vector<size_t> starts;
    TokenStarts(text, &starts);
    int matched = 0;
    for (size_t pos : starts) {
      if (!re.Match(text, pos, text.size(), RE2::ANCHOR_START, nullptr, 0))
        continue;
      ++matched;
      CAPTURE(pos);
      CHECK(filter.MayStartAt(text, pos));
    }
    CHECK(matched > 0);
  }
}

TEST_CASE("StartFilter rules out words no pattern begins with") {
  StartFilter filter;
  const char* p = "(?:last|next) week";
  filter.Add(p, RE2(p));
  const std::string text = "the Last said Next n";
  CHECK_FALSE(filter.MayStartAt(text, 0));   // "the"
  CHECK_FALSE(filter.MayStartAt(text, 4));   // "Last": case counts
  CHECK_FALSE(filter.MayStartAt(text, 9));   // "said"
  CHECK_FALSE(filter.MayStartAt(text, 14));  // "Next"
  CHECK_FALSE(filter.MayStartAt(text, 19));  // "n" at the end of the text
  CHECK(filter.MayStartAt("the last week", 4));
}

TEST_CASE("StartFilter: capitals only for a capital class, both cases under (?i)") {
  StartFilter names;
  const char* name = "\\p{Lu}\\p{Ll}+ said";
  names.Add(name, RE2(name));
  const std::string text = "Ana said, and ana said; \xC3\x89lise said";
  CHECK(names.MayStartAt(text, 0));         // "Ana"
  CHECK_FALSE(names.MayStartAt(text, 10));  // "and": the common case ruled out
  CHECK_FALSE(names.MayStartAt(text, 14));  // "ana"
  CHECK(names.MayStartAt(text, 24));        // non-ASCII: maybe a capital

  StartFilter folded;
  const char* months = "(?i)(?:jan|feb)\\.";
  folded.Add(months, RE2(months));
  for (const char* word : {"jan.", "Jan.", "JAN.", "jAN.", "feb."})
    CHECK(folded.MayStartAt(word, 0));
  CHECK_FALSE(folded.MayStartAt("mar.", 0));
}

TEST_CASE("StartFilter falls back on RE2's first bytes for unknown syntax") {
  StartFilter filter;
  const char* p = "[^a-z]x";  // negated class: every byte but a-z... as RE2 says
  filter.Add(p, RE2(p));
  CHECK(filter.MayStartAt("Qx", 0));
  CHECK(filter.MayStartAt("7x", 0));
}

TEST_CASE("StartFilter: beginnings read beforehand allow what the text does") {
  const char* patterns[] = {"\\p{Lu}\\p{Ll}+ said", "(?i)(?:jan|feb)\\.",
                            "(?m)^Published", "[^a-z]x"};
  const char* texts[] = {"Ana said", "ana said", "JAN. 3", "Published",
                         "x\nPublished", "Qx", "qx", "\xC3\x89lise"};
  for (const char* p : patterns) {
    const RE2 re(p);
    StartFilter by_text, by_start;
    by_text.Add(p, re);
    by_start.Add(ReadPatternStart(p), [&re]() -> const RE2& { return re; });
    for (const char* t : texts) {
      const std::string_view text(t);
      for (size_t pos = 0; pos < text.size(); ++pos) {
        CAPTURE(p);
        CAPTURE(t);
        CHECK(by_text.MayStartAt(text, pos) == by_start.MayStartAt(text, pos));
      }
    }
  }
}

TEST_CASE("StartFilter: its bytes read back answer the same; other sizes refused") {
  StartFilter filter;
  filter.Add("(?m)^Published", RE2("(?m)^Published"));
  filter.Add("\\p{Lu}\\p{Ll}+", RE2("\\p{Lu}\\p{Ll}+"));
  const std::string bytes = filter.ToBytes();
  auto back = StartFilter::FromBytes(bytes);
  REQUIRE(back);
  const char* texts[] = {"Published", "x\nPublished", "ana Ana", "\xC3\x89lise"};
  for (const char* t : texts) {
    const std::string_view text(t);
    for (size_t pos = 0; pos < text.size(); ++pos) {
      CAPTURE(t);
      CAPTURE(pos);
      CHECK(back->MayStartAt(text, pos) == filter.MayStartAt(text, pos));
    }
  }
  CHECK_FALSE(StartFilter::FromBytes(bytes.substr(1)));
  CHECK_FALSE(StartFilter::FromBytes(bytes + "x"));
  CHECK_FALSE(StartFilter::FromBytes(""));
}

}  // namespace
}  // namespace annals
