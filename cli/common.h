// Shared plumbing of the subcommands: where the rules are, loading them
// with readable diagnostics, and reading the articles given.
#ifndef ANNALS_CLI_COMMON_H_
#define ANNALS_CLI_COMMON_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/rules.h"
#include "pipeline/article.h"
#include "pipeline/rule_book.h"

namespace annals {

// The bundled rules: $ANNALS_RULES, else share/annals/rules beside the
// installed binary, else rules/ of the source tree the binary was built in.
std::string DefaultRulesDir(const char* argv0);

// Loads the layers; prints every diagnostic to stderr on failure.
std::shared_ptr<const RuleBook> LoadRulesOrReport(const std::vector<std::string>& dirs);

// The public-API rule set for a command: `dirs`, or the bundled rules
// when none are given. Prints every diagnostic; nullopt on failure.
std::optional<RuleSet> LoadRuleSetOrReport(const std::vector<std::string>& dirs, const char* argv0);

// Prints "error: ..." lines for a failed status; returns 1.
int Report(const Status& status);

// Reads every article named (directories expanded). Errors are printed
// and counted in *failures; the good articles are returned in order with
// ids d1, d2, ...
std::vector<Article> ReadArticles(const std::vector<std::string>& paths, const std::string& dct,
                                  int* failures);

}  // namespace annals

#endif  // ANNALS_CLI_COMMON_H_
