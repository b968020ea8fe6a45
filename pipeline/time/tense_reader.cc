#include "pipeline/time/tense_reader.h"

#include <algorithm>
#include <optional>

#include "pipeline/engine/token_starts.h"

namespace annals {
namespace {

// A cue's tense; "none" marks a form that only shields a shorter cue
// ("next to" is a place, not the future), so it tells nothing.
std::optional<Tense> ParseTense(const std::string& s) {
  if (s == "none") return std::nullopt;
  if (s == "future") return Tense::kFuture;
  if (s == "present") return Tense::kPresent;
  return Tense::kPast;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options opts;
  opts.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, opts);
  if (!re->ok()) re.reset();
  return re;
}

}  // namespace

TenseReader::TenseReader(const RuleBook& rules) {
  cue_lexicon_ = rules.lexicon("TENSE_CUE");
  aux_ = rules.lexicon("PARTICIPLE_AUX");
  if (cue_lexicon_) {
    const std::string pattern = "\\b(?:" + cue_lexicon_->Alternation() + ")\\b";
    cue_ = Compile(pattern);
    if (cue_) cue_starts_.Add(pattern, *cue_);
  }
  if (const Lexicon* marks = rules.lexicon("CLAUSE_MARK"))
    marks_ = Compile("(" + marks->Alternation() + ")");
  if (const Lexicon* shapes = rules.lexicon("TENSE_PATTERN")) {
    RE2::Options opts;
    opts.set_log_errors(false);
    auto set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_BOTH);
    for (const auto& e : shapes->entries()) {
      auto tense = ParseTense(e.Field("tense"));
      if (tense && set->Add(e.Field("pattern"), nullptr) >= 0)
        shape_tenses_.push_back(*tense);
    }
    if (!shape_tenses_.empty() && set->Compile()) shapes_ = std::move(set);
  }
}

std::optional<Tense> TenseReader::PatternTense(std::string_view word) const {
  // Most words have no shape: "any?" is cheaper than "which?".
  const re2::StringPiece w(word.data(), word.size());
  std::vector<int> which;
  if (!shapes_ || !shapes_->Match(w, nullptr) || !shapes_->Match(w, &which))
    return std::nullopt;
  return shape_tenses_[*std::min_element(which.begin(), which.end())];
}

std::optional<Tense> TenseReader::CueAt(std::string_view text, size_t pos,
                                        size_t* end, Tense* after) const {
  re2::StringPiece hit;
  if (!cue_ || !cue_starts_.MayStartAt(text, pos) ||
      !cue_->Match(re2::StringPiece(text.data(), text.size()), pos,
                   text.size(), RE2::ANCHOR_START, &hit, 1)) {
    return std::nullopt;
  }
  *end = pos + hit.size();
  const LexiconEntry* e =
      cue_lexicon_->Find(std::string_view(hit.data(), hit.size()));
  if (!e) return std::nullopt;
  auto tense = ParseTense(e->Field("tense"));
  // `after`: the tense the cue tells a timex before it, when it differs.
  const std::string& later = e->Field("after");
  if (tense)
    *after = later.empty() ? *tense : ParseTense(later).value_or(*tense);
  return tense;
}

