// annals extract: the map half. One JSON Lines record per article.
//
// A client of the public API (include/annals): Extract + Write as
// Format::kExtractRecord. Articles come from paths, or with --stdin-jsonl
// as JSON Lines {"id", "text", "dct"} on standard input. They are
// processed in batches (parallel within a batch, written in input order),
// so memory holds one batch, never the corpus.
#include <iostream>
#include <optional>

#include "annals/article.h"
#include "annals/export.h"
#include "annals/parallel.h"
#include "annals/status.h"
#include "cli/article_checks.h"
#include "cli/article_stream.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/progress.h"

namespace annals {
namespace {

struct ExtractOptions {
  RulesOption rules;
  std::string dct;
  unsigned jobs = DefaultJobs();
  bool stdin_jsonl = false;
  std::vector<std::string> inputs;
};

constexpr std::size_t kBatch = 256;

// One article's record line, with a warning to print in input order.
struct Record {
  Result<std::string> line;
  std::optional<std::string> warning;
};

// Extracts a batch on `jobs` threads (a RuleSet needs no locks) and prints
// the records in input order; returns the number of failed articles.
int EmitBatch(const RuleSet& rules, std::vector<Document>* batch,
              unsigned jobs) {
  std::vector<Result<std::string>> lines(batch->size(), Status::Ok());
  ParallelFor(batch->size(), jobs, [&](std::size_t i) {
    auto x = Extract(rules, std::move((*batch)[i]));  // cleared below
    lines[i] = x ? Render(*x, Format::kExtractRecord)
                 : Result<std::string>(x.status());
  });
  int failures = 0;
  for (const auto& l : lines) {
    if (l)
      std::cout << *l;
    else
      failures += Report(l.status());
  }
  batch->clear();
  return failures;
}

int RunExtract(const ExtractOptions& o, const char* argv0) {
  auto rules = LoadRuleSetOrReport(o.rules, argv0);
  if (!rules) return 1;
  int failures = 0;
  std::vector<Document> batch;
  auto add = [&](Document d) {
    batch.push_back(std::move(d));
    if (batch.size() == kBatch) failures += EmitBatch(*rules, &batch, o.jobs);
  };
  if (o.stdin_jsonl) {
    Progress progress("annals extract", 0, 0, true);
    std::string line;
    for (std::size_t n = 1; std::getline(std::cin, line);
         progress.Add(1, line.size()), ++n) {
      if (line.empty()) continue;
      auto d = Document::FromJsonLine(line, {"<stdin>", static_cast<int>(n), 0},
                                      "stdin:" + std::to_string(n));
      if (!d.ok()) {
        failures += Report(d.status());
        continue;
      }
      if (!o.dct.empty() && d->dct.empty())
        d->dct = o.dct, d->dct_origin = "option";
      if (auto w = EmptyArticleWarning(*d)) std::cerr << *w << "\n";
      add(std::move(*d));
    }
  } else {
    // Streamed (cli/article_stream.h): files are read on the worker threads.
    ArticleStream articles(o.inputs);
    Progress progress("annals extract", articles.size(), articles.bytes(),
                      true);
    failures += articles.failures();
    auto extract = [&](const std::string& path) -> Record {
      auto d = Document::FromFile(path);
      if (!d.ok()) return {d.status(), std::nullopt};
      if (!o.dct.empty()) d->dct = o.dct, d->dct_origin = "option";
      auto x = Extract(*rules, *d);
      return {x ? Render(*x, Format::kExtractRecord)
                : Result<std::string>(x.status()),
              EmptyArticleWarning(*d)};
    };
    auto print = [&](Record r) {
      if (r.warning) std::cerr << *r.warning << "\n";
      if (r.line)
        std::cout << *r.line;
      else
        failures += Report(r.line.status());
    };
    articles.ForEach(o.jobs, extract, print, &progress);
  }
  failures += EmitBatch(*rules, &batch, o.jobs);
  std::cout.flush();
  return failures ? 1 : 0;
}

}  // namespace

void SetupExtract(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<ExtractOptions>();
  AddRulesOption(sub, &o->rules);
  AddDctOption(sub, &o->dct,
               "Document creation time for articles that have none");
  sub->add_option("-j,--jobs", o->jobs,
                  "Articles processed in parallel (default: all cores)");
  sub->add_flag("--stdin-jsonl", o->stdin_jsonl,
                "Read {\"id\",\"text\",\"dct\"} JSON Lines from stdin");
  sub->add_option("inputs", o->inputs, "Articles: files or directories");
  sub->callback([o, action, argv0] {
    *action = [o, argv0] { return RunExtract(*o, argv0); };
  });
}

}  // namespace annals
