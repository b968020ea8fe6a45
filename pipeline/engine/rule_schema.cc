#include "pipeline/engine/rule_schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>


namespace annals {
namespace {

const std::vector<std::string> kCommon = {"id", "pattern", "priority", "description",
                                          "examples", "exclude", "case"};

std::array<RuleSchema, kStageCount> MakeSchemas() {
  std::array<RuleSchema, kStageCount> s;
  s[static_cast<int>(Stage::kDct)] = {{"value"}, {"place"}, {}};
  s[static_cast<int>(Stage::kBlock)] = {{}, {"blocks"}, {}};
  s[static_cast<int>(Stage::kTimex)] = {
      {"type", "value"}, {"anchor", "mod", "quant", "freq", "end", "point", "tense"},
      {{"type", {"DATE", "TIME", "DURATION", "SET"}},
       {"anchor", {"dct", "narrative", "sentence"}},
       {"tense", {"not_past", "past"}}}};
  s[static_cast<int>(Stage::kPlace)] = {{"name"}, {"kind", "country"}, {}};
  s[static_cast<int>(Stage::kActor)] = {
      {"kind"}, {"name", "title", "affiliation", "alias", "title_from"},
      {{"kind", {"person", "organization", "group", "state"}},
       {"title_from", {"previous_person"}}}};
  s[static_cast<int>(Stage::kEvent)] = {
      {"type"}, {"label", "participants", "when", "where", "date_role", "default_date", "subject", "scope"},
      {{"date_role", {"point", "start", "end"}},
       {"default_date", {"dct", "story", "none"}},
       {"subject", {"previous", "clause"}},
       {"scope", {"clause", "phrase"}}}};
  s[static_cast<int>(Stage::kPosition)] = {
      {"verb"}, {"holder", "topic", "text", "agreement"}, {}};
  return s;
}

}  // namespace

std::vector<std::string> RuleSchema::AllKeys() const {
  std::vector<std::string> keys = kCommon;
  keys.insert(keys.end(), required.begin(), required.end());
  keys.insert(keys.end(), optional.begin(), optional.end());
  return keys;
}

const RuleSchema& SchemaFor(Stage stage) {
  static const std::array<RuleSchema, kStageCount> kSchemas = MakeSchemas();
  return kSchemas[static_cast<int>(stage)];
}

Status ValidateRule(const Rule& rule) {
  return ValidateRule(rule, [&rule](const std::string&) { return rule.where; });
}

Status ValidateRule(const Rule& rule,
                    const std::function<SourceLocation(const std::string&)>& where) {
  const RuleSchema& schema = SchemaFor(rule.stage);
  for (const auto& [field, allowed] : schema.choices) {
    if (!rule.Has(field)) continue;
    const std::string& v = rule.Field(field).source();
    if (std::find(allowed.begin(), allowed.end(), v) == allowed.end()) {
      return Status::RuleError(
          fmt::format("{} '{}' is not one of: {}", field, v, fmt::join(allowed, ", ")),
          where(field), rule.id);
    }
  }
  return Status::Ok();
}

}  // namespace annals
