// annals extract: the map half. One JSON Lines record per article.
//
// Articles come from paths, or with --stdin-jsonl as JSON Lines
// {"id", "text", "dct"} on standard input. They are processed in batches
// (parallel within a batch, written in input order), so memory holds one
// batch, never the corpus.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/extractor.h"
#include "pipeline/facts_json.h"
#include "pipeline/parallel.h"

namespace annals {
namespace {

struct ExtractOptions {
  std::vector<std::string> rules;
  std::string dct;
  unsigned jobs = DefaultJobs();
  bool stdin_jsonl = false;
  std::vector<std::string> inputs;
};

constexpr std::size_t kBatch = 256;

void EmitBatch(const Extractor& x, std::vector<Article>* batch, unsigned jobs) {
  std::vector<std::string> lines(batch->size());
  ParallelFor(batch->size(), jobs, [&](std::size_t i) {
    lines[i] = FactsToJson(x.Extract((*batch)[i])).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  });
  for (const auto& l : lines) std::cout << l << '\n';
  batch->clear();
}

// One {"id","text","dct"} line of standard input as an Article.
Result<Article> ArticleFromLine(const std::string& line, std::size_t lineno) {
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    return Status::Error(Status::Code::kInvalidArgument, "line is not a {\"id\",\"text\",\"dct\"} object",
                         {"<stdin>", static_cast<int>(lineno), 0});
  }
  Article a;
  a.path = j.value("id", "stdin:" + std::to_string(lineno));
  a.text = j["text"];
  if (j.contains("dct") && j["dct"].is_string()) {
    a.dct = j["dct"];
    a.dct_origin = "option";
  }
  return a;
}

int RunExtract(const ExtractOptions& o, const char* argv0) {
  auto book = LoadRulesOrReport(o.rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o.rules);
  if (!book) return 1;
  Extractor x(book);
  int failures = 0;
  std::vector<Article> batch;
  if (o.stdin_jsonl) {
    std::string line;
    for (std::size_t n = 1; std::getline(std::cin, line); ++n) {
      if (line.empty()) continue;
      auto a = ArticleFromLine(line, n);
      if (!a.ok()) {
        failures += Report(a.status());
        continue;
      }
      if (!o.dct.empty() && a->dct.empty()) a->dct = o.dct, a->dct_origin = "option";
      batch.push_back(std::move(*a));
      if (batch.size() == kBatch) EmitBatch(x, &batch, o.jobs);
    }
  } else {
    for (auto& path : Ingestor::ExpandPaths(o.inputs)) {
      if (!path.ok()) {
        failures += Report(path.status());
        continue;
      }
      auto a = Ingestor::ReadFile(*path);
      if (!a.ok()) {
        failures += Report(a.status());
        continue;
      }
      if (!o.dct.empty()) a->dct = o.dct, a->dct_origin = "option";
      batch.push_back(std::move(*a));
      if (batch.size() == kBatch) EmitBatch(x, &batch, o.jobs);
    }
  }
  EmitBatch(x, &batch, o.jobs);
  std::cout.flush();
  return failures ? 1 : 0;
}

}  // namespace

void SetupExtract(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<ExtractOptions>();
  sub->add_option("--rules", o->rules, "Rules directory (repeat to layer; later ones override)")->allow_extra_args(false);
  sub->add_option("--dct", o->dct, "Document creation time for articles that have none");
  sub->add_option("-j,--jobs", o->jobs, "Articles processed in parallel (default: all cores)");
  sub->add_flag("--stdin-jsonl", o->stdin_jsonl, "Read {\"id\",\"text\",\"dct\"} JSON Lines from stdin");
  sub->add_option("inputs", o->inputs, "Articles: files or directories");
  sub->callback([o, action, argv0] { *action = [o, argv0] { return RunExtract(*o, argv0); }; });
}

}  // namespace annals
