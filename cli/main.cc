// annals: news articles in, a dated timeline and a graph of who met whom out.
//
// main() is the table of subcommands and the exit-status convention:
// 0 success, 1 something failed (printed as it happened), 2 the command
// line itself was wrong (an unknown command, a bad option or value). A
// script can tell "fix your invocation" from "an article was bad".
#include <CLI/CLI.hpp>
#include <cstring>
#include <iostream>
#include <string>

#include "annals/version.h"
#include "cli/commands.h"

namespace {

const annals::Command kCommands[] = {
    {"run",
     "Extract and assemble: timeline.json, timeline.md, graph.dot, "
     "graph.graphml",
     annals::SetupRun},
    {"tag", "Tag time expressions (TIMEX3) as TimeML or JSON Lines",
     annals::SetupTag},
    {"extract", "Per-article facts as JSON Lines (the map half of run)",
     annals::SetupExtract},
    {"assemble", "Merge extract records into run's outputs (the reduce half)",
     annals::SetupAssemble},
    {"rules", "Rule authoring: check (load and compile), test (run examples:)",
     annals::SetupRules},
    {"explain",
     "Show every mention of an article, the rule behind it, and what lost",
     annals::SetupExplain},
};

constexpr int kUsageError = 2;

// "run, tag, extract, ...": for the unknown-command message.
std::string CommandNames() {
  std::string out;
  for (const auto& cmd : kCommands)
    out += (out.empty() ? "" : ", ") + std::string(cmd.name);
  return out;
}

// CLI11 would say "The following argument was not expected: rnu"; a
// user who mistyped a command deserves to hear what the commands are.
bool IsUnknownCommand(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  for (const auto& cmd : kCommands) {
    if (std::strcmp(argv[1], cmd.name) == 0) return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "annals: dated timelines and who-met-whom graphs from news articles"};
  app.set_version_flag("--version", "annals " ANNALS_VERSION_STRING);
  app.require_subcommand(1);
  annals::Action action;
  for (const auto& cmd : kCommands) {
    cmd.setup(app.add_subcommand(cmd.name, cmd.help), &action, argv[0]);
  }
  if (IsUnknownCommand(argc, argv)) {
    std::cerr << "annals: unknown command '" << argv[1]
              << "'; the commands are " << CommandNames()
              << " (annals --help)\n";
    return kUsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" that exit 0.
    return app.exit(e) == 0 ? 0 : kUsageError;
  }
  return action ? action() : kUsageError;
}
