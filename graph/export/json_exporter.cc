// timeline.json: the contract of OUTPUT.md, through nlohmann::json, one
// record at a time (RootWriter).
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
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
    ordered_json j = {{"doc", e.doc}, {"start", e.span.begin}, {"end", e.span.end}, {"rule", e.rule.str()}};
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
    mentions.push_back({{"doc", m.doc}, {"start", m.span.begin}, {"end", m.span.end}, {"rule", m.rule.str()}});
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

// Writes `j` as dump(2) writes it `depth` levels deep in a document:
// every line after its first indented by 2 * depth more spaces. dump
// escapes line breaks inside strings, so each '\n' is one of its own.
void DumpAt(std::ostream& out, const ordered_json& j, int depth) {
  std::string text = j.dump(2, ' ', false, ordered_json::error_handler_t::replace);
  const std::string pad(2 * depth, ' ');
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out << pad;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// The root object written member by member, each array element by
// element, byte for byte as dump(2) writes the whole tree: the whole
// tree and its text are more than the file (158 MB of timeline.json
// for a 50 MB article), an element a few kB.
// Example: RootWriter w(out); w.Member("annals", 1); w.BeginArray("ids");
// w.Element("e1"); w.EndArray(); w.End();
class RootWriter {
 public:
  explicit RootWriter(std::ostream& out) : out_(out) { out_ << '{'; }
  void Member(const char* name, const ordered_json& value) {
    Key(name);
    DumpAt(out_, value, 1);
  }
  void BeginArray(const char* name) {
    Key(name);
    empty_ = true;
  }
  void Element(const ordered_json& value) {
    out_ << (empty_ ? "[\n    " : ",\n    ");
    DumpAt(out_, value, 2);
    empty_ = false;
  }
  void EndArray() { out_ << (empty_ ? "[]" : "\n  ]"); }
  void End() { out_ << (members_ ? "\n}" : "}"); }

 private:
  void Key(const char* name) { out_ << (members_++ ? ",\n  \"" : "\n  \"") << name << "\": "; }

  std::ostream& out_;
  int members_ = 0;
  bool empty_ = true;
};

}  // namespace

void WriteTimelineJson(std::ostream& out, const Assembly& a) {
  const Graph& g = a.graph;
  RootWriter root(out);
  root.Member("annals", 1);
  root.BeginArray("documents");
  for (const auto& d : a.documents) root.Element(DocumentJson(d));
  root.EndArray();
  root.BeginArray("actors");
  for (const auto& x : g.actors()) root.Element(ActorJson(x));
  root.EndArray();
  // `events` holds the timeline's events (OUTPUT.md: `timeline` lists
  // each once); `undated` those listed apart (Graph::apart).
  const std::unordered_set<std::string> placed(g.timeline.begin(), g.timeline.end());
  for (bool on_timeline : {true, false}) {
    root.BeginArray(on_timeline ? "events" : "undated");
    for (const auto& e : g.events()) {
      if ((placed.count(e.id) > 0) == on_timeline) root.Element(EventJson(e));
    }
    root.EndArray();
  }
  root.BeginArray("positions");
  for (const auto& p : g.positions()) root.Element(PositionJson(p));
  root.EndArray();
  root.BeginArray("timeline");
  for (const auto& id : g.timeline) root.Element(id);
  root.EndArray();
  root.End();
  out << '\n';
}

}  // namespace annals
