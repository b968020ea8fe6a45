#include "pipeline/stage_matcher.h"

#include <algorithm>
#include <map>

#include "pipeline/token_starts.h"

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

// Parses a counted repetition "{n}", "{n,}" or "{n,m}" at p[i]; returns
// its minimum and sets *end past the "}", or -1 when p[i] starts none.
int CountedRepeat(std::string_view p, size_t i, size_t* end) {
  size_t j = i + 1;
  int min = 0;
  bool digits = false;
  for (; j < p.size() && p[j] >= '0' && p[j] <= '9'; ++j)
    min = min * 10 + (p[j] - '0'), digits = true;
  if (!digits || j >= p.size()) return -1;
  if (p[j] == ',') {
    for (++j; j < p.size() && p[j] >= '0' && p[j] <= '9'; ++j) {
    }
  }
  if (j >= p.size() || p[j] != '}') return -1;
  *end = j + 1;
  return min;
}

}  // namespace

std::string RelaxForPrefilter(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      // An escape, whole: "\p{Lu}" and "\x{2019}" hold braces that are no
      // repeat.
      size_t end = i + 2;
      const char e = pattern[i + 1];
      if ((e == 'p' || e == 'P' || e == 'x') && end < pattern.size() &&
          pattern[end] == '{') {
        size_t close = pattern.find('}', end);
        end = close == std::string_view::npos ? pattern.size() : close + 1;
      }
      out.append(pattern.substr(i, end - i));
      i = end - 1;
    } else if (in_class) {
      if (c == '[' && i + 1 < pattern.size() &&
          pattern[i + 1] == ':') {  // [:alpha:]
        size_t close = pattern.find(":]", i + 2);
        size_t end =
            close == std::string_view::npos ? pattern.size() : close + 2;
        out.append(pattern.substr(i, end - i));
        i = end - 1;
        continue;
      }
      in_class = c != ']';
      out += c;
    } else if (c == '[') {
      in_class = true;
      out += c;
      // "[]" and "[^]" start with a literal ']'.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
    } else if (size_t end = 0; c == '{' && i > 0) {
      int min = CountedRepeat(pattern, i, &end);
      if (min < 0) {
        out += c;
        continue;
      }
      out += min == 0 ? '*' : '+';
      i = end - 1;
    } else {
      out += c;
    }
  }
  return out;
}

const Capture* Match::capture(std::string_view name) const {
  for (const auto& c : captures) {
    if (c.name == name) return c.matched ? &c : nullptr;
  }
  return nullptr;
}

StageMatcher::StageMatcher(std::vector<const Rule*> rules)
    : rules_(std::move(rules)) {
  if (rules_.empty()) return;
  RE2::Options opts;
  opts.set_max_mem(int64_t{256} << 20);
  opts.set_log_errors(false);
  auto set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_START);
  for (const Rule* r : rules_) {
    AddFirstBytes(*r->re, &first_bytes_);
    // A relaxed pattern RE2 rejects ("a{2}{3}" -> "a++") goes in as written.
    if (set->Add(RelaxForPrefilter(r->pattern), nullptr) < 0 &&
        set->Add(r->pattern, nullptr) < 0) {
      return;
    }
  }
  if (set->Compile()) set_ = std::move(set);
}

void StageMatcher::AddFirstBytes(const RE2& re, std::bitset<256>* bytes) {
  std::string min, max;
  if (!re.PossibleMatchRange(&min, &max, 1)) {
    bytes->set();
    return;
  }
  const int lo = min.empty() ? 0 : static_cast<unsigned char>(min[0]);
  const int hi = max.empty() ? 255 : static_cast<unsigned char>(max[0]);
  for (int b = lo; b <= hi; ++b) bytes->set(b);
}

bool StageMatcher::ApplyExclusions(Match* m, std::string_view text) const {
  for (const auto& [name, lexicons] : m->rule->exclude) {
    Capture* c = nullptr;
    for (auto& cap : m->captures) {
      if (cap.name == name && cap.matched) c = &cap;
    }
    if (!c) continue;
    // Cut the capture before its first excluded word ("Xi Jinping Friday"
    // keeps "Xi Jinping"); an excluded first word rejects the match.
    size_t i = c->begin;
    while (i < c->end) {
      size_t j = i;
      while (j < c->end && text[j] != ' ' && text[j] != '-') ++j;
      std::string_view word = text.substr(i, j - i);
      bool bad = false;
      for (const Lexicon* lex : lexicons) bad = bad || lex->Find(word);
      if (bad) {
        if (i == c->begin) return false;
        size_t cut = i;
        while (cut > c->begin && (text[cut - 1] == ' ' || text[cut - 1] == '-'))
          --cut;
        if (m->end == c->end) m->end = cut;
        c->end = cut;
        break;
      }
      i = j + 1;
    }
  }
  return true;
}

void StageMatcher::Candidates(std::string_view rest,
                              std::vector<int>* out) const {
  out->clear();
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  // Most starts match no rule: asking "any?" first lets the DFA stop at
  // the earliest match and skips building the list of matching rules.
  if (set_ && !set_->Match(rest, nullptr, &error) &&
      error.kind == RE2::Set::kNoError)
    return;
  if (set_ && error.kind == RE2::Set::kNoError &&
      set_->Match(rest, out, &error)) {
    std::sort(out->begin(), out->end());
  } else if (!set_ || error.kind != RE2::Set::kNoError) {
    // No set, or its DFA ran out of memory: try every rule rather than
    // lose matches.
    out->clear();
    for (size_t i = 0; i < rules_.size(); ++i)
      out->push_back(static_cast<int>(i));
  }
}

bool StageMatcher::MatchAt(const Rule& rule, std::string_view text, size_t pos,
                           std::vector<re2::StringPiece>* groups,
                           Match* m) const {
  const RE2& re = *rule.re;
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
    if (!first_bytes_[static_cast<unsigned char>(text[pos])]) continue;
    Candidates(text.substr(pos), &candidates);
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
