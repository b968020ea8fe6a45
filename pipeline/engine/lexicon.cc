#include "pipeline/engine/lexicon.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>

namespace annals {
namespace {
const std::string kEmpty;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}
}  // namespace

const std::string& LexiconEntry::Field(const std::string& name) const {
  auto it = fields.find(name);
  return it == fields.end() ? kEmpty : it->second;
}

const std::string& LexiconEntry::Value() const {
  if (auto it = fields.find("value"); it != fields.end()) return it->second;
  if (auto it = fields.find("name"); it != fields.end()) return it->second;
  return forms.empty() ? kEmpty : forms.front();
}

std::string Lexicon::Key(std::string_view form) const {
  return case_insensitive_ ? Lower(form) : std::string(form);
}

Status Lexicon::Add(LexiconEntry entry, const SourceLocation& where) {
  for (const auto& form : entry.forms) {
    if (form.empty()) {
      return Status::RuleError(
          fmt::format("lexicon {}: empty form", name_), where);
    }
    auto [it, fresh] = index_.emplace(Key(form), entries_.size());
    if (!fresh) {
      return Status::RuleError(
          fmt::format("lexicon {}: form '{}' is listed twice", name_, form),
          where);
    }
  }
  entries_.push_back(std::move(entry));
  return Status::Ok();
}

const LexiconEntry* Lexicon::Find(std::string_view form) const {
  auto it = index_.find(Key(form));
  return it == index_.end() ? nullptr : &entries_[it->second];
}

std::string Lexicon::Alternation() const {
  std::vector<std::string> forms;
  for (const auto& e : entries_) {
    forms.insert(forms.end(), e.forms.begin(), e.forms.end());
  }
  // Longest first: RE2 alternation is leftmost-first, so "Sept." must be
  // tried before "Sep".
  std::stable_sort(forms.begin(), forms.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  // A case-sensitive lexicon stays so inside a case-insensitive rule
  // ("may" is no month where "Friday" and "friday" both are weekdays).
  std::string out = case_insensitive_ ? "(?i:" : "(?-i:";
  for (size_t i = 0; i < forms.size(); ++i) {
    if (i) out += '|';
    out += RE2::QuoteMeta(forms[i]);
  }
  if (forms.empty()) out += "[^\\x00-\\x{10FFFF}]";  // matches nothing
  out += ')';
  return out;
}

}  // namespace annals
