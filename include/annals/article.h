// annals/article.h: one article in, its mentions out.
//
// The per-article half of annals. A Document is the text of one news
// article and what the caller knows of it (an id, a DCT: the date it was
// published). Extract() runs every stage of the rules on it and returns an
// Extraction: the time expressions, actors, events and statements found,
// each with byte offsets into the text (end exclusive) and the id of the
// rule that made it. Articles are independent: extract them on as many
// threads as you like, then assemble them into a Timeline (timeline.h).
//
// Thread-safety: Extract and TagTimes may be called concurrently with the
// same RuleSet; no locks are needed. The other functions here are
// reentrant. An Extraction is a value: read it from any number of threads,
// but do not modify one (DiscardText) while it is read.
#ifndef ANNALS_ARTICLE_H_
#define ANNALS_ARTICLE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annals/rules.h"
#include "annals/status.h"

namespace annals {

// The text of an article and what the caller knows of it.
// Example: annals::Document doc{.id = "d1", .text = body, .dct = "2021-03-12"};
struct Document {
  std::string id;  // names the document in outputs ("d1"); "" is allowed
  // Where it came from, for messages and timeline.json; may be "".
  std::string path;
  std::string text;  // UTF-8; offsets in results are bytes into it
  // Publication date as a TIMEX3 date ("2021-03-12"); "" to look for a
  // dateline in the text.
  std::string dct;
  // Where `dct` came from: "" or "option" (the caller), "text" (the
  // file's own header, set by FromFile for TimeML input).
  std::string dct_origin;
  // Which way a time expression no verb governs points ("meeting friday"
  // in notes or chat): "past", "future", or "" (auto: read from the text;
  // news defaults to the nearest occurrence).
  std::string bias;

  // Reads an article file ("-" is standard input). TimeML files (.tml,
  // .TE3input, or a <TimeML> root) are reduced to the text of their <TEXT>
  // element, with their <DCT> as `dct`. `id` is left empty.
  // Example: auto doc =
  // annals::Document::FromFile("examples/articles/000_x.txt");
  static Result<Document> FromFile(const std::string& path);

  // Reads one JSON Lines record {"id", "text", "dct"} (what `annals
  // extract --stdin-jsonl` takes; only "text" is required). "id" becomes
  // `path`, or `fallback_path` when the record has none; a "dct" string
  // becomes `dct` with origin "option". kInvalidArgument, located at
  // `where`, for a line that is not such an object.
  // Example:
  //   for (int n = 1; std::getline(std::cin, line); ++n) {
  //     std::string name = "stdin:" + std::to_string(n);
  //     auto doc = annals::Document::FromJsonLine(line, {"<stdin>", n}, name);
  //   }
  static Result<Document> FromJsonLine(std::string_view line,
                                       const SourceLocation& where = {},
                                       std::string fallback_path = {});
};

// True for what Document::dct accepts from a caller: a TIMEX3 calendar
// date, possibly partial or with a time ("2021-03-19", "2021-03", "2021",
// "XXXX-03-19", "2021-03-19T18:15"), checked against the calendar
// (months 01-12, the days each month has). Lets a program reject a bad
// date option once, before reading any article.
// Example: annals::IsDate("2021-03-19") == true
//          annals::IsDate("Tuesday") == false
//          annals::IsDate("2021-13-45") == false
bool IsDate(std::string_view value);

// Expands directories into their regular files (sorted) and keeps files as
// they are; a missing path comes back as an error in its place, so one bad
// path does not stop the others.
// Example: for (auto& p : annals::ExpandArticlePaths({"corpus/"})) if (p)
// use(*p);
std::vector<Result<std::string>> ExpandArticlePaths(
    const std::vector<std::string>& paths);

// What the rules found in one article. Results of Extract keep the article
// text (TimeML output needs it); results of ParseExtractRecord, and those
// DiscardText was called on, do not.
class Extraction {
 public:
  // A time expression with its TIMEX3 type and value.
  struct Time {
    std::size_t begin = 0, end = 0;  // bytes into the text
    std::string type;                // DATE TIME DURATION SET
    std::string value;      // "2021-03-18", "XXXX-03-19", "P2D", "PAST_REF"
    std::string end_value;  // a range's last value ("March 18 and 19"), or ""
    std::string rule;
  };
  // A person, organization, group or state the article names, with its
  // coreference within the article resolved.
  struct Actor {
    std::string name;
    std::string kind;  // person organization group state
    std::vector<std::string> aliases;
    std::vector<std::string> titles;
    // [begin, end) of each mention.
    std::vector<std::pair<std::size_t, std::size_t>> mentions;
  };
  // An event mention: a meeting, call, visit... as the rules type it.
  struct Event {
    std::string type;                // from the rule files ("meeting")
    std::string label;               // "high-level strategic dialogue"
    std::size_t begin = 0, end = 0;  // the sentence or clause
    std::size_t trigger_begin = 0, trigger_end = 0;  // the words that name it
    std::string when;      // TIMEX3 date as the timeline dates it ("Three
                           // days later" is a day), "" when undated
    std::string when_end;  // last value of a span, or ""
    std::string where;
    std::vector<std::string> participants;  // actor names
    std::string rule;
  };
  // A statement: who said what about which topic.
  struct Statement {
    std::string holder;  // actor name, "" when unknown
    std::string verb;
    std::string topic;
    std::size_t begin = 0, end = 0;
    std::string rule;
  };

