// timeline.json: the contract of OUTPUT.md, through nlohmann::json.
#include <nlohmann/json.hpp>

#include <unordered_set>

#include "graph/export/exporters.h"

namespace annals {
namespace {

using nlohmann::ordered_json;

ordered_json WhenJson(const When& w) {
  ordered_json j = {{"value", w.value}};
  if (!w.end.empty()) j["end"] = w.end;
  return j;
}

ordered_json EvidenceJson(const std::vector<Evidence>& ev) {
  ordered_json arr = ordered_json::array();
  for (const auto& e : ev) {
    ordered_json j = {{"doc", e.doc}, {"start", e.span.begin}, {"end", e.span.end}, {"rule", e.rule}};
    if (!e.trigger.empty()) j["trigger"] = {e.trigger.begin, e.trigger.end};
    j["text"] = e.text;
    arr.push_back(std::move(j));
  }
  return arr;
}

ordered_json DocumentJson(const DocumentInfo& d) {
  ordered_json j = {{"id", d.id}, {"path", d.path}, {"dct", d.dct}, {"dct_origin", d.dct_origin}};
  if (!d.place.empty()) j["place"] = d.place;
  return j;
}

ordered_json ActorJson(const ActorRecord& a) {
  ordered_json mentions = ordered_json::array();
  for (const auto& m : a.mentions) {
    mentions.push_back({{"doc", m.doc}, {"start", m.span.begin}, {"end", m.span.end}, {"rule", m.rule}});
  }
  ordered_json j = {{"id", a.id},           {"name", a.name},     {"kind", a.kind},
                    {"aliases", a.aliases}, {"titles", a.titles}, {"members", a.members}};
  if (!a.affiliation.empty()) j["affiliation"] = a.affiliation;
  j["mentions"] = std::move(mentions);
  return j;
}

ordered_json EventJson(const EventRecord& e) {
  ordered_json j = {{"id", e.id}, {"type", e.type}, {"label", e.label}};
  if (!e.when.empty()) j["when"] = WhenJson(e.when);
  if (!e.where.empty()) j["where"] = e.where;
  j["participants"] = e.participants;
  j["evidence"] = EvidenceJson(e.evidence);
  return j;
}

ordered_json PositionJson(const PositionRecord& p) {
  ordered_json j = {{"id", p.id}, {"holder", p.holder}, {"topic", p.topic}, {"verb", p.verb},
                    {"text", p.text}};
  if (!p.event.empty()) j["event"] = p.event;
  if (!p.when.empty()) j["when"] = WhenJson(p.when);
  j["evidence"] = EvidenceJson(p.evidence);
  return j;
}

}  // namespace

void WriteTimelineJson(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  ordered_json root = {{"annals", 1}};
  root["documents"] = ordered_json::array();
  for (const auto& d : a.documents) root["documents"].push_back(DocumentJson(d));
  root["actors"] = ordered_json::array();
  for (const auto& x : g.actors()) root["actors"].push_back(ActorJson(x));
  root["events"] = ordered_json::array();
  // `events` holds the timeline's events (OUTPUT.md: `timeline` lists
  // each once); `undated` those listed apart (Graph::apart).
  root["undated"] = ordered_json::array();
  const std::unordered_set<std::string> placed(g.timeline.begin(), g.timeline.end());
  for (const auto& e : g.events()) {
    root[placed.count(e.id) ? "events" : "undated"].push_back(EventJson(e));
  }
  root["positions"] = ordered_json::array();
  for (const auto& p : g.positions()) root["positions"].push_back(PositionJson(p));
  root["timeline"] = g.timeline;
  out << root.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace annals
