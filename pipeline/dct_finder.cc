#include "pipeline/dct_finder.h"

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

std::optional<DctResult> DctFinder::Find(std::string_view text) const {
  std::string_view head = text.substr(0, std::min(text.size(), kHeadBytes));
  std::vector<Match> matches;
  rules_.matcher(Stage::kDct).FindAll(head, &matches);
  if (matches.empty()) return std::nullopt;
  auto best = std::min_element(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
    return a.begin < b.begin;
  });
  CaptureLookup lookup = MakeLookup(*best, head);
  TimeContext none;
  auto value = TimeFunctions::Evaluate(best->rule->value->function,
                                       best->rule->value->Render(lookup), none);
  DctResult r;
  // A dateline without a date ("WASHINGTON (AP) --") still gives the place.
  if (value.ok()) r.value = *value;
  r.rule = best->rule->id;
  r.span = {best->begin, best->end};
  r.place = TitleCaseIfShouting(best->rule->Field("place").Render(lookup));
  if (r.value.empty() && r.place.empty()) return std::nullopt;
  return r;
}

}  // namespace annals
