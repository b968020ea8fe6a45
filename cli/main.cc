// annals: news articles in, a dated timeline and a graph of who met whom out.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

namespace {

const annals::Command kCommands[] = {
    {"run", "Extract and assemble: timeline.json, timeline.md, graph.dot, graph.graphml",
     annals::SetupRun},
    {"tag", "Tag time expressions (TIMEX3) as TimeML or JSON Lines", annals::SetupTag},
    {"extract", "Per-article facts as JSON Lines (the map half of run)", annals::SetupExtract},
    {"assemble", "Merge extract records into run's outputs (the reduce half)", annals::SetupAssemble},
    {"rules", "Rule authoring: check (load and compile), test (run examples:)", annals::SetupRules},
    {"explain", "Show every mention of an article, the rule behind it, and what lost", annals::SetupExplain},
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"annals: dated timelines and who-met-whom graphs from news articles"};
  app.require_subcommand(1);
  annals::Action action;
  for (const auto& cmd : kCommands) {
    cmd.setup(app.add_subcommand(cmd.name, cmd.help), &action, argv[0]);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return action ? action() : 2;
}
