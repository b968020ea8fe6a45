#include "pipeline/engine/candidate_plan.h"

#include <cstdint>
#include <cstring>

namespace annals {

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

CandidatePlan PlanCandidates(const std::vector<CandidateRule>& rules,
                             CandidateGrouping grouping) {
  // Group 0 the rest, group 1 the letter-led rules; empty groups dropped.
  CandidatePlan::Group by_key[2];
  for (size_t i = 0; i < rules.size(); ++i) {
    PatternStart start = ReadPatternStart(rules[i].pattern);
    const int key =
        grouping == CandidateGrouping::kByBeginning && LetterLed(start) ? 1 : 0;
    by_key[key].rules.push_back(static_cast<int>(i));
    by_key[key].filter.Add(std::move(start), rules[i].compiled);
  }
  CandidatePlan plan;
  for (auto& g : by_key) {
    if (!g.rules.empty()) plan.groups.push_back(std::move(g));
  }
  return plan;
}

namespace {

void PutU32(uint32_t n, std::string* out) {
  char b[4];
  std::memcpy(b, &n, 4);
  out->append(b, 4);
}

std::optional<uint32_t> GetU32(std::string_view* in) {
  if (in->size() < 4) return std::nullopt;
  uint32_t n;
  std::memcpy(&n, in->data(), 4);
  in->remove_prefix(4);
  return n;
}

// One group: its rules, each an index below `rule_count` not yet `seen`.
std::optional<CandidatePlan::Group> DecodeGroup(std::string_view* in,
                                                size_t rule_count,
                                                std::vector<char>* seen) {
  auto count = GetU32(in);
  if (!count || *count == 0 || *count > rule_count) return std::nullopt;
  CandidatePlan::Group g;
  for (uint32_t i = 0; i < *count; ++i) {
    auto r = GetU32(in);
    if (!r || *r >= rule_count || (*seen)[*r]) return std::nullopt;
    (*seen)[*r] = 1;
    g.rules.push_back(static_cast<int>(*r));
  }
  auto size = GetU32(in);
  if (!size || *size > in->size()) return std::nullopt;
  auto filter = StartFilter::FromBytes(in->substr(0, *size));
  if (!filter) return std::nullopt;
  in->remove_prefix(*size);
  g.filter = std::move(*filter);
  return g;
}

}  // namespace

void EncodePlan(const CandidatePlan& plan, std::string* out) {
  PutU32(static_cast<uint32_t>(plan.groups.size()), out);
  for (const CandidatePlan::Group& g : plan.groups) {
    PutU32(static_cast<uint32_t>(g.rules.size()), out);
    for (int r : g.rules) PutU32(static_cast<uint32_t>(r), out);
    const std::string filter = g.filter.ToBytes();
    PutU32(static_cast<uint32_t>(filter.size()), out);
    out->append(filter);
  }
}

std::optional<CandidatePlan> DecodePlan(std::string_view* in,
                                        size_t rule_count) {
  auto groups = GetU32(in);
  if (!groups || *groups > rule_count) return std::nullopt;
  CandidatePlan plan;
  std::vector<char> seen(rule_count, 0);
  for (uint32_t i = 0; i < *groups; ++i) {
    auto g = DecodeGroup(in, rule_count, &seen);
    if (!g) return std::nullopt;
    plan.groups.push_back(std::move(*g));
  }
  for (char s : seen) {
    if (!s) return std::nullopt;  // every rule in some group
  }
  return plan;
}

}  // namespace annals
