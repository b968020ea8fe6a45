// timeline.md and timeline.csv: the timeline for documents and spreadsheets.
//
// A row with a date must be a date a reader can put on a calendar: events
// whose value names no calendar days (XXXX-WXX-2: "Tuesday" of an article
// with no date of publication) are kept apart, after the dated ones.
#include <fmt/format.h>

#include <unordered_map>

#include "graph/export/exporters.h"

namespace annals {
namespace {

std::string Names(const Graph& g, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    Graph::Vertex v = g.find(id);
    if (v == Graph::kNone) continue;
    if (!out.empty()) out += ", ";
    out += g.actors()[g.node(v).index].name;
  }
  return out;
}

std::string MdCell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string CsvCell(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const EventRecord& EventById(const Graph& g, const std::string& id) {
  return g.events()[g.node(g.find(id)).index];
}

// Statements are shown up to this many bytes, cut at a word.
constexpr std::size_t kStatementBytes = 200;

std::string Shortened(const std::string& text) {
  if (text.size() <= kStatementBytes) return text;
  std::size_t cut = text.rfind(' ', kStatementBytes);
  return text.substr(0, cut == std::string::npos ? kStatementBytes : cut) + " ...";
}

// Who said what, when, at which event; the topic column only when some
// statement has a topic.
void WritePositionsMarkdown(std::ostream& out, const Graph& g) {
  bool topics = false;
  for (const auto& p : g.positions()) topics = topics || !p.topic.empty();
  out << (topics ? "\n# Positions\n\n| Holder | Topic | Verb | When | Event | Statement |\n"
                   "|---|---|---|---|---|---|\n"
                 : "\n# Positions\n\n| Holder | Verb | When | Event | Statement |\n"
                   "|---|---|---|---|---|\n");
  for (const auto& p : g.positions()) {
    out << "| " << MdCell(Names(g, {p.holder})) << " | ";
    if (topics) out << MdCell(p.topic) << " | ";
    out << fmt::format("{} | {} | {} | {} |\n", p.verb, WhenText(p.when), p.event,
                       MdCell(Shortened(p.text)));
  }
}

}  // namespace

void WriteMarkdown(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  out << "# Timeline\n\n| # | When | Event | Type | Who | Where | Sources |\n"
      << "|---|---|---|---|---|---|---|\n";
  int n = 1;
  for (const auto& id : g.timeline) {
    const EventRecord& e = EventById(g, id);
    out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", n++,
                       WhenText(e.when), MdCell(e.label), e.type,
                       MdCell(Names(g, e.participants)), MdCell(e.where),
                       e.evidence.size());
  }
  // Events off the timeline (no calendar date: "on Tuesday" of an article
  // with no date, "XXXX-03-19"; or no one named) are listed apart, with
  // what the text said.
  std::string undated;
  for (const auto& id : g.apart) {
    const EventRecord& e = EventById(g, id);
    undated += fmt::format(
        "| {} | {} | {} | {} | {} | {} | {} |\n", e.id, MdCell(e.label), e.type,
        MdCell(Names(g, e.participants)), MdCell(e.where), e.evidence.size(),
        e.when.empty() ? "" : WhenText(e.when));
  }
  if (!undated.empty()) {
    out << "\n# Undated\n\n| # | Event | Type | Who | Where | Sources | Time "
           "value |\n"
        << "|---|---|---|---|---|---|---|\n"
        << undated;
  }
  if (!g.positions().empty()) WritePositionsMarkdown(out, g);
}

// One row per event: the timeline's in time order, then those listed
// apart, with an empty `when`; `timex` keeps the value the articles gave
// either way; `statements` what was said at the event (" | " between).
void WriteCsv(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  std::unordered_map<std::string, std::string> said;  // event id -> statements
  for (const auto& p : g.positions()) {
    if (p.event.empty()) continue;
    std::string& s = said[p.event];
    s += (s.empty() ? "" : " | ") + p.text;
  }
  out << "id,when,end,type,label,participants,where,evidence,timex,statements\n";
  for (const auto* ids : {&g.timeline, &g.apart}) {
    const bool dated = ids == &g.timeline;
    for (const auto& id : *ids) {
      const EventRecord& e = EventById(g, id);
      out << fmt::format(
          "{},{},{},{},{},{},{},{},{},{}\n", e.id, dated ? e.when.value : "",
          dated ? e.when.end : "", e.type, CsvCell(e.label),
          CsvCell(Names(g, e.participants)), CsvCell(e.where),
          e.evidence.size(), e.when.empty() ? "" : CsvCell(WhenText(e.when)),
          CsvCell(said[e.id]));
    }
  }
}

}  // namespace annals
