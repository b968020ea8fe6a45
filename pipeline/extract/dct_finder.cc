#include "pipeline/extract/dct_finder.h"

#include <algorithm>

namespace annals {

std::string TitleCaseIfShouting(std::string name) {
  bool has_lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (has_lower) return name;
  bool word_start = true;
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c - 'A' + 'a');
    word_start = (c == ' ' || c == '-' || c == '\'');
  }
  return name;
}

namespace {

// Priority first, then the earliest in the text.
void SortByRank(std::vector<Match>* matches) {
  std::stable_sort(matches->begin(), matches->end(), [](const Match& a, const Match& b) {
    if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
    return a.begin < b.begin;
  });
}

// Takes the match's date and place where `r` has none yet.
void FillFrom(const Match& m, std::string_view head, DctResult* r) {
  CaptureLookup lookup = MakeLookup(m, head);
  if (r->value.empty()) {
    TimeContext none;
    auto value = TimeFunctions::Evaluate(m.rule->value->function,
                                         m.rule->value->Render(lookup), none);
    if (value.ok() && !value->empty()) {
      r->value = *value;
      r->rule = m.rule->id;
      r->span = {m.begin, m.end};
    }
  }
  if (r->place.empty()) r->place = TitleCaseIfShouting(m.rule->Field("place").Render(lookup));
}

}  // namespace

std::optional<DctResult> DctFinder::Find(std::string_view text) const {
  std::string_view head = text.substr(0, std::min(text.size(), kHeadBytes));
  std::vector<Match> matches;
  rules_.matcher(Stage::kDct).FindAll(head, &matches);
  SortByRank(&matches);
  // The best dated match gives the date, the best placed one the place: a
  // stamp line above a dateline ("Source: X | 2024-03-20", then "BEIJING,
  // March 20 (X) --") gives the stamp's year and the dateline's city.
  DctResult r;
  for (const Match& m : matches) FillFrom(m, head, &r);
  if (r.value.empty() && r.place.empty()) return std::nullopt;
  if (r.rule.empty()) {  // a dateline without a date ("WASHINGTON (AP) --")
    r.rule = matches.front().rule->id;
    r.span = {matches.front().begin, matches.front().end};
  }
  return r;
}

}  // namespace annals
