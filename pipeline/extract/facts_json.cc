#include "pipeline/extract/facts_json.h"

namespace annals {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

ordered_json SpanJson(Span s) { return ordered_json::array({s.begin, s.end}); }
Span SpanOf(const json& j) { return {j.at(0).get<size_t>(), j.at(1).get<size_t>()}; }

const char* TenseName(Tense t) {
  return t == Tense::kFuture ? "future" : t == Tense::kPresent ? "present" : "past";
}
Tense TenseOf(const std::string& s) {
  return s == "future" ? Tense::kFuture : s == "present" ? Tense::kPresent : Tense::kPast;
}

ordered_json ArgsJson(const TimeArgs& args) {
  ordered_json out = ordered_json::array();
  for (const auto& [k, v] : args) out.push_back({k, v});
  return out;
}
TimeArgs ArgsOf(const json& j) {
  TimeArgs out;
  for (const auto& kv : j) out.emplace_back(kv.at(0).get<std::string>(), kv.at(1).get<std::string>());
  return out;
}

ordered_json TimexJson(const Timex& t) {
  return {{"span", SpanJson(t.span)}, {"rule", t.rule.str()},         {"type", t.type},
          {"value", t.value},         {"end", t.end},           {"sentence", t.sentence},
          {"fn", t.recipe.function()}, {"args", ArgsJson(t.recipe.args())},
          {"end_fn", t.end_recipe.function()}, {"end_args", ArgsJson(t.end_recipe.args())},
          {"first_part", SpanJson(t.first_part)}, {"last_part", SpanJson(t.last_part)},
          {"point", t.point}, {"point_fn", t.point_recipe.function()},
          {"point_args", ArgsJson(t.point_recipe.args())},
          {"tense", TenseName(t.tense)}, {"narrative", t.narrative},
          {"sentence_anchor", t.sentence_anchor}, {"quoted", t.quoted}};
}
// A timex read back; its rule id and recipes come from the record's pools.
Timex TimexOf(const json& j, StringPool* rules, RecipePool* pool) {
  Timex t;
  t.span = SpanOf(j.at("span"));
  t.rule = rules->Intern(j.at("rule").get<std::string>());
  t.type = j.at("type");
  t.value = j.at("value");
  t.end = j.at("end");
  t.sentence = j.at("sentence");
  t.recipe = pool->Intern(j.at("fn"), ArgsOf(j.at("args")));
  t.end_recipe = pool->Intern(j.at("end_fn"), ArgsOf(j.at("end_args")));
  if (j.contains("first_part")) t.first_part = SpanOf(j.at("first_part"));
  if (j.contains("last_part")) t.last_part = SpanOf(j.at("last_part"));
  t.point = j.value("point", "");
  t.point_recipe =
      pool->Intern(j.value("point_fn", ""), ArgsOf(j.value("point_args", json::array())));
  t.tense = TenseOf(j.at("tense"));
  t.narrative = j.at("narrative");
  t.quoted = j.value("quoted", false);
  t.sentence_anchor = j.value("sentence_anchor", false);
  return t;
}

ordered_json EventJson(const EventMention& e) {
  ordered_json j = {{"rule", e.rule},         {"type", e.type},       {"label", e.label},
          {"span", SpanJson(e.span)}, {"trigger", SpanJson(e.trigger)}, {"sentence", e.sentence},
          {"participants", e.participants}, {"when", e.when}, {"duration", e.duration},
          {"date_role", e.date_role}, {"dct_default", e.dct_default}, {"where", e.where},
          {"text", e.text}};
  // Written only when set, so records of earlier versions read the same.
  if (e.separate) j["separate"] = true;
  return j;
}
EventMention EventOf(const json& j) {
  EventMention e;
  e.rule = j.at("rule");
  e.type = j.at("type");
  e.label = j.at("label");
  e.span = SpanOf(j.at("span"));
  e.trigger = SpanOf(j.at("trigger"));
  e.sentence = j.at("sentence");
  e.participants = j.at("participants").get<std::vector<int>>();
  e.when = j.at("when");
  e.duration = j.at("duration");
  e.date_role = j.at("date_role");
  e.dct_default = j.at("dct_default");
  e.separate = j.value("separate", false);
  e.where = j.at("where");
  e.text = j.at("text");
  return e;
}

ordered_json PositionJson(const Position& p) {
  return {{"rule", p.rule.str()}, {"span", SpanJson(p.span)}, {"verb_span", SpanJson(p.verb_span)},
          {"holder", p.holder}, {"verb", p.verb}, {"topic", p.topic}, {"text", p.text},
          {"when", p.when}, {"agreement", p.agreement}};
}
// A position read back; its rule id from `rules`, the record's.
Position PositionOf(const json& j, StringPool* rules) {
  Position p;
  p.rule = rules->Intern(j.at("rule").get<std::string>());
  p.span = SpanOf(j.at("span"));
  p.verb_span = SpanOf(j.at("verb_span"));
  p.holder = j.at("holder");
  p.verb = j.at("verb");
  p.topic = j.at("topic");
  p.text = j.at("text");
  p.when = j.at("when");
  p.agreement = j.at("agreement");
  return p;
}

// Indices between the lists must point inside them: a record is input
// and may have been edited or truncated.
Status CheckIndices(const ArticleFacts& f) {
  auto in = [](long i, size_t n, bool optional) { return (optional && i == -1) || (i >= 0 && size_t(i) < n); };
  const size_t na = f.actors.size(), nt = f.timexes.size(), ns = f.sentences.size();
  bool ok = true;
  for (const auto& t : f.timexes) ok = ok && in(long(t.sentence), ns, false);
  for (const auto& p : f.places) ok = ok && in(long(p.sentence), ns, false);
  for (const auto& m : f.actor_mentions) ok = ok && in(m.actor, na, false) && in(long(m.sentence), ns, false);
  for (const auto& a : f.actors) {
    for (int m : a.members) ok = ok && in(m, na, false);
  }
  for (const auto& e : f.events) {
    ok = ok && in(e.when, nt, true) && in(e.duration, nt, true) && in(long(e.sentence), ns, false);
    for (int p : e.participants) ok = ok && in(p, na, false);
  }
  for (const auto& p : f.positions) ok = ok && in(p.holder, na, false) && in(p.when, nt, true);
  if (ok) return Status::Ok();
  return Status::Error(Status::Code::kInvalidArgument, "bad extract record: an index is out of range");
}

}  // namespace

