// PositionFinder with the bundled rules, on sentences of our own: who holds
// a statement when its speaker is a pronoun.
#include "pipeline/extract/position_finder.h"

#include <doctest/doctest.h>

#include <string>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "tests/bundled_rules.h"

namespace annals {
namespace {

// The holder of the article's last statement, or "" when it has none.
std::string LastHolder(const std::string& text) {
  Article a = testing::MakeArticle(text, "2010-05-12");
  ArticleFacts f = testing::BundledExtractor().Extract(a);
  if (f.positions.empty() || f.positions.back().holder < 0) return "";
  return f.actors[f.positions.back().holder].name;
}

TEST_CASE("a pronoun speaker quoted before anyone else is the previous sentence's subject") {
  struct Case {
    const char* text;
    const char* holder;
  };
  const Case cases[] = {
      {"EU foreign policy chief Tomas Vidal deplored the attack on the "
       "crossing. \"We hope it will open soon,\" he told a press conference.",
       "Tomas Vidal"},
      // Not the subject: the person comes after a comma.
      {"After the attack, Tomas Vidal deplored the violence. \"We hope it "
       "will open soon,\" he told a press conference.",
       ""},
      // The previous sentence opens with no person.
      {"The attack on the crossing was deplored by Tomas Vidal. \"We hope "
       "it will open soon,\" he told a press conference.",
       ""},
      // A speaker quoted before stays the pronoun's referent.
      {"Ana Ruiz said the border was calm. Chilean President Tomas Vidal "
       "arrived. \"We hope it will open soon,\" she told a press conference.",
       "Ana Ruiz"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(LastHolder(c.text) == c.holder);
  }
}

}  // namespace
}  // namespace annals
