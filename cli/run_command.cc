// annals run: articles in, timeline and graph files out.
//
// A client of the public API (include/annals): Document::FromFile +
// Extract on the worker threads, Timeline::Assemble, and the files of
// cli/outputs.cc (shared with `annals assemble`).
#include <iostream>

#include "annals/annals.h"
#include "annals/parallel.h"
#include "cli/article_stream.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/outputs.h"
#include "cli/progress.h"
#include "cli/watch.h"

namespace annals {
namespace {

struct RunOptions {
  RulesOption rules;
  std::string dct;
  std::string out = "out";
  unsigned jobs = DefaultJobs();
  std::vector<std::string> inputs;
  bool watch = false;
  OutputOptions outputs;
};

int RunRun(const RunOptions& o, const char* argv0) {
  if (!o.dct.empty() && !IsDate(o.dct)) {
    return Report(
        Status::Error(Status::Code::kInvalidArgument,
                      "--dct '" + o.dct + "' is not a date like 2021-03-19"));
  }
  auto rules = LoadRuleSetOrReport(o.rules, argv0);
  if (!rules) return 1;
  // Streamed (cli/article_stream.h), and each article's text dropped once
  // it is extracted: memory grows with the results, not the corpus.
  ArticleStream articles(o.inputs);
  Progress progress("annals run", articles.size(), articles.bytes());
  int failures = articles.failures();
  std::vector<Extraction> found;
  auto extract = [&](const std::string& path) -> Result<Extraction> {
    auto doc = Document::FromFile(path);
    if (!doc.ok()) return doc.status();
    if (!o.dct.empty()) doc->dct = o.dct, doc->dct_origin = "option";
    auto x = Extract(*rules, *doc);
    if (x) x->DiscardText();
    return x;
  };
  auto keep = [&](Result<Extraction> x) {
    if (x.ok())
      found.push_back(std::move(*x));
    else
      failures += Report(x.status());
  };
  articles.ForEach(o.jobs, extract, keep, &progress);
  progress.Finish();
  Timeline timeline = Timeline::Assemble(*rules, std::move(found));
  OutputOptions outputs = o.outputs;
  outputs.jobs = o.jobs;
  failures += WriteOutputs(timeline, o.out, outputs);
  PrintSummary(timeline, failures);
  return failures ? 1 : 0;
}

}  // namespace

void SetupRun(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<RunOptions>();
  AddRulesOption(sub, &o->rules);
  sub->add_option("--dct", o->dct,
                  "Document creation time for every article (YYYY-MM-DD)");
  sub->add_option("--out", o->out, "Output directory")->capture_default_str();
  sub->add_option("-j,--jobs", o->jobs,
                  "Articles processed in parallel (default: all cores)");
  sub->add_option("inputs", o->inputs,
                  "Articles: files, directories, or - for stdin")
      ->required();
  sub->add_flag("--watch", o->watch,
                "Run again whenever a rule file or an article changes");
  AddOutputOptions(sub, &o->outputs);
  sub->callback([o, action, argv0] {
    *action = [o, argv0] {
      if (!o->watch) return RunRun(*o, argv0);
      WatchOptions w{RuleDirs(o->rules, argv0)};
      w.paths.insert(w.paths.end(), o->inputs.begin(), o->inputs.end());
      return WatchLoop(
          w, [o, argv0] { return RunRun(*o, argv0); }, std::cerr);
    };
  });
}

}  // namespace annals
