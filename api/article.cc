// Document, Extraction, Extract: Ingestor and Extractor behind the API.
#include "annals/article.h"

#include <chrono>
#include <nlohmann/json.hpp>

#include "api/internal.h"
#include "pipeline/extract/event_date.h"
#include "pipeline/extract/article.h"
#include "pipeline/extract/line_wraps.h"
#include "pipeline/extract/facts_json.h"
#include "pipeline/time/time_functions.h"

namespace annals {
namespace {

using internal::Access;

using internal::NoRules;
using internal::ToArticle;

template <typename Run>
Result<Extraction> RunOn(const RuleSet& rules, Document doc, Run run) {
  const Access::RulesImpl* r = Access::Rules(rules);
  if (!r) return NoRules();
  auto article = ToArticle(std::move(doc));
  if (!article) return article.status();
  auto impl = std::make_unique<Access::ExtractionImpl>();
  impl->facts = run(r->extractor, *article);
  impl->text = std::move(article->text);
  impl->has_text = true;
  return Access::MakeExtraction(std::move(impl));
}

}  // namespace

namespace internal {

Status NoRules() {
  return Status::Error(Status::Code::kInvalidArgument,
                       "empty RuleSet (moved from)");
}

Status NeedsEveryStage(const RuleSet& rules) {
  if (rules.scope() == RuleSet::Scope::kEverything) return Status::Ok();
  return Status::Error(Status::Code::kInvalidArgument,
                       "the RuleSet was loaded with Scope::kTimes (time rules "
                       "only); extracting mentions needs Scope::kEverything");
}

// A caller's DCT must be a date; one from a file's own header is taken as
// the file says (TimeML DCTs carry times, and the tagger copes).
Result<Article> ToArticle(Document doc) {
  bool from_caller = doc.dct_origin.empty() || doc.dct_origin == "option";
  if (!doc.dct.empty() && from_caller && !IsDate(doc.dct)) {
    return Status::Error(Status::Code::kInvalidArgument,
                         "DCT '" + doc.dct + "' is not a date like 2021-03-19",
                         {doc.path, 0, 0});
  }
  if (!doc.bias.empty() && doc.bias != "past" && doc.bias != "future" &&
      doc.bias != "auto") {
    return Status::Error(Status::Code::kInvalidArgument,
                         "bias '" + doc.bias + "' is not past, future or auto",
                         {doc.path, 0, 0});
  }
  Article a;
  a.id = doc.id;
  a.bias = doc.bias == "auto" ? "" : doc.bias;
  a.path = doc.path;
  a.text = std::move(doc.text);
  // Same length, so every offset still points into the caller's text.
  UnwrapLines(&a.text);
  a.dct = doc.dct;
  a.dct_origin = doc.dct_origin.empty() ? "none" : doc.dct_origin;
  return a;
}

}  // namespace internal

Result<Document> Document::FromFile(const std::string& path) {
  auto a = Ingestor::ReadFile(path);
  if (!a) return a.status();
  Document d;
  d.path = a->path;
  d.text = std::move(a->text);
  d.dct = a->dct;
  if (!d.dct.empty()) d.dct_origin = a->dct_origin;
  return d;
}

Result<Document> Document::FromJsonLine(std::string_view line,
                                        const SourceLocation& where,
                                        std::string fallback_path) {
  auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  bool text = !j.is_discarded() && j.is_object() && j.contains("text") &&
              j["text"].is_string();
  // A non-string "id" would make the record's name ambiguous: refused too.
  if (!text || (j.contains("id") && !j["id"].is_string())) {
    return Status::Error(Status::Code::kInvalidArgument,
                         "line is not a {\"id\",\"text\",\"dct\"} object",
                         where);
  }
  Document d;
  d.path =
      j.contains("id") ? j["id"].get<std::string>() : std::move(fallback_path);
  d.text = j["text"].get<std::string>();
  if (j.contains("dct") && j["dct"].is_string()) {
    d.dct = j["dct"].get<std::string>();
    d.dct_origin = "option";
  }
  return d;
}

namespace {

// Digits of `s` as a number within [lo, hi], else -1.
int NumberIn(std::string_view s, int lo, int hi) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return !s.empty() && lo <= n && n <= hi ? n : -1;
}

// A TIMEX3 time of day after the 'T': "18", "18:15", "18:15:30", or a
// part of the day (MO, AF, EV, NI, DT).
bool IsTimeOfDay(std::string_view t) {
  for (std::string_view part : {"MO", "AF", "EV", "NI", "DT"}) {
    if (t == part) return true;
  }
  if (t.size() != 2 && t.size() != 5 && t.size() != 8) return false;
  if (NumberIn(t.substr(0, 2), 0, 23) < 0) return false;
  for (std::size_t at = 2; at < t.size(); at += 3) {
    if (t[at] != ':' || NumberIn(t.substr(at + 1, 2), 0, 59) < 0) return false;
  }
  return true;
}

}  // namespace

