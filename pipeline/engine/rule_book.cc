// RuleBookBuilder reads YAML layers into a RuleBook in three passes:
// collect (macros, lexicons and rule nodes of every file, later layers
// overriding earlier ones), expand (macros in dependency order, found with
// Kahn's algorithm so a cycle is an error, not a stack overflow), compile
// (each rule's pattern into RE2, its fields into Templates and Calls,
// checked against the pattern's named groups).
#include "pipeline/engine/rule_book.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include "annals/parallel.h"
#include "engine_fingerprint.h"
#include "pipeline/engine/book_cache.h"
#include "pipeline/engine/rule_schema.h"
#include "pipeline/engine/yaml_source.h"

namespace annals {
namespace {

// {NAME} references: upper-case names, so RE2 repetitions like {2,3} pass.
const LazyRE2 kRefWhole = {R"((\{([A-Z][A-Z0-9_]*)\}))"};
// A named group whose whole body is one reference: (?P<month>{MONTH}).
const LazyRE2 kLexGroup = {
    R"(\(\?P<([A-Za-z_][A-Za-z0-9_]*)>\{([A-Z][A-Z0-9_]*)\}\))"};

// Macros that use each other twice per level double at every level; past
// this size an expansion could never fit RE2's memory budget anyway, so it
// is an error instead of gigabytes of pattern text.
constexpr size_t kMaxPatternBytes = size_t{8} << 20;
// Nested maps in a lexicon entry are flattened; YAML aliases can make a
// small file name a huge tree, so the flattening is bounded too.
constexpr size_t kMaxEntryFields = 10000;

struct MacroDef {
  std::string body;
  SourceLocation where;
};

// The tokens later stages see in place of earlier mentions (masked_text.h).
const std::map<std::string, std::string>& BuiltinMacros() {
  static const std::map<std::string, std::string> kBuiltins = {
      {"ACTOR", R"(\x1eA[0-9]+\x1f)"},
      {"TIMEX", R"(\x1eT[0-9]+\x1f)"},
      {"PLACE", R"(\x1eP[0-9]+\x1f)"},
  };
  return kBuiltins;
}

// "\p{L}" is a Unicode class, not a reference to {L}.
bool IsUnicodeClass(const char* begin, const char* brace) {
  return brace - begin >= 2 && (brace[-1] == 'p' || brace[-1] == 'P') &&
         brace[-2] == '\\';
}

std::vector<std::string> Refs(const std::string& pattern) {
  std::vector<std::string> out;
  re2::StringPiece in(pattern);
  re2::StringPiece whole;
  std::string name;
  while (RE2::FindAndConsume(&in, *kRefWhole, &whole, &name)) {
    if (!IsUnicodeClass(pattern.data(), whole.data())) out.push_back(name);
  }
  return out;
}

}  // namespace

class RuleBookBuilder {
 public:
  explicit RuleBookBuilder(Diagnostics* diags) : diags_(diags) {}

  // Pass 0 reads macros and lexicons, pass 1 the rules, so a rule may use
  // a lexicon defined in a file that sorts after its own.
  void AddFile(const YamlSource& src, size_t layer, int pass);
  std::shared_ptr<const RuleBook> Build(size_t file_count, StageMask stages,
                                        const RuleContract& contract, const std::string& root);
  // Uses `cache` to remember, under `key` (the exact rule text and stages;
  // Build adds the expanded patterns), that this very text loaded before
  // without a message: the load-time RE2 checks (pattern compiles, named
  // groups exist) are then skipped and each rule's RE2 is compiled on
  // first use (Rule::re). Without a cache every rule is compiled and
  // checked up front, as `annals rules check` and `rules test` do.
  // A book built without a message is also stored whole under `book_key`
  // (BookCache::Key), for the next load of the same files to read back.
  void UseCache(const YamlCache* cache, std::string key, std::string book_key) {
    cache_ = cache;
    cache_key_ = std::move(key);
    book_key_ = std::move(book_key);
  }

