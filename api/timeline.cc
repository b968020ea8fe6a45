// Timeline: Assembler behind the API.
#include "annals/timeline.h"

#include "api/assemble_facts.h"
#include "api/internal.h"

namespace annals {

using internal::Access;

Timeline Timeline::Assemble(const RuleSet& rules,
                            std::vector<Extraction> extractions) {
  std::vector<ArticleFacts> facts;
  facts.reserve(extractions.size());
  // The extractions are ours (taken by value): move their facts, so a
  // corpus is not held twice.
  for (Extraction& x : extractions)
    facts.push_back(std::move(Access::Of(x).facts));
  const Access::RulesImpl* r = Access::Rules(rules);
  if (!r) {
    // A moved-from RuleSet: without the tagger no year can be re-resolved,
    // so the documents are listed as extracted.
    Assembly a;
    for (const auto& f : facts) a.documents.push_back(f.doc);
    return Access::MakeTimeline(std::move(a));
  }
  return Access::MakeTimeline(
      AssembleFacts(std::move(facts), r->extractor.tagger()));
}

std::size_t Timeline::document_count() const {
  return impl_->assembly.documents.size();
}
std::size_t Timeline::actor_count() const {
  return impl_->assembly.graph.actors().size();
}
std::size_t Timeline::event_count() const {
  return impl_->assembly.graph.events().size();
}
std::size_t Timeline::statement_count() const {
  return impl_->assembly.graph.positions().size();
}

std::vector<Timeline::DocumentInfo> Timeline::documents() const {
  std::vector<DocumentInfo> out;
  for (const auto& d : impl_->assembly.documents)
    out.push_back({d.id, d.path, d.dct, d.dct_origin});
  return out;
}

std::vector<Timeline::Event> Timeline::events() const {
  const Graph& g = impl_->assembly.graph;
  std::vector<Event> out;
  auto add = [&](const EventRecord& e) {
    out.push_back({e.id, e.type, e.label, e.when.value, e.when.end, e.where,
                   e.participants, e.evidence.size()});
  };
  for (const std::string& id : g.listed_events()) {
    Graph::Vertex v = g.find(id);
    if (v == Graph::kNone || g.node(v).kind != VertexKind::kEvent) continue;
    add(g.events()[g.node(v).index]);
  }
  return out;
}

std::vector<Timeline::Actor> Timeline::actors() const {
  std::vector<Actor> out;
  for (const ActorRecord& a : impl_->assembly.graph.actors()) {
    out.push_back({a.id, a.name, a.kind, a.aliases, a.titles});
  }
  return out;
}

}  // namespace annals
