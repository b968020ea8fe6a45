#include "pipeline/time/time_recipe.h"

namespace annals {
namespace {

// Every string with its length before it, so no two recipes share a key
// whatever bytes their arguments hold ("b"+"c" is not "bc"+"").
void AppendKey(std::string* key, const std::string& s) {
  key->append(std::to_string(s.size())).push_back(':');
  key->append(s);
}

std::string KeyOf(const std::string& function, const TimeArgs& args) {
  std::string key;
  AppendKey(&key, function);
  for (const auto& [name, value] : args) {
    AppendKey(&key, name);
    AppendKey(&key, value);
  }
  return key;
}

const std::string& NoFunction() {
  static const std::string kNone;
  return kNone;
}

const TimeArgs& NoArgs() {
  static const TimeArgs kNone;
  return kNone;
}

}  // namespace

TimeRecipe::TimeRecipe(std::string function, TimeArgs args) {
  if (function.empty() && args.empty()) return;
  call_ = std::make_shared<const Call>(Call{std::move(function), std::move(args)});
}

const std::string& TimeRecipe::function() const {
  return call_ ? call_->function : NoFunction();
}

const TimeArgs& TimeRecipe::args() const { return call_ ? call_->args : NoArgs(); }

bool operator==(const TimeRecipe& a, const TimeRecipe& b) {
  return a.function() == b.function() && a.args() == b.args();
}

TimeRecipe RecipePool::Intern(std::string function, TimeArgs args) {
  if (function.empty() && args.empty()) return {};
  std::string key = KeyOf(function, args);
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  TimeRecipe made(std::move(function), std::move(args));
  by_key_.emplace(std::move(key), made);
  return made;
}

}  // namespace annals
