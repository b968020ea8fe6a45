// How an example is judged: collect what the rule's stage produced for the
// example text, keep the mentions made by the rule itself, and look for
// one with the expected span text and fields. Failures list what was found
// instead (by any rule), since "another rule won the overlap" is the most
// common reason an example stops passing.
#include "pipeline/extract/rule_tester.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "pipeline/extract/dct_finder.h"
#include "pipeline/engine/masked_stage.h"
#include "pipeline/extract/mention_masks.h"
#include "pipeline/engine/masked_text.h"
#include "pipeline/extract/segmenter.h"

namespace annals {
namespace {

Article ExampleArticle(const RuleExample& ex, bool with_dct) {
  Article a;
  a.id = "example";
  a.path = ex.where.file;
  a.text = ex.text;
  if (with_dct && !ex.dct.empty()) {
    a.dct = ex.dct;
    a.dct_origin = "option";
  }
  return a;
}

bool Fits(const Mention& m, const RuleExample& ex) {
  if (ex.match && SpanText(ex.text, m.span) != *ex.match &&
      (m.whole.empty() || SpanText(ex.text, m.whole) != *ex.match)) {
    return false;
  }
  for (const auto& [k, v] : ex.expect) {
    if (!m.HasField(k, v)) return false;
  }
  return true;
}

std::string Expected(const RuleExample& ex) {
  std::string out = ex.match ? fmt::format("\"{}\"", *ex.match) : "a match";
  for (const auto& [k, v] : ex.expect) out += fmt::format(" {}={}", k, v);
  return out;
}

std::string Describe(const std::vector<Mention>& found, const RuleExample& ex) {
  if (found.empty()) return "nothing";
  std::string out;
  for (const Mention& m : found) {
    if (!out.empty()) out += "; ";
    out += fmt::format("\"{}\"", SpanText(ex.text, m.span));
    if (!m.fields.empty()) out += " " + m.FieldsText();
    out += " [" + m.rule + "]";
  }
  return out;
}

}  // namespace

RuleTester::RuleTester(std::shared_ptr<const RuleBook> book)
    : book_(std::move(book)), extractor_(book_) {}

std::vector<Mention> RuleTester::Found(const Rule& rule, const RuleExample& ex) const {
  std::vector<Mention> out;
  if (rule.stage == Stage::kDct) {
    if (auto d = DctFinder(*book_).Find(ex.text)) {
      out.push_back({Stage::kDct, d->rule, d->span, {}, {{"value", d->value}, {"place", d->place}}});
    }
    return out;
  }
  if (rule.stage == Stage::kBlock) {
    Segmenter seg(book_->lexicon("ABBREVIATION"));
    std::vector<Match> found;
    for (const Sentence& s : seg.Split(ex.text)) {
      found.clear();
      book_->matcher(Stage::kBlock).FindAll(SpanText(ex.text, s.span), &found);
      for (const Match& m : found) {
        out.push_back({Stage::kBlock, m.rule->id, {s.span.begin + m.begin, s.span.begin + m.end}, {}});
      }
    }
    return out;
  }
  ArticleFacts facts = extractor_.Extract(ExampleArticle(ex, true));
  for (Mention& m : ListMentions(facts)) {
    if (m.stage == rule.stage) out.push_back(std::move(m));
  }
  if (rule.stage == Stage::kEvent) AddWholeMatches(facts, ex.text, rule, &out);
  return out;
}

// An event mention's span is its trigger; authors often write the rule's
// whole match as `match:`. Find the rule's own matches on the masked
// sentences (as the event stage saw them) and note the one around each
// of its triggers.
void RuleTester::AddWholeMatches(const ArticleFacts& facts, std::string_view text,
                                 const Rule& rule, std::vector<Mention>* mentions) const {
  auto masks = MasksBySentence(facts, true, true);
  std::vector<Match> found;
  for (size_t i = 0; i < facts.sentences.size(); ++i) {
    MaskedText masked(text, facts.sentences[i].span, masks.ItemsOf(i));
    found.clear();
    book_->matcher(rule.stage).FindAll(masked.text(), &found);
    for (const Match& m : found) {
      if (m.rule != &rule) continue;
      Span whole = masked.ToArticle(m.begin, m.end);
      for (Mention& mention : *mentions) {
        bool inside = mention.span.begin >= whole.begin && mention.span.end <= whole.end;
        if (mention.rule == rule.id && inside && mention.whole.empty()) mention.whole = whole;
      }
    }
  }
}

ExampleResult RuleTester::RunExample(const Rule& rule, const RuleExample& ex) const {
  ExampleResult r{&rule, &ex, false, {}};
  std::vector<Mention> found = Found(rule, ex);
  bool hit = std::any_of(found.begin(), found.end(),
                         [&](const Mention& m) { return m.rule == rule.id && Fits(m, ex); });
  r.passed = hit != ex.reject;
  if (r.passed) return r;
  if (ex.reject) {
    r.detail = fmt::format("must not find {}, but did", Expected(ex));
  } else {
    r.detail = fmt::format("expected {}; found: {}", Expected(ex), Describe(found, ex));
  }
  return r;
}

std::vector<ExampleResult> RuleTester::Run(const Rule& rule) const {
  std::vector<ExampleResult> out;
  for (const auto& ex : rule.examples) out.push_back(RunExample(rule, ex));
  return out;
}

std::vector<ExampleResult> RuleTester::RunAll() const {
  std::vector<const Rule*> rules;
  for (int i = 0; i < kStageCount; ++i) {
    const auto& stage = book_->rules(static_cast<Stage>(i));
    rules.insert(rules.end(), stage.begin(), stage.end());
  }
  std::stable_sort(rules.begin(), rules.end(), [](const Rule* a, const Rule* b) {
    return std::tie(a->where.file, a->where.line) < std::tie(b->where.file, b->where.line);
  });
  std::vector<ExampleResult> out;
  for (const Rule* rule : rules) {
    auto part = Run(*rule);
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

std::string FormatResult(const ExampleResult& r) {
  const SourceLocation& w = r.example->where;
  std::string line = fmt::format("{}:{}:{}: {} {}", w.file, w.line, w.column,
                                 r.passed ? "PASS" : "FAIL", r.rule->id);
  if (!r.detail.empty()) line += ": " + r.detail;
  return line;
}

}  // namespace annals