 private:
  void AddLexicons(const YamlSource& src, const YAML::Node& node, size_t layer);
  void AddLexicon(const YamlSource& src, const std::string& name,
                  const YAML::Node& node);
  void AddMapEntries(const YamlSource& src, Lexicon* lex,
                     const YAML::Node& entries);
  void AddEntry(const YamlSource& src, Lexicon* lex, const YAML::Node& item);
  void AddMacros(const YamlSource& src, const YAML::Node& node, size_t layer);
  // False (and an error) when `name` was already defined in this layer.
  bool FirstInLayer(const char* what, const std::string& name,
                    const SourceLocation& where, size_t layer);
  void AddRules(const YamlSource& src, Stage stage, const YAML::Node& list,
                size_t layer);
  void AddRule(const YamlSource& src, Stage stage, const YAML::Node& node,
               size_t layer);
  std::unique_ptr<Rule> ReadRule(const YamlSource& src, Stage stage,
                                 const YAML::Node& node, size_t layer);
  void ReadFields(const YamlSource& src, const YAML::Node& node, Rule* rule);
  void ReadExclude(const YamlSource& src, const YAML::Node& node, Rule* rule);
  void PlaceRule(std::unique_ptr<Rule> rule, size_t layer);
  void ReadExamples(const YamlSource& src, const YAML::Node& node, Rule* rule);
  // Where a rule's field is written (the rule's own start if unknown).
  SourceLocation FieldWhere(const Rule* rule, const std::string& field) const;
  void ExpandMacros();
  std::string CyclePath(const std::string& start,
                        const std::map<std::string, int>& pending);
  std::string Expand(const std::string& pattern, const SourceLocation& where,
                     const std::string& rule_id);
  // The alternation of `lex`, made on its first use in this build (a
  // lexicon is used by many macros and rules; sorting and quoting its
  // thousands of forms each time was near a tenth of a warm start).
  const std::string& AlternationOf(const Lexicon& lex);
  // Expands a rule's macros and lexicons into its final pattern.
  void Prepare(Rule* rule);
  // Compiles every rule's pattern (in parallel).
  void CompilePatterns();
  // Reports compile errors, links lexicon groups, parses the value call.
  void Finish(Rule* rule);
  // Links the groups of `source` that are exactly a lexicon, and those of
  // the macros it uses ("EDGE: (?P<edge>{EDGE_MOD})[- ]?"), so `$edge`
  // renders the entry's value wherever the group is written.
  void LinkLexiconGroups(const std::string& source, Rule* rule, int depth);
  void CheckCaptures(Rule* rule);
  // Whether the cache holds the entry for cache_key_ that an earlier load
  // wrote once every check had passed; if so, plans_ holds the candidate
  // plans it saved.
  bool Vouched();
  // One StageMatcher per stage, from plans_ when vouched; else vouches for
  // the text in the cache, with the plans made here. With a cache, the
  // plans' bytes are kept in plan_bytes_ for the book entry.
  void BuildMatchers();
  void Error(std::string msg, SourceLocation where, std::string rule = {}) {
    diags_->push_back(
        Status::RuleError(std::move(msg), std::move(where), std::move(rule)));
  }

  Diagnostics* diags_;
  const YamlCache* cache_ = nullptr;
  std::string cache_key_;
  std::string book_key_;
  std::string plan_bytes_;  // each stage's EncodePlan, in stage order
  bool vouched_ = false;
  // Each stage's candidate plan (candidate_plan.h), read with the vouching
  // entry or made by BuildMatchers.
  std::array<std::optional<CandidatePlan>, kStageCount> plans_;
  std::unique_ptr<RuleBook> book_{new RuleBook()};
  std::map<std::string, MacroDef> macros_;
  std::map<std::string, std::string> expanded_;
  // Lexicon -> its alternation; lexicons no longer change once Build runs.
  std::map<const Lexicon*, std::string> alternations_;
  std::map<std::string, std::pair<size_t, size_t>>
      rule_slot_;  // id -> (index, layer)
  // Rule -> field -> where its value is written, for precise messages.
  std::map<const Rule*, std::map<std::string, SourceLocation>> field_where_;
  // "lexicon L" / "macro M" -> (layer, where) of its latest definition.
  std::map<std::string, std::pair<size_t, SourceLocation>> defined_;
};

void RuleBookBuilder::AddFile(const YamlSource& src, size_t layer, int pass) {
  const YAML::Node& root = src.root();
  if (root.IsNull()) return;
  if (!root.IsMap()) {
    if (pass == 1) return;
    Error(
        "a rule file must be a map of sections (macros, lexicons, timex, ...)",
        src.Where(root));
    return;
  }
  std::vector<std::string> known = {"description", "macros", "lexicons"};
  for (int i = 0; i < kStageCount; ++i)
    known.push_back(StageName(static_cast<Stage>(i)));
  if (pass == 0) src.CheckKeys(root, known, "a rule file", "", diags_);
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    if (pass == 0 && key == "macros") AddMacros(src, kv.second, layer);
    if (pass == 0 && key == "lexicons") AddLexicons(src, kv.second, layer);
    auto stage = StageFromName(key);
    if (pass == 1 && stage) AddRules(src, *stage, kv.second, layer);
  }
}

