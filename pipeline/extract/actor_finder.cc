#include "pipeline/extract/actor_finder.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "pipeline/engine/masked_stage.h"
#include "pipeline/extract/mention_masks.h"

namespace annals {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out;
}

bool IsLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// Names run to a few words; a longer run of capitals is not one name.
constexpr size_t kMaxNameWords = 6;

// The length of an apostrophe at `i` (' or U+2019), else 0.
size_t ApostropheAt(const std::string& s, size_t i) {
  if (s[i] == '\'') return 1;
  return s.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
}

// The end of the word starting at `i`: letters, an inner hyphen before a
// letter ("Il-Ho", "Jong-il"), an apostrophe before a capital ("O'Neill");
// a possessive "'s" is not part of it.
size_t NextWordEnd(const std::string& s, size_t i) {
  size_t j = i;
  while (j < s.size()) {
    size_t apo = ApostropheAt(s, j);
    if (apo && j > i && j + apo < s.size() && s[j + apo] >= 'A' && s[j + apo] <= 'Z') {
      j += apo;
    } else if (apo) {
      break;
    } else if (s[j] == '-' && j > i && j + 1 < s.size() && IsLetter(s[j + 1])) {
      ++j;
    } else if (IsLetter(s[j])) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

// How an actor is named at a span: a proper name starts with a capital
// or a digit ("Chirac", "G8"); "government" is a common noun.
const char* FormOf(std::string_view text) {
  if (text.empty()) return "common";
  unsigned char c = text.front();
  return (c >= 'a' && c <= 'z') ? "common" : "name";
}

// Whether any word of `text` is a form of `lex`.
bool HasWordOf(const std::string& text, const Lexicon& lex) {
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && !IsLetter(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && IsLetter(text[j])) ++j;
    if (j > i && lex.Find(std::string_view(text.data() + i, j - i))) return true;
    i = j;
  }
  return false;
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

// The article's actors with their name and alias indexes.
class ActorTable {
 public:
  explicit ActorTable(ArticleFacts* facts) : facts_(facts) {}

  int FindName(const std::string& name) const {
    auto it = by_name_.find(Lower(name));
    if (it != by_name_.end()) return it->second;
    auto al = aliases_.find(Lower(name));
    return al != aliases_.end() ? al->second : -1;
  }

  int Resolve(const std::string& name, const std::string& kind) {
    int idx = FindName(name);
    if (idx >= 0) {
      if (facts_->actors[idx].name != name) AddUnique(&facts_->actors[idx].aliases, name);
      return idx;
    }
    return Add(name, kind);
  }

  // A one-word name after a title that takes a given name (TITLE field
  // `given_name`: "King Hussein") is that person's own name, not the
  // surname of someone named before ("Saddam Hussein"). The person is
  // named with the title, as the copy names them, so that no other
  // article's bare "Hussein" joins them by a shared word alone; the bare
  // word, which both people answer to, is left free for the titled
  // holder to take.
  int ResolveGivenName(const std::string& name, const std::string& title) {
    std::string key = Lower(name);
    if (auto it = by_name_.find(key); it != by_name_.end()) return it->second;
    if (auto al = aliases_.find(key); al != aliases_.end()) al->second = -1;
    if (auto w = word_aliases_.find(name); w != word_aliases_.end()) w->second.actor = -1;
    int idx = static_cast<int>(facts_->actors.size());
    facts_->actors.push_back({title + " " + name, "person", {name}, {}, "", {}});
    by_name_[Lower(title + " " + name)] = idx;
    by_name_[key] = idx;
    return idx;
  }

  // A name the actor also goes by; one word long, it is also found bare
  // in later sentences ("APEC" after "Asia-Pacific Economic Cooperation
  // (APEC)").
  void AddAlias(const std::string& alias, int idx) {
    if (alias.empty()) return;
    std::string key = Lower(alias);
    if (by_name_.count(key)) return;
    auto [it, fresh] = aliases_.emplace(key, idx);
    if (!fresh && it->second != idx) it->second = -1;  // ambiguous: no longer an alias
    if (alias.find(' ') == std::string::npos) {
      AddWordAlias(alias, idx, /*surname=*/true);
    }
  }

  // A one-word name written with a title ("President Reagan") is a
  // surname the story goes on with bare. Without a title a one-word
  // "person" is too often a misread word ("the North said") to spread.
  void AddTitledSurname(const std::string& name, int idx) {
    if (name.find(' ') == std::string::npos && IsNameWord(name)) {
      AddWordAlias(name, idx, /*surname=*/true);
    }
  }

  // The actor a bare word stands for, or -1.
  int AliasWord(std::string_view word) const {
    auto it = word_aliases_.find(std::string(word));
    return it == word_aliases_.end() ? -1 : it->second.actor;
  }

  // The actor whose name or alias is written at `begin` of `text`, the
  // longest such run of words first ("Benedict XVI" before "Benedict"),
  // with *end set past it; -1 (and *end == begin) when none is. A name
  // goes on across spaces and hyphens, up to kMaxNameWords words.
  int KnownNameAt(const std::string& text, size_t begin, size_t* end) const {
    std::vector<size_t> ends;
    for (size_t j = begin; ends.size() < kMaxNameWords && j < text.size();) {
      j = NextWordEnd(text, j);
      ends.push_back(j);
      if (j + 1 >= text.size() || text[j] != ' ' || !IsLetter(text[j + 1])) break;
      ++j;
    }
    for (size_t k = ends.size(); k-- > 1;) {
      int idx = FindName(text.substr(begin, ends[k] - begin));
      if (idx >= 0) return *end = ends[k], idx;
    }
    // One word: whole ("Il-Ho"), else its part before a hyphen ("Ban" of
    // "the Ban-Aso meeting").
    size_t part = begin;
    while (part < ends.front() && text[part] != '-') ++part;
    for (size_t e : {ends.front(), part}) {
      int idx = AliasWord(std::string_view(text).substr(begin, e - begin));
      if (idx >= 0) return *end = e, idx;
    }
    *end = begin;
    return -1;
  }

  // `modifiers` (TITLE_MODIFIER) tells which titles are no longer held:
  // "the prime minister" is not "former prime minister Tomas Vidal".
  int LastPersonWithTitle(const std::string& title, const std::string& affiliation,
                          const Lexicon* modifiers) const {
    std::string want = Lower(title);
    return LastPerson(affiliation, [&](const std::string& t) {
      return Lower(t).find(want) != std::string::npos && !NoLongerHeld(t, modifiers);
    });
  }

  static bool NoLongerHeld(const std::string& title, const Lexicon* modifiers) {
    if (!modifiers) return false;
    size_t end = title.find_first_of(" -");
    if (end == std::string::npos) return false;
    for (size_t len : {end, end + 1}) {  // "former", "ex-"
      const LexiconEntry* e = modifiers->Find(std::string_view(title).substr(0, len));
      if (e && e->Field("past") == "yes") return true;
    }
    return false;
  }

  // The last person whose title has one of `ranks` (TITLE field `rank`):
  // "the Peruvian premier" after "Prime Minister Ana Ruiz", "the Chilean
  // leader" after "President Tomas Vidal".
  int LastPersonOfRank(const std::vector<std::string>& ranks,
                       const std::string& affiliation,
                       const Lexicon& titles) const {
    return LastPerson(affiliation, [&](const std::string& t) {
      const LexiconEntry* e = titles.Find(t);
      return e && e->Field("deputy").empty() &&
             std::find(ranks.begin(), ranks.end(), e->Field("rank")) != ranks.end();
    });
  }

  template <typename Pred>
  int LastPerson(const std::string& affiliation, Pred has_title) const {
    for (int i = static_cast<int>(facts_->actors.size()) - 1; i >= 0; --i) {
      const ArticleActor& a = facts_->actors[i];
      if (a.kind != "person") continue;
      if (!affiliation.empty() && a.affiliation != affiliation) continue;
      if (std::any_of(a.titles.begin(), a.titles.end(), has_title)) return i;
    }
    return -1;
  }

 private:
  int Add(const std::string& name, const std::string& kind) {
    int idx = static_cast<int>(facts_->actors.size());
    facts_->actors.push_back({name, kind, {}, {}, "", {}});
    by_name_[Lower(name)] = idx;
    if (kind == "person") RegisterNameParts(name, idx);
    return idx;
  }

  // The first and last words of a name of two words or more ("Xu" of
  // "Xu Li", "Ruiz" of "Ana Ruiz"), and its capitalized middle words
  // ("Lopes" of "Joao Pedro Lopes da Cunha": the name a story goes on with
  // need not be the first or last; particles such as "da" and initials
  // such as "W." are none; "al-Tayeb" is also "Tayeb"). A word two
  // actors share is dropped.
  void RegisterNameParts(const std::string& name, int idx) {
    size_t first = name.find(' ');
    if (first == std::string::npos) return;
    const size_t last = name.rfind(' ') + 1;
    size_t begin = 0;
    while (begin < name.size()) {
      size_t end = name.find(' ', begin);
      if (end == std::string::npos) end = name.size();
      std::string part = name.substr(begin, end - begin);
      const bool middle = begin != 0 && begin != last;
      begin = end + 1;
      // "al-Tayeb" goes on as "Tayeb": a lower-case particle joined by
      // a hyphen is dropped; "Al-Hariri" goes on as itself and as
      // "Hariri" (a particle of one or two letters before a capital).
      size_t hyphen = part.find('-');
      if (!part.empty() && part[0] >= 'a' && part[0] <= 'z' &&
          hyphen != std::string::npos)
        part = part.substr(hyphen + 1);
      else if (begin >= name.size() && (hyphen == 1 || hyphen == 2) &&
               part.size() > hyphen + 3 && IsUpper(part[0]) && IsUpper(part[hyphen + 1])) {
        AddWordAlias(part.substr(hyphen + 1), idx, /*surname=*/true);
        AddAlias(part.substr(hyphen + 1), idx);
      }
      if (!part.empty() && part.back() == '.') continue;  // an initial
      // A regnal number or an acronym ("XVI", "II") names no one alone.
      if (std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
      if (middle && !IsNameWord(part)) continue;
      AddWordAlias(part, idx, begin >= name.size());
      AddAlias(part, idx);
    }
  }

  static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

  static bool IsNameWord(const std::string& w) {
    if (w.size() < 3 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    return std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
             static_cast<unsigned char>(c) >= 0x80;
    });
  }

  ArticleFacts* facts_;
  std::unordered_map<std::string, int> by_name_;
  std::unordered_map<std::string, int> aliases_;
  // A word that names an actor alone; `surname`: the last word of a name
  // (or a one-word alias), which a story goes on with.
  struct WordAlias {
    int actor;
    bool surname;
  };

  // Two people may share a word. A surname stays with the first person
  // who has it ("Bush" is George W. Bush, not Laura Bush named later) and
  // wins over another person's given name; two given names cancel out.
  void AddWordAlias(const std::string& word, int idx, bool surname) {
    auto [it, fresh] = word_aliases_.emplace(word, WordAlias{idx, surname});
    WordAlias& held = it->second;
    if (fresh || held.actor == idx) return;
    if (held.surname && held.actor >= 0) return;
    if (surname) held = {idx, true};
    else held.actor = -1;
  }

  std::unordered_map<std::string, WordAlias> word_aliases_;
};

// Whether `acronym` spells only the last capitalized words of `name`:
// in "the Supreme Council of the United Arab Emirates (UAE)" the acronym
// is the country's, not the council's, and must not become its alias.
bool AcronymOfTail(const std::string& name, const std::string& acronym) {
  std::string initials;
  for (size_t i = 0; i < name.size(); ++i) {
    bool starts = i == 0 || name[i - 1] == ' ';
    if (starts && name[i] >= 'A' && name[i] <= 'Z') initials += name[i];
  }
  std::string letters;
  for (char c : acronym)
    if (c >= 'A' && c <= 'Z') letters += c;
  return !letters.empty() && initials.size() > letters.size() &&
         initials.compare(initials.size() - letters.size(), letters.size(), letters) == 0;
}

struct SentenceState {
  SpanSet covered;
  int last_person = -1;
};

// A title a person was not named with may still stand for them through
// its rank (TITLE field `rank`, or `stands_for`: ranks separated by
// spaces, for "leader").
int LastOfSameRank(const RuleBook& rules, const ActorTable& table, const std::string& title,
                   const std::string& affiliation) {
  const Lexicon* titles = rules.lexicon("TITLE");
  const LexiconEntry* e = titles ? titles->Find(title) : nullptr;
  if (!e) return -1;
  const std::string& stands_for = e->Field("stands_for");
  // A title of rank "official" ("spokesman", "chief") is held by too many
  // to name anyone unless its entry says whom it stands for.
  if (stands_for.empty() && e->Field("rank") == "official") return -1;
  std::vector<std::string> ranks;
  std::istringstream words(stands_for.empty() ? e->Field("rank") : stands_for);
  for (std::string r; words >> r;) ranks.push_back(r);
  if (ranks.empty()) return -1;
  return table.LastPersonOfRank(ranks, affiliation, *titles);
}

}  // namespace

ActorFinder::ActorFinder(const RuleBook& rules) : rules_(rules) {}

const std::vector<ActorFinder::Affiliator>& ActorFinder::Affiliators() const {
  std::call_once(affiliators_once_, [this] {
    const std::pair<const char*, const char*> kSources[] = {
        {"COUNTRY", "name"}, {"NATIONALITY", "country"}, {"ORGANIZATION", "country"}};
    for (const auto& [name, field] : kSources) {
      const Lexicon* lex = rules_.lexicon(name);
      if (!lex) continue;
      RE2::Options opts;
      opts.set_log_errors(false);
      opts.set_max_mem(int64_t{64} << 20);
      auto re = std::make_unique<RE2>("\\b(" + lex->Alternation() + ")\\b", opts);
      if (re->ok()) affiliators_.push_back({std::move(re), lex, field});
    }
  });
  return affiliators_;
}

ActorFinder::~ActorFinder() = default;

bool ActorFinder::TitleTakesGivenName(const std::string& title) const {
  const Lexicon* titles = rules_.lexicon("TITLE");
  const LexiconEntry* e = titles && !title.empty() ? titles->Find(title) : nullptr;
  return e && e->Field("given_name") == "yes";
}

// Whether a name a person rule found is a known place or body as a whole:
// word-wise exclusions cannot see "United States" or "Sri Lanka".
bool ActorFinder::NamesNoPerson(const std::string& name) const {
  for (const char* lexicon : {"COUNTRY", "ORGANIZATION", "CITY", "REGION", "TERRITORY"}) {
    const Lexicon* lex = rules_.lexicon(lexicon);
    if (lex && lex->Find(name)) return true;
  }
  return false;
}

std::string ActorFinder::AffiliationOf(std::string_view title) const {
  for (const auto& a : Affiliators()) {
    std::string hit;
    if (!RE2::PartialMatch(re2::StringPiece(title.data(), title.size()), *a.re, &hit)) continue;
    if (const LexiconEntry* e = a.lexicon->Find(hit)) {
      const std::string& v = e->Field(a.field);
      if (!v.empty()) return v;
    }
  }
  return "";
}

void ActorFinder::Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
                       std::vector<Discarded>* dropped) const {
  auto masks = MasksBySentence(*facts, true, false);
  ActorTable table(facts);
  SentenceState state;
  StringPool rule_ids;  // one copy of each rule id (and form) for all the mentions
  auto add_mention = [&](size_t sentence, Span span, const std::string& rule, int actor,
                         const char* form) {
    facts->actor_mentions.push_back(
        {span, rule_ids.Intern(rule), sentence, actor, rule_ids.Intern(form)});
    state.covered.Add(span);
    if (facts->actors[actor].kind == "person") state.last_person = actor;
  };
  auto on_match = [&](size_t sentence, const MaskedText& masked, const Match& m) {
    std::string kind = RenderField(m, masked, "kind");
    std::string name = Squeeze(RenderField(m, masked, "name"));
    std::string title = Squeeze(RenderField(m, masked, "title"));
    std::string affiliation = RenderField(m, masked, "affiliation");
    Span r = FieldRange(m, "name");
    Span span = masked.ToArticle(r.begin, r.end);
    int idx;
    if (kind == "person" && NamesNoPerson(name)) return;  // "the United States arrived"
    if (name.empty()) {
      idx = table.LastPersonWithTitle(title, affiliation, rules_.lexicon("TITLE_MODIFIER"));
      if (idx < 0) idx = LastOfSameRank(rules_, table, title, affiliation);
      if (idx < 0) return;
      span = masked.ToArticle(m.begin, m.end);
    } else if (kind == "person" && TitleTakesGivenName(title) &&
               name.find(' ') == std::string::npos) {
      idx = table.ResolveGivenName(name, title);
    } else {
      idx = table.Resolve(name, kind);
    }
    ArticleActor& a = facts->actors[idx];
    if (m.rule->Field("title_from").source() == "previous_person" && state.last_person >= 0 &&
        state.last_person != idx) {
      for (const auto& t : facts->actors[state.last_person].titles) AddUnique(&a.titles, t);
    }
    if (!name.empty()) AddUnique(&a.titles, title);
    if (kind == "person" && !title.empty()) table.AddTitledSurname(name, idx);
    if (a.affiliation.empty()) a.affiliation = affiliation;
    std::string alias = RenderField(m, masked, "alias");
    if (!alias.empty() && !AcronymOfTail(name, alias)) table.AddAlias(alias, idx);
    add_mention(sentence, span, m.rule->id, idx,
                name.empty() ? "title" : FormOf(text.substr(span.begin, span.end - span.begin)));
  };
  auto scan_aliases = [&](size_t sentence, const MaskedText& masked) {
    const std::string& s = masked.text();
    for (size_t i = 0; i < s.size();) {
      if (!IsLetter(s[i]) || (i > 0 && IsLetter(s[i - 1]))) {
        ++i;
        continue;
      }
      size_t j = i;
      int idx = -1;
      if (s[i] >= 'A' && s[i] <= 'Z' && s[i - (i > 0)] != '\x1f') idx = table.KnownNameAt(s, i, &j);
      if (j == i) {  // no name here: step over letters only ("Ban-Aso": "Aso" is next)
        while (j < s.size() && IsLetter(s[j])) ++j;
      }
      Span span = masked.ToArticle(i, j);
      if (idx >= 0 && !state.covered.Overlaps(span)) {
        std::string said = s.substr(i, j - i);
        if (said != facts->actors[idx].name) AddUnique(&facts->actors[idx].aliases, said);
        add_mention(sentence, span, "coref.alias", idx, "name");
      }
      i = j;
    }
  };
  MaskedStageInput in{&rules_, Stage::kActor, text, &facts->sentences, &masks, &blocked, dropped};
  RunMaskedStage(in, [&](size_t sentence, const MaskedText& masked, const Match* m) {
    if (m) return on_match(sentence, masked, *m);
    scan_aliases(sentence, masked);
    state.covered = SpanSet();
    state.last_person = -1;
  });
  for (auto& a : facts->actors) {
    if (a.kind != "person" || !a.affiliation.empty()) continue;
    for (const auto& t : a.titles) {
      a.affiliation = AffiliationOf(t);
      if (!a.affiliation.empty()) break;
    }
  }
  AssignSideMembers(facts);
  std::sort(facts->actor_mentions.begin(), facts->actor_mentions.end(),
            [](const ActorMention& x, const ActorMention& y) { return x.span.begin < y.span.begin; });
}

