// annals tag: TIMEX3 tagging, one output per input. A client of the
// public API (include/annals): TagTimes + Write.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "annals/annals.h"
#include "annals/parallel.h"
#include "cli/article_stream.h"
#include "cli/atomic_file.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/progress.h"

namespace annals {
namespace {

struct TagOptions {
  RulesOption rules;
  std::string dct;
  std::string format = "timeml";
  std::string out;
  unsigned jobs = DefaultJobs();
  std::vector<std::string> inputs;
};

int RunTag(const TagOptions& o, const char* argv0) {
  // Tagging needs the time stages only (a tenth of start-up).
  auto rules = LoadRuleSetOrReport(o.rules, argv0, RuleSet::Scope::kTimes);
  if (!rules) return 1;
  const Format format =
      o.format == "jsonl" ? Format::kTimexJsonl : Format::kTimeMl;
  // Streamed (cli/article_stream.h): each file is read, tagged and
  // rendered on a worker thread, and written here in input order.
  ArticleStream articles(o.inputs);
  Progress progress("annals tag", articles.size(), articles.bytes(),
                    o.out.empty());
  int failures = articles.failures();
  auto tag = [&](const std::string& path) -> Result<std::string> {
    auto doc = Document::FromFile(path);
    if (!doc) return doc.status();
    if (!o.dct.empty()) doc->dct = o.dct, doc->dct_origin = "option";
    // TimeML's DOCID: the file name without its extension.
    doc->id = std::filesystem::path(path).stem().string();
    auto tagged = TagTimes(*rules, *doc);
    if (!tagged) return tagged.status();
    return Render(*tagged, format);
  };
  std::size_t next = 0;  // the path of the result being written
  auto write = [&](Result<std::string> text) {
    const std::string& path = articles.path(next++);
    if (!text) {
      failures += Report(text.status());
      return;
    }
    if (o.out.empty()) {
      std::cout << *text;
      return;
    }
    std::string name = std::filesystem::path(path).filename().string();
    if (path == "-") name = "stdin." + o.format;
    Status s =
        WriteFileAtomic((std::filesystem::path(o.out) / name).string(), *text);
    if (!s.ok()) failures += Report(s);
  };
  articles.ForEach(o.jobs, tag, write, &progress);
  return failures ? 1 : 0;
}

}  // namespace

void SetupTag(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<TagOptions>();
  AddRulesOption(sub, &o->rules);
  sub->add_option("--dct", o->dct,
                  "Document creation time for every input (YYYY-MM-DD)");
  sub->add_option("--format", o->format, "timeml or jsonl")
      ->check(CLI::IsMember({"timeml", "jsonl"}));
  sub->add_option("--out", o->out,
                  "Directory for one output file per input (default: stdout)");
  sub->add_option("-j,--jobs", o->jobs,
                  "Articles tagged in parallel (default: all cores)");
  sub->add_option("inputs", o->inputs,
                  "Articles: files, directories, or - for stdin")
      ->required();
  sub->callback([o, action, argv0] {
    *action = [o, argv0] { return RunTag(*o, argv0); };
  });
}

}  // namespace annals
