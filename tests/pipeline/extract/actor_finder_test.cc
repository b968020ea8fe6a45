// ActorFinder with the bundled rules, on sentences of our own: titles and
// names, appositions, title-only references, and what is no actor.
#include "pipeline/extract/actor_finder.h"

#include <doctest/doctest.h>

#include "tests/bundled_rules.h"

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/engine/rule_book.h"

namespace annals {
namespace {

const Extractor& Bundled() { return testing::BundledExtractor(); }

ArticleFacts Extract(const std::string& text) {
  Article a = testing::MakeArticle(text, "2010-05-12");
  return Bundled().Extract(a);
}

const ArticleActor* Person(const ArticleFacts& f, const std::string& name) {
  for (const auto& a : f.actors) {
    if (a.kind == "person" && a.name == name) return &a;
  }
  return nullptr;
}

// How many mentions the person named `name` has; -1 when no such person.
int MentionsOf(const ArticleFacts& f, const std::string& name) {
  const ArticleActor* p = Person(f, name);
  if (!p) return -1;
  const int idx = static_cast<int>(p - f.actors.data());
  int n = 0;
  for (const auto& m : f.actor_mentions) n += m.actor == idx;
  return n;
}

int PersonCount(const ArticleFacts& f) {
  int n = 0;
  for (const auto& a : f.actors) n += a.kind == "person";
  return n;
}

TEST_CASE("persons are found by title, body title, apposition and verb") {
  struct Case {
    const char* text;
    const char* name;
    const char* affiliation;
  };
  const Case cases[] = {
      {"Peruvian Foreign Minister Ana Ruiz said the plan was sound.", "Ana Ruiz", "Peru"},
      {"She later met Chairman of the Harbour Council Jorge Salas Vela.", "Jorge Salas Vela", ""},
      {"The plan is sound, said head of the Chilean delegation Kim Sun-ho.", "Kim Sun-ho", "Chile"},
      {"Jorge Salas, a spokesman for the ministry, said the plan was sound.", "Jorge Salas", ""},
      {"Visiting former Peruvian prime minister, Ana Lopez, said the plan was sound.", "Ana Lopez", "Peru"},
      {"Tomas Vidal met the visiting envoy in Lima.", "Tomas Vidal", ""},
      {"Chilean President Tomas Vidal's visit ended.", "Tomas Vidal", "Chile"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    ArticleFacts f = Extract(c.text);
    const ArticleActor* a = Person(f, c.name);
    REQUIRE(a != nullptr);
    if (*c.affiliation) CHECK(a->affiliation == c.affiliation);
  }
}

TEST_CASE("a title without a name refers back to the person who holds it") {
  ArticleFacts f = Extract(
      "Chilean President Tomas Vidal arrived in Lima on Monday. "
      "The Chilean president then met Peruvian Foreign Minister Ana Ruiz.");
  CHECK(MentionsOf(f, "Tomas Vidal") == 2);
  CHECK(PersonCount(f) == 2);
}

TEST_CASE("a surname named only with a title goes on bare") {
  ArticleFacts f = Extract(
      "President Vidal spoke on Monday. Peruvian officials said Ruiz would "
      "arrive for talks with Vidal on Friday.");
  CHECK(MentionsOf(f, "Vidal") == 2);
}


TEST_CASE("the word after a royal title is a given name, not a known surname") {
  ArticleFacts f = Extract(
      "Prime Minister Luis Tomas spoke on Monday. Tomas then met King Tomas of "
      "Veldoria, and Tomas said the talks went well.");
  REQUIRE(Person(f, "Luis Tomas") != nullptr);
  REQUIRE(Person(f, "King Tomas") != nullptr);  // a person of his own
  CHECK(Person(f, "Luis Tomas")->titles == std::vector<std::string>{"Prime Minister"});
  // The bare word is the titled holder's once the king is named.
  CHECK(MentionsOf(f, "King Tomas") == 2);
}
TEST_CASE("an acronym of a name's last words is not the whole body's alias") {
  ArticleFacts f = Extract(
      "The Supreme Council of the Andean Harbour Union (AHU) met on Monday. "
      "The AHU said the talks went well.");
  for (const auto& a : f.actors) {
    if (a.name.rfind("Supreme Council", 0) == 0) CHECK(a.aliases.empty());
  }
}

TEST_CASE("a generic title refers back to the person of its rank") {
  struct Case {
    const char* text;
    const char* name;  // whom the second sentence's title stands for
  };
  const Case cases[] = {
      // "premier" is a head of government, as "Prime Minister" is.
      {"Peruvian Prime Minister Ana Ruiz met Chilean President Tomas Vidal. "
       "The Peruvian premier then left.", "Ana Ruiz"},
      // "leader" stands for a head of state or government.
      {"Peruvian Prime Minister Ana Ruiz met Chilean President Tomas Vidal. "
       "The Chilean leader then left.", "Tomas Vidal"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    ArticleFacts f = Extract(c.text);
    CHECK(MentionsOf(f, c.name) == 2);
    CHECK(PersonCount(f) == 2);
  }
  // A title no longer held is no reference: "the prime minister" is the
  // one in office, not the former one named after him.
  {
    ArticleFacts f = Extract(
        "Peruvian Prime Minister Ana Ruiz named former prime minister Tomas Vidal as envoy. "
        "The prime minister said he would serve well.");
    CHECK(MentionsOf(f, "Ana Ruiz") == 2);
  }
  // A deputy is no head: "the Chilean leader" is not the vice president.
  ArticleFacts f = Extract(
      "Chilean Vice President Tomas Vidal arrived. The Chilean leader was absent.");
  CHECK(MentionsOf(f, "Tomas Vidal") == 1);
}

TEST_CASE("a bare word of a person's name, first, middle or last, is that person") {
  struct Case {
    const char* text;
    const char* name;
  };
  const Case cases[] = {
      {"Chilean President Tomas Vidal arrived in Lima. Vidal met the press.", "Tomas Vidal"},
      {"Chilean President Xu Li arrived in Lima. Xu met the press.", "Xu Li"},
      // A story may go on with a middle name; "da" is no name of its own.
      {"Brazilian President Joao Pedro Lopes da Cunha arrived in Lima. Lopes met the press.",
       "Joao Pedro Lopes da Cunha"},
      // A rank after the post; "al-" is no part of the name a story goes on with.
      {"Sudanese army chief Gen. Omar al-Tayeb arrived in Lima. Tayeb met the press.",
       "Omar al-Tayeb"},
      // "Al-" before a capital: the story may go on with or without it.
      {"Sudanese army chief Gen. Omar Al-Tayeb arrived in Lima. Tayeb met the press.",
       "Omar Al-Tayeb"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    ArticleFacts f = Extract(c.text);
    CHECK(MentionsOf(f, c.name) == 2);
    CHECK(PersonCount(f) == 1);
  }
}

TEST_CASE("negatives: sentence starts, weekdays, bodies and numbers are no persons") {
  const char* texts[] = {
      "Friday Talks resumed in Lima.",
      "The Group of 20 met on Friday.",
      "Later Monday the delegation left.",
      "She met the vice director of the Asian Affairs Department on Friday.",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    CHECK(PersonCount(Extract(t)) == 0);
  }
}

TEST_CASE("the two sides are the heads of the delegations, when there are two") {
  ArticleFacts f = Extract("The two sides met on Monday. Tomas Vidal, head of the Chilean delegation, spoke. "
                           "Ana Ruiz, head of the Peruvian delegation, agreed.");
  const ArticleActor* sides = nullptr;
  for (const auto& a : f.actors) {
    if (a.kind == "group") sides = &a;
  }
  REQUIRE(sides != nullptr);
  REQUIRE(sides->members.size() == 2);
  CHECK(f.actors[sides->members[0]].name == "Tomas Vidal");
  CHECK(f.actors[sides->members[1]].name == "Ana Ruiz");
  // One head of delegation, or none, makes no members.
  for (const char* t : {"The two sides met on Monday. Tomas Vidal, head of the Chilean delegation, spoke.",
                        "The two sides met on Monday. Chilean President Tomas Vidal spoke."}) {
    CAPTURE(t);
    for (const auto& a : Extract(t).actors) CHECK(a.members.empty());
  }
}

TEST_CASE("people listed by country after a plural title") {
  ArticleFacts f = Extract("Guests were Presidents Ana Ruiz of Chile, Tomas de Vidal of Peru and Eva Sol of Bolivia.");
  for (const char* name : {"Ana Ruiz", "Tomas de Vidal", "Eva Sol"}) {
    CAPTURE(name);
    CHECK(Person(f, name) != nullptr);
  }
  // A body of a country is no person, and a plural title refers to no one.
  CHECK(PersonCount(Extract("Funds came from the state, Central Bank of Chile officials said.")) == 0);
  ArticleFacts g = Extract("Chief negotiator Tomas Vidal spoke. The chief negotiators will meet.");
  CHECK(g.actor_mentions.size() == 1);
}

TEST_CASE("affiliations compiled on first use agree across threads") {
  // A finder of its own: its affiliation RE2s are built by the first call,
  // here by several threads at once.
  const ActorFinder finder(Bundled().rules());
  const std::pair<const char*, const char*> cases[] = {
      {"member of the Communist Party of China", "China"},
      {"Peruvian Foreign Minister", "Peru"},
      {"head of the Chilean delegation", "Chile"},
      {"spokesman", ""},
  };
  std::vector<std::string> got(4 * std::size(cases));
  std::vector<std::thread> threads;
  for (size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = 0; i < std::size(cases); ++i)
        got[t * std::size(cases) + i] = finder.AffiliationOf(cases[i].first);
    });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < got.size(); ++i) CHECK(got[i] == cases[i % std::size(cases)].second);
}

}  // namespace
}  // namespace annals
