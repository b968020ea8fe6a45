#include "graph/export/report_data.h"

#include <map>

#include "graph/export/exporters.h"
#include "graph/assemble/time_interval.h"

namespace annals {
namespace {

using nlohmann::ordered_json;

const char* GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kCentury: return "century";
  }
  return "day";
}

// Moves `at` back to the start of the UTF-8 character it falls in.
std::size_t CharBoundary(const std::string& s, std::size_t at) {
  at = std::min(at, s.size());
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

ordered_json EvidenceJson(const Evidence& e) {
  Highlight h = SplitAtTrigger(e);
  return {{"doc", e.doc}, {"rule", e.rule}, {"before", h.before}, {"trigger", h.trigger}, {"after", h.after}};
}

ordered_json EvidenceList(const std::vector<Evidence>& evidence) {
  ordered_json out = ordered_json::array();
  for (const auto& e : evidence) out.push_back(EvidenceJson(e));
  return out;
}

ordered_json EventJson(const EventRecord& e) {
  ordered_json j = {{"id", e.id}, {"type", e.type}, {"label", e.label}, {"when", WhenText(e.when)}};
  if (auto t = IntervalOf(e.when.value, e.when.end)) {
    j["first"] = t->first;
    j["last"] = t->last;
    j["granularity"] = GranularityName(t->granularity);
  }
  j["where"] = e.where;
  j["participants"] = e.participants;
  j["evidence"] = EvidenceList(e.evidence);
  return j;
}

ordered_json ActorJson(const ActorRecord& a, int events) {
  return {{"id", a.id},           {"name", a.name},     {"kind", a.kind},
          {"aliases", a.aliases}, {"titles", a.titles}, {"affiliation", a.affiliation},
          {"events", events}};
}

ordered_json PositionJson(const PositionRecord& p) {
  return {{"id", p.id},     {"holder", p.holder}, {"topic", p.topic},          {"verb", p.verb},
          {"text", p.text}, {"event", p.event},   {"when", p.when.empty() ? "" : WhenText(p.when)}};
}

ordered_json Documents(const std::vector<DocumentInfo>& docs) {
  ordered_json out = ordered_json::array();
  for (const auto& d : docs) {
    out.push_back({{"id", d.id}, {"path", d.path}, {"dct", d.dct}, {"dct_origin", d.dct_origin}});
  }
  return out;
}

}  // namespace

Highlight SplitAtTrigger(const Evidence& e) {
  const std::string& text = e.text;
  bool inside = !e.trigger.empty() && e.trigger.begin >= e.span.begin && e.trigger.end <= e.span.end;
  if (!inside) return {text, "", ""};
  std::size_t from = CharBoundary(text, e.trigger.begin - e.span.begin);
  std::size_t to = CharBoundary(text, e.trigger.end - e.span.begin);
  return {text.substr(0, from), text.substr(from, to - from), text.substr(to)};
}

ordered_json ReportData(const Assembly& a) {
  const Graph& g = a.graph;
  std::map<std::string, int> events_of;
  ordered_json events = ordered_json::array();
  for (const auto& id : g.timeline) {
    Graph::Vertex v = g.find(id);
    if (v == Graph::kNone) continue;
    const EventRecord& e = g.events()[g.node(v).index];
    for (const auto& p : e.participants) ++events_of[p];
    events.push_back(EventJson(e));
  }
  ordered_json actors = ordered_json::array();
  for (const auto& x : g.actors()) actors.push_back(ActorJson(x, events_of[x.id]));
  ordered_json positions = ordered_json::array();
  for (const auto& p : g.positions()) positions.push_back(PositionJson(p));
  return {{"annals", 1},         {"documents", Documents(a.documents)}, {"events", std::move(events)},
          {"actors", std::move(actors)}, {"positions", std::move(positions)}};
}

}  // namespace annals
