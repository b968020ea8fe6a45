// ArticleFacts: everything the per-article half of the pipeline finds.
//
// It is the contract between extraction and assembly: `annals extract`
// writes one ArticleFacts per line (facts_json.h), `annals assemble` reads
// any number of them. Every fact keeps its evidence: the byte offsets into
// the article (end exclusive) and the id of the rule that made it.
// Timexes keep their recipe (function and rendered arguments), so assembly
// can resolve them again when it learns a document's year (see Assembler).
//
// Thread-safety: plain values.
#ifndef ANNALS_PIPELINE_FACTS_H_
#define ANNALS_PIPELINE_FACTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/time_functions.h"

namespace annals {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return end <= begin; }
  bool operator==(const Span&) const = default;
};

// The bytes between two spans; 0 when they touch or overlap.
inline size_t Gap(Span a, Span b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

struct DocumentInfo {
  std::string id;    // "d1": order of the run
  std::string path;  // as given on the command line
  std::string dct;   // TIMEX3 value, "" when none, "XXXX-03-19" year unknown
  std::string dct_origin = "none";  // text | option | inferred | none
  std::string dct_rule;
  std::string place;  // the dateline's place, for "here"
};

struct Sentence {
  Span span;
  size_t paragraph = 0;
};

struct Timex {
  Span span;
  std::string rule;
  std::string type;   // DATE TIME DURATION SET
  std::string value;  // resolved against the document's DCT
  std::string end;    // a range's last value ("March 18 and 19"), or ""
  // Where a range's two dates are written ("March 18", "19"), when the rule
  // marks them with `first_part` and `last_part` captures; TimeML tags
  // them apart. Empty spans otherwise.
  Span first_part;
  Span last_part;
  // The date a duration counted from the story reaches ("three days
  // later" after May 4: the 7th), or "": events and anchors take it.
  std::string point;
  size_t sentence = 0;
  // Recipe, to resolve again against another DCT.
  std::string function;
  TimeArgs args;
  std::string end_function;
  TimeArgs end_args;
  std::string point_function;
  TimeArgs point_args;
  Tense tense = Tense::kPast;
  bool narrative = false;
  // `anchor: sentence`: the story's day only when named in the same sentence.
  bool sentence_anchor = false;
  // Inside quotation marks in its sentence: reported speech, whose dates
  // ("closer today than on Monday") do not move the story's anchors.
  bool quoted = false;

  // The date this timex places things at: the point a counted duration
  // reaches, else the value. Example: for "two days later" after
  // "on May 4, 2021", value "P2D" and DateValue() "2021-05-06".
  const std::string& DateValue() const { return point.empty() ? value : point; }
};

struct Place {
  Span span;
  std::string rule;
  std::string name;
  std::string kind;
  size_t sentence = 0;
};

// A name, title or pronoun that refers to an actor of the article.
struct ActorMention {
  Span span;
  std::string rule;
  size_t sentence = 0;
  int actor = -1;  // index into ArticleFacts::actors
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
  std::string where;
  std::string text;  // the sentence, kept so evidence reads without the article
};

struct Position {
  std::string rule;
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

#endif  // ANNALS_PIPELINE_FACTS_H_
