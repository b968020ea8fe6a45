#include "pipeline/extract/mention_list.h"

#include <algorithm>

namespace annals {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

void AddIf(Fields* f, const char* name, const std::string& value) {
  if (!value.empty()) f->emplace_back(name, value);
}

std::string ActorName(const ArticleFacts& f, int actor) {
  return actor >= 0 && actor < static_cast<int>(f.actors.size()) ? f.actors[actor].name : "";
}

std::string TimexValue(const ArticleFacts& f, int timex) {
  return timex >= 0 && timex < static_cast<int>(f.timexes.size()) ? f.timexes[timex].DateValue() : "";
}

void AddTimexes(const ArticleFacts& f, std::vector<Mention>* out) {
  for (const Timex& t : f.timexes) {
    Mention m{Stage::kTimex, t.rule, t.span, {}};
    AddIf(&m.fields, "type", t.type);
    AddIf(&m.fields, "value", t.value);
    AddIf(&m.fields, "end", t.end);
    AddIf(&m.fields, "point", t.point);
    out->push_back(std::move(m));
  }
}

void AddPlaces(const ArticleFacts& f, std::vector<Mention>* out) {
  for (const Place& p : f.places) {
    Mention m{Stage::kPlace, p.rule, p.span, {}};
    AddIf(&m.fields, "name", p.name);
    AddIf(&m.fields, "kind", p.kind);
    AddIf(&m.fields, "country", p.country);
    out->push_back(std::move(m));
  }
}

void AddActors(const ArticleFacts& f, std::vector<Mention>* out) {
  for (const ActorMention& am : f.actor_mentions) {
    Mention m{Stage::kActor, am.rule, am.span, {}};
    if (am.actor >= 0 && am.actor < static_cast<int>(f.actors.size())) {
      const ArticleActor& a = f.actors[am.actor];
      AddIf(&m.fields, "name", a.name);
      AddIf(&m.fields, "kind", a.kind);
      for (const auto& t : a.titles) AddIf(&m.fields, "title", t);
      for (const auto& al : a.aliases) AddIf(&m.fields, "alias", al);
      AddIf(&m.fields, "affiliation", a.affiliation);
    }
    out->push_back(std::move(m));
  }
}

void AddPositions(const ArticleFacts& f, std::vector<Mention>* out) {
  for (const Position& p : f.positions) {
    Mention m{Stage::kPosition, p.rule, p.verb_span, {}};
    AddIf(&m.fields, "verb", p.verb);
    AddIf(&m.fields, "holder", ActorName(f, p.holder));
    AddIf(&m.fields, "topic", p.topic);
    AddIf(&m.fields, "when", TimexValue(f, p.when));
    if (p.agreement) m.fields.emplace_back("agreement", "true");
    out->push_back(std::move(m));
  }
}

void AddEvents(const ArticleFacts& f, std::vector<Mention>* out) {
  for (const EventMention& e : f.events) {
    Mention m{Stage::kEvent, e.rule, e.trigger, {}};
    AddIf(&m.fields, "type", e.type);
    AddIf(&m.fields, "label", e.label);
    AddIf(&m.fields, "when", TimexValue(f, e.when));
    AddIf(&m.fields, "date_role", e.date_role);
    AddIf(&m.fields, "where", e.where);
    for (int p : e.participants) AddIf(&m.fields, "participant", ActorName(f, p));
    out->push_back(std::move(m));
  }
}

}  // namespace

bool Mention::HasField(const std::string& name, const std::string& value) const {
  return std::any_of(fields.begin(), fields.end(),
                     [&](const auto& kv) { return kv.first == name && kv.second == value; });
}

std::string Mention::FieldsText() const {
  std::string out;
  for (const auto& [k, v] : fields) out += (out.empty() ? "" : " ") + k + "=" + v;
  return out;
}

std::vector<Mention> ListMentions(const ArticleFacts& facts) {
  std::vector<Mention> out;
  AddTimexes(facts, &out);
  AddPlaces(facts, &out);
  AddActors(facts, &out);
  AddPositions(facts, &out);
  AddEvents(facts, &out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  return out;
}

std::string_view SpanText(std::string_view text, Span span) {
  size_t b = std::min(span.begin, text.size());
  size_t e = std::min(std::max(span.end, b), text.size());
  return text.substr(b, e - b);
}

}  // namespace annals
