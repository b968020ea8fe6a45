// timeline.md and timeline.csv: the timeline for documents and spreadsheets.
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
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
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
    out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", n++, WhenText(e.when),
                       MdCell(e.label), e.type, MdCell(Names(g, e.participants)), MdCell(e.where),
                       e.evidence.size());
  }
  if (!g.positions().empty()) {
    out << "\n# Positions\n\n| Holder | Topic | Verb | When | Event |\n|---|---|---|---|---|\n";
    for (const auto& p : g.positions()) {
      out << fmt::format("| {} | {} | {} | {} | {} |\n", MdCell(Names(g, {p.holder})),
                         MdCell(p.topic), p.verb, WhenText(p.when), p.event);
    }
  }
}

void WriteCsv(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  out << "id,when,end,type,label,participants,where,evidence\n";
  for (const auto& id : g.timeline) {
    const EventRecord& e = EventById(g, id);
    out << fmt::format("{},{},{},{},{},{},{},{}\n", e.id, e.when.value, e.when.end, e.type,
                       CsvCell(e.label), CsvCell(Names(g, e.participants)), CsvCell(e.where),
                       e.evidence.size());
  }
}

}  // namespace annals
