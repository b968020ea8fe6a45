#include "cli/common.h"

#include <unistd.h>

#include <algorithm>
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

std::vector<std::string> RuleDirs(const RulesOption& option,
                                  const char* argv0) {
  std::vector<std::string> all;
  if (!option.no_bundled) all.push_back(DefaultRulesDir(argv0));
  all.insert(all.end(), option.dirs.begin(), option.dirs.end());
  std::vector<std::string> out;
  std::vector<fs::path> seen;
  for (const std::string& dir : all) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(dir, ec);
    if (ec) key = dir;
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    out.push_back(dir);
  }
  return out;
}

namespace {

// Where parsed rule files are kept: $XDG_CACHE_HOME/annals, else
// ~/.cache/annals; none when ANNALS_NO_CACHE is set (cold start-up, for
// benchmarks) or no home is known.
std::string RulesCacheDir() {
  if (const char* off = std::getenv("ANNALS_NO_CACHE"); off && *off) return "";
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::string(xdg) + "/annals";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.cache/annals";
  return "";
}

}  // namespace

std::optional<RuleSet> LoadRuleSetOrReport(const RulesOption& option,
                                           const char* argv0,
                                           RuleSet::Scope scope,
                                           RulesCache cache) {
  Diagnostics diags;
  auto rules = RuleSet::Load(RuleDirs(option, argv0), &diags, scope,
                             cache == RulesCache::kUse ? RulesCacheDir() : "");
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

void AddRulesOption(CLI::App* sub, RulesOption* option) {
  sub->add_option(
         "--rules", option->dirs,
         "Rules directory added on top of the bundled rules (repeat to layer; "
         "later ones add rules and override by id)")
      ->allow_extra_args(false);
  sub->add_flag("--no-bundled-rules", option->no_bundled,
                "Start from no rules: load only the --rules directories");
}

void AddDctOption(CLI::App* sub, std::string* dct, const std::string& help) {
  CLI::Validator date(
      [](std::string& value) -> std::string {
        if (IsDate(value)) return "";
        return "'" + value +
               "' is not a calendar date; give YYYY-MM-DD, YYYY-MM or YYYY "
               "(e.g. 2021-03-19)";
      },
      "DATE");
  sub->add_option("--dct", *dct, help + " (YYYY-MM-DD)")->check(date);
}

void AddAnchorOption(CLI::App* sub, std::string* dct) {
  CLI::Validator datetime(
      [](std::string& value) -> std::string {
        if (IsDate(value)) return "";
        return "'" + value +
               "' is not a date-time; give YYYY-MM-DDTHH:MM or a date "
               "(e.g. 2021-03-19T16:20)";
      },
      "DATETIME");
  sub->add_option("--anchor", *dct,
                  "Reference time to the minute (YYYY-MM-DDTHH:MM); "
                  "the DCT as a date-time")
      ->check(datetime);
}

}  // namespace annals