bool RuleBookBuilder::FirstInLayer(const char* what, const std::string& name,
                                   const SourceLocation& where, size_t layer) {
  std::string key = fmt::format("{} {}", what, name);
  auto it = defined_.find(key);
  if (it != defined_.end() && it->second.first == layer) {
    Error(
        fmt::format(
            "{} is already defined at {}:{} (in one rules directory a name is "
            "defined once; a later directory may override it)",
            key, it->second.second.file, it->second.second.line),
        where);
    return false;
  }
  defined_[key] = {layer, where};
  return true;
}

void RuleBookBuilder::AddMacros(const YamlSource& src, const YAML::Node& node,
                                size_t layer) {
  if (!node.IsMap())
    return Error("macros must be a map NAME: pattern", src.Where(node));
  for (const auto& kv : node) {
    const std::string name = kv.first.Scalar();
    if (!RE2::FullMatch(name, "[A-Z][A-Z0-9_]*")) {
      Error(fmt::format("macro name '{}' must be UPPER_SNAKE_CASE", name),
            src.Where(kv.first));
      continue;
    }
    if (!FirstInLayer("macro", name, src.Where(kv.first), layer)) continue;
    if (auto body = src.Scalar(kv.second, "macro " + name, diags_)) {
      macros_[name] = {*body, src.Where(kv.second)};  // later layers override
    }
  }
}

void RuleBookBuilder::AddLexicons(const YamlSource& src, const YAML::Node& node,
                                  size_t layer) {
  if (!node.IsMap())
    return Error("lexicons must be a map NAME: {entries: ...}",
                 src.Where(node));
  for (const auto& kv : node) {
    if (FirstInLayer("lexicon", kv.first.Scalar(), src.Where(kv.first),
                     layer)) {
      AddLexicon(src, kv.first.Scalar(), kv.second);
    }
  }
}

void RuleBookBuilder::AddLexicon(const YamlSource& src, const std::string& name,
                                 const YAML::Node& node) {
  if (!RE2::FullMatch(name, "[A-Z][A-Z0-9_]*")) {
    return Error(
        fmt::format("lexicon name '{}' must be UPPER_SNAKE_CASE", name),
        src.Where(node));
  }
  if (!node.IsMap())
    return Error("lexicon " + name + " must be a map with entries:",
                 src.Where(node));
  src.CheckKeys(node, {"description", "case", "entries"}, "lexicon " + name, "",
                diags_);
  const YAML::Node casing = node["case"];
  if (casing && !(casing.IsScalar() && (casing.Scalar() == "sensitive" ||
                                        casing.Scalar() == "insensitive"))) {
    Error("lexicon " + name + ": case must be 'sensitive' or 'insensitive'",
          src.Where(casing));
  }
  bool insensitive =
      casing && casing.IsScalar() && casing.Scalar() == "insensitive";
  auto lex = std::make_unique<Lexicon>(name, insensitive, src.Where(node));
  const YAML::Node entries = node["entries"];
  if (!entries) {
    Error("lexicon " + name + " has no entries:", src.Where(node));
  } else if (entries.IsMap()) {
    AddMapEntries(src, lex.get(), entries);
  } else if (entries.IsSequence()) {
    for (const auto& item : entries) AddEntry(src, lex.get(), item);
  } else {
    Error("entries of lexicon " + name + " must be a list or a map",
          src.Where(entries));
  }
  book_->lexicons_[name] = std::move(lex);  // later layers override
}

// The shorthand `entries: {form: value, ...}`.
void RuleBookBuilder::AddMapEntries(const YamlSource& src, Lexicon* lex,
                                    const YAML::Node& entries) {
  for (const auto& kv : entries) {
    LexiconEntry e{{kv.first.Scalar()}, {}};
    if (kv.second.IsScalar()) {
      e.fields["value"] = kv.second.Scalar();
    } else if (!kv.second.IsNull()) {
      Error(fmt::format("lexicon {}: the value of '{}' must be a string",
                        lex->name(), kv.first.Scalar()),
            src.Where(kv.second));
      continue;
    }
    Status s = lex->Add(std::move(e), src.Where(kv.first));
    if (!s.ok()) diags_->push_back(s);
  }
}

