// A small hand-made Assembly for the exporter tests: three people, three
// events (a dated day, a month-long span, an undated one), one stated
// position with its topic, linked as the Assembler links them.
//
//   Ana Ruiz, Ben Okafor -> e1 meeting "fisheries talks" 2019-06-02, Lisbon
//   Carla Mendes         -> e2 visit "state visit" 2019-07
//   Ben Okafor           -> e3 meeting "follow-up talks", undated (apart)
//   Ana Ruiz  -stated->  p1 (urge, fisheries) -made_at-> e1
#ifndef ANNALS_TESTS_GRAPH_SMALL_ASSEMBLY_H_
#define ANNALS_TESTS_GRAPH_SMALL_ASSEMBLY_H_

#include "graph/assemble/assembler.h"

namespace annals::testing {

inline ActorRecord Person(const std::string& id, const std::string& name,
                          std::vector<std::string> aliases) {
  return {id, name, "person", std::move(aliases), {"minister"}, "", {}, {}};
}

// `e3_when` dates the third event ("XXXX-WXX-2": a weekday of no known week).
inline Assembly SmallAssembly(When e3_when = {}) {
  Assembly a;
  a.documents.push_back({"d1", "news/a.txt", "2019-06-03", "text", "", ""});
  Graph& g = a.graph;
  auto ana = g.add_actor(Person("ana-ruiz", "Ana Ruiz", {"Ruiz"}));
  auto ben = g.add_actor(Person("ben-okafor", "Ben Okafor", {"Okafor"}));
  auto carla = g.add_actor(Person("carla-mendes", "Carla Mendes", {}));
  // "Ana Ruiz met Ben Okafor for fisheries talks." "talks" = bytes 38..43 of
  // the sentence, which starts at byte 100 of the article.
  Evidence ev{"d1",
              {100, 144},
              "event.meeting.talks",
              {138, 143},
              "Ana Ruiz met Ben Okafor for fisheries talks."};
  auto e1 = g.add_event({"e1",
                         "meeting",
                         "fisheries talks",
                         {"2019-06-02", ""},
                         "Lisbon",
                         {"ana-ruiz", "ben-okafor"},
                         {ev, ev}});
  auto e2 = g.add_event({"e2",
                         "visit",
                         "state visit",
                         {"2019-07", ""},
                         "",
                         {"carla-mendes"},
                         {}});
  auto e3 = g.add_event(
      {"e3", "meeting", "follow-up talks", e3_when, "", {"ben-okafor"}, {}});
  auto lisbon = g.add_place({"place:Lisbon", "Lisbon", "place"});
  auto p1 = g.add_position({"p1",
                            "ana-ruiz",
                            "fisheries",
                            "urge",
                            "quotas must fall",
                            "e1",
                            {"2019-06-02", ""},
                            {}});
  auto topic = g.add_place({"topic:fisheries", "fisheries", "topic"});
  g.link(ana, e1, Relation::kParticipatedIn);
  g.link(ben, e1, Relation::kParticipatedIn);
  g.link(carla, e2, Relation::kParticipatedIn);
  g.link(ben, e3, Relation::kParticipatedIn);
  g.link(e1, lisbon, Relation::kHeldIn);
  g.link(ana, p1, Relation::kStated);
  g.link(p1, topic, Relation::kAbout);
  g.link(p1, e1, Relation::kMadeAt);
  // e3 has no calendar date: the Assembler lists it apart.
  g.timeline = {"e1", "e2"};
  g.apart = {"e3"};
  return a;
}

}  // namespace annals::testing

#endif  // ANNALS_TESTS_GRAPH_SMALL_ASSEMBLY_H_
