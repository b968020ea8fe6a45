#include "cli/common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace annals {
namespace fs = std::filesystem;

std::string DefaultRulesDir(const char* argv0) {
  if (const char* env = std::getenv("ANNALS_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  fs::path dir = exe.parent_path();
  for (const fs::path& cand : {dir / ".." / "share" / "annals" / "rules", dir / ".." / "rules",
                               dir / "rules"}) {
    if (fs::is_directory(cand, ec)) return fs::weakly_canonical(cand, ec).string();
  }
  return "rules";
}

std::shared_ptr<const RuleBook> LoadRulesOrReport(const std::vector<std::string>& dirs) {
  Diagnostics diags;
  auto book = RuleBook::LoadDirs(dirs, &diags);
  for (const auto& d : diags) std::cerr << d.ToString() << "\n";
  if (!book && diags.empty()) std::cerr << "error: rules could not be loaded\n";
  return book;
}

std::optional<RuleSet> LoadRuleSetOrReport(const std::vector<std::string>& dirs, const char* argv0) {
  Diagnostics diags;
  auto rules = RuleSet::Load(dirs.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : dirs, &diags);
  if (rules) return std::move(*rules);
  for (const auto& d : diags) Report(d);
  if (diags.empty()) Report(rules.status());
  return std::nullopt;
}

int Report(const Status& status) {
  std::cerr << status.ToString() << "\n";
  return 1;
}

std::vector<Article> ReadArticles(const std::vector<std::string>& paths, const std::string& dct,
                                  int* failures) {
  std::vector<Article> out;
  for (auto& path : Ingestor::ExpandPaths(paths)) {
    if (!path.ok()) {
      ++*failures;
      Report(path.status());
      continue;
    }
    auto article = Ingestor::ReadFile(*path);
    if (!article.ok()) {
      ++*failures;
      Report(article.status());
      continue;
    }
    if (!dct.empty()) {
      article->dct = dct;
      article->dct_origin = "option";
    }
    article->id = "d" + std::to_string(out.size() + 1);
    out.push_back(std::move(*article));
  }
  return out;
}

}  // namespace annals