// "The two sides" of talks are their heads of delegation: a group named
// in ALL_SIDES gets as members the article's persons with a SIDE_LEADER
// word in a title ("head of the Chilean delegation").
void ActorFinder::AssignSideMembers(ArticleFacts* facts) const {
  const Lexicon* sides = rules_.lexicon("ALL_SIDES");
  const Lexicon* leader = rules_.lexicon("SIDE_LEADER");
  if (!sides || !leader) return;
  std::vector<int> heads;
  for (size_t i = 0; i < facts->actors.size(); ++i) {
    const ArticleActor& a = facts->actors[i];
    if (a.kind != "person") continue;
    bool leads = std::any_of(a.titles.begin(), a.titles.end(),
                             [&](const std::string& t) { return HasWordOf(t, *leader); });
    if (leads) heads.push_back(static_cast<int>(i));
  }
  if (heads.size() < 2) return;  // one head is no pair of sides
  for (auto& a : facts->actors) {
    if (a.kind == "group" && sides->Find(a.name)) a.members = heads;
  }
}

RuleContract ActorFinder::Reads() {
  const char* who = "the actor finder";
  return {{{Stage::kActor, who, "TITLE", {"rank", "stands_for", "given_name"}},
           {Stage::kActor, who, "TITLE_MODIFIER", {"past"}},
           {Stage::kActor, who, "ALL_SIDES", {}},
           {Stage::kActor, who, "SIDE_LEADER", {}},
           {Stage::kActor, who, "COUNTRY", {"name"}},
           {Stage::kActor, who, "NATIONALITY", {"country"}},
           {Stage::kActor, who, "ORGANIZATION", {"country"}},
           {Stage::kActor, who, "CITY", {}},
           {Stage::kActor, who, "REGION", {}},
           {Stage::kActor, who, "TERRITORY", {}}},
          {}};
}

}  // namespace annals
