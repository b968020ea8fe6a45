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

// `dirs`, or the bundled rules when none are given.
// Example: RuleDirs({}, argv[0]) == {DefaultRulesDir(argv[0])}
std::vector<std::string> RuleDirs(const std::vector<std::string>& dirs,
                                  const char* argv0);

// The rule set for a command: `dirs`, or the bundled rules when none are
// given. Prints every diagnostic; nullopt on failure.
std::optional<RuleSet> LoadRuleSetOrReport(
    const std::vector<std::string>& dirs, const char* argv0,
    RuleSet::Scope scope = RuleSet::Scope::kEverything);

// The --rules option every analysing subcommand takes (repeatable layers).
// Example: AddRulesOption(sub, &options->rules);
void AddRulesOption(CLI::App* sub, std::vector<std::string>* dirs);

// Prints "error: ..." lines for a failed status; returns 1.
int Report(const Status& status);

// Reads every article named (directories expanded), with `dct` (when not
// "") as each one's DCT. Errors are printed and counted in *failures; the
// good documents are returned in order with ids d1, d2, ...
std::vector<Document> ReadDocuments(const std::vector<std::string>& paths,
                                    const std::string& dct, int* failures);

}  // namespace annals

#endif  // ANNALS_CLI_COMMON_H_
