#include "pipeline/extract/word_order.h"

#include <charconv>
#include <string>
#include <utility>

namespace annals {
namespace {

constexpr const char* kLexicon = "WORD_ORDER";

// Entry name and the member it sets.
const std::pair<const char*, size_t WordOrder::*> kEntries[] = {
    {"date_before_toll", &WordOrder::date_before_toll},
    {"subject_words", &WordOrder::subject_words},
    {"sequence_words", &WordOrder::sequence_words},
    {"narrative_sentences", &WordOrder::narrative_sentences},
    {"unrealized_words", &WordOrder::unrealized_words},
    {"pair_sentences", &WordOrder::pair_sentences},
    {"statement_date_gap", &WordOrder::statement_date_gap},
    {"date_reach", &WordOrder::date_reach},
    {"participation_words", &WordOrder::participation_words},
};

size_t Number(const std::string& s) {
  size_t n = 0;
  std::from_chars(s.data(), s.data() + s.size(), n);
  return n;
}

}  // namespace

WordOrder WordOrder::From(const RuleBook& rules) {
  WordOrder order;
  const Lexicon* lex = rules.lexicon(kLexicon);
  if (!lex) return order;
  for (const auto& [name, member] : kEntries) {
    if (const LexiconEntry* e = lex->Find(name)) order.*member = Number(e->Value());
  }
  return order;
}

LexiconRead WordOrder::Read(Stage stage, const char* reader) {
  LexiconRead read{stage, reader, kLexicon, {"value"}, {}};
  for (const auto& [name, member] : kEntries) read.forms.push_back(name);
  return read;
}

}  // namespace annals
