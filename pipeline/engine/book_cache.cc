#include "pipeline/engine/book_cache.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>

#include "engine_fingerprint.h"
#include "pipeline/engine/byte_writer.h"
#include "pipeline/engine/candidate_plan.h"

namespace annals {
namespace {

// The body's first line: the layout below, and the engine code that wrote
// it (the key says so too; this guards a body read on its own, in tests).
constexpr std::string_view kHeader =
    "annals-book 1 " ANNALS_ENGINE_FINGERPRINT "\n";

void PutWhere(const SourceLocation& where, std::string* out) {
  PutString(where.file, out);
  PutNumber(static_cast<uint32_t>(where.line), out);
  PutNumber(static_cast<uint32_t>(where.column), out);
}

void PutMap(const std::map<std::string, std::string>& m, std::string* out) {
  PutNumber(m.size(), out);
  for (const auto& [k, v] : m) {
    PutString(k, out);
    PutString(v, out);
  }
}

void PutLexicon(const Lexicon& lex, std::string* out) {
  PutString(lex.name(), out);
  PutNumber(lex.case_insensitive() ? 1 : 0, out);
  PutWhere(lex.where(), out);
  PutNumber(lex.entries().size(), out);
  for (const LexiconEntry& e : lex.entries()) {
    PutNumber(e.forms.size(), out);
    for (const auto& form : e.forms) PutString(form, out);
    PutMap(e.fields, out);
  }
}

void PutExample(const RuleExample& ex, std::string* out) {
  PutWhere(ex.where, out);
  PutString(ex.text, out);
  PutNumber(ex.match ? 1 : 0, out);
  PutString(ex.match.value_or(""), out);
  PutMap(ex.expect, out);
  PutString(ex.dct, out);
  PutNumber(ex.reject ? 1 : 0, out);
}

// Lexicon links are written by name: the book holds one lexicon per name.
void PutRule(const Rule& r, std::string* out) {
  PutString(r.id, out);
  PutNumber(static_cast<uint64_t>(r.stage), out);
  PutWhere(r.where, out);
  PutNumber(static_cast<uint32_t>(r.priority), out);
  PutString(r.description, out);
  PutString(r.pattern_source, out);
  PutString(r.pattern, out);
  PutNumber(r.fields.size(), out);
  for (const auto& [key, tmpl] : r.fields) {
    PutString(key, out);
    PutString(tmpl.source(), out);
  }
  PutNumber(r.group_lexicons.size(), out);
  for (const auto& [group, lex] : r.group_lexicons) {
    PutString(group, out);
    PutString(lex->name(), out);
  }
  PutNumber(r.exclude.size(), out);
  for (const auto& [cap, lexicons] : r.exclude) {
    PutString(cap, out);
    PutNumber(lexicons.size(), out);
    for (const Lexicon* lex : lexicons) PutString(lex->name(), out);
  }
  PutNumber(r.blocks.size(), out);
  for (const auto& b : r.blocks) PutString(b, out);
  PutNumber(r.examples.size(), out);
  for (const auto& ex : r.examples) PutExample(ex, out);
  PutNumber(r.layer, out);
}

// Reads what the Put functions wrote. Every read is bounds-checked; the
// first failure makes ok() false for good, and the callers stop there.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  // What is left: the candidate plans, read by DecodePlan.
  std::string_view rest() const { return in_; }

