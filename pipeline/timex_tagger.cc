#include "pipeline/timex_tagger.h"

#include <cstdlib>

namespace annals {
namespace {

Tense ParseTense(const std::string& s) {
  if (s == "future") return Tense::kFuture;
  if (s == "present") return Tense::kPresent;
  return Tense::kPast;
}

bool IsDayValue(const std::string& v) {
  auto p = PartialDate::Parse(v);
  return p && p->day > 0 && v.size() >= 10;
}

bool IsQuarterValue(const std::string& v) { return RE2::FullMatch(v, R"(\d{4}-Q[1-4])"); }

// A rule may match context it does not tag ("in (?P<timex>January)",
// RE2 has no lookbehind): a `timex` capture, when it took part, is the span.
void NarrowToTimexCapture(Match* m) {
  const Capture* c = m->capture("timex");
  if (c && c->matched && c->end > c->begin) {
    m->begin = c->begin;
    m->end = c->end;
  }
}

}  // namespace

TimexTagger::TimexTagger(const RuleBook& rules) : rules_(rules) {
  holidays_ = rules.lexicon("HOLIDAY");
  tense_lexicon_ = rules.lexicon("TENSE_CUE");
  if (tense_lexicon_) {
    RE2::Options opts;
    opts.set_log_errors(false);
    tense_cues_ = std::make_unique<RE2>("\\b(" + tense_lexicon_->Alternation() + ")\\b", opts);
    if (!tense_cues_->ok()) tense_cues_.reset();
  }
}

Tense TimexTagger::TenseAt(std::string_view sentence, size_t at) const {
  if (!tense_cues_) return Tense::kPast;
  re2::StringPiece in(sentence.data(), sentence.size());
  re2::StringPiece cue;
  Tense best = Tense::kPast;
  size_t best_dist = std::string_view::npos;
  while (RE2::FindAndConsume(&in, *tense_cues_, &cue)) {
    size_t pos = cue.data() - sentence.data();
    size_t dist = pos > at ? pos - at : at - pos;
    if (dist < best_dist) {
      const LexiconEntry* e = tense_lexicon_->Find(std::string_view(cue.data(), cue.size()));
      if (e) {
        best = ParseTense(e->Field("tense"));
        best_dist = dist;
      }
    }
  }
  return best;
}

Timex TimexTagger::Make(const Match& m, std::string_view sentence, size_t base,
                        size_t index) const {
  Timex t;
  t.span = {base + m.begin, base + m.end};
  t.rule = m.rule->id;
  t.sentence = index;
  CaptureLookup lookup = MakeLookup(m, sentence);
  t.type = m.rule->Field("type").Render(lookup);
  t.function = m.rule->value->function;
  t.args = m.rule->value->Render(lookup);
  if (m.rule->Has("end")) {
    auto end = Call::Parse(m.rule->Field("end").source());
    if (end.ok()) {
      t.end_function = end->function;
      t.end_args = end->Render(lookup);
    }
  }
  t.tense = TenseAt(sentence, m.begin);
  t.narrative = m.rule->Field("anchor").source() == "narrative";
  return t;
}

std::vector<Timex> TimexTagger::Tag(std::string_view text, const std::vector<Sentence>& sentences,
                                    const std::string& dct, const SpanSet& blocked,
                                    std::vector<Discarded>* dropped) const {
  std::vector<Timex> out;
  std::vector<Match> matches;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Span s = sentences[i].span;
    std::string_view sentence = text.substr(s.begin, s.end - s.begin);
    matches.clear();
    rules_.matcher(Stage::kTimex).FindAll(sentence, &matches);
    std::vector<Match> free;
    for (auto& m : matches) {
      NarrowToTimexCapture(&m);
      if (!blocked.Overlaps({s.begin + m.begin, s.begin + m.end})) free.push_back(std::move(m));
    }
    for (const auto& m : StageMatcher::ResolveOverlaps(std::move(free), dropped)) {
      out.push_back(Make(m, sentence, s.begin, i));
    }
  }
  Resolve(&out, dct);
  // A timex whose value cannot be computed is no timex: drop it.
  std::vector<Timex> kept;
  for (auto& t : out) {
    if (!t.value.empty()) kept.push_back(std::move(t));
  }
  return kept;
}

void TimexTagger::Resolve(std::vector<Timex>* timexes, const std::string& dct) const {
  TimeContext ctx;
  ctx.dct = PartialDate::Parse(dct);
  ctx.holidays = holidays_;
  for (Timex& t : *timexes) {
    ctx.tense = t.tense;
    auto v = TimeFunctions::Evaluate(t.function, t.args, ctx, t.narrative);
    t.value = v.ok() ? *v : "";
    t.end.clear();
    if (!t.end_function.empty()) {
      auto e = TimeFunctions::Evaluate(t.end_function, t.end_args, ctx, t.narrative);
      if (e.ok()) t.end = *e;
    }
    if (t.type == "DATE" && IsDayValue(t.value)) ctx.narrative = PartialDate::Parse(t.value);
    // Only a quarter the text names moves the topic; one computed from the
    // topic ("a year earlier") must not, or each would count back again.
    bool named = t.function == "quarter" || t.function == "relative";
    if (named && IsQuarterValue(t.value)) ctx.last_quarter = t.value;
  }
}

}  // namespace annals
