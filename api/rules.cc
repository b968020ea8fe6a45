// RuleSet: RuleBook behind a handle.
#include "annals/rules.h"

#include <cstdlib>
#include <optional>

#include "annals/version.h"

#include "api/internal.h"

namespace annals {
namespace {

// RuleBook reports every problem; the Result carries the first, `all` gets
// them all (warnings of a successful load included).
Result<RuleSet> Finish(std::shared_ptr<const RuleBook> book, Diagnostics diags,
                       Diagnostics* all) {
  if (book && book->rule_count() == 0) {
    diags.push_back(Status::Error(Status::Code::kRuleError,
                                  "no rules loaded: the rule files define no rule to run"));
    book = nullptr;
  }
  if (all) all->insert(all->end(), diags.begin(), diags.end());
  if (book) return internal::Access::MakeRuleSet(std::move(book));
  for (const Status& d : diags) {
    if (!d.ok()) return d;
  }
  return Status::Error(Status::Code::kRuleError, "rules could not be loaded");
}

StageMask StagesOf(RuleSet::Scope scope) {
  return scope == RuleSet::Scope::kTimes ? TimeStages() : AllStages();
}

}  // namespace

Result<RuleSet> RuleSet::Load(const std::vector<std::string>& dirs,
                              Diagnostics* all, Scope scope,
                              const std::string& cache_dir) {
  if (dirs.empty()) {
    return Status::Error(Status::Code::kInvalidArgument,
                         "no rules directory given");
  }
  Diagnostics diags;
  std::optional<YamlCache> cache;
  if (!cache_dir.empty()) cache.emplace(cache_dir, ANNALS_VERSION_STRING);
  auto book = RuleBook::LoadDirs(dirs, &diags, StagesOf(scope), Extractor::Reads(),
                                 cache ? &*cache : nullptr);
  return Finish(std::move(book), std::move(diags), all);
}

Result<RuleSet> RuleSet::FromYaml(const std::vector<std::vector<File>>& layers,
                                  Diagnostics* all, Scope scope) {
  std::vector<std::vector<RuleBook::Source>> sources;
  sources.reserve(layers.size());
  for (const auto& layer : layers) {
    auto& out = sources.emplace_back();
    for (const File& f : layer) out.push_back({f.name, f.yaml});
  }
  Diagnostics diags;
  auto book = RuleBook::LoadSources(sources, &diags, StagesOf(scope), Extractor::Reads());
  return Finish(std::move(book), std::move(diags), all);
}

Result<RuleSet> RuleSet::LoadLayered(const std::vector<std::string>& dirs,
                                     const std::vector<std::vector<File>>& layers,
                                     Diagnostics* all, Scope scope) {
  Diagnostics diags;
  auto sources = RuleBook::ReadDirs(dirs, &diags);
  for (const auto& layer : layers) {
    auto& out = sources.emplace_back();
    for (const File& f : layer) out.push_back({f.name, f.yaml});
  }
  if (!diags.empty()) return Finish(nullptr, std::move(diags), all);
  auto book = RuleBook::LoadSources(sources, &diags, StagesOf(scope), Extractor::Reads());
  return Finish(std::move(book), std::move(diags), all);
}

std::string RuleSet::BundledDirectory() {
  if (const char* env = std::getenv("ANNALS_RULES"); env && *env) return env;
#ifdef ANNALS_INSTALL_RULES_DIR
  return ANNALS_INSTALL_RULES_DIR;
#else
  return "rules";
#endif
}

RuleSet::Scope RuleSet::scope() const {
  return impl_ && impl_->book->stages() != AllStages() ? Scope::kTimes
                                                      : Scope::kEverything;
}

std::size_t RuleSet::rule_count() const {
  return impl_ ? impl_->book->rule_count() : 0;
}

std::size_t RuleSet::file_count() const {
  return impl_ ? impl_->book->file_count() : 0;
}

std::size_t RuleSet::lexicon_count() const {
  return impl_ ? impl_->book->lexicons().size() : 0;
}

std::vector<RuleSet::StageRules> RuleSet::stage_rule_counts() const {
  std::vector<StageRules> out;
  for (int i = 0; i < kStageCount; ++i) {
    Stage s = static_cast<Stage>(i);
    out.push_back({StageName(s), impl_ ? impl_->book->rules(s).size() : 0});
  }
  return out;
}

bool RuleSet::has_rule(const std::string& rule_id) const {
  return impl_ && impl_->book->rule(rule_id) != nullptr;
}

}  // namespace annals
