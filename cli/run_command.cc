// annals run: articles in, timeline and graph files out.
#include <filesystem>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/article_stream.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/outputs.h"
#include "cli/progress.h"
#include "cli/watch.h"
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
  bool watch = false;
  std::string dot_rank = "none";
  OutputOptions outputs;
};

int RunRun(const RunOptions& o, const char* argv0) {
  if (!o.dct.empty() && !PartialDate::Parse(o.dct)) {
    return Report(Status::Error(Status::Code::kInvalidArgument,
                                "--dct '" + o.dct + "' is not a date like 2021-03-19"));
  }
  auto dirs = o.rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o.rules;
  auto book = LoadRulesOrReport(dirs);
  if (!book) return 1;
  // Streamed (cli/article_stream.h): an article's text is dropped once its
  // facts are extracted, so memory grows with the facts, not the corpus.
  ArticleStream articles(o.inputs);
  Progress progress("annals run", articles.size(), articles.bytes());
  int failures = articles.failures();
  Extractor extractor(book);
  std::vector<ArticleFacts> facts;
  auto extract = [&](const std::string& path) -> Result<ArticleFacts> {
    auto article = Ingestor::ReadFile(path);
    if (!article.ok()) return article.status();
    if (!o.dct.empty()) article->dct = o.dct, article->dct_origin = "option";
    return extractor.Extract(*article);
  };
  auto keep = [&](Result<ArticleFacts> f) {
    if (f.ok()) facts.push_back(std::move(*f));
    else failures += Report(f.status());
  };
  articles.ForEach(o.jobs, extract, keep, &progress);
  progress.Finish();
  Assembly a = Assembler(extractor.tagger()).Assemble(std::move(facts));
  OutputOptions outputs = o.outputs;
  outputs.dot.rank_by_time = o.dot_rank == "time";
  failures += WriteOutputs(a, o.out, outputs);
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
  sub->add_flag("--watch", o->watch, "Run again whenever a rule file or an article changes");
  sub->add_option("--dot-rank", o->dot_rank, "graph.dot layout: none, or time (events left to right in time order)")
      ->check(CLI::IsMember({"none", "time"}))->capture_default_str();
  sub->add_option("--graph-focus", o->outputs.dot.focus,
                  "Draw only the neighbourhood of one actor (id, name or alias) in graph.dot/.svg");
  sub->add_flag("--no-svg", [o](std::int64_t) { o->outputs.svg = false; },
                "Do not render graph.svg with Graphviz");
  sub->callback([o, action, argv0] {
    *action = [o, argv0] {
      if (!o->watch) return RunRun(*o, argv0);
      WatchOptions w{o->rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o->rules};
      w.paths.insert(w.paths.end(), o->inputs.begin(), o->inputs.end());
      return WatchLoop(w, [o, argv0] { return RunRun(*o, argv0); }, std::cerr);
    };
  });
}

}  // namespace annals