void RuleBookBuilder::AddEntry(const YamlSource& src, Lexicon* lex,
                               const YAML::Node& item) {
  LexiconEntry e;
  if (item.IsScalar()) {
    e.forms.push_back(item.Scalar());
  } else if (item.IsMap()) {
    // Flatten nested maps iteratively ("dates.2021"), never recursively.
    std::deque<std::pair<std::string, YAML::Node>> todo;
    for (const auto& kv : item) todo.emplace_back(kv.first.Scalar(), kv.second);
    while (!todo.empty()) {
      if (todo.size() + e.fields.size() > kMaxEntryFields) {
        return Error(fmt::format("lexicon {}: entry has more than {} fields",
                                 lex->name(), kMaxEntryFields),
                     src.Where(item));
      }
      auto [key, value] = todo.front();
      todo.pop_front();
      if (key == "forms" || key == "form") {
        auto forms = src.StringList(value, "forms", diags_);
        e.forms.insert(e.forms.end(), forms.begin(), forms.end());
      } else if (value.IsMap()) {
        for (const auto& kv : value)
          todo.emplace_back(key + "." + kv.first.Scalar(), kv.second);
      } else if (value.IsScalar()) {
        e.fields[key] = value.Scalar();
      } else if (value.IsSequence()) {
        auto items = src.StringList(
            value, "lexicon " + lex->name() + " field " + key, diags_);
        e.fields[key] = fmt::format("{}", fmt::join(items, "|"));
      }
    }
    if (e.forms.empty())
      return Error("lexicon " + lex->name() + ": entry has no forms:",
                   src.Where(item));
  } else {
    return Error(
        "lexicon " + lex->name() + ": an entry must be a string or a map",
        src.Where(item));
  }
  Status s = lex->Add(std::move(e), src.Where(item));
  if (!s.ok()) diags_->push_back(s);
}

void RuleBookBuilder::AddRules(const YamlSource& src, Stage stage,
                               const YAML::Node& list, size_t layer) {
  if (!list.IsSequence()) {
    return Error(
        fmt::format("section {} must be a list of rules", StageName(stage)),
        src.Where(list));
  }
  for (const auto& node : list) AddRule(src, stage, node, layer);
}

void RuleBookBuilder::AddRule(const YamlSource& src, Stage stage,
                              const YAML::Node& node, size_t layer) {
  size_t first = diags_->size();
  auto rule = ReadRule(src, stage, node, layer);
  // YamlSource's type errors know the node, not the rule: add its id.
  for (size_t i = first; rule && i < diags_->size(); ++i) {
    Status& d = (*diags_)[i];
    if (d.rule_id().empty())
      d = Status::RuleError(d.message(), d.where(), rule->id);
  }
  if (rule) PlaceRule(std::move(rule), layer);
}

std::unique_ptr<Rule> RuleBookBuilder::ReadRule(const YamlSource& src,
                                                Stage stage,
                                                const YAML::Node& node,
                                                size_t layer) {
  if (!node.IsMap()) {
    Error("a rule must be a map with id: and pattern:", src.Where(node));
    return nullptr;
  }
  auto rule = std::make_unique<Rule>();
  rule->stage = stage;
  rule->layer = layer;
  rule->where = src.Where(node);
  if (node["id"] && node["id"].IsScalar()) rule->id = node["id"].Scalar();
  if (rule->id.empty()) {
    Error("rule without an id: (a string)", rule->where);
    return nullptr;
  }
  const RuleSchema& schema = SchemaFor(stage);
  const char* name = StageName(stage);
  const char* article =
      std::string_view("aeiou").find(name[0]) == std::string_view::npos ? "a"
                                                                        : "an";
  src.CheckKeys(node, schema.AllKeys(),
                fmt::format("{} {} rule", article, name), rule->id, diags_);
  for (const auto& key : schema.required) {
    if (!node[key])
      Error(fmt::format("missing required field '{}'", key), rule->where,
            rule->id);
  }
  ReadFields(src, node, rule.get());
  if (node["blocks"])
    rule->blocks = src.StringList(node["blocks"], "blocks", diags_);
  if (node["exclude"]) ReadExclude(src, node["exclude"], rule.get());
  if (node["examples"]) ReadExamples(src, node["examples"], rule.get());
  return rule;
}

void RuleBookBuilder::ReadFields(const YamlSource& src, const YAML::Node& node,
                                 Rule* rule) {
  auto& where = field_where_[rule];
  where.clear();  // a recycled address must not keep an old rule's places
  for (const auto& kv : node) {
    const std::string key = kv.first.Scalar();
    where[key] = src.Where(kv.second);
    if (key == "id" || key == "examples" || key == "exclude" || key == "blocks")
      continue;
    if (key == "priority") {
      rule->priority = src.Int(kv.second, "priority", diags_).value_or(0);
    } else if (auto text = src.Scalar(kv.second, key, diags_)) {
      if (key == "pattern")
        rule->pattern_source = *text;
      else if (key == "description")
        rule->description = *text;
      else
        rule->fields[key] = Template::Parse(*text);
    }
  }
}

void RuleBookBuilder::ReadExclude(const YamlSource& src, const YAML::Node& node,
                                  Rule* rule) {
  if (!node.IsMap()) {
    return Error("exclude must map a capture to lexicon names", src.Where(node),
                 rule->id);
  }
  for (const auto& kv : node) {
    for (const auto& lex : src.StringList(kv.second, "exclude", diags_)) {
      const Lexicon* l = book_->lexicon(lex);
      if (!l)
        Error("exclude names unknown lexicon " + lex, src.Where(kv.second),
              rule->id);
      else
        rule->exclude[kv.first.Scalar()].push_back(l);
    }
  }
}

