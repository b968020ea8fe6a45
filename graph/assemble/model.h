// The assembled records: actors, events, positions and places of a whole
// run, each with the evidence that supports it.
//
// These are the vertex payloads of Graph (graph.h) and what the exporters
// write (OUTPUT.md in ../shared/spec describes timeline.json). Ids are
// stable across runs of the same input: actor ids are slugs of the name,
// event and position ids number them in timeline order.
//
// Ownership: plain values, but for the rule ids of evidence and mentions:
// SharedStrings (base/shared_string.h), shared with the facts they came
// from, so a huge article's 500,000 mentions do not each own a copy.
//
// Thread-safety: plain values.
#ifndef ANNALS_GRAPH_ASSEMBLE_MODEL_H_
#define ANNALS_GRAPH_ASSEMBLE_MODEL_H_

#include <string>
#include <vector>

#include "pipeline/extract/facts.h"

namespace annals {

struct Evidence {
  std::string doc;  // document id ("d1")
  Span span;        // the sentence
  SharedString rule;
  Span trigger;     // the words that name it; empty for actors
  std::string text;
};

struct MentionRef {
  std::string doc;
  Span span;
  SharedString rule;
};

struct When {
  std::string value;  // TIMEX3 value; empty = undated
  std::string end;    // last value of a span, or ""
  bool empty() const { return value.empty(); }
};

struct ActorRecord {
  std::string id;
  std::string name;
  std::string kind;
  std::vector<std::string> aliases;
  std::vector<std::string> titles;
  std::string affiliation;
  std::vector<std::string> members;  // actor ids
  std::vector<MentionRef> mentions;
};

struct EventRecord {
  std::string id;
  std::string type;
  std::string label;
  When when;
  std::string where;
  std::vector<std::string> participants;  // actor ids
  std::vector<Evidence> evidence;
};

struct PositionRecord {
  std::string id;
  std::string holder;  // actor id
  std::string topic;
  std::string verb;
  std::string text;
  std::string event;  // event id or ""
  When when;
  std::vector<Evidence> evidence;
};

struct PlaceRecord {
  std::string id;
  std::string name;
  std::string kind;  // city, country, ... or topic
};

}  // namespace annals

#endif  // ANNALS_GRAPH_ASSEMBLE_MODEL_H_
