// Shared plumbing of the subcommands: where the rules are, loading them
// with readable diagnostics, and reading the articles given. Only the
// public API (include/annals) is used.
#ifndef ANNALS_CLI_COMMON_H_
#define ANNALS_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "annals/article.h"
#include "annals/rules.h"
#include "annals/status.h"

namespace annals {

// The bundled rules: $ANNALS_RULES, else share/annals/rules beside the
// installed binary, else rules/ of the source tree the binary was built in.
std::string DefaultRulesDir(const char* argv0);

// Which rules a command loads: the bundled rules, then each --rules
// directory on top (a later layer adds rules and overrides by id), or,
// with --no-bundled-rules, the given directories alone.
struct RulesOption {
  std::vector<std::string> dirs;
  bool no_bundled = false;
};

// The layers, in order; a directory given twice (or the bundled one again)
// is loaded once, at its first place.
// Example: RuleDirs({{"mine"}}, argv[0]) == {DefaultRulesDir(argv[0]), "mine"}
std::vector<std::string> RuleDirs(const RulesOption& option, const char* argv0);

// Whether a command may take parsed rule files from the cache: not when
// it reports where rules are written (`rules test` cites file:line).
enum class RulesCache { kUse, kBypass };

// The rule set for a command. Prints every diagnostic; nullopt on failure
// (a broken rule, a broken contract, or no rules at all).
std::optional<RuleSet> LoadRuleSetOrReport(
    const RulesOption& option, const char* argv0,
    RuleSet::Scope scope = RuleSet::Scope::kEverything,
    RulesCache cache = RulesCache::kUse);

// --rules DIR (repeatable) and --no-bundled-rules.
// Example: AddRulesOption(sub, &options->rules);
void AddRulesOption(CLI::App* sub, RulesOption* option);

// --dct DATE, checked while the command line is parsed: "yesterday" or
// "2021-13-45" is a usage error (exit 2) before any rule is loaded.
// Example: AddDctOption(sub, &o->dct, "Document creation time for every
// article");
void AddDctOption(CLI::App* sub, std::string* dct, const std::string& help);

// --anchor DATETIME: the reference time to the minute (the DCT as a
// date-time, "2021-03-12T16:20"), for text that is not news: "an hour
// ago" and "in 5 minutes" count from it. Writes the same string as --dct.
void AddAnchorOption(CLI::App* sub, std::string* dct);

// Prints "error: ..." lines for a failed status; returns 1.
int Report(const Status& status);

// Reads every article named (directories expanded), with `dct` (when not
// "") as each one's DCT. Errors are printed and counted in *failures; the
// good documents are returned in order with ids d1, d2, ...
std::vector<Document> ReadDocuments(const std::vector<std::string>& paths,
                                    const std::string& dct, int* failures);

}  // namespace annals

#endif  // ANNALS_CLI_COMMON_H_