ordered_json FactsToJson(const ArticleFacts& f) {
  ordered_json doc = {{"id", f.doc.id}, {"path", f.doc.path}, {"dct", f.doc.dct},
                      {"dct_origin", f.doc.dct_origin}, {"dct_rule", f.doc.dct_rule},
                      {"place", f.doc.place}};
  ordered_json sentences = ordered_json::array();
  for (const auto& s : f.sentences) sentences.push_back({s.span.begin, s.span.end, s.paragraph});
  ordered_json timexes = ordered_json::array();
  for (const auto& t : f.timexes) timexes.push_back(TimexJson(t));
  ordered_json places = ordered_json::array();
  for (const auto& p : f.places) {
    places.push_back({{"span", SpanJson(p.span)}, {"rule", p.rule.str()}, {"name", p.name},
                      {"kind", p.kind}, {"sentence", p.sentence}, {"country", p.country}});
  }
  ordered_json actors = ordered_json::array();
  for (const auto& a : f.actors) {
    actors.push_back({{"name", a.name}, {"kind", a.kind}, {"aliases", a.aliases},
                      {"titles", a.titles}, {"affiliation", a.affiliation}, {"members", a.members}});
  }
  ordered_json mentions = ordered_json::array();
  for (const auto& m : f.actor_mentions) {
    mentions.push_back({{"span", SpanJson(m.span)}, {"rule", m.rule.str()}, {"sentence", m.sentence},
                        {"actor", m.actor}, {"form", m.form.str()}});
  }
  ordered_json events = ordered_json::array();
  for (const auto& e : f.events) events.push_back(EventJson(e));
  ordered_json positions = ordered_json::array();
  for (const auto& p : f.positions) positions.push_back(PositionJson(p));
  return {{"doc", doc},       {"sentences", sentences}, {"timexes", timexes},
          {"places", places}, {"actors", actors},       {"actor_mentions", mentions},
          {"events", events}, {"positions", positions}};
}

Result<ArticleFacts> FactsFromJson(const json& j) {
  ArticleFacts f;
  try {
    const json& d = j.at("doc");
    f.doc = {d.at("id"), d.at("path"), d.at("dct"), d.at("dct_origin"), d.at("dct_rule"), d.at("place")};
    for (const auto& s : j.at("sentences")) f.sentences.push_back({{s.at(0), s.at(1)}, s.at(2)});
    StringPool rules;  // the record's rule ids, each held once
    RecipePool recipes;
    for (const auto& t : j.at("timexes")) f.timexes.push_back(TimexOf(t, &rules, &recipes));
    for (const auto& p : j.at("places")) {
      f.places.push_back({SpanOf(p.at("span")), rules.Intern(p.at("rule").get<std::string>()),
                          p.at("name"), p.at("kind"), p.at("sentence"),
                          p.value("country", std::string())});
    }
    for (const auto& a : j.at("actors")) {
      f.actors.push_back({a.at("name"), a.at("kind"), a.at("aliases"), a.at("titles"),
                          a.at("affiliation"), a.at("members").get<std::vector<int>>()});
    }
    for (const auto& m : j.at("actor_mentions")) {
      f.actor_mentions.push_back({SpanOf(m.at("span")),
                                  rules.Intern(m.at("rule").get<std::string>()), m.at("sentence"),
                                  m.at("actor"), rules.Intern(m.value("form", "name"))});
    }
    for (const auto& e : j.at("events")) f.events.push_back(EventOf(e));
    for (const auto& p : j.at("positions")) f.positions.push_back(PositionOf(p, &rules));
  } catch (const json::exception& e) {
    return Status::Error(Status::Code::kInvalidArgument, std::string("bad extract record: ") + e.what());
  }
  if (Status s = CheckIndices(f); !s.ok()) return s;
  return f;
}

}  // namespace annals
