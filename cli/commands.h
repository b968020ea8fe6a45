// The subcommands of `annals`. Each file cli/<name>_command.cc defines one
// Setup function that declares its options on a CLI11 subcommand and sets
// the action to run when it is chosen; main.cc is only the table.
#ifndef ANNALS_CLI_COMMANDS_H_
#define ANNALS_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace annals {

using Action = std::function<int()>;

struct Command {
  const char* name;
  const char* help;
  void (*setup)(CLI::App* sub, Action* action, const char* argv0);
};

void SetupRun(CLI::App* sub, Action* action, const char* argv0);
void SetupTag(CLI::App* sub, Action* action, const char* argv0);
void SetupExtract(CLI::App* sub, Action* action, const char* argv0);
void SetupAssemble(CLI::App* sub, Action* action, const char* argv0);
void SetupRules(CLI::App* sub, Action* action, const char* argv0);
void SetupExplain(CLI::App* sub, Action* action, const char* argv0);

}  // namespace annals

#endif  // ANNALS_CLI_COMMANDS_H_
