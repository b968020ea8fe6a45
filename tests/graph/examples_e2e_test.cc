// End to end on the two example articles (examples/articles), with the
// bundled rules: the acceptance facts of EXPECTED.md that matter most.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "api/assemble_facts.h"
#include "graph/export/exporters.h"
#include "pipeline/extract/extractor.h"

namespace annals {
namespace {

const std::string kDir = ANNALS_SOURCE_DIR "/examples/articles/";

struct Run {
  std::shared_ptr<const RuleBook> rules;
  std::unique_ptr<Extractor> extractor;
  Assembly assembly;
};

Run RunOn(const std::vector<std::string>& files) {
  Run r;
  Diagnostics diags;
  r.rules = RuleBook::LoadDirs({ANNALS_SOURCE_DIR "/rules"}, &diags);
  REQUIRE_MESSAGE(r.rules, (diags.empty() ? "" : diags.front().ToString()));
  r.extractor = std::make_unique<Extractor>(r.rules);
  std::vector<ArticleFacts> facts;
  for (const auto& f : files) {
    auto a = Ingestor::ReadFile(kDir + f);
    REQUIRE(a.ok());
    facts.push_back(r.extractor->Extract(*a));
  }
  r.assembly = AssembleFacts(std::move(facts), r.extractor->tagger());
  return r;
}

const ActorRecord* ActorNamed(const Graph& g, const std::string& name) {
  for (const auto& a : g.actors()) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

// Events on `value` with all of `people` taking part.
std::vector<const EventRecord*> EventsOn(const Graph& g, const std::string& value,
                                         const std::vector<std::string>& people) {
  std::vector<const EventRecord*> out;
  for (const auto& e : g.events()) {
    if (e.when.value != value) continue;
    bool all = true;
    for (const auto& p : people) {
      const ActorRecord* a = ActorNamed(g, p);
      all = all && a && std::count(e.participants.begin(), e.participants.end(), a->id);
    }
    if (all) out.push_back(&e);
  }
  return out;
}

const char* kSeed0 = "000_71cd7fc4d746160c.txt";
const char* kSeed1 = "001_407dc331d743dace.txt";

TEST_CASE("examples: document dates, from the text and inferred") {
  Run r = RunOn({kSeed0, kSeed1});
  const auto& docs = r.assembly.documents;
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].dct.rfind("2021-03-12", 0) == 0);
  CHECK(docs[0].dct_origin == "text");
  CHECK(docs[1].dct == "2021-03-19");
  CHECK(docs[1].dct_origin == "inferred");
}

TEST_CASE("examples: the dateline article alone keeps its year unknown") {
  Run r = RunOn({kSeed1});
  CHECK(r.assembly.documents[0].dct == "XXXX-03-19");
  for (const auto& e : r.assembly.graph.events()) {
    CAPTURE(e.when.value);
    CHECK(e.when.value.rfind("20", 0) != 0);  // never a guessed year
  }
}

TEST_CASE("examples: the five expected events, merged across articles, in order") {
  Run r = RunOn({kSeed0, kSeed1});
  const Graph& g = r.assembly.graph;
  struct Want {
    const char* value;
    const char* type;
    std::vector<std::string> people;
  };
  const Want wants[] = {
      {"2020-03-05", "press_conference", {"Zhao Lijian"}},
      {"2021-01", "taking_office", {"Joe Biden"}},
      {"2021-02-11", "phone_call", {"Xi Jinping", "Joe Biden"}},
      {"2021-03-12", "press_conference", {"Zhao Lijian"}},
      {"2021-03-18", "meeting", {"Yang Jiechi", "Wang Yi", "Antony Blinken", "Jake Sullivan"}},
  };
  std::vector<size_t> ranks;
  for (const auto& w : wants) {
    CAPTURE(w.value);
    auto found = EventsOn(g, w.value, w.people);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->type == w.type);
    ranks.push_back(std::find(g.timeline.begin(), g.timeline.end(), found[0]->id) - g.timeline.begin());
  }
  CHECK(std::is_sorted(ranks.begin(), ranks.end()));
  const EventRecord* call = EventsOn(g, "2021-02-11", {"Xi Jinping"})[0];
  const EventRecord* talks = EventsOn(g, "2021-03-18", {"Wang Yi"})[0];
  CHECK(talks->when.end == "2021-03-19");
  // Exactly these five on the timeline; the call is Xi's and Biden's
  // alone, with no place ("the Chinese side came to Anchorage" after
  // "their phone talks" is the dialogue's).
  CHECK(g.timeline.size() == 5);
  CHECK(call->participants == std::vector<std::string>{ActorNamed(g, "Xi Jinping")->id,
                                                       ActorNamed(g, "Joe Biden")->id});
  CHECK(call->where.empty());
  for (const EventRecord* e : {call, talks}) {
    bool d1 = false, d2 = false;
    for (const auto& ev : e->evidence) (ev.doc == "d1" ? d1 : d2) = true;
    CHECK((d1 && d2));  // one event citing both articles
  }
}

TEST_CASE("examples: aliases merge into one actor with titles") {
  Run r = RunOn({kSeed0, kSeed1});
  const Graph& g = r.assembly.graph;
  const ActorRecord* zhao = ActorNamed(g, "Zhao Lijian");
  REQUIRE(zhao);
  CHECK(std::count(zhao->aliases.begin(), zhao->aliases.end(), "Zhao") == 1);
  CHECK(ActorNamed(g, "Zhao") == nullptr);
  const ActorRecord* group = ActorNamed(g, "Chinese delegation");
  REQUIRE(group);
  CHECK(group->kind == "group");
  for (const char* m : {"Yang Jiechi", "Wang Yi"}) {
    CHECK(std::count(group->members.begin(), group->members.end(), ActorNamed(g, m)->id) == 1);
  }
  for (const auto& a : g.actors()) {
    CAPTURE(a.name);
    CHECK_FALSE((a.kind == "person" && (a.name == "Friday" || a.name == "Alaska")));
  }
}

TEST_CASE("examples: exports are deterministic and name the actors") {
  Run a = RunOn({kSeed0, kSeed1});
  Run b = RunOn({kSeed0, kSeed1});
  std::ostringstream ja, jb, dot;
  WriteTimelineJson(ja, a.assembly);
  WriteTimelineJson(jb, b.assembly);
  CHECK(ja.str() == jb.str());
  WriteDot(dot, a.assembly);
  CHECK(dot.str().find("Antony Blinken") != std::string::npos);
  CHECK(dot.str().rfind("digraph", 0) == 0);
}

}  // namespace
}  // namespace annals