  Extraction(const Extraction& other);
  Extraction& operator=(const Extraction& other);
  Extraction(Extraction&&) noexcept;
  Extraction& operator=(Extraction&&) noexcept;
  ~Extraction();

  // Example: x.document_id() == "d1"; x.dct() == "2021-03-12"; x.dct_origin()
  // == "text"
  const std::string& document_id() const;
  const std::string& dct() const;         // "" when none was given or found
  const std::string& dct_origin() const;  // text | option | inferred | none
  // The article text, or "" for a record read by ParseExtractRecord.
  const std::string& text() const;

  // Forgets the article text, as a record read by ParseExtractRecord has
  // none: a program that extracts a large corpus and assembles it keeps
  // only the results in memory. Afterwards text() is "" and writing
  // kTimeMl or kTimexJsonl fails; Assemble gives the same timeline.
  // Example:
  //   auto x = *annals::Extract(*rules, doc);
  //   x.DiscardText();
  //   xs.push_back(std::move(x));
  void DiscardText();

  // The results, in article order. Example: for (auto& t : x.times()) ...
  std::vector<Time> times() const;
  std::vector<Actor> actors() const;
  std::vector<Event> events() const;
  std::vector<Statement> statements() const;

 private:
  friend struct internal::Access;
  struct Impl;
  explicit Extraction(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Runs every stage of `rules` on `doc`. Fails only when `doc.dct` is given
// and is not a TIMEX3 date ("2021-03-19", "2021-03", "XXXX-03-19").
// Example:
//   auto x = annals::Extract(*rules, {.id = "d1", .text = body});
//   if (x) std::cout << x->events().size() << " events\n";
Result<Extraction> Extract(const RuleSet& rules, const Document& doc);

// The same, taking `doc`'s text instead of copying it: a huge article is
// then held once, not twice, while it is extracted (the result keeps the
// text; DiscardText frees it). Example:
//   auto x = annals::Extract(*rules, std::move(doc));
Result<Extraction> Extract(const RuleSet& rules, Document&& doc);

// Only the DCT and the time expressions (what `annals tag` writes): faster
// when the events are not wanted.
// Example: auto x = annals::TagTimes(*rules, doc); for (auto& t : x->times())
// ...
Result<Extraction> TagTimes(const RuleSet& rules, const Document& doc);

// Reads one `annals extract` JSON Lines record (Format::kExtractRecord,
// export.h) back, e.g. to assemble shards extracted elsewhere. An error
// names the missing or mistyped field.
// Example: while (std::getline(in, line))
// xs.push_back(*annals::ParseExtractRecord(line));
Result<Extraction> ParseExtractRecord(std::string_view jsonl_line);

}  // namespace annals

#endif  // ANNALS_ARTICLE_H_
