#include "pipeline/engine/stage_matcher.h"

#include <algorithm>
#include <map>

#include "pipeline/engine/regex_syntax.h"
#include "pipeline/engine/token_starts.h"

namespace annals {
namespace {

bool Overlaps(const Match& a, const Match& b) {
  return a.begin < b.end && b.begin < a.end;
}

// Better = kept when two matches overlap.
bool Better(const Match& a, const Match& b) {
  if (a.rule->priority != b.rule->priority)
    return a.rule->priority > b.rule->priority;
  if (a.length() != b.length()) return a.length() > b.length();
  return a.begin < b.begin;
}

std::string WhyLost(const Match& loser, const Match& winner) {
  if (loser.rule->priority != winner.rule->priority) return "lower priority";
  if (loser.length() != winner.length()) return "shorter";
  return "later";
}

}  // namespace

std::string RelaxForPrefilter(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    size_t end = i + 1;
    if (c == '\\') {
      end = EscapeEnd(pattern, i);
    } else if (c == '[') {
      end = ClassEnd(pattern, i);
    } else if (c == '{' && i > 0) {
      if (int min = CountedRepeat(pattern, i, &end); min >= 0) {
        out += min == 0 ? '*' : '+';
        i = end - 1;
        continue;
      }
      end = i + 1;
    }
    out.append(pattern.substr(i, end - i));
    i = end - 1;
  }
  return out;
}

const Capture* Match::capture(std::string_view name) const {
  for (const auto& c : captures) {
    if (c.name == name) return c.matched ? &c : nullptr;
  }
  return nullptr;
}

namespace {

std::vector<CandidateRule> CandidateRules(
    const std::vector<const Rule*>& rules) {
  std::vector<CandidateRule> out;
  out.reserve(rules.size());
  for (const Rule* r : rules)
    out.push_back({r->pattern, [r]() -> const RE2& { return r->re(); }});
  return out;
}

}  // namespace

StageMatcher::StageMatcher(std::vector<const Rule*> rules)
    : rules_(std::move(rules)), candidates_(CandidateRules(rules_)) {}

StageMatcher::StageMatcher(std::vector<const Rule*> rules, CandidatePlan plan)
    : rules_(std::move(rules)),
      candidates_(CandidateRules(rules_), std::move(plan)) {}

CandidatePlan StageMatcher::Plan(const std::vector<const Rule*>& rules) {
  return PlanCandidates(CandidateRules(rules), CandidateGrouping::kByBeginning);
}

bool StageMatcher::ApplyExclusions(Match* m, std::string_view text) const {
  for (const auto& [name, lexicons] : m->rule->exclude) {
    Capture* c = nullptr;
    for (auto& cap : m->captures) {
      if (cap.name == name && cap.matched) c = &cap;
    }
    if (!c) continue;
    // Cut the capture before its first excluded word ("Ana Ruiz Friday"
    // keeps "Ana Ruiz"); an excluded first word rejects the match. A
    // hyphenated word counts whole or by its first part: "Sino-American"
    // is not cut at "American" ("Inter-American Development Bank").
    size_t i = c->begin;
    while (i < c->end) {
      size_t j = i;
      while (j < c->end && text[j] != ' ') ++j;
      std::string_view word = text.substr(i, j - i);
      std::string_view head = word.substr(0, word.find('-'));
      bool bad = false;
      for (const Lexicon* lex : lexicons) bad = bad || lex->Find(word) || lex->Find(head);
      if (bad) {
        if (i == c->begin) return false;
        size_t cut = i;
        while (cut > c->begin && text[cut - 1] == ' ') --cut;
        if (m->end == c->end) m->end = cut;
        c->end = cut;
        break;
      }
      i = j + 1;
    }
  }
  return true;
}

bool StageMatcher::MatchAt(const Rule& rule, std::string_view text, size_t pos,
                           std::vector<re2::StringPiece>* groups,
                           Match* m) const {
  const RE2& re = rule.re();
  const int n = re.NumberOfCapturingGroups();
  groups->assign(n + 1, {});
  if (!re.Match(text, pos, text.size(), RE2::ANCHOR_START, groups->data(),
                n + 1))
    return false;
  m->rule = &rule;
  m->begin = pos;
  m->end = pos + (*groups)[0].size();
  m->captures.clear();
  for (const auto& [i, name] : re.CapturingGroupNames()) {
    const re2::StringPiece& g = (*groups)[i];
    Capture c{name, 0, 0, g.data() != nullptr};
    if (c.matched) {
      c.begin = g.data() - text.data();
      c.end = c.begin + g.size();
    }
    m->captures.push_back(std::move(c));
  }
  return true;
}

void StageMatcher::FindAll(std::string_view text,
                           std::vector<Match>* out) const {
  std::vector<size_t> starts;
  TokenStarts(text, &starts);
  // Like an unanchored search per rule: the leftmost match, then the next
  // one from its end on (rules never overlap themselves).
  std::vector<size_t> next(rules_.size(), 0);
  std::vector<int> candidates;
  std::vector<re2::StringPiece> groups;
  for (size_t pos : starts) {
    candidates_.Find(text, pos, &candidates);
    for (int idx : candidates) {
      Match m;
      if (pos < next[idx] || !MatchAt(*rules_[idx], text, pos, &groups, &m))
        continue;
      next[idx] = m.end > m.begin ? m.end : m.end + 1;
      if (m.end > m.begin && ApplyExclusions(&m, text))
        out->push_back(std::move(m));
    }
  }
}

std::vector<Match> StageMatcher::ResolveOverlaps(
    std::vector<Match> matches, std::vector<Discarded>* dropped) {
  std::vector<size_t> order(matches.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return Better(matches[a], matches[b]); });
  // Kept spans by start; the map keeps the overlap test logarithmic.
  std::map<size_t, size_t> kept;  // begin -> index
  for (size_t i : order) {
    const Match& m = matches[i];
    auto it = kept.lower_bound(m.end);
    const Match* clash = nullptr;
    if (it != kept.begin()) {
      auto prev = std::prev(it);
      if (Overlaps(matches[prev->second], m)) clash = &matches[prev->second];
    }
    if (clash) {
      if (dropped) dropped->push_back({m, clash->rule, WhyLost(m, *clash)});
      continue;
    }
    kept.emplace(m.begin, i);
  }
  std::vector<Match> out;
  out.reserve(kept.size());
  for (auto& [b, i] : kept) out.push_back(std::move(matches[i]));
  return out;
}

CaptureLookup MakeLookup(const Match& match, std::string_view text,
                         std::function<std::string(size_t, size_t)> slice) {
  if (!slice) {
    slice = [text](size_t b, size_t e) {
      return std::string(text.substr(b, e - b));
    };
  }
  return [&match, text, slice](
             const std::string& name,
             const std::string& field) -> std::optional<std::string> {
    size_t b = match.begin, e = match.end;
    const Lexicon* lex = nullptr;
    if (name != "0") {
      const Capture* c = match.capture(name);
      if (!c) return std::nullopt;
      b = c->begin;
      e = c->end;
      auto it = match.rule->group_lexicons.find(name);
      if (it != match.rule->group_lexicons.end()) lex = it->second;
    }
    std::string raw(text.substr(b, e - b));
    if (field == "text") return slice(b, e);
    const LexiconEntry* entry = lex ? lex->Find(raw) : nullptr;
    if (!field.empty()) {
      if (!entry) return std::nullopt;
      const std::string& v = entry->Field(field);
      if (v.empty()) return std::nullopt;
      return v;
    }
    return entry ? entry->Value() : slice(b, e);
  };
}

}  // namespace annals