bool TenseReader::AfterAuxiliary(std::string_view sentence,
                                 size_t pos) const {
  if (!aux_) return false;
  size_t end = pos;
  while (end > 0 && sentence[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && IsAsciiLetter(sentence[begin - 1])) --begin;
  return begin < end && aux_->Find(sentence.substr(begin, end - begin));
}

std::vector<TenseReader::Cue> TenseReader::Cues(
    std::string_view sentence) const {
  // Left to right over token starts: a listed cue form first (it may span
  // words: "ahead of"), else the ASCII word there, which a TENSE_PATTERN
  // may classify by its shape. Anchored matches keep this one pass.
  std::vector<Cue> out;
  std::vector<size_t> starts;
  TokenStarts(sentence, &starts);
  size_t next = 0;
  for (size_t p : starts) {
    if (p < next) continue;
    size_t end = p;
    Tense after = Tense::kPast;
    std::optional<Tense> tense = CueAt(sentence, p, &end, &after);
    const bool listed = end > p;
    if (!listed) {
      while (end < sentence.size() && IsAsciiLetter(sentence[end])) ++end;
      if (end == p) continue;
      tense = PatternTense(sentence.substr(p, end - p));
      if (tense) after = *tense;
    }
    next = end;
    // "will be held", "to be announced": the participle is no past; the
    // modal or "to" before it governs.
    if (tense == Tense::kPast && AfterAuxiliary(sentence, p)) continue;
    if (tense) out.push_back({p, end, *tense, listed, after});
  }
  return out;
}

std::pair<size_t, size_t> TenseReader::Clause(std::string_view sentence,
                                              size_t begin, size_t end) const {
  size_t from = 0, to = sentence.size();
  if (!marks_) return {from, to};
  re2::StringPiece in(sentence.data(), sentence.size());
  re2::StringPiece mark;
  while (RE2::FindAndConsume(&in, *marks_, &mark)) {
    size_t b = mark.data() - sentence.data();
    if (b + mark.size() <= begin) from = b + mark.size();
    if (b >= end) {
      to = b;
      break;
    }
  }
  return {from, to};
}

std::optional<Tense> TenseReader::Govern(
    const std::vector<Cue>& cues, bool listed, Side side, size_t begin,
    size_t end, std::pair<size_t, size_t> scope) const {
  const Cue* left = nullptr;   // nearest before the timex
  const Cue* right = nullptr;  // nearest after it
  for (const Cue& c : cues) {
    if (c.listed != listed || c.begin < scope.first || c.end > scope.second)
      continue;
    if (c.end <= begin) left = &c;
    if (c.begin >= end && !right) right = &c;
  }
  const Cue* pick = side == Side::kBefore ? left : right;
  if (pick) return side == Side::kBefore ? pick->tense : pick->tense_after;
  return std::nullopt;
}

std::optional<Tense> TenseReader::Nearest(
    const std::vector<Cue>& cues, size_t end,
    std::pair<size_t, size_t> scope) const {
  for (const Cue& c : cues) {
    if (c.begin >= end && c.begin >= scope.first && c.end <= scope.second)
      return c.tense_after;
  }
  return std::nullopt;
}

Tense TenseReader::At(std::string_view sentence, size_t begin,
                      size_t end) const {
  // Only the words near the timex are read: a governing verb is close, and
  // a huge unsegmented text must not cost its length for every timex.
  constexpr size_t kWindow = 160;  // bytes each side
  size_t from = begin > kWindow ? begin - kWindow : 0;
  size_t to = std::min(sentence.size(), end + kWindow);
  sentence = sentence.substr(from, to - from);
  begin -= from;
  end -= from;
  std::vector<Cue> cues = Cues(sentence);
  const std::pair<size_t, size_t> scopes[] = {Clause(sentence, begin, end),
                                              {0, sentence.size()}};
  // The verb before a timex governs it more often than one after ("issued
  // a statement Friday saying it will..."), even when only its shape tells.
  for (const auto& scope : scopes) {
    if (auto t = Govern(cues, true, Side::kBefore, begin, end, scope))
      return *t;
    if (auto t = Govern(cues, false, Side::kBefore, begin, end, scope))
      return *t;
    if (auto t = Nearest(cues, end, scope)) return *t;
  }
  return Tense::kPresent;
}

RuleContract TenseReader::Reads() {
  const char* who = "the tense reader";
  return {{{Stage::kTimex, who, "TENSE_CUE", {"tense"}},
           {Stage::kTimex, who, "PARTICIPLE_AUX", {}},
           {Stage::kTimex, who, "CLAUSE_MARK", {}},
           {Stage::kTimex, who, "TENSE_PATTERN", {"tense", "pattern"}}},
          {}};
}

}  // namespace annals