  uint64_t Number() {
    uint64_t n = 0;
    for (int shift = 0; shift < 64 && !in_.empty(); shift += 7) {
      const unsigned char b = in_.front();
      in_.remove_prefix(1);
      n |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return n;
    }
    return Fail();
  }
  // A count of items, each at least one byte: more than the bytes left is
  // damage, and would make the caller reserve or loop for nothing.
  uint64_t Count() {
    const uint64_t n = Number();
    return n <= in_.size() ? n : Fail();
  }
  // An int written as its 32 bits (PutWhere, PutRule: lines, priority).
  int Int() {
    const uint64_t n = Number();
    if (n > UINT32_MAX) Fail();
    return static_cast<int>(static_cast<uint32_t>(n));
  }
  bool Bool() {
    const uint64_t n = Number();
    if (n > 1) Fail();
    return n == 1;
  }
  std::string String() {
    const uint64_t size = Number();
    if (size > in_.size()) {
      Fail();
      return {};
    }
    std::string s(in_.substr(0, size));
    in_.remove_prefix(size);
    return s;
  }
  SourceLocation Where() {
    SourceLocation w;
    w.file = String();
    w.line = Int();
    w.column = Int();
    return w;
  }
  std::map<std::string, std::string> Map() {
    std::map<std::string, std::string> m;
    for (uint64_t i = Count(); ok_ && i > 0; --i) {
      std::string k = String();
      m[std::move(k)] = String();
    }
    return m;
  }
  uint64_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }

 private:
  std::string_view in_;
  bool ok_ = true;
};

using Lexicons = std::map<std::string, std::unique_ptr<Lexicon>>;

std::unique_ptr<Lexicon> ReadLexicon(Reader* in) {
  std::string name = in->String();
  const bool insensitive = in->Bool();
  SourceLocation where = in->Where();
  auto lex = std::make_unique<Lexicon>(std::move(name), insensitive, where);
  for (uint64_t i = in->Count(); in->ok() && i > 0; --i) {
    LexiconEntry e;
    for (uint64_t f = in->Count(); in->ok() && f > 0; --f)
      e.forms.push_back(in->String());
    e.fields = in->Map();
    // Add rebuilds the form index; a form twice is damage, not a book.
    if (in->ok() && !lex->Add(std::move(e), where).ok()) in->Fail();
  }
  return in->ok() ? std::move(lex) : nullptr;
}

const Lexicon* Named(const Lexicons& lexicons, const std::string& name,
                     Reader* in) {
  auto it = lexicons.find(name);
  if (it != lexicons.end()) return it->second.get();
  in->Fail();
  return nullptr;
}

RuleExample ReadExample(Reader* in) {
  RuleExample ex;
  ex.where = in->Where();
  ex.text = in->String();
  const bool has_match = in->Bool();
  std::string match = in->String();
  if (has_match) ex.match = std::move(match);
  ex.expect = in->Map();
  ex.dct = in->String();
  ex.reject = in->Bool();
  return ex;
}

// The rule's links and lists after its scalars (PutRule's second half).
void ReadRuleLists(const Lexicons& lexicons, Reader* in, Rule* r) {
  for (uint64_t i = in->Count(); in->ok() && i > 0; --i) {
    std::string group = in->String();
    r->group_lexicons[std::move(group)] = Named(lexicons, in->String(), in);
  }
  for (uint64_t i = in->Count(); in->ok() && i > 0; --i) {
    auto& list = r->exclude[in->String()];
    for (uint64_t j = in->Count(); in->ok() && j > 0; --j)
      list.push_back(Named(lexicons, in->String(), in));
  }
  for (uint64_t i = in->Count(); in->ok() && i > 0; --i)
    r->blocks.push_back(in->String());
  for (uint64_t i = in->Count(); in->ok() && i > 0; --i)
    r->examples.push_back(ReadExample(in));
  r->layer = in->Number();
}

std::unique_ptr<Rule> ReadRule(const Lexicons& lexicons, StageMask stages,
                               Reader* in) {
  auto r = std::make_unique<Rule>();
  r->id = in->String();
  const uint64_t stage = in->Number();
  if (stage >= kStageCount || !stages[stage]) in->Fail();
  r->stage = static_cast<Stage>(stage);
  r->where = in->Where();
  r->priority = in->Int();
  r->description = in->String();
  r->pattern_source = in->String();
  r->pattern = in->String();
  for (uint64_t i = in->Count(); in->ok() && i > 0; --i) {
    std::string key = in->String();
    r->fields[std::move(key)] = Template::Parse(in->String());
  }
  // As RuleBookBuilder::Finish does: the value call from its field.
  if (in->ok() && r->Has("value")) {
    auto call = Call::Parse(r->fields["value"].source());
    if (!call.ok())
      in->Fail();
    else
      r->value = std::move(*call);
  }
  ReadRuleLists(lexicons, in, r.get());
  return in->ok() ? std::move(r) : nullptr;
}

}  // namespace