void RuleBookBuilder::PlaceRule(std::unique_ptr<Rule> rule, size_t layer) {
  auto slot = rule_slot_.find(rule->id);
  if (slot == rule_slot_.end()) {
    rule_slot_[rule->id] = {book_->rules_.size(), layer};
    book_->rules_.push_back(std::move(rule));
    return;
  }
  const Rule& first = *book_->rules_[slot->second.first];
  if (slot->second.second == layer) {
    field_where_.erase(rule.get());
    return Error(fmt::format("duplicate rule id '{}' (first defined at {}:{})",
                             rule->id, first.where.file, first.where.line),
                 rule->where, rule->id);
  }
  field_where_.erase(&first);
  book_->rules_[slot->second.first] =
      std::move(rule);  // a later layer overrides
  slot->second.second = layer;
}

SourceLocation RuleBookBuilder::FieldWhere(const Rule* rule,
                                           const std::string& field) const {
  auto r = field_where_.find(rule);
  if (r == field_where_.end()) return rule->where;
  auto f = r->second.find(field);
  return f == r->second.end() ? rule->where : f->second;
}

void RuleBookBuilder::ReadExamples(const YamlSource& src,
                                   const YAML::Node& node, Rule* rule) {
  if (!node.IsSequence())
    return Error("examples must be a list", src.Where(node), rule->id);
  for (const auto& item : node) {
    RuleExample ex;
    ex.where = src.Where(item);
    if (item.IsScalar()) {
      ex.text = item.Scalar();
      rule->examples.push_back(std::move(ex));
      continue;
    }
    if (!item.IsMap() || !item["text"]) {
      Error("an example needs text:", ex.where, rule->id);
      continue;
    }
    for (const auto& kv : item) {
      const std::string key = kv.first.Scalar();
      if (!kv.second.IsScalar()) {
        Error("example field " + key + " must be a string",
              src.Where(kv.second), rule->id);
      } else if (key == "text")
        ex.text = kv.second.Scalar();
      else if (key == "match")
        ex.match = kv.second.Scalar();
      else if (key == "dct")
        ex.dct = kv.second.Scalar();
      else if (key == "reject")
        ex.reject = kv.second.Scalar() == "true";
      else
        ex.expect[key] = kv.second.Scalar();
    }
    rule->examples.push_back(std::move(ex));
  }
}

void RuleBookBuilder::ExpandMacros() {
  // Kahn's algorithm over macro -> referenced macro edges.
  std::map<std::string, std::vector<std::string>> users;
  std::map<std::string, int> pending;
  for (const auto& [name, def] : macros_) {
    pending[name] = 0;
    for (const auto& ref : Refs(def.body)) {
      if (macros_.count(ref)) {
        users[ref].push_back(name);
        ++pending[name];
      }
    }
  }
  std::deque<std::string> ready;
  for (const auto& [name, n] : pending) {
    if (n == 0) ready.push_back(name);
  }
  while (!ready.empty()) {
    std::string name = ready.front();
    ready.pop_front();
    expanded_[name] = Expand(macros_[name].body, macros_[name].where, "");
    for (const auto& user : users[name]) {
      if (--pending[user] == 0) ready.push_back(user);
    }
  }
  for (const auto& [name, n] : pending) {
    if (n > 0) {
      Error(fmt::format("macro {} is part of a cycle of macro references ({})",
                        name, CyclePath(name, pending)),
            macros_[name].where);
    }
  }
}

// "A -> B -> A": follows unexpanded references from `start` until a macro
// repeats (iteratively; the walk is at most one step per macro).
std::string RuleBookBuilder::CyclePath(
    const std::string& start, const std::map<std::string, int>& pending) {
  std::vector<std::string> path = {start};
  std::set<std::string> seen = {start};
  for (size_t step = 0; step <= macros_.size(); ++step) {
    std::string next;
    for (const auto& ref : Refs(macros_[path.back()].body)) {
      auto it = pending.find(ref);
      if (it != pending.end() && it->second > 0) {
        next = ref;
        break;
      }
    }
    if (next.empty()) break;
    path.push_back(next);
    if (!seen.insert(next).second) break;
  }
  return fmt::format("{}", fmt::join(path, " -> "));
}

