// annals tag: TIMEX3 tagging, one output per input. A client of the
// public API (include/annals): TagTimes + Write.
//
// With --out, each input's output is a file in that directory: TimeML
// keeps the input's name (TimeML tools pair system and gold files by
// name), JSON Lines takes the input's stem + ".jsonl". Before anything is
// tagged, the names are checked: an output that would replace one of the
// inputs (--out is the input directory) or another output (two inputs of
// the same name) is a usage error, and nothing is written.
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "annals/article.h"
#include "annals/export.h"
#include "annals/parallel.h"
#include "annals/status.h"
#include "cli/article_checks.h"
#include "cli/article_stream.h"
#include "cli/atomic_file.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/progress.h"

namespace annals {
namespace {

namespace fs = std::filesystem;

struct TagOptions {
  RulesOption rules;
  std::string dct;
  std::string bias = "auto";
  std::string format = "timeml";
  std::string out;
  unsigned jobs = DefaultJobs();
  std::vector<std::string> inputs;
};

// The file in --out that the input `path` is written to.
// Example: OutputPath("in/a.txt", {.format = "jsonl", .out = "o"}) ==
// "o/a.jsonl"
std::string OutputPath(const std::string& path, const TagOptions& o) {
  fs::path name = path == "-" ? fs::path("stdin") : fs::path(path).filename();
  if (o.format == "jsonl" || path == "-")
    name.replace_extension(o.format == "jsonl" ? ".jsonl" : ".tml");
  return (fs::path(o.out) / name).string();
}

// The path as the file system resolves it (the file may not exist yet).
fs::path Canonical(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(path, ec);
  return ec ? fs::path(path) : p;
}

// The usage error of an output that would replace an input or another
// output; Ok when every output has a file of its own.
Status CheckOutputPaths(const ArticleStream& articles, const TagOptions& o) {
  std::map<fs::path, std::string> inputs;  // canonical -> as given
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles.path(i) != "-")
      inputs.emplace(Canonical(articles.path(i)), articles.path(i));
  }
  std::map<fs::path, std::string> input_of;  // canonical output -> its input
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const std::string& in = articles.path(i);
    std::string out = OutputPath(in, o);
    fs::path key = Canonical(out);
    if (auto hit = inputs.find(key); hit != inputs.end()) {
      return Status::Error(Status::Code::kInvalidArgument,
                           "--out " + o.out + " would overwrite the input " +
                               hit->second +
                               "; write the output to another directory");
    }
    auto [it, fresh] = input_of.try_emplace(key, in);
    if (!fresh) {
      return Status::Error(Status::Code::kInvalidArgument,
                           "the inputs " + it->second + " and " + in +
                               " would both be written to " + out +
                               "; tag them into different --out directories");
    }
  }
  return Status::Ok();
}

// One input's output, with a warning to print in input order.
struct Tagged {
  Result<std::string> text;
  std::optional<std::string> warning;
};

Tagged TagFile(const RuleSet& rules, const std::string& path,
               const TagOptions& o, Format format) {
  auto doc = Document::FromFile(path);
  if (!doc) return {doc.status(), std::nullopt};
  if (!o.dct.empty()) doc->dct = o.dct, doc->dct_origin = "option";
  doc->bias = o.bias;
  // TimeML's DOCID: the file name without its extension.
  doc->id = fs::path(path).stem().string();
  auto warning = EmptyArticleWarning(*doc);
  auto tagged = TagTimes(rules, *doc);
  if (!tagged) return {tagged.status(), warning};
  return {Render(*tagged, format), warning};
}

int RunTag(const TagOptions& o, const char* argv0) {
  // Streamed (cli/article_stream.h): each file is read, tagged and
  // rendered on a worker thread, and written here in input order.
  ArticleStream articles(o.inputs);
  if (!o.out.empty()) {
    Status names = CheckOutputPaths(articles, o);
    if (!names.ok()) {
      Report(names);
      return 2;  // a usage error: nothing was read or written
    }
  }
  // Tagging needs the time stages only (a tenth of start-up).
  auto rules = LoadRuleSetOrReport(o.rules, argv0, RuleSet::Scope::kTimes);
  if (!rules) return 1;
  const Format format =
      o.format == "jsonl" ? Format::kTimexJsonl : Format::kTimeMl;
  Progress progress("annals tag", articles.size(), articles.bytes(),
                    o.out.empty());
  int failures = articles.failures();
  auto tag = [&](const std::string& path) {
    return TagFile(*rules, path, o, format);
  };
  std::size_t next = 0;  // the path of the result being written
  auto write = [&](Tagged t) {
    const std::string& path = articles.path(next++);
    if (t.warning) std::cerr << *t.warning << "\n";
    if (!t.text) {
      failures += Report(t.text.status());
      return;
    }
    if (o.out.empty()) {
      std::cout << *t.text;
      return;
    }
    Status s = WriteFileAtomic(OutputPath(path, o), *t.text);
    if (!s.ok()) failures += Report(s);
  };
  articles.ForEach(o.jobs, tag, write, &progress);
  return failures ? 1 : 0;
}

}  // namespace

void SetupTag(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<TagOptions>();
  AddRulesOption(sub, &o->rules);
  AddDctOption(sub, &o->dct, "Document creation time for every input");
  AddAnchorOption(sub, &o->dct);
  sub->add_option("--bias", o->bias,
                  "Direction of dates no verb's tense places (\"friday\" in "
                  "notes, chat): past, future, or auto (read the tense; the "
                  "nearest occurrence when there is none)")
      ->check(CLI::IsMember({"past", "future", "auto"}));
  sub->add_option("--format", o->format, "timeml or jsonl")
      ->check(CLI::IsMember({"timeml", "jsonl"}));
  sub->add_option("--out", o->out,
                  "Directory for one output file per input: the input's name "
                  "(timeml) or its stem + .jsonl (default: stdout)");
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
