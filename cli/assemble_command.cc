// annals assemble: the reduce half. Extract records in, run's files out.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/outputs.h"
#include "graph/assembler.h"
#include "pipeline/facts_json.h"
#include "pipeline/timex_tagger.h"

namespace annals {
namespace {

struct AssembleOptions {
  std::vector<std::string> rules;
  std::string out = "out";
  std::vector<std::string> inputs;
};

// Reads every record of one stream; bad lines are reported with their
// file and line, and skipped.
int ReadRecords(std::istream& in, const std::string& name, std::vector<ArticleFacts>* out) {
  int failures = 0;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    auto facts = j.is_discarded() ? Result<ArticleFacts>(Status::Error(Status::Code::kInvalidArgument, "not JSON"))
                                  : FactsFromJson(j);
    if (!facts.ok()) {
      failures += Report(Status::Error(Status::Code::kInvalidArgument, facts.status().message(), {name, n, 0}));
      continue;
    }
    out->push_back(std::move(*facts));
  }
  return failures;
}

int RunAssemble(const AssembleOptions& o, const char* argv0) {
  auto book = LoadRulesOrReport(o.rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o.rules);
  if (!book) return 1;
  std::vector<ArticleFacts> facts;
  int failures = 0;
  std::vector<std::string> inputs = o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs;
  for (const auto& path : inputs) {
    if (path == "-") {
      failures += ReadRecords(std::cin, "<stdin>", &facts);
      continue;
    }
    std::ifstream in(path);
    if (!in) {
      failures += Report(Status::IoError("cannot open extract records", path));
      continue;
    }
    failures += ReadRecords(in, path, &facts);
  }
  TimexTagger tagger(*book);
  Assembly a = Assembler(tagger).Assemble(std::move(facts));
  failures += WriteOutputs(a, o.out);
  PrintSummary(a, failures);
  return failures ? 1 : 0;
}

}  // namespace

void SetupAssemble(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<AssembleOptions>();
  sub->add_option("--rules", o->rules, "Rules directory (for holiday tables when years are inferred)")->allow_extra_args(false);
  sub->add_option("--out", o->out, "Output directory")->capture_default_str();
  sub->add_option("inputs", o->inputs, "Extract records (JSON Lines files; - or none for stdin)");
  sub->callback([o, action, argv0] { *action = [o, argv0] { return RunAssemble(*o, argv0); }; });
}

}  // namespace annals
