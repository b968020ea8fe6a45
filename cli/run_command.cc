// annals run: articles in, timeline and graph files out.
//
// A client of the public API (include/annals): Document::FromFile +
// Extract on the worker threads, Timeline::Assemble, and the files of
// cli/outputs.cc (shared with `annals assemble`).
#include <iostream>
#include <optional>
#include <string>

#include "annals/article.h"
#include "annals/parallel.h"
#include "annals/status.h"
#include "annals/timeline.h"
#include "cli/article_checks.h"
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

// One article's result, with the warning to print when it is consumed
// (in input order, whatever thread extracted it).
struct Extracted {
  Result<Extraction> x;
  std::optional<std::string> warning;
};

Extracted ExtractFile(const RuleSet& rules, const std::string& path,
                      const std::string& dct) {
  auto doc = Document::FromFile(path);
  if (!doc.ok()) return {doc.status(), std::nullopt};
  if (!dct.empty()) doc->dct = dct, doc->dct_origin = "option";
  auto warning = EmptyArticleWarning(*doc);
  auto x = Extract(rules, std::move(*doc));  // the text moves, not copied
  if (x) x->DiscardText();
  return {std::move(x), std::move(warning)};
}

int RunRun(const RunOptions& o, const char* argv0) {
  auto rules = LoadRuleSetOrReport(o.rules, argv0);
  if (!rules) return 1;
  // Streamed (cli/article_stream.h), and each article's text dropped once
  // it is extracted: memory grows with the results, not the corpus.
  ArticleStream articles(o.inputs);
  Progress progress("annals run", articles.size(), articles.bytes());
  int failures = articles.failures();
  std::size_t usable = 0;  // read, and not empty
  std::vector<Extraction> found;
  auto extract = [&](const std::string& path) {
    return ExtractFile(*rules, path, o.dct);
  };
  auto keep = [&](Extracted r) {
    if (r.warning) std::cerr << *r.warning << "\n";
    if (!r.x.ok()) {
      failures += Report(r.x.status());
      return;
    }
    usable += !r.warning;
    found.push_back(std::move(*r.x));
  };
  articles.ForEach(o.jobs, extract, keep, &progress);
  progress.Finish();
  if (usable == 0) return RefuseEmptyRun(o.out);
  Timeline timeline = Timeline::Assemble(*rules, std::move(found));
  WarnUndatedDocuments(timeline);
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
  AddDctOption(sub, &o->dct, "Document creation time for every article");
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
