#include "pipeline/engine/rule.h"

#include <array>

namespace annals {
namespace {
constexpr std::array<const char*, kStageCount> kNames = {
    "dct", "block", "timex", "place", "actor", "event", "position"};
}  // namespace

const char* StageName(Stage stage) { return kNames[static_cast<int>(stage)]; }

std::optional<Stage> StageFromName(const std::string& name) {
  for (int i = 0; i < kStageCount; ++i) {
    if (name == kNames[i]) return static_cast<Stage>(i);
  }
  return std::nullopt;
}

const Template& Rule::Field(const std::string& name) const {
  static const Template kEmpty;
  auto it = fields.find(name);
  return it == fields.end() ? kEmpty : it->second;
}

const RE2& Rule::re() const {
  std::call_once(re_once_, [this] {
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_max_mem(int64_t{64} << 20);
    re_ = std::make_unique<RE2>(pattern, opts);
  });
  return *re_;
}

}  // namespace annals
