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
//       discarded "March"    timex.date.month  lost to timex.date.month_day
//       (shorter)
//
// A client of the public API (include/annals): Explain() lists; this file
// only lays the listing out. ANSI colour only when standard output is a
// terminal.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "annals/article.h"
#include "annals/explain.h"
#include "annals/status.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace annals {
namespace {

struct ExplainOptions {
  RulesOption rules;
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
  std::size_t begin;
  std::string text;
};

// The text of [begin, end), clamped to the text, on one line, in quotes.
std::string Quoted(std::string_view text, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  std::string s(text.substr(begin, end - begin));
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return "\"" + s + "\"";
}

std::vector<Line> MentionLines(const Explanation& e, const Style& st) {
  std::vector<Line> out;
  for (const Explanation::Mention& m : e.mentions) {
    out.push_back(
        {m.begin, fmt::format("    {:<9} {}  {}  {}", m.stage,
                              st.Paint(Quoted(e.text, m.begin, m.end), "1;32"),
                              st.Paint(m.rule, "36"), m.FieldsText())});
  }
  return out;
}

std::vector<Line> DiscardedLines(const Explanation& e, const Style& st) {
  std::vector<Line> out;
  for (const Explanation::Discarded& d : e.discarded) {
    out.push_back(
        {d.begin, fmt::format("    {:<9} {}  {}  lost to {} ({})", "discarded",
                              st.Paint(Quoted(e.text, d.begin, d.end), "1;31"),
                              st.Paint(d.rule, "36"),
                              d.winner.empty() ? "?" : d.winner, d.reason)});
  }
  return out;
}

void PrintHeader(const Explanation& e, const Style& st) {
  std::cout << st.Paint(e.path, "1") << "\n";
  std::string origin = e.dct_origin;
  if (!e.dct_rule.empty()) origin += ", rule " + e.dct_rule;
  std::cout << "  DCT " << (e.dct.empty() ? "(none)" : e.dct) << " (" << origin
            << ")";
  if (!e.dateline_place.empty())
    std::cout << ", dateline place " << e.dateline_place;
  std::cout << "\n\n";
}

// Each sentence that has lines, then its lines; lines past the last
// sentence's end go with the last sentence.
void PrintSentences(const Explanation& e, std::vector<Line> lines,
                    const Style& st) {
  std::stable_sort(
      lines.begin(), lines.end(),
      [](const Line& x, const Line& y) { return x.begin < y.begin; });
  std::size_t next = 0;
  for (std::size_t i = 0; i < e.sentences.size(); ++i) {
    const Explanation::Sentence& s = e.sentences[i];
    bool last = i + 1 == e.sentences.size();
    std::size_t first = next;
    while (next < lines.size() && (last || lines[next].begin < s.end)) ++next;
    if (first == next) continue;
    std::cout << st.Paint(fmt::format("[{}]", i + 1), "33") << " "
              << Quoted(e.text, s.begin, s.end) << "\n";
    for (std::size_t k = first; k < next; ++k)
      std::cout << lines[k].text << "\n";
  }
}

int RunExplain(const ExplainOptions& o, const char* argv0) {
  auto rules = LoadRuleSetOrReport(o.rules, argv0);
  if (!rules) return 1;
  if (!o.rule.empty() && !rules->has_rule(o.rule)) {
    return Report(Status::Error(Status::Code::kNotFound,
                                "no rule with id '" + o.rule + "'"));
  }
  int failures = 0;
  auto docs = ReadDocuments({o.article}, o.dct, &failures);
  if (docs.empty()) return 1;
  auto e = Explain(*rules, docs.front(), o.rule);
  if (!e) return Report(e.status());
  Style st{isatty(STDOUT_FILENO) != 0};
  PrintHeader(*e, st);
  auto lines = MentionLines(*e, st);
  auto lost = DiscardedLines(*e, st);
  std::string counts =
      fmt::format("{} mentions, {} discarded", lines.size(), lost.size());
  lines.insert(lines.end(), lost.begin(), lost.end());
  PrintSentences(*e, std::move(lines), st);
  std::cout << "\n" << counts << "\n";
  return failures ? 1 : 0;
}

}  // namespace

void SetupExplain(CLI::App* sub, Action* action, const char* argv0) {
  auto o = std::make_shared<ExplainOptions>();
  AddRulesOption(sub, &o->rules);
  AddDctOption(sub, &o->dct, "Document creation time");
  sub->add_option("--rule", o->rule, "Only what this rule found or lost");
  sub->add_option("article", o->article,
                  "The article to explain (a file, or - for stdin)")
      ->required();
  sub->callback([o, action, argv0] {
    *action = [o, argv0] { return RunExplain(*o, argv0); };
  });
}

}  // namespace annals