std::string BookCache::Key(
    const std::vector<std::vector<RuleBook::Source>>& layers, StageMask stages,
    const RuleContract& contract) {
  std::string key(kHeader);
  key += fmt::format("stages {}\n", stages.to_string());
  for (const LexiconRead& read : contract.lexicons) {
    PutNumber(static_cast<uint64_t>(read.stage), &key);
    PutString(read.reader, &key);
    PutString(read.lexicon, &key);
    PutNumber(read.fields.size(), &key);
    for (const auto& f : read.fields) PutString(f, &key);
    PutNumber(read.forms.size(), &key);
    for (const auto& f : read.forms) PutString(f, &key);
  }
  key += "\nfunctions\n";
  for (const auto& f : contract.value_functions) PutString(f, &key);
  key += "\nfiles\n";
  for (size_t layer = 0; layer < layers.size(); ++layer) {
    for (const RuleBook::Source& src : layers[layer]) {
      PutNumber(layer, &key);
      PutString(src.file, &key);
      PutString(src.text, &key);
    }
  }
  return key;
}

std::string BookCache::Encode(const RuleBook& book, std::string_view plans) {
  std::string out(kHeader);
  PutNumber(book.file_count_, &out);
  PutNumber(book.stages_.to_ulong(), &out);
  PutNumber(book.lexicons_.size(), &out);
  for (const auto& [name, lex] : book.lexicons_) PutLexicon(*lex, &out);
  PutNumber(book.rules_.size(), &out);
  for (const auto& rule : book.rules_) PutRule(*rule, &out);
  out.append(plans);
  return out;
}

std::shared_ptr<const RuleBook> BookCache::Decode(std::string_view bytes,
                                                  StageMask stages) {
  if (!bytes.starts_with(kHeader)) return nullptr;
  Reader in(bytes.substr(kHeader.size()));
  std::unique_ptr<RuleBook> book(new RuleBook());
  book->file_count_ = in.Number();
  if (in.Number() != stages.to_ulong()) return nullptr;
  book->stages_ = stages;
  for (uint64_t i = in.Count(); in.ok() && i > 0; --i) {
    auto lex = ReadLexicon(&in);
    if (!lex || book->lexicons_.count(lex->name())) return nullptr;
    book->lexicons_[lex->name()] = std::move(lex);
  }
  for (uint64_t i = in.Count(); in.ok() && i > 0; --i) {
    auto rule = ReadRule(book->lexicons_, stages, &in);
    if (!rule || !book->by_id_.emplace(rule->id, rule.get()).second)
      return nullptr;
    book->by_stage_[static_cast<int>(rule->stage)].push_back(rule.get());
    book->rules_.push_back(std::move(rule));
  }
  if (!in.ok()) return nullptr;
  std::string_view rest = in.rest();
  std::array<std::optional<CandidatePlan>, kStageCount> plans;
  for (int i = 0; i < kStageCount; ++i) {
    plans[i] = DecodePlan(&rest, book->by_stage_[i].size());
    if (!plans[i]) return nullptr;
  }
  if (!rest.empty()) return nullptr;
  for (int i = 0; i < kStageCount; ++i) {
    book->matchers_[i] = std::make_unique<StageMatcher>(book->by_stage_[i],
                                                        std::move(*plans[i]));
  }
  return std::shared_ptr<const RuleBook>(book.release());
}

std::shared_ptr<const RuleBook> BookCache::Get(const std::string& key,
                                               StageMask stages) const {
  auto bytes = store_.GetBook(key);
  return bytes ? Decode(*bytes, stages) : nullptr;
}

bool BookCache::Put(const std::string& key, const RuleBook& book,
                    std::string_view plans) const {
  return store_.PutBook(key, Encode(book, plans));
}

}  // namespace annals
