#include "pipeline/base/status.h"

#include <fmt/format.h>

namespace annals {

Status Status::Error(Code code, std::string message, SourceLocation where,
                     std::string rule_id) {
  Status s;
  s.code_ = code;
  s.message_ = std::move(message);
  s.where_ = std::move(where);
  s.rule_id_ = std::move(rule_id);
  return s;
}

Status Status::IoError(std::string message, std::string file) {
  return Error(Code::kIoError, std::move(message), {std::move(file), 0, 0});
}

Status Status::RuleError(std::string message, SourceLocation where,
                         std::string rule_id) {
  return Error(Code::kRuleError, std::move(message), std::move(where),
               std::move(rule_id));
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out;
  if (!where_.file.empty()) {
    out = where_.file;
    if (where_.line > 0) out += fmt::format(":{}", where_.line);
    if (where_.column > 0) out += fmt::format(":{}", where_.column);
    out += ": ";
  }
  out += "error: " + message_;
  if (!rule_id_.empty()) out += " [" + rule_id_ + "]";
  return out;
}

}  // namespace annals
