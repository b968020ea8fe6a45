#include "pipeline/time/time_recipe.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

TEST_CASE("An empty recipe has no function and no arguments") {
  TimeRecipe none;
  CHECK(none.empty());
  CHECK(none.function().empty());
  CHECK(none.args().empty());
  CHECK(TimeRecipe("", {}).empty());
  CHECK(none == TimeRecipe());
}

TEST_CASE("A recipe keeps its function and arguments, and copies share them") {
  TimeRecipe r("weekday", {{"day", "2"}});
  CHECK_FALSE(r.empty());
  CHECK(r.function() == "weekday");
  CHECK(r.args() == TimeArgs{{"day", "2"}});
  TimeRecipe copy = r;
  CHECK(&copy.args() == &r.args());
  CHECK(copy == TimeRecipe("weekday", {{"day", "2"}}));
  CHECK_FALSE(r == TimeRecipe("weekday", {{"day", "3"}}));
}

TEST_CASE("A pool hands out one recipe for equal ones") {
  RecipePool pool;
  TimeRecipe a = pool.Intern("weekday", {{"day", "2"}});
  TimeRecipe b = pool.Intern("weekday", {{"day", "2"}});
  TimeRecipe c = pool.Intern("weekday", {{"day", "3"}});
  CHECK(&a.args() == &b.args());
  CHECK(&a.args() != &c.args());
  CHECK(pool.size() == 2);
  CHECK(pool.Intern("", {}).empty());
  CHECK(pool.size() == 2);
}

TEST_CASE("Pooled recipes whose strings join alike stay apart") {
  RecipePool pool;
  TimeRecipe a = pool.Intern("f", {{"b", "c"}});
  TimeRecipe b = pool.Intern("f", {{"bc", ""}});
  TimeRecipe c = pool.Intern("fb", {{"", "c"}});
  CHECK(a.args() == TimeArgs{{"b", "c"}});
  CHECK(b.args() == TimeArgs{{"bc", ""}});
  CHECK(c.function() == "fb");
  CHECK(pool.size() == 3);
}

TEST_CASE("A recipe outlives the pool that made it") {
  TimeRecipe kept;
  {
    RecipePool pool;
    kept = pool.Intern("duration", {{"amount", "3"}, {"unit", "M"}});
  }
  CHECK(kept.function() == "duration");
  CHECK(kept.args().size() == 2);
}

}  // namespace
}  // namespace annals
