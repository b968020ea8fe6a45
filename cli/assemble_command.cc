// annals assemble: the reduce half. Extract records in, run's files out.
//
// A client of the public API (include/annals): RecordReader +
// Timeline::Assemble. The files are written by cli/outputs.cc, shared with
// `annals run` so both write the same set. With --partial FILE it is a
// node of a tree reduce instead: records and partial assemblies in, one
// partial assembly out (annals/partial.h), streamed a record at a time.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>

#include "annals/article.h"
#include "annals/partial.h"
#include "annals/status.h"
#include "annals/timeline.h"
#include "cli/article_checks.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/outputs.h"

namespace annals {
namespace {

struct AssembleOptions {
  RulesOption rules;
  std::string out = "out";
  std::vector<std::string> inputs;
  OutputOptions outputs;
  std::string partial;  // --partial FILE: write a partial assembly there
};

using StreamReader = std::function<int(std::istream&, const std::string&)>;

// Every input in order ("-" or none: standard input), each handed to
// `read`; returns the failures counted.
int ReadInputs(const std::vector<std::string>& paths,
               const StreamReader& read) {
  int failures = 0;
  std::vector<std::string> inputs =
      paths.empty() ? std::vector<std::string>{"-"} : paths;
  for (const auto& path : inputs) {
    if (path == "-") {
      failures += read(std::cin, "<stdin>");
      continue;
    }
    std::ifstream in(path);
    if (!in) {
      failures += Report(Status::IoError("cannot open extract records", path));
      continue;
    }
    failures += read(in, path);
  }
  return failures;
}

// Reads every record of a stream (extract records or partial
// assemblies) with `next`, handing each to `use`; bad lines and broken
// partials are reported with their file and line, and skipped.
template <typename Next, typename Use>
int ReadEach(Next next, Use use) {
  int failures = 0;
  while (auto x = next()) {
    if (!x->ok()) {
      failures += Report(x->status());
      continue;
    }
    use(std::move(**x));
  }
  return failures;
}

// Streams every record into one partial assembly on `out`: records of
// partials are copied as they are (their merge parsed them), others are
// parsed and written anew. After an error the trailer is left out, so
// what was written (to stdout, say) is no valid partial either.
int MergeInto(std::ostream& out, const AssembleOptions& o) {
  PartialWriter writer(out);
  Status written;
  int failures =
      ReadInputs(o.inputs, [&](std::istream& in, const std::string& name) {
        RecordReader reader(in, name);
        return ReadEach([&] { return reader.NextLine(); },
                        [&](std::string line) {
                          if (written.ok()) written = writer.AddLine(line);
                        });
      });
  if (written.ok() && failures == 0) written = writer.Finish();
  if (!written.ok()) failures += Report(written);
  std::cerr << "annals: partial assembly of " << writer.records()
            << " articles, " << failures << " errors\n";
  return failures;
}

// --partial FILE: written beside FILE and renamed over it, so a failed
// merge never leaves a truncated partial under the final name.
int RunPartial(const AssembleOptions& o) {
  if (o.partial == "-") return MergeInto(std::cout, o) ? 1 : 0;
  const std::string tmp = o.partial + ".tmp." + std::to_string(::getpid());
  int failures = 0;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Report(Status::IoError("cannot write", tmp));
    failures = MergeInto(out, o);
  }
  std::error_code ec;
  if (failures == 0) std::filesystem::rename(tmp, o.partial, ec);
  if (failures || ec) {
    std::filesystem::remove(tmp, ec);
    if (!failures) return Report(Status::IoError("cannot write", o.partial));
    std::cerr << o.partial << ": not written\n";
    return 1;
  }
  std::cerr << "wrote " << o.partial << "\n";
  return 0;
}

int RunAssemble(const AssembleOptions& o, const char* argv0) {
  if (!o.partial.empty()) return RunPartial(o);
  auto rules = LoadRuleSetOrReport(o.rules, argv0);
  if (!rules) return 1;
  std::vector<Extraction> records;
  int failures =
      ReadInputs(o.inputs, [&](std::istream& in, const std::string& name) {
        RecordReader reader(in, name);
        return ReadEach([&] { return reader.Next(); },
                        [&](Extraction x) { records.push_back(std::move(x)); });
      });
  if (records.empty()) return RefuseEmptyRun(o.out);
  Timeline timeline = Timeline::Assemble(*rules, std::move(records));
  WarnUndatedDocuments(timeline);
  failures += WriteOutputs(timeline, o.out, o.outputs);
  PrintSummary(timeline, failures);
  return failures ? 1 : 0;
}

}  // namespace

void SetupAssemble(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<AssembleOptions>();
  AddRulesOption(sub, &o->rules);  // holiday tables, when years are inferred
  CLI::Option* out = sub->add_option("--out", o->out, "Output directory")
                         ->capture_default_str();
  sub->add_option("inputs", o->inputs,
                  "Extract records or partial assemblies (JSON Lines files; "
                  "- or none for stdin)");
  sub->add_option("--partial", o->partial,
                  "Merge the inputs, in order, into one partial assembly "
                  "FILE (- for stdout) instead of assembling: a node of a "
                  "tree reduce (docs/SCALE.md)")
      ->type_name("FILE")
      ->excludes(out);  // a partial is one file, not run's outputs
  AddOutputOptions(sub, &o->outputs);
  sub->callback([o, action, argv0] {
    *action = [o, argv0] { return RunAssemble(*o, argv0); };
  });
}

}  // namespace annals
