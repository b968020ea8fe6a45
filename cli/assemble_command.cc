// annals assemble: the reduce half. Extract records in, run's files out.
//
// A client of the public API (include/annals): ParseExtractRecord +
// Timeline::Assemble. The files are written by cli/outputs.cc, shared with
// `annals run` so both write the same set.
#include <fstream>
#include <iostream>

#include "annals/article.h"
#include "annals/status.h"
#include "annals/timeline.h"
#include "cli/article_checks.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/outputs.h"

namespace annals {
namespace {

struct AssembleOptions {
  RulesOption rules;
  std::string out = "out";
  std::vector<std::string> inputs;
  OutputOptions outputs;
};

// Reads every record of one stream; bad lines are reported with their
// file and line, and skipped.
int ReadRecords(std::istream& in, const std::string& name,
                std::vector<Extraction>* out) {
  int failures = 0;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    auto x = ParseExtractRecord(line);
    if (!x.ok()) {
      failures += Report(Status::Error(Status::Code::kInvalidArgument,
                                       x.status().message(), {name, n, 0}));
      continue;
    }
    out->push_back(std::move(*x));
  }
  return failures;
}

int RunAssemble(const AssembleOptions& o, const char* argv0) {
  auto rules = LoadRuleSetOrReport(o.rules, argv0);
  if (!rules) return 1;
  std::vector<Extraction> records;
  int failures = 0;
  std::vector<std::string> inputs =
      o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  for (const auto& path : inputs) {
    if (path == "-") {
      failures += ReadRecords(std::cin, "<stdin>", &records);
      continue;
    }
    std::ifstream in(path);
    if (!in) {
      failures += Report(Status::IoError("cannot open extract records", path));
      continue;
    }
    failures += ReadRecords(in, path, &records);
  }
  if (records.empty()) return RefuseEmptyRun(o.out);
  Timeline timeline = Timeline::Assemble(*rules, std::move(records));
  WarnUndatedDocuments(timeline);
  failures += WriteOutputs(timeline, o.out, o.outputs);
  PrintSummary(timeline, failures);
  return failures ? 1 : 0;
}

}  // namespace

void SetupAssemble(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<AssembleOptions>();
  AddRulesOption(sub, &o->rules);  // holiday tables, when years are inferred
  sub->add_option("--out", o->out, "Output directory")->capture_default_str();
  sub->add_option("inputs", o->inputs,
                  "Extract records (JSON Lines files; - or none for stdin)");
  AddOutputOptions(sub, &o->outputs);
  sub->callback([o, action, argv0] {
    *action = [o, argv0] { return RunAssemble(*o, argv0); };
  });
}

}  // namespace annals
