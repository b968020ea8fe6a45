#include "pipeline/extract/facts_json.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

ArticleFacts Sample() {
  ArticleFacts f;
  f.doc = {"d1", "a.txt", "2021-03-12", "text", "dct.stamp", "Lisbon"};
  f.sentences = {{{0, 30}, 0}, {{31, 60}, 1}};
  Timex t;
  t.span = {10, 16};
  t.rule = "timex.weekday";
  t.type = "DATE";
  t.value = "2021-03-12";
  t.recipe = TimeRecipe("weekday", {{"day", "5"}});
  t.tense = Tense::kFuture;
  f.timexes = {t};
  f.places = {{{40, 46}, "place.city", "Lisbon", "city", 1}};
  f.actors = {{"Ana Ruiz", "person", {"Ruiz"}, {"Minister"}, "Portugal", {}},
              {"Portuguese delegation", "group", {}, {}, "Portugal", {0}}};
  f.actor_mentions = {{{0, 8}, "actor.person", 0, 0}};
  EventMention e;
  e.rule = "event.met";
  e.type = "meeting";
  e.label = "met";
  e.span = {0, 30};
  e.trigger = {9, 12};
  e.participants = {0, 1};
  e.when = 0;
  e.text = "Ana Ruiz met them on Friday.";
  f.events = {e};
  Position p;
  p.rule = "position.said";
  p.span = {31, 60};
  p.holder = 0;
  p.verb = "say";
  p.topic = "trade";
  f.positions = {p};
  return f;
}

TEST_CASE("Extract records round-trip through JSON") {
  ArticleFacts f = Sample();
  auto j = nlohmann::json::parse(FactsToJson(f).dump());
  auto back = FactsFromJson(j);
  REQUIRE(back.ok());
  CHECK(back->doc.place == "Lisbon");
  CHECK(back->timexes[0].recipe == f.timexes[0].recipe);
  CHECK(back->timexes[0].recipe.args() == TimeArgs{{"day", "5"}});
  CHECK(back->timexes[0].tense == Tense::kFuture);
  CHECK(back->actors[1].members == std::vector<int>{0});
  CHECK(back->events[0].participants == std::vector<int>{0, 1});
  CHECK(back->events[0].trigger == Span{9, 12});
  CHECK(back->positions[0].topic == "trade");
  // Serializing again gives the same bytes: shards assemble like one run.
  CHECK(FactsToJson(*back).dump() == FactsToJson(f).dump());
}

TEST_CASE("A separate encounter stays separate through JSON; others carry no flag") {
  ArticleFacts f = Sample();
  CHECK(FactsToJson(f).dump().find("separate") == std::string::npos);
  f.events[0].separate = true;
  auto back = FactsFromJson(nlohmann::json::parse(FactsToJson(f).dump()));
  REQUIRE(back.ok());
  CHECK(back->events[0].separate);
}

TEST_CASE("A record with a dangling index is rejected, not trusted") {
  auto j = nlohmann::json::parse(FactsToJson(Sample()).dump());
  j["events"][0]["participants"] = {0, 9};
  auto r = FactsFromJson(j);
  CHECK_FALSE(r.ok());
  CHECK(r.status().message().find("out of range") != std::string::npos);
}

TEST_CASE("A record missing a field names it") {
  auto j = nlohmann::json::parse(FactsToJson(Sample()).dump());
  j.erase("timexes");
  auto r = FactsFromJson(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("timexes") != std::string::npos);
}

}  // namespace
}  // namespace annals
