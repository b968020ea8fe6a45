#include "pipeline/engine/candidate_sets.h"

#include <algorithm>

#include "pipeline/engine/stage_matcher.h"  // RelaxForPrefilter

namespace annals {

struct CandidateSets::Group {
  std::vector<int> rules;          // stage indexes, ascending
  std::unique_ptr<RE2::Set> set;   // anchored; null when it could not compile
  StartFilter filter;              // two-byte starts the group can begin with
};

bool LetterLed(const PatternStart& start) {
  if (start.unknown) return true;
  bool ascii_letter = false, non_ascii = false;
  for (const Beginnings* b : {&start.anywhere, &start.line_start}) {
    for (unsigned char c : b->singles) {
      ascii_letter = ascii_letter || ((c | 32) >= 'a' && (c | 32) <= 'z');
      non_ascii = non_ascii || c >= 0x80;
    }
  }
  return ascii_letter && non_ascii;
}

CandidateSets::CandidateSets(const std::vector<CandidateRule>& rules,
                             Grouping grouping) {
  if (rules.empty()) return;
  std::vector<PatternStart> starts;
  starts.reserve(rules.size());
  for (const CandidateRule& r : rules)
    starts.push_back(ReadPatternStart(r.pattern));
  // Group 0 the rest, group 1 the letter-led rules; empty groups dropped.
  std::unique_ptr<Group> by_key[2];
  for (size_t i = 0; i < rules.size(); ++i) {
    const int key =
        grouping == Grouping::kByBeginning && LetterLed(starts[i]) ? 1 : 0;
    if (!by_key[key]) by_key[key] = std::make_unique<Group>();
    by_key[key]->rules.push_back(static_cast<int>(i));
  }
  RE2::Options opts;
  opts.set_max_mem(int64_t{256} << 20);
  opts.set_log_errors(false);
  for (auto& g : by_key) {
    if (!g) continue;
    auto set = std::make_unique<RE2::Set>(opts, RE2::ANCHOR_START);
    bool added = true;
    for (int i : g->rules) {
      const CandidateRule& r = rules[i];
      g->filter.Add(std::move(starts[i]), r.compiled);
      // A relaxed pattern RE2 rejects ("a{2}{3}" -> "a++") goes in as
      // written.
      added = added && (set->Add(RelaxForPrefilter(r.pattern), nullptr) >= 0 ||
                        set->Add(r.pattern, nullptr) >= 0);
    }
    if (added && set->Compile()) g->set = std::move(set);
    groups_.push_back(std::move(g));
  }
}

CandidateSets::~CandidateSets() = default;
CandidateSets::CandidateSets(CandidateSets&&) noexcept = default;
CandidateSets& CandidateSets::operator=(CandidateSets&&) noexcept = default;

void CandidateSets::Find(std::string_view text, size_t pos,
                         std::vector<int>* out) const {
  out->clear();
  std::vector<int> found;
  const std::string_view rest = text.substr(pos);
  for (const auto& g : groups_) {
    if (!g->filter.MayStartAt(text, pos)) continue;
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    // Most starts match no rule: asking "any?" first lets the DFA stop at
    // the earliest match and skips building the list of matching rules.
    if (g->set && !g->set->Match(rest, nullptr, &error) &&
        error.kind == RE2::Set::kNoError)
      continue;
    found.clear();
    if (g->set && error.kind == RE2::Set::kNoError &&
        g->set->Match(rest, &found, &error)) {
      for (int local : found) out->push_back(g->rules[local]);
    } else if (!g->set || error.kind != RE2::Set::kNoError) {
      // No set, or its DFA ran out of memory: every rule of the group
      // rather than lose matches.
      out->insert(out->end(), g->rules.begin(), g->rules.end());
    }
  }
  std::sort(out->begin(), out->end());
}

}  // namespace annals
