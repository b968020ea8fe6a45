#include "pipeline/engine/rule_contract.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "pipeline/engine/rule_book.h"
#include "pipeline/engine/template.h"

namespace annals {
namespace {

// Edit distance, capped: names are short and only near misses matter.
size_t Distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// The defined lexicon whose name is nearest `name`, if near enough to be a
// rename ("PRONOUNS", "SPEAKER_LINKS"), else nullptr.
const Lexicon* NearestLexicon(const RuleBook& book, const std::string& name) {
  const Lexicon* best = nullptr;
  size_t best_d = std::max<size_t>(3, name.size() / 3) + 1;
  for (const auto& [other, lex] : book.lexicons()) {
    size_t d = Distance(name, other);
    bool contains = other.find(name) != std::string::npos || name.find(other) != std::string::npos;
    if (contains) d = std::min<size_t>(d, 1);
    if (d < best_d) best = lex.get(), best_d = d;
  }
  return best;
}

void CheckLexicon(const RuleBook& book, const LexiconRead& read, const std::string& root,
                  Diagnostics* out) {
  const char* who = read.reader;
  const Lexicon* lex = book.lexicon(read.lexicon);
  if (!lex) {
    if (const Lexicon* near = NearestLexicon(book, read.lexicon)) {
      out->push_back(Status::RuleError(
          fmt::format("{} reads lexicon '{}', which is not defined "
                      "(is '{}' here a rename of it?)",
                      who, read.lexicon, near->name()),
          near->where()));
    } else {
      out->push_back(Status::RuleError(
          fmt::format("{} reads lexicon '{}', which no rule file defines", who,
                      read.lexicon),
          SourceLocation{root}));
    }
    return;
  }
  for (const std::string& form : read.forms) {
    if (!lex->Find(form)) {
      out->push_back(Status::RuleError(
          fmt::format("{} looks up '{}' in lexicon '{}', which has no such entry", who, form,
                      read.lexicon),
          lex->where()));
    }
  }
  for (const std::string& field : read.fields) {
    bool given = std::any_of(lex->entries().begin(), lex->entries().end(),
                             [&](const LexiconEntry& e) { return !e.Field(field).empty(); });
    if (!given) {
      out->push_back(Status::RuleError(
          fmt::format("{} reads field '{}' of lexicon '{}', which no entry gives",
                      who, field, read.lexicon),
          lex->where()));
    }
  }
}

void CheckCalls(const Rule& rule, const std::set<std::string>& known,
                const FieldLocator& locate, Diagnostics* out) {
  for (const char* field : {"value", "end", "point"}) {
    if (!rule.Has(field)) continue;
    auto call = Call::Parse(rule.Field(field).source());
    if (!call.ok()) {
      out->push_back(Status::RuleError(call.status().message(), locate(rule, field), rule.id));
    } else if (!known.count(call->function)) {
      out->push_back(Status::RuleError(
          fmt::format("unknown {} function '{}' (known: {})", field, call->function,
                      fmt::join(known, ", ")),
          locate(rule, field), rule.id));
    }
  }
}

}  // namespace

Diagnostics CheckContract(const RuleBook& book, const RuleContract& contract,
                          const FieldLocator& locate, const std::string& root) {
  Diagnostics out;
  std::set<std::string> seen;
  for (const LexiconRead& read : contract.lexicons) {
    if (!book.stages()[static_cast<int>(read.stage)]) continue;
    std::string key = fmt::format("{}/{}", read.reader, read.lexicon);
    if (seen.insert(key).second) CheckLexicon(book, read, root, &out);
  }
  if (contract.value_functions.empty()) return out;
  std::set<std::string> known(contract.value_functions.begin(), contract.value_functions.end());
  for (Stage stage : {Stage::kDct, Stage::kTimex}) {
    for (const Rule* rule : book.rules(stage)) CheckCalls(*rule, known, locate, &out);
  }
  return out;
}

}  // namespace annals
