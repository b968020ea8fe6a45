// annals explain ARTICLE: why the pipeline saw what it saw.
//
// Prints the article sentence by sentence; under each sentence every
// mention found there (stage, span text, rule, normalized fields) and
// every match overlap resolution threw away, with the rule that beat it
// and why. `--rule ID` keeps only that rule's lines (as finder or loser),
// so a rule author can see exactly where a rule fires and where it loses:
//
//   [3] He met Putin in Moscow on March 5.
//       timex     "March 5"  timex.date.month_day  type=DATE value=2021-03-05
//       discarded "March"    timex.date.month  lost to timex.date.month_day (shorter)
//
// ANSI colour only when standard output is a terminal.
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/dct_finder.h"
#include "pipeline/extractor.h"
#include "pipeline/mention_list.h"

namespace annals {
namespace {

struct ExplainOptions {
  std::vector<std::string> rules;
  std::string dct;
  std::string rule;
  std::string article;
};

struct Style {
  bool on = false;
  std::string Paint(const std::string& s, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
};

// One output line and the sentence it belongs to.
struct Line {
  size_t begin;
  std::string text;
};

std::string Quoted(std::string_view text, Span span) {
  std::string s(SpanText(text, span));
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return "\"" + s + "\"";
}

std::vector<Line> MentionLines(const ArticleFacts& f, const std::string& text,
                               const ExplainOptions& o, const Style& st) {
  std::vector<Line> out;
  for (const Mention& m : ListMentions(f)) {
    if (!o.rule.empty() && m.rule != o.rule) continue;
    out.push_back({m.span.begin, fmt::format("    {:<9} {}  {}  {}", StageName(m.stage),
                                             st.Paint(Quoted(text, m.span), "1;32"),
                                             st.Paint(m.rule, "36"), m.FieldsText())});
  }
  return out;
}

std::vector<Line> DiscardedLines(const std::vector<Discarded>& dropped, const std::string& text,
                                 const ExplainOptions& o, const Style& st) {
  std::vector<Line> out;
  for (const Discarded& d : dropped) {
    const std::string& loser = d.match.rule->id;
    std::string winner = d.winner ? d.winner->id : "?";
    if (!o.rule.empty() && loser != o.rule && winner != o.rule) continue;
    Span span{d.match.begin, d.match.end};
    out.push_back({span.begin, fmt::format("    {:<9} {}  {}  lost to {} ({})", "discarded",
                                           st.Paint(Quoted(text, span), "1;31"),
                                           st.Paint(loser, "36"), winner, d.reason)});
  }
  return out;
}

void PrintHeader(const Article& a, const ArticleFacts& f, const Extractor& x, const Style& st) {
  std::cout << st.Paint(a.path, "1") << "\n";
  std::string origin = f.doc.dct_origin;
  if (!f.doc.dct_rule.empty()) origin += ", rule " + f.doc.dct_rule;
  std::cout << "  DCT " << (f.doc.dct.empty() ? "(none)" : f.doc.dct) << " (" << origin << ")";
  if (auto d = DctFinder(x.rules()).Find(a.text); d && !d->place.empty()) {
    std::cout << ", dateline place " << d->place;
  }
  std::cout << "\n\n";
}

void PrintSentences(const Article& a, const ArticleFacts& f, std::vector<Line> lines,
                    const Style& st) {
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& x, const Line& y) { return x.begin < y.begin; });
  size_t next = 0;
  for (size_t i = 0; i < f.sentences.size(); ++i) {
    const Span s = f.sentences[i].span;
    bool last = i + 1 == f.sentences.size();
    size_t first = next;
    while (next < lines.size() && (last || lines[next].begin < s.end)) ++next;
    if (first == next) continue;
    std::cout << st.Paint(fmt::format("[{}]", i + 1), "33") << " " << Quoted(a.text, s) << "\n";
    for (size_t k = first; k < next; ++k) std::cout << lines[k].text << "\n";
  }
}

int RunExplain(const ExplainOptions& o, const char* argv0) {
  if (!o.dct.empty() && !PartialDate::Parse(o.dct)) {
    return Report(Status::Error(Status::Code::kInvalidArgument,
                                "--dct '" + o.dct + "' is not a date like 2021-03-19"));
  }
  auto book = LoadRulesOrReport(o.rules.empty() ? std::vector<std::string>{DefaultRulesDir(argv0)} : o.rules);
  if (!book) return 1;
  if (!o.rule.empty() && !book->rule(o.rule)) {
    return Report(Status::Error(Status::Code::kNotFound, "no rule with id '" + o.rule + "'"));
  }
  int failures = 0;
  auto articles = ReadArticles({o.article}, o.dct, &failures);
  if (articles.empty()) return 1;
  Extractor x(book);
  Style st{isatty(STDOUT_FILENO) != 0};
  std::vector<Discarded> dropped;
  const Article& a = articles.front();
  ArticleFacts f = x.Extract(a, &dropped);
  PrintHeader(a, f, x, st);
  auto lines = MentionLines(f, a.text, o, st);
  auto lost = DiscardedLines(dropped, a.text, o, st);
  std::string counts = fmt::format("{} mentions, {} discarded", lines.size(), lost.size());
  lines.insert(lines.end(), lost.begin(), lost.end());
  PrintSentences(a, f, std::move(lines), st);
  std::cout << "\n" << counts << "\n";
  return failures ? 1 : 0;
}

}  // namespace

void SetupExplain(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<ExplainOptions>();
  sub->add_option("--rules", o->rules, "Rules directory (repeat to layer; later ones override)")->allow_extra_args(false);
  sub->add_option("--dct", o->dct, "Document creation time (YYYY-MM-DD)");
  sub->add_option("--rule", o->rule, "Only what this rule found or lost");
  sub->add_option("article", o->article, "The article to explain (a file, or - for stdin)")->required();
  sub->callback([o, action, argv0] { *action = [o, argv0] { return RunExplain(*o, argv0); }; });
}

}  // namespace annals
