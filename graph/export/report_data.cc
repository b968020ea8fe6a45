#include "graph/export/report_data.h"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>
#include <vector>

#include "pipeline/time/time_interval.h"
#include "graph/export/exporters.h"
#include "graph/export/met_graph.h"
#include "graph/export/report_focus.h"

namespace annals {
namespace {

using nlohmann::ordered_json;

const char* GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay:
      return "day";
    case Granularity::kWeek:
      return "week";
    case Granularity::kMonth:
      return "month";
    case Granularity::kQuarter:
      return "quarter";
    case Granularity::kYear:
      return "year";
    case Granularity::kDecade:
      return "decade";
    case Granularity::kCentury:
      return "century";
  }
  return "day";
}

// Moves `at` back to the start of the UTF-8 character it falls in.
std::size_t CharBoundary(const std::string& s, std::size_t at) {
  at = std::min(at, s.size());
  while (at > 0 && at < s.size() &&
         (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80)
    --at;
  return at;
}

ordered_json EvidenceJson(const Evidence& e) {
  Highlight h = SplitAtTrigger(e);
  return {{"doc", e.doc},
          {"rule", e.rule.str()},
          {"before", h.before},
          {"trigger", h.trigger},
          {"after", h.after}};
}

ordered_json EvidenceList(const std::vector<Evidence>& evidence) {
  ordered_json out = ordered_json::array();
  for (const auto& e : evidence) out.push_back(EvidenceJson(e));
  return out;
}

// The pairs of actors who met at `e`, as indices into the actor list.
ordered_json PairsJson(const Graph& g, const EventRecord& e) {
  ordered_json out = ordered_json::array();
  for (const auto& [a, b] : MetPairs(g, e)) out.push_back({a, b});
  return out;
}

// Only timeline events get a place on the axis (first, last); an event
// listed apart goes to the undated lane even when it has a date, because
// no one named took part.
ordered_json EventJson(const Graph& g, const EventRecord& e, bool on_timeline) {
  ordered_json j = {{"id", e.id},
                    {"type", e.type},
                    {"label", e.label},
                    {"title", EventTitle(g, e)},
                    {"when", WhenText(e.when)}};
  if (auto t = on_timeline ? IntervalOf(e.when.value, e.when.end) : std::nullopt) {
    j["first"] = t->first;
    j["last"] = t->last;
    j["granularity"] = GranularityName(t->granularity);
    j["lane"] = OnDayAxis(*t) ? "day" : "span";
  }
  j["where"] = e.where;
  j["participants"] = e.participants;
  j["pairs"] = PairsJson(g, e);
  j["evidence"] = EvidenceList(e.evidence);
  return j;
}

ordered_json ActorJson(const ActorRecord& a, int events) {
  return {{"id", a.id},         {"name", a.name},
          {"kind", a.kind},     {"aliases", a.aliases},
          {"titles", a.titles}, {"affiliation", a.affiliation},
          {"events", events}};
}

ordered_json PositionJson(const PositionRecord& p) {
  return {{"id", p.id},
          {"holder", p.holder},
          {"topic", p.topic},
          {"verb", p.verb},
          {"text", p.text},
          {"event", p.event},
          {"when", p.when.empty() ? "" : WhenText(p.when)}};
}

// Where the axis opens (report_focus.h), over the days of the events
// it draws.
ordered_json FocusJson(std::vector<TimeInterval> days) {
  std::optional<Focus> f = DensestPeriod(std::move(days));
  if (!f) return nullptr;
  return {{"first", f->first}, {"last", f->last}, {"days", kFocusDays}, {"events", f->events}};
}

// What the actors and the focus need from the events, gathered as the
// events go by.
struct EventTally {
  std::map<std::string, int> events_of;  // actor id -> events taken part in
  std::vector<TimeInterval> days;        // of the events on the day axis
};

// Calls `each` with the JSON of every listed event, in timeline order,
// tallying it first.
template <typename Each>
void ForEachEvent(const Graph& g, EventTally* tally, Each each) {
  const std::vector<std::string> listed = g.listed_events();
  for (std::size_t i = 0; i < listed.size(); ++i) {
    Graph::Vertex v = g.find(listed[i]);
    if (v == Graph::kNone) continue;
    const EventRecord& e = g.events()[g.node(v).index];
    for (const auto& p : e.participants) ++tally->events_of[p];
    ordered_json j = EventJson(g, e, i < g.timeline.size());
    if (j.value("lane", "") == "day")
      tally->days.push_back({j["first"].get<int>(), j["last"].get<int>(), Granularity::kDay});
    each(std::move(j));
  }
}

ordered_json Documents(const std::vector<DocumentInfo>& docs) {
  ordered_json out = ordered_json::array();
  for (const auto& d : docs) {
    out.push_back({{"id", d.id},
                   {"path", d.path},
                   {"dct", d.dct},
                   {"dct_origin", d.dct_origin}});
  }
  return out;
}

}  // namespace

