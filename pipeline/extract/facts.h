// ArticleFacts: everything the per-article half of the pipeline finds.
//
// It is the contract between extraction and assembly: `annals extract`
// writes one ArticleFacts per line (facts_json.h), `annals assemble` reads
// any number of them. Every fact keeps its evidence: the byte offsets into
// the article (end exclusive) and the id of the rule that made it.
// Timexes keep their recipe (function and rendered arguments), so assembly
// can resolve them again when it learns a document's year (see Assembler).
//
// Ownership: plain values, but for the rule ids of actor mentions,
// timexes, places and positions, and the forms of actor mentions:
// SharedStrings (base/shared_string.h), one per distinct string of an
// article, which its facts share.
//
// Thread-safety: plain values.
#ifndef ANNALS_PIPELINE_EXTRACT_FACTS_H_
#define ANNALS_PIPELINE_EXTRACT_FACTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/base/shared_string.h"
#include "pipeline/base/span.h"
#include "pipeline/time/timex.h"

namespace annals {

struct DocumentInfo {
  std::string id;    // "d1": order of the run
  std::string path;  // as given on the command line
  std::string dct;   // TIMEX3 value, "" when none, "XXXX-03-19" year unknown
  std::string dct_origin = "none";  // text | option | inferred | none
  std::string dct_rule;
  std::string place;  // the dateline's place, for "here"
};

struct Place {
  Span span;
  SharedString rule;
  std::string name;
  std::string kind;
  size_t sentence = 0;
  // The country the place lies in (itself for a country), when its rule
  // names one: "Ankara" is in "Turkey".
  std::string country;
};

// A name, title or pronoun that refers to an actor of the article.
struct ActorMention {
  Span span;
  SharedString rule;  // shared by the article's mentions of this rule
  size_t sentence = 0;
  int actor = -1;  // index into ArticleFacts::actors
  // How the actor is named here: "name" (a proper name, "Chirac"),
  // "title" ("the French president"), "pronoun" ("he"). Name mentions are
  // what a named-entity evaluation counts. Shared like `rule`.
  SharedString form = "name";
};

// An actor as the article knows it (coreference within the article done).
struct ArticleActor {
  std::string name;
  std::string kind;  // person organization group state
  std::vector<std::string> aliases;
  std::vector<std::string> titles;
  std::string affiliation;  // canonical state name, if known
  std::vector<int> members;  // indices of member actors
};

struct EventMention {
  std::string rule;
  std::string type;
  std::string label;
  Span span;     // the sentence or clause
  Span trigger;  // the words that name the event
  size_t sentence = 0;
  std::vector<int> participants;  // article actor indices
  int when = -1;                  // timex index, -1 when undated
  int duration = -1;              // a duration timex ("two-day"), or -1
  std::string date_role = "point";  // point | start | end of the event
  bool dct_default = false;         // undated: takes the DCT
  // Named as distinct from the article's other encounters ("in a separate
  // meeting with X"): it joins only mentions with the same people.
  bool separate = false;
  std::string where;
  std::string text;  // the sentence, kept so evidence reads without the article
};

struct Position {
  SharedString rule;
  Span span;  // the sentence
  Span verb_span;
  int holder = -1;  // article actor index
  std::string verb;
  std::string topic;  // "" when the statement names none
  std::string text;
  int when = -1;  // timex index or -1 (then the DCT)
  bool agreement = false;
};

struct ArticleFacts {
  DocumentInfo doc;
  std::vector<Sentence> sentences;
  std::vector<Timex> timexes;
  std::vector<Place> places;
  std::vector<ArticleActor> actors;
  std::vector<ActorMention> actor_mentions;
  std::vector<EventMention> events;
  std::vector<Position> positions;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_FACTS_H_
