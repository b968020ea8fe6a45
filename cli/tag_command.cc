// annals tag: TIMEX3 tagging, one output per input.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/atomic_file.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/extractor.h"
#include "pipeline/timeml_writer.h"

namespace annals {
namespace {

struct TagOptions {
  std::vector<std::string> rules;
  std::string dct;
  std::string format = "timeml";
  std::string out;
  std::vector<std::string> inputs;
};

int RunTag(const TagOptions& o, const char* argv0) {
  std::vector<std::string> dirs = o.rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o.rules;
  auto book = LoadRulesOrReport(dirs);
  if (!book) return 1;
  int failures = 0;
  auto articles = ReadArticles(o.inputs, o.dct, &failures);
  Extractor extractor(book);
  for (const auto& article : articles) {
    ArticleFacts facts = extractor.Tag(article);
    if (facts.doc.id.empty()) facts.doc.id = article.path;
    facts.doc.id = std::filesystem::path(article.path).stem().string();
    std::ostringstream buf;
    if (o.format == "jsonl") WriteTimexJsonl(buf, article.text, facts);
    else WriteTimeMl(buf, article.text, facts);
    if (o.out.empty()) {
      std::cout << buf.str();
      continue;
    }
    std::string name = std::filesystem::path(article.path).filename().string();
    if (article.path == "-") name = "stdin." + o.format;
    Status s = WriteFileAtomic((std::filesystem::path(o.out) / name).string(), buf.str());
    if (!s.ok()) failures += Report(s);
  }
  return failures ? 1 : 0;
}

}  // namespace

void SetupTag(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<TagOptions>();
  sub->add_option("--rules", o->rules, "Rules directory (repeat to layer; later ones override)")->allow_extra_args(false);
  sub->add_option("--dct", o->dct, "Document creation time for every input (YYYY-MM-DD)");
  sub->add_option("--format", o->format, "timeml or jsonl")->check(CLI::IsMember({"timeml", "jsonl"}));
  sub->add_option("--out", o->out, "Directory for one output file per input (default: stdout)");
  sub->add_option("inputs", o->inputs, "Articles: files, directories, or - for stdin")->required();
  sub->callback([o, action, argv0] { *action = [o, argv0] { return RunTag(*o, argv0); }; });
}

}  // namespace annals
