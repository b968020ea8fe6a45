// Template and Call: the small value language of rule fields.
//
// A Template is text with capture references: "$nat delegation",
// "$title.role". `$name` is the capture's value (the lexicon entry's value
// when the group is exactly a lexicon, else the matched text), `$name.field`
// a field of its lexicon entry, `$0` the whole match.
//
// A Call names a normalization function with template arguments:
//   date(year=$year, month=$month, day=$day)
// Arguments are flat (no nesting), so parsing needs no recursion. A field
// that is not of the form `name(...)` is the call literal(value=<template>).
//
// Thread-safety: immutable values.
#ifndef ANNALS_PIPELINE_ENGINE_TEMPLATE_H_
#define ANNALS_PIPELINE_ENGINE_TEMPLATE_H_

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/base/status.h"

namespace annals {

// Answers "$name.field" for a template; nullopt when the capture did not
// take part in the match (the template then renders as empty).
using CaptureLookup = std::function<std::optional<std::string>(
    const std::string& capture, const std::string& field)>;

class Template {
 public:
  struct Part {
    std::string literal;  // used when capture is empty
    std::string capture;
    std::string field;
  };

  Template() = default;
  // Example: Template::Parse("$nat delegation").Render(lookup) == "Chinese delegation".
  static Template Parse(std::string source);

  std::string Render(const CaptureLookup& lookup) const;
  // Every capture name the template refers to.
  std::vector<std::string> Captures() const;
  const std::string& source() const { return source_; }
  bool empty() const { return source_.empty(); }
  // True when the template is exactly one capture reference ("$when").
  bool IsSingleCapture() const;

 private:
  std::string source_;
  std::vector<Part> parts_;
};

struct Call {
  std::string function;
  std::vector<std::pair<std::string, Template>> args;

  // Parses "fn(a=$x, b=2)" or a plain template (as literal(value=...)).
  static Result<Call> Parse(const std::string& source);
  // The rendered arguments, in order.
  std::vector<std::pair<std::string, std::string>> Render(
      const CaptureLookup& lookup) const;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_TEMPLATE_H_
