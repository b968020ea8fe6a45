// Timex: a time expression found in an article, with its TIMEX3 value.
//
// A timex keeps its recipes (the rule's function and rendered arguments,
// time_recipe.h), so assembly can resolve it again when it learns a
// document's year.
//
// Ownership: the strings are the timex's own but its rule id; the rule
// id and the recipes are shared, immutable values (equal ones of an
// article are one: StringPool, RecipePool).
//
// Thread-safety: plain values.
#ifndef ANNALS_PIPELINE_TIME_TIMEX_H_
#define ANNALS_PIPELINE_TIME_TIMEX_H_

#include <cstddef>
#include <string>

#include "pipeline/base/shared_string.h"
#include "pipeline/base/span.h"
#include "pipeline/time/time_functions.h"
#include "pipeline/time/time_recipe.h"

namespace annals {

struct Timex {
  Span span;
  SharedString rule;  // shared by the article's timexes of this rule
  std::string type;   // DATE TIME DURATION SET
  std::string value;  // resolved against the document's DCT
  std::string end;    // a range's last value ("March 18 and 19"), or ""
  // TIMEX3 mod (START, MID, END, APPROX, ...) from the rule's `mod:`
  // ("early March" is 2021-03 with mod START), or "".
  std::string mod;
  // Where a range's two dates are written ("March 18", "19"), when the rule
  // marks them with `first_part` and `last_part` captures; TimeML tags
  // them apart. Empty spans otherwise.
  Span first_part;
  Span last_part;
  // The date a duration counted from the story reaches ("three days
  // later" after May 4: the 7th), or "": events and anchors take it.
  std::string point;
  size_t sentence = 0;
  // Recipes, to resolve again against another DCT: the value's, and the
  // end's and point's when the rule has them (else empty).
  TimeRecipe recipe;
  TimeRecipe end_recipe;
  TimeRecipe point_recipe;
  // A clock time said with this date ("tomorrow at 5pm", "Friday 22:00"):
  // its recipe; the value is then the date's day at that time.
  TimeRecipe clock_recipe;
  Tense tense = Tense::kPast;
  bool biased = false;  // `tense` is the caller's bias, not the text's
  bool narrative = false;
  // `anchor: sentence`: the story's day only when named in the same sentence.
  bool sentence_anchor = false;
  // Inside quotation marks in its sentence: reported speech, whose dates
  // ("closer today than on Monday") do not move the story's anchors.
  bool quoted = false;

  // The date this timex places things at: the point a counted duration
  // reaches, else the value. Example: for "two days later" after
  // "on May 4, 2021", value "P2D" and DateValue() "2021-05-06".
  const std::string& DateValue() const { return point.empty() ? value : point; }
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_TIME_TIMEX_H_