std::string RuleBookBuilder::Expand(const std::string& pattern,
                                    const SourceLocation& where,
                                    const std::string& rule_id) {
  std::string out;
  re2::StringPiece in(pattern);
  const char* last = in.data();
  re2::StringPiece whole;
  std::string name;
  while (RE2::FindAndConsume(&in, *kRefWhole, &whole, &name)) {
    out.append(last, whole.data() - last);
    last = whole.data() + whole.size();
    if (IsUnicodeClass(pattern.data(), whole.data())) {
      out.append(whole.data(), whole.size());
    } else if (auto m = expanded_.find(name); m != expanded_.end()) {
      out += "(?:" + m->second + ")";
    } else if (macros_.count(name)) {
      out += "(?:)";  // part of a cycle, reported by ExpandMacros
    } else if (const Lexicon* lex = book_->lexicon(name)) {
      out += AlternationOf(*lex);
    } else if (auto b = BuiltinMacros().find(name);
               b != BuiltinMacros().end()) {
      out += b->second;
    } else {
      Error("pattern refers to undefined macro or lexicon {" + name + "}",
            where, rule_id);
    }
    if (out.size() > kMaxPatternBytes) {
      Error(fmt::format(
                "pattern expands to more than {} MB of RE2 syntax (macros used "
                "repeatedly inside each other?)",
                kMaxPatternBytes >> 20),
            where, rule_id);
      return "";
    }
  }
  out.append(last, in.data() + in.size() - last);
  return out;
}

const std::string& RuleBookBuilder::AlternationOf(const Lexicon& lex) {
  auto [it, fresh] = alternations_.try_emplace(&lex);
  if (fresh) it->second = lex.Alternation();
  return it->second;
}

void RuleBookBuilder::Prepare(Rule* rule) {
  rule->pattern =
      Expand(rule->pattern_source, FieldWhere(rule, "pattern"), rule->id);
  bool insensitive = rule->fields.count("case") &&
                     rule->fields["case"].source() == "insensitive";
  if (insensitive) rule->pattern = "(?i)" + rule->pattern;
}

void RuleBookBuilder::CompilePatterns() {
  // RE2 compilation is most of loading and each pattern is independent:
  // compile on every core (outputs never depend on it).
  auto& rules = book_->rules_;
  ParallelFor(rules.size(), DefaultJobs(),
              [&rules](size_t i) { rules[i]->re(); });
}

void RuleBookBuilder::LinkLexiconGroups(const std::string& source, Rule* rule,
                                        int depth) {
  re2::StringPiece in(source);
  std::string group, lex;
  while (RE2::FindAndConsume(&in, *kLexGroup, &group, &lex)) {
    if (const Lexicon* l = book_->lexicon(lex)) rule->group_lexicons[group] = l;
  }
  // Macro cycles are reported elsewhere; the depth bound only stops them.
  if (depth > 8) return;
  for (const auto& ref : Refs(source)) {
    if (auto m = macros_.find(ref); m != macros_.end())
      LinkLexiconGroups(m->second.body, rule, depth + 1);
  }
}

void RuleBookBuilder::Finish(Rule* rule) {
  if (!vouched_ && !rule->re().ok()) {
    Error("pattern does not compile: " + rule->re().error(),
          FieldWhere(rule, "pattern"), rule->id);
    return;
  }
  LinkLexiconGroups(rule->pattern_source, rule, 0);
  if (rule->Has("value")) {
    auto call = Call::Parse(rule->fields["value"].source());
    if (!call.ok())
      Error(call.status().message(), FieldWhere(rule, "value"), rule->id);
    else
      rule->value = std::move(*call);
  }
  if (!vouched_) CheckCaptures(rule);
}

void RuleBookBuilder::CheckCaptures(Rule* rule) {
  const auto& groups = rule->re().NamedCapturingGroups();
  auto check = [&](const std::string& cap, const std::string& what,
                   const std::string& field) {
    if (cap == "0" || groups.count(cap)) return;
    Error(
        fmt::format("{} refers to ${} but the pattern has no group (?P<{}>...)",
                    what, cap, cap),
        FieldWhere(rule, field), rule->id);
  };
  for (const auto& [key, tmpl] : rule->fields) {
    if (key == "value") continue;
    for (const auto& cap : tmpl.Captures()) check(cap, "field " + key, key);
  }
  if (rule->value) {
    for (const auto& [arg, tmpl] : rule->value->args) {
      for (const auto& cap : tmpl.Captures())
        check(cap, "value argument " + arg, "value");
    }
  }
  for (const auto& [cap, lex] : rule->exclude) check(cap, "exclude", "exclude");
}

