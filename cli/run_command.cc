// annals run: articles in, timeline and graph files out.
#include <filesystem>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/outputs.h"
#include "graph/assembler.h"
#include "pipeline/extractor.h"
#include "pipeline/parallel.h"

namespace annals {
namespace {

struct RunOptions {
  std::vector<std::string> rules;
  std::string dct;
  std::string out = "out";
  unsigned jobs = DefaultJobs();
  std::vector<std::string> inputs;
};

int RunRun(const RunOptions& o, const char* argv0) {
  if (!o.dct.empty() && !PartialDate::Parse(o.dct)) {
    return Report(Status::Error(Status::Code::kInvalidArgument,
                                "--dct '" + o.dct + "' is not a date like 2021-03-19"));
  }
  auto dirs = o.rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o.rules;
  auto book = LoadRulesOrReport(dirs);
  if (!book) return 1;
  int failures = 0;
  auto articles = ReadArticles(o.inputs, o.dct, &failures);
  Extractor extractor(book);
  std::vector<ArticleFacts> facts(articles.size());
  ParallelFor(articles.size(), o.jobs, [&](std::size_t i) { facts[i] = extractor.Extract(articles[i]); });
  Assembly a = Assembler(extractor.tagger()).Assemble(std::move(facts));
  failures += WriteOutputs(a, o.out);
  PrintSummary(a, failures);
  return failures ? 1 : 0;
}

}  // namespace

void SetupRun(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<RunOptions>();
  sub->add_option("--rules", o->rules, "Rules directory (repeat to layer; later ones override)")->allow_extra_args(false);
  sub->add_option("--dct", o->dct, "Document creation time for every article (YYYY-MM-DD)");
  sub->add_option("--out", o->out, "Output directory")->capture_default_str();
  sub->add_option("-j,--jobs", o->jobs, "Articles processed in parallel (default: all cores)");
  sub->add_option("inputs", o->inputs, "Articles: files, directories, or - for stdin")->required();
  sub->callback([o, action, argv0] { *action = [o, argv0] { return RunRun(*o, argv0); }; });
}

}  // namespace annals
