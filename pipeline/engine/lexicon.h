// Lexicon: a named list of surface forms with fields, loaded from rules/.
//
// Lexicons hold the knowledge of words: month names, titles, countries and
// their adjectives, reporting verbs, holidays. A rule pattern names one as
// {MONTH}; the pattern compiler replaces it by an alternation of the forms
// (longest first, escaped), and a capture group that is exactly `{MONTH}`
// resolves its text back to the entry, so `$month` yields the entry's
// `value` field (3 for "March") and `$month.field` any other field.
//
// Thread-safety: immutable after loading; share freely between threads.
#ifndef ANNALS_PIPELINE_ENGINE_LEXICON_H_
#define ANNALS_PIPELINE_ENGINE_LEXICON_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"

namespace annals {

struct LexiconEntry {
  std::vector<std::string> forms;
  // Scalar fields; nested YAML maps are flattened with dots ("dates.2021").
  std::map<std::string, std::string> fields;

  // The field, or "" when absent. Example: entry.Field("country").
  const std::string& Field(const std::string& name) const;
  // `value` if present, else `name`, else the first form.
  const std::string& Value() const;
};

class Lexicon {
 public:
  Lexicon(std::string name, bool case_insensitive, SourceLocation where)
      : name_(std::move(name)),
        case_insensitive_(case_insensitive),
        where_(std::move(where)) {}

  // Adds an entry; fails if one of its forms is already taken.
  Status Add(LexiconEntry entry, const SourceLocation& where);

  // The entry a surface form belongs to, or nullptr.
  // Example: months.Find("March")->Value() == "3".
  const LexiconEntry* Find(std::string_view form) const;

  // The RE2 alternation of every form, longest first, as a non-capturing
  // group: "(?:September|Sept\\.|Sep)".
  std::string Alternation() const;

  const std::string& name() const { return name_; }
  const SourceLocation& where() const { return where_; }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  bool case_insensitive() const { return case_insensitive_; }

 private:
  std::string Key(std::string_view form) const;

  std::string name_;
  bool case_insensitive_;
  SourceLocation where_;
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, size_t> index_;  // form key -> entry
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_LEXICON_H_
