#include "pipeline/base/shared_string.h"

#include <doctest/doctest.h>

#include <string>

namespace annals {
namespace {

TEST_CASE("A SharedString reads as its string") {
  SharedString none;
  CHECK(none.empty());
  CHECK(none.str().empty());
  SharedString s = "actor.person";
  CHECK(s.str() == "actor.person");
  CHECK(s == "actor.person");
  CHECK(s == SharedString(std::string("actor.person")));
  CHECK_FALSE(s == "actor.title");
  const std::string& as_string = s;  // where a std::string is read
  CHECK(as_string.size() == 12);
  CHECK(SharedString("").empty());
}

TEST_CASE("Copies of a SharedString share one string") {
  SharedString s = "timex.date.month_day";
  SharedString copy = s;
  CHECK(&copy.str() == &s.str());
  CHECK(&SharedString("timex.date.month_day").str() != &s.str());  // not pooled
}

TEST_CASE("A StringPool hands out one string for equal ones") {
  StringPool pool;
  SharedString a = pool.Intern("actor.person");
  SharedString b = pool.Intern(std::string("actor.") + "person");
  SharedString c = pool.Intern("coref.alias");
  CHECK(&a.str() == &b.str());
  CHECK(&a.str() != &c.str());
  CHECK(pool.size() == 2);
  CHECK(pool.Intern("").empty());
  CHECK(pool.size() == 2);
}

TEST_CASE("A pooled string outlives its pool") {
  SharedString kept;
  {
    StringPool pool;
    kept = pool.Intern("place.city");
  }
  CHECK(kept == "place.city");
}

}  // namespace
}  // namespace annals