std::shared_ptr<const RuleBook> RuleBookBuilder::Build(size_t file_count, StageMask stages,
                                                       const RuleContract& contract,
                                                       const std::string& root) {
  book_->file_count_ = file_count;
  book_->stages_ = stages;
  std::erase_if(book_->rules_, [&](const std::unique_ptr<Rule>& r) {
    return !stages[static_cast<int>(r->stage)];
  });
  ExpandMacros();
  for (auto& rule : book_->rules_) Prepare(rule.get());
  // The checks depend on the expanded patterns (this binary's expansion,
  // whatever its version says) and on the text.
  for (const auto& rule : book_->rules_) {
    cache_key_ += fmt::format("\n{} {} {}\n", StageName(rule->stage),
                              rule->pattern.size(), rule->id);
    cache_key_ += rule->pattern;
  }
  vouched_ = Vouched();
  if (!vouched_) CompilePatterns();
  for (auto& rule : book_->rules_) {
    Finish(rule.get());
    Status s = ValidateRule(
        *rule, [&](const std::string& f) { return FieldWhere(rule.get(), f); });
    if (!s.ok()) diags_->push_back(s);
  }
  if (!diags_->empty()) return nullptr;
  for (auto& rule : book_->rules_) {
    book_->by_id_[rule->id] = rule.get();
    book_->by_stage_[static_cast<int>(rule->stage)].push_back(rule.get());
  }
  auto locate = [this](const Rule& r, const std::string& f) { return FieldWhere(&r, f); };
  Diagnostics broken = CheckContract(*book_, contract, locate, root);
  if (!broken.empty()) {
    diags_->insert(diags_->end(), broken.begin(), broken.end());
    return nullptr;
  }
  BuildMatchers();
  std::shared_ptr<const RuleBook> book(book_.release());
  if (cache_) BookCache(*cache_).Put(book_key_, *book, plan_bytes_);
  return book;
}

namespace {

// The cache entry that vouches for a rule text: this header, then each
// stage's CandidatePlan (EncodePlan), in stage order. The header names the
// engine code that made the plans (a hash of pipeline/engine's sources,
// cmake/engine_fingerprint.cmake): another build's plans are never read.
constexpr char kCheckedBlob[] = "checked-rules";
constexpr std::string_view kChecked =
    "checked 2 " ANNALS_ENGINE_FINGERPRINT "\n";

}  // namespace

bool RuleBookBuilder::Vouched() {
  if (!cache_) return false;
  auto blob = cache_->GetBlob(kCheckedBlob, cache_key_);
  if (!blob || !blob->starts_with(kChecked)) return false;
  std::array<size_t, kStageCount> counts{};
  for (const auto& rule : book_->rules_)
    ++counts[static_cast<int>(rule->stage)];
  std::string_view in(*blob);
  in.remove_prefix(kChecked.size());
  for (int i = 0; i < kStageCount; ++i) plans_[i] = DecodePlan(&in, counts[i]);
  const bool ok =
      in.empty() && std::all_of(plans_.begin(), plans_.end(),
                                [](const auto& p) { return p.has_value(); });
  if (!ok) plans_ = {};
  return ok;
}

void RuleBookBuilder::BuildMatchers() {
  RuleBook& book = *book_;
  auto& plans = plans_;
  if (!vouched_) {
    ParallelFor(kStageCount, DefaultJobs(), [&book, &plans](size_t i) {
      plans[i] = StageMatcher::Plan(book.by_stage_[i]);
    });
  }
  if (cache_) {
    for (const auto& plan : plans) EncodePlan(*plan, &plan_bytes_);
  }
  for (int i = 0; i < kStageCount; ++i) {
    book.matchers_[i] =
        std::make_unique<StageMatcher>(book.by_stage_[i], std::move(*plans[i]));
  }
  plans_ = {};
  // Every check passed: the next load of this very text may skip them.
  if (cache_ && !vouched_) {
    cache_->PutBlob(kCheckedBlob, cache_key_,
                    std::string(kChecked) + plan_bytes_);
  }
}

const Lexicon* RuleBook::lexicon(const std::string& name) const {
  auto it = lexicons_.find(name);
  return it == lexicons_.end() ? nullptr : it->second.get();
}

