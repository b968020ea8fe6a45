#include "pipeline/stage_matcher.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

namespace annals {
namespace {

TEST_CASE("RelaxForPrefilter widens counted repetitions only") {
  CHECK(RelaxForPrefilter("a{0,5}b{2}c{1,}d") == "a*b+c+d");
  CHECK(RelaxForPrefilter("[^,;]{0,160}?x") == "[^,;]*?x");
  // Braces of escapes, classes and literals stay.
  CHECK(RelaxForPrefilter(R"(\p{Lu}\x{2019}{2})") == R"(\p{Lu}\x{2019}+)");
  CHECK(RelaxForPrefilter("[{1,2}]{3}") == "[{1,2}]+");
  CHECK(RelaxForPrefilter("[]{]{2}") == "[]{]+");
  CHECK(RelaxForPrefilter("[[:alpha:]{]{0,2}") == "[[:alpha:]{]*");
  CHECK(RelaxForPrefilter(R"(\{1,2\}a{x})") == R"(\{1,2\}a{x})");
  CHECK(RelaxForPrefilter("{1,2}") == "{1,2}");
}

TEST_CASE("RelaxForPrefilter gives a language that contains the rule's") {
  const char* patterns[] = {
      R"((?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}), (?:an?|the) [^,;]{0,20}?\bminister\b)",
      R"(\b(?:[Tt]he )?(?:[A-Z][\w.-]* ){0,3}delegation\b)",
  };
  const char* texts[] = {"Wang Yi, the foreign minister, said", "the Chinese Foreign Ministry delegation",
                         "Wang Yi Zhang, a minister", "nothing here"};
  for (const char* p : patterns) {
    RE2 exact(p), relaxed(RelaxForPrefilter(p));
    REQUIRE(relaxed.ok());
    for (const char* t : texts) {
      if (RE2::PartialMatch(t, exact)) CHECK(RE2::PartialMatch(t, relaxed));
    }
  }
}

}  // namespace
}  // namespace annals
