#include "pipeline/base/shared_string.h"

#include <utility>

namespace annals {

SharedString::SharedString(std::string s) {
  if (!s.empty()) s_ = std::make_shared<const std::string>(std::move(s));
}

const std::string& SharedString::str() const {
  static const std::string kEmpty;
  return s_ ? *s_ : kEmpty;
}

SharedString StringPool::Intern(std::string_view s) {
  if (s.empty()) return {};
  std::string key(s);
  auto it = by_text_.find(key);
  if (it != by_text_.end()) return it->second;
  SharedString made(key);
  by_text_.emplace(std::move(key), made);
  return made;
}

}  // namespace annals