const Rule* RuleBook::rule(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

StageMask AllStages() { return StageMask().set(); }

StageMask TimeStages() {
  StageMask m;
  for (Stage s : {Stage::kDct, Stage::kBlock, Stage::kTimex})
    m.set(static_cast<int>(s));
  return m;
}

namespace {

// Each file parsed on every core (yaml-cpp is most of a time-only load),
// or taken from `cache`; `*from_cache` tells whether any was.
std::vector<std::optional<Result<YamlSource>>> ParseAll(
    const std::vector<std::pair<const RuleBook::Source*, size_t>>& files,
    const YamlCache* cache, bool* from_cache) {
  std::vector<std::optional<Result<YamlSource>>> results(files.size());
  std::vector<char> hit(files.size(), 0);
  ParallelFor(files.size(), DefaultJobs(), [&](size_t i) {
    const RuleBook::Source& src = *files[i].first;
    if (cache) {
      if (auto root = cache->Get(src.file, src.text)) {
        results[i].emplace(YamlSource::FromNode(src.file, std::move(*root)));
        hit[i] = 1;
        return;
      }
    }
    results[i].emplace(YamlSource::Parse(src.file, src.text));
    if (cache && results[i]->ok()) cache->Put(src.file, src.text, (**results[i]).root());
  });
  *from_cache = std::find(hit.begin(), hit.end(), 1) != hit.end();
  return results;
}

// What a load's checks depend on: every file's layer, name and exact text
// and the stages compiled (Build adds the expanded patterns; the cache
// adds the annals version).
std::string ChecksKey(
    const std::vector<std::pair<const RuleBook::Source*, size_t>>& files,
    StageMask stages) {
  std::string key = fmt::format("stages {}\n", stages.to_string());
  for (const auto& [src, layer] : files) {
    key += fmt::format("{} {} {} {}\n", layer, src->file.size(), src->file,
                       src->text.size());
    key += src->text;
  }
  return key;
}

// The whole file in one read: a byte-wise istreambuf_iterator was a tenth
// of a warm start once the book came from the cache.
std::optional<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
  if (size < 0) return std::nullopt;
  std::string text(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(text.data(), size)) return std::nullopt;
  return text;
}

// The book from parsed files, read in order (pass 0 then 1).
std::shared_ptr<const RuleBook> LoadParsed(
    const std::vector<std::pair<const RuleBook::Source*, size_t>>& files,
    std::vector<std::optional<Result<YamlSource>>> results, Diagnostics* diags,
    StageMask stages, const RuleContract& contract, const YamlCache* cache,
    const std::string& book_key) {
  RuleBookBuilder builder(diags);
  if (cache) builder.UseCache(cache, ChecksKey(files, stages), book_key);
  std::vector<std::pair<YamlSource, size_t>> parsed;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!results[i]->ok()) {
      diags->push_back(results[i]->status());
      continue;
    }
    parsed.emplace_back(std::move(**results[i]), files[i].second);
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [src, layer] : parsed) builder.AddFile(src, layer, pass);
  }
  std::string root = files.empty() ? std::string("rules")
                                   : std::filesystem::path(files.front().first->file)
                                         .parent_path()
                                         .string();
  return builder.Build(files.size(), stages, contract, root);
}

}  // namespace

std::shared_ptr<const RuleBook> RuleBook::LoadSources(
    const std::vector<std::vector<Source>>& layers, Diagnostics* diags,
    StageMask stages, const RuleContract& contract, const YamlCache* cache) {
  // A book stored whole for these very files: no YAML, no expansion.
  std::string book_key;
  if (cache) {
    book_key = BookCache::Key(layers, stages, contract);
    if (auto book = BookCache(*cache).Get(book_key, stages)) return book;
  }
  // Files are read in order once parsed, so messages and overrides do not
  // depend on the parallel parse.
  std::vector<std::pair<const Source*, size_t>> files;
  for (size_t layer = 0; layer < layers.size(); ++layer) {
    for (const auto& src : layers[layer]) files.emplace_back(&src, layer);
  }
  bool from_cache = false;
  auto results = ParseAll(files, cache, &from_cache);
  if (from_cache) {  // a cached tree has no positions: any message, load again
    Diagnostics quiet;
    auto book = LoadParsed(files, std::move(results), &quiet, stages, contract,
                           cache, book_key);
    if (quiet.empty()) return book;
    results = ParseAll(files, nullptr, &from_cache);
  }
  return LoadParsed(files, std::move(results), diags, stages, contract, cache,
                    book_key);
}

std::vector<std::vector<RuleBook::Source>> RuleBook::ReadDirs(
    const std::vector<std::string>& dirs, Diagnostics* diags) {
  namespace fs = std::filesystem;
  std::vector<std::vector<Source>> layers;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      diags->push_back(Status::IoError("rules directory not found", dir));
      continue;
    }
    std::vector<std::string> files;
    for (fs::recursive_directory_iterator it(dir, ec), end; it != end;
         it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file() && it->path().extension() == ".yaml")
        files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    std::vector<Source> layer;
    for (const auto& f : files) {
      auto text = ReadText(f);
      if (!text) {
        diags->push_back(Status::IoError("cannot read rule file", f));
        continue;
      }
      layer.push_back({f, std::move(*text)});
    }
    layers.push_back(std::move(layer));
  }
  return layers;
}

std::shared_ptr<const RuleBook> RuleBook::LoadDirs(
    const std::vector<std::string>& dirs, Diagnostics* diags,
    StageMask stages, const RuleContract& contract, const YamlCache* cache) {
  auto layers = ReadDirs(dirs, diags);
  if (!diags->empty()) return nullptr;
  return LoadSources(layers, diags, stages, contract, cache);
}

}  // namespace annals