std::string EventTitle(const Graph& g, const EventRecord& e) {
  constexpr std::size_t kNames = 3;
  std::vector<std::size_t> who = WhoWasThere(g, e);
  std::stable_sort(who.begin(), who.end(), [&](std::size_t x, std::size_t y) {
    return Specificity(g.actors()[x]) > Specificity(g.actors()[y]);
  });
  std::string names;
  for (std::size_t i = 0; i < who.size() && i < kNames; ++i)
    names += (i ? ", " : "") + g.actors()[who[i]].name;
  if (who.size() > kNames) names += " +" + std::to_string(who.size() - kNames);
  std::string title = names.empty() ? e.label : names + ": " + e.label;
  return e.where.empty() ? title : title + ", " + e.where;
}

Highlight SplitAtTrigger(const Evidence& e) {
  const std::string& text = e.text;
  bool inside = !e.trigger.empty() && e.trigger.begin >= e.span.begin &&
                e.trigger.end <= e.span.end;
  if (!inside) return {text, "", ""};
  std::size_t from = CharBoundary(text, e.trigger.begin - e.span.begin);
  std::size_t to = CharBoundary(text, e.trigger.end - e.span.begin);
  return {text.substr(0, from), text.substr(from, to - from), text.substr(to)};
}

ordered_json ReportData(const Assembly& a) {
  const Graph& g = a.graph;
  EventTally tally;
  ordered_json events = ordered_json::array();
  ForEachEvent(g, &tally, [&](ordered_json e) { events.push_back(std::move(e)); });
  ordered_json actors = ordered_json::array();
  for (const auto& x : g.actors())
    actors.push_back(ActorJson(x, tally.events_of[x.id]));
  ordered_json positions = ordered_json::array();
  for (const auto& p : g.positions()) positions.push_back(PositionJson(p));
  ordered_json focus = FocusJson(std::move(tally.days));
  return {{"annals", 1},
          {"documents", Documents(a.documents)},
          {"events", std::move(events)},
          {"focus", std::move(focus)},
          {"actors", std::move(actors)},
          {"positions", std::move(positions)}};
}

void WriteReportData(const Assembly& a, const std::function<void(std::string_view)>& put) {
  const Graph& g = a.graph;
  auto dump = [&](const ordered_json& j) {
    put(j.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
  };
  // Writes one array member element by element, as dump writes it whole.
  auto array = [&](const char* prefix, auto&& for_each) {
    put(prefix);
    bool first = true;
    for_each([&](const ordered_json& j) {
      if (!first) put(",");
      first = false;
      dump(j);
    });
    put("]");
  };
  put("{\"annals\":1,\"documents\":");
  dump(Documents(a.documents));
  EventTally tally;
  array(",\"events\":[", [&](auto element) { ForEachEvent(g, &tally, element); });
  put(",\"focus\":");
  dump(FocusJson(std::move(tally.days)));
  array(",\"actors\":[", [&](auto element) {
    for (const auto& x : g.actors()) element(ActorJson(x, tally.events_of[x.id]));
  });
  array(",\"positions\":[", [&](auto element) {
    for (const auto& p : g.positions()) element(PositionJson(p));
  });
  put("}");
}

}  // namespace annals