bool IsDate(std::string_view value) {
  std::size_t t = value.find('T');
  std::string_view date = value.substr(0, t);
  // YYYY or XXXX, then -MM, then -DD: each part checked against the
  // calendar ("2021-13-45" is a typo, not a date).
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!PartialDate::Parse(std::string(date))) return false;
  int month = date.size() >= 7 ? NumberIn(date.substr(5, 2), 1, 12) : 0;
  if (month < 0) return false;
  if (date.size() == 10) {
    // An unknown year (XXXX) may be a leap year: February 29 stays.
    int year = date[0] == 'X' ? 2000 : NumberIn(date.substr(0, 4), 0, 9999);
    int day = NumberIn(date.substr(8, 2), 1, 31);
    if (day < 0) return false;
    std::chrono::year_month_day ymd{std::chrono::year(year),
                                    std::chrono::month(unsigned(month)),
                                    std::chrono::day(unsigned(day))};
    if (!ymd.ok()) return false;
  }
  return t == std::string_view::npos || IsTimeOfDay(value.substr(t + 1));
}

std::vector<Result<std::string>> ExpandArticlePaths(
    const std::vector<std::string>& paths) {
  return Ingestor::ExpandPaths(paths);
}

Extraction::Extraction(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extraction::Extraction(const Extraction& other)
    : impl_(std::make_unique<Impl>(*other.impl_)) {}
Extraction& Extraction::operator=(const Extraction& other) {
  if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
  return *this;
}
Extraction::Extraction(Extraction&&) noexcept = default;
Extraction& Extraction::operator=(Extraction&&) noexcept = default;
Extraction::~Extraction() = default;

const std::string& Extraction::document_id() const {
  return impl_->facts.doc.id;
}
const std::string& Extraction::dct() const { return impl_->facts.doc.dct; }
const std::string& Extraction::dct_origin() const {
  return impl_->facts.doc.dct_origin;
}
const std::string& Extraction::text() const { return impl_->text; }

void Extraction::DiscardText() {
  // swap, not clear(): the memory itself must go.
  std::string().swap(impl_->text);
  impl_->has_text = false;
}

std::vector<Extraction::Time> Extraction::times() const {
  std::vector<Time> out;
  for (const Timex& t : impl_->facts.timexes) {
    out.push_back({t.span.begin, t.span.end, t.type, t.value, t.end, t.rule});
  }
  return out;
}

std::vector<Extraction::Actor> Extraction::actors() const {
  const ArticleFacts& f = impl_->facts;
  std::vector<Actor> out;
  for (const ArticleActor& a : f.actors)
    out.push_back({a.name, a.kind, a.aliases, a.titles, {}});
  for (const ActorMention& m : f.actor_mentions) {
    if (m.actor >= 0 && static_cast<std::size_t>(m.actor) < out.size()) {
      out[m.actor].mentions.emplace_back(m.span.begin, m.span.end);
    }
  }
  return out;
}

namespace {
std::string ActorName(const ArticleFacts& f, int i) {
  return i >= 0 && static_cast<std::size_t>(i) < f.actors.size()
             ? f.actors[i].name
             : std::string();
}
}  // namespace

std::vector<Extraction::Event> Extraction::events() const {
  const ArticleFacts& f = impl_->facts;
  std::vector<Event> out;
  for (const EventMention& e : f.events) {
    Event ev;
    ev.type = e.type;
    ev.label = e.label;
    ev.begin = e.span.begin;
    ev.end = e.span.end;
    ev.trigger_begin = e.trigger.begin;
    ev.trigger_end = e.trigger.end;
    // The timeline's own definition ("Three days later" is a day).
    MentionDate date = DateOfMention(f, e);
    ev.when = date.value;
    ev.when_end = date.end;
    ev.where = e.where;
    for (int p : e.participants) ev.participants.push_back(ActorName(f, p));
    ev.rule = e.rule;
    out.push_back(std::move(ev));
  }
  return out;
}

std::vector<Extraction::Statement> Extraction::statements() const {
  const ArticleFacts& f = impl_->facts;
  std::vector<Statement> out;
  for (const Position& p : f.positions) {
    out.push_back({ActorName(f, p.holder), p.verb, p.topic, p.span.begin,
                   p.span.end, p.rule});
  }
  return out;
}

Result<Extraction> Extract(const RuleSet& rules, const Document& doc) {
  return Extract(rules, Document(doc));
}

Result<Extraction> Extract(const RuleSet& rules, Document&& doc) {
  if (Status s = internal::NeedsEveryStage(rules); !s.ok()) return s;
  return RunOn(rules, std::move(doc), [](const Extractor& x, const Article& a) {
    return x.Extract(a);
  });
}

Result<Extraction> TagTimes(const RuleSet& rules, const Document& doc) {
  return RunOn(rules, doc,
               [](const Extractor& x, const Article& a) { return x.Tag(a); });
}

Result<Extraction> ParseExtractRecord(std::string_view jsonl_line) {
  auto j = nlohmann::json::parse(jsonl_line.begin(), jsonl_line.end(), nullptr,
                                 false);
  if (j.is_discarded()) {
    return Status::Error(Status::Code::kInvalidArgument, "not JSON");
  }
  auto facts = FactsFromJson(j);
  if (!facts) return facts.status();
  auto impl = std::make_unique<Access::ExtractionImpl>();
  impl->facts = std::move(*facts);
  return Access::MakeExtraction(std::move(impl));
}

}  // namespace annals
