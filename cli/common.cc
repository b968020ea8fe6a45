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
  for (const fs::path& cand : {dir / ".." / "share" / "annals" / "rules",
                               dir / ".." / "rules", dir / "rules"}) {
    if (fs::is_directory(cand, ec))
      return fs::weakly_canonical(cand, ec).string();
  }
  return "rules";
}

std::vector<std::string> RuleDirs(const std::vector<std::string>& dirs,
                                  const char* argv0) {
  return dirs.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : dirs;
}

std::optional<RuleSet> LoadRuleSetOrReport(const std::vector<std::string>& dirs,
                                           const char* argv0,
                                           RuleSet::Scope scope) {
  Diagnostics diags;
  auto rules = RuleSet::Load(RuleDirs(dirs, argv0), &diags, scope);
  if (rules) return std::move(*rules);
  for (const auto& d : diags) Report(d);
  if (diags.empty()) Report(rules.status());
  return std::nullopt;
}

int Report(const Status& status) {
  std::cerr << status.ToString() << "\n";
  return 1;
}

std::vector<Document> ReadDocuments(const std::vector<std::string>& paths,
                                    const std::string& dct, int* failures) {
  std::vector<Document> out;
  for (auto& path : ExpandArticlePaths(paths)) {
    auto doc =
        path.ok() ? Document::FromFile(*path) : Result<Document>(path.status());
    if (!doc.ok()) {
      *failures += Report(doc.status());
      continue;
    }
    if (!dct.empty()) {
      doc->dct = dct;
      doc->dct_origin = "option";
    }
    doc->id = "d" + std::to_string(out.size() + 1);
    out.push_back(std::move(*doc));
  }
  return out;
}

void AddRulesOption(CLI::App* sub, std::vector<std::string>* dirs) {
  sub->add_option("--rules", *dirs,
                  "Rules directory (repeat to layer; later ones override)")
      ->allow_extra_args(false);
}

}  // namespace annals
