// TimeRecipe and RecipePool: how a timex's value is computed, held once.
//
// A recipe is a time function of time_functions.h and its arguments as
// rendered for one match: "weekday" with day=2 for "Tuesday". A timex
// keeps up to four (its value's, end's, point's and clock time's) so that
// assembly can resolve it again against another DCT. A huge article says
// the same few things thousands of times ("Monday", "last week"), so a
// recipe is an immutable value behind a shared pointer, and a RecipePool
// hands out one recipe for all equal ones of an article (issue 18: a
// 50 MB article held ~200,000 timexes, each with four recipes inline).
//
// Ownership: copies of a TimeRecipe share one immutable call; the last
// copy frees it, so a recipe outlives the pool that made it.
// Thread-safety: TimeRecipe is a value (copy and read it from any
// thread); a RecipePool serves one thread.
#ifndef ANNALS_PIPELINE_TIME_TIME_RECIPE_H_
#define ANNALS_PIPELINE_TIME_TIME_RECIPE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>

#include "pipeline/time/time_functions.h"

namespace annals {

class TimeRecipe {
 public:
  // No recipe: function "" and no arguments.
  TimeRecipe() = default;
  // Example: TimeRecipe r("weekday", {{"day", "2"}});
  TimeRecipe(std::string function, TimeArgs args);

  const std::string& function() const;
  const TimeArgs& args() const;
  bool empty() const { return call_ == nullptr; }

  // Equal function and arguments, whether shared or not.
  friend bool operator==(const TimeRecipe& a, const TimeRecipe& b);

 private:
  struct Call {
    std::string function;
    TimeArgs args;
  };
  std::shared_ptr<const Call> call_;  // null: no recipe
};

class RecipePool {
 public:
  // The pool's recipe equal to (function, args), made on first sight;
  // an empty recipe when both are empty.
  TimeRecipe Intern(std::string function, TimeArgs args);
  // Distinct recipes held.
  size_t size() const { return by_key_.size(); }

 private:
  std::unordered_map<std::string, TimeRecipe> by_key_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_TIME_TIME_RECIPE_H_
