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

}  // namespace

void WriteMarkdown(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  out << "# Timeline\n\n| # | When | Event | Type | Who | Where | Sources |\n"
      << "|---|---|---|---|---|---|---|\n";
  int n = 1;
  for (const auto& id : g.timeline) {
    const EventRecord& e = EventById(g, id);
    if (!OnCalendar(e.when)) continue;
    out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", n++,
                       WhenText(e.when), MdCell(e.label), e.type,
                       MdCell(Names(g, e.participants)), MdCell(e.where),
                       e.evidence.size());
  }
  // Events the calendar cannot hold ("on Tuesday" of an article with no
  // date, "XXXX-03-19") are listed apart, with what the text said.
  std::string undated;
  for (const auto& id : g.timeline) {
    const EventRecord& e = EventById(g, id);
    if (OnCalendar(e.when)) continue;
    undated += fmt::format(
        "| {} | {} | {} | {} | {} | {} | {} |\n", n++, MdCell(e.label), e.type,
        MdCell(Names(g, e.participants)), MdCell(e.where), e.evidence.size(),
        e.when.empty() ? "" : WhenText(e.when));
  }
  if (!undated.empty()) {
    out << "\n# Undated\n\n| # | Event | Type | Who | Where | Sources | Time "
           "value |\n"
        << "|---|---|---|---|---|---|---|\n"
        << undated;
  }
  if (!g.positions().empty()) {
    out << "\n# Positions\n\n| Holder | Topic | Verb | When | Event "
           "|\n|---|---|---|---|---|\n";
    for (const auto& p : g.positions()) {
      out << fmt::format("| {} | {} | {} | {} | {} |\n",
                         MdCell(Names(g, {p.holder})), MdCell(p.topic), p.verb,
                         WhenText(p.when), p.event);
    }
  }
}

// One row per event: the dated ones in time order, then those the
// calendar cannot hold, with an empty `when`; `timex` keeps the value the
// articles gave either way.
void WriteCsv(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  out << "id,when,end,type,label,participants,where,evidence,timex\n";
  for (bool dated : {true, false}) {
    for (const auto& id : g.timeline) {
      const EventRecord& e = EventById(g, id);
      if (OnCalendar(e.when) != dated) continue;
      out << fmt::format(
          "{},{},{},{},{},{},{},{},{}\n", e.id, dated ? e.when.value : "",
          dated ? e.when.end : "", e.type, CsvCell(e.label),
          CsvCell(Names(g, e.participants)), CsvCell(e.where),
          e.evidence.size(), e.when.empty() ? "" : CsvCell(WhenText(e.when)));
    }
  }
}

}  // namespace annals
