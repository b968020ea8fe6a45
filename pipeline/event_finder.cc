#include "pipeline/event_finder.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "pipeline/masked_stage.h"

namespace annals {
namespace {

// One event match of a sentence, before its stretch of the sentence is known.
struct Pending {
  const Match* match;
  Span trigger;  // masked offsets
  Span segment;  // from the previous trigger to the next one
  int when = -1;
};

// The capture a field names ("$with"), as a masked range.
std::optional<Span> FieldCapture(const Match& m, const std::string& field) {
  const Template& t = m.rule->Field(field);
  if (!t.IsSingleCapture()) return std::nullopt;
  const Capture* c = m.capture(t.Captures().front());
  if (!c) return std::nullopt;
  return Span{c->begin, c->end};
}

size_t Gap(Span a, Span b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

bool Contains(Span outer, Span inner) { return inner.begin >= outer.begin && inner.end <= outer.end; }

class SentenceEvents {
 public:
  SentenceEvents(ArticleFacts* facts, const Lexicon* pronouns, const RE2* boundaries)
      : facts_(facts), pronouns_(pronouns), boundaries_(boundaries) {}

  void Add(const Match& m) {
    Span trig{m.begin, m.end};
    if (const Capture* c = m.capture("trigger")) trig = {c->begin, c->end};
    pending_.push_back({&m, trig, {}, -1});
  }

  void Flush(size_t sentence, const MaskedText& masked) {
    std::sort(pending_.begin(), pending_.end(),
              [](const Pending& a, const Pending& b) { return a.trigger.begin < b.trigger.begin; });
    for (size_t i = 0; i < pending_.size(); ++i) {
      pending_[i].segment = {i ? pending_[i - 1].trigger.end : 0,
                             i + 1 < pending_.size() ? pending_[i + 1].trigger.begin
                                                     : masked.text().size()};
    }
    FindBoundaries(masked);
    AssignDates(masked);
    for (const auto& p : pending_) Emit(sentence, masked, p);
    pending_.clear();
  }

  void NotePerson(int actor) { last_person_ = actor; }

 private:
  void FindBoundaries(const MaskedText& masked) {
    bounds_.clear();
    if (!boundaries_) return;
    re2::StringPiece in(masked.text());
    re2::StringPiece hit;
    while (RE2::FindAndConsume(&in, *boundaries_, &hit)) {
      bounds_.push_back(hit.data() - masked.text().data());
    }
  }

  bool Separated(Span a, Span b) const {
    size_t lo = std::min(a.end, b.end), hi = std::max(a.begin, b.begin);
    for (size_t pos : bounds_) {
      if (pos >= lo && pos < hi) return true;
    }
    return false;
  }

  bool IsPoint(int timex) const {
    const std::string& t = facts_->timexes[timex].type;
    return t == "DATE" || t == "TIME";
  }

  // Each date of the sentence goes to one event: the nearest trigger whose
  // stretch holds it and that no clause boundary separates from it. A
  // rule's explicit `when` capture wins.
  void AssignDates(const MaskedText& masked) {
    for (const auto& tok : masked.Tokens(0, masked.text().size(), 'T')) {
      if (!IsPoint(tok.index)) continue;
      Pending* best = nullptr;
      size_t best_gap = std::string::npos;
      for (auto& p : pending_) {
        if (auto cap = FieldCapture(*p.match, "when"); cap && Contains(*cap, tok.masked)) {
          best = &p;
          break;
        }
        if (!Contains(p.segment, tok.masked) || Separated(p.trigger, tok.masked)) continue;
        size_t gap = Gap(p.trigger, tok.masked);
        if (gap < best_gap) {
          best_gap = gap;
          best = &p;
        }
      }
      if (best && best->when < 0) best->when = tok.index;
    }
  }

  std::vector<int> Participants(const MaskedText& masked, Span range, size_t sentence) const {
    std::vector<int> out;
    for (const auto& t : masked.Tokens(range.begin, range.end, 'A')) {
      if (Reports(t.index, sentence)) continue;
      if (std::find(out.begin(), out.end(), t.index) == out.end()) out.push_back(t.index);
    }
    return out;
  }

  // Whether the actor is the one stating this sentence ("..., Zhao said").
  bool Reports(int actor, size_t sentence) const {
    for (const auto& p : facts_->positions) {
      if (p.holder == actor && p.span == facts_->sentences[sentence].span) return true;
    }
    return false;
  }

  void Emit(size_t sentence, const MaskedText& masked, const Pending& p) {
    const Match& m = *p.match;
    EventMention e;
    e.rule = m.rule->id;
    e.sentence = sentence;
    e.type = RenderField(m, masked, "type");
    e.label = m.rule->Has("label") ? RenderField(m, masked, "label")
                                   : masked.Unmask(p.trigger.begin, p.trigger.end);
    e.trigger = masked.ToArticle(p.trigger.begin, p.trigger.end);
    e.span = facts_->sentences[sentence].span;
    e.text = masked.Unmask(0, masked.text().size());
    e.date_role = m.rule->Has("date_role") ? m.rule->Field("date_role").source() : "point";
    e.dct_default = m.rule->Field("default_date").source() == "dct";
    e.participants = Participants(masked, FieldCapture(m, "participants").value_or(p.segment), sentence);
    AddPronounSubject(masked, p.segment, &e);
    e.when = p.when;
    e.duration = Nearest(masked, p.segment, p.trigger, 'T', [this](int i) {
      return facts_->timexes[i].type == "DURATION";
    });
    e.where = WhereOf(m, masked, p.segment, p.trigger);
    facts_->events.push_back(std::move(e));
  }

  // "He also met with X": a pronoun opening the stretch stands for the
  // last person named before it (in this sentence, else before).
  void AddPronounSubject(const MaskedText& masked, Span seg, EventMention* e) {
    if (!pronouns_) return;
    const std::string& s = masked.text();
    size_t b = seg.begin;
    while (b < seg.end && !((s[b] >= 'a' && s[b] <= 'z') || (s[b] >= 'A' && s[b] <= 'Z'))) ++b;
    size_t w = b;
    while (w < seg.end && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z'))) ++w;
    const LexiconEntry* entry = pronouns_->Find(std::string_view(s).substr(b, w - b));
    if (!entry || entry->Field("refers") != "person") return;
    int who = last_person_;
    for (const auto& t : masked.Tokens(0, b, 'A')) {
      if (facts_->actors[t.index].kind == "person") who = t.index;
    }
    if (who >= 0 && std::find(e->participants.begin(), e->participants.end(), who) ==
                        e->participants.end()) {
      e->participants.insert(e->participants.begin(), who);
    }
  }

  int Nearest(const MaskedText& masked, Span range, Span trig, char kind,
              const std::function<bool(int)>& ok) const {
    int best = -1;
    size_t best_gap = std::string::npos;
    for (const auto& t : masked.Tokens(range.begin, range.end, kind)) {
      size_t gap = Gap(trig, t.masked);
      if (ok(t.index) && gap < best_gap) {
        best_gap = gap;
        best = t.index;
      }
    }
    return best;
  }

  std::string WhereOf(const Match& m, const MaskedText& masked, Span seg, Span trig) const {
    if (m.rule->Has("where") && !m.rule->Field("where").IsSingleCapture()) {
      return RenderField(m, masked, "where");
    }
    Span range = FieldCapture(m, "where").value_or(seg);
    int idx = Nearest(masked, range, trig, 'P', [](int) { return true; });
    return idx >= 0 ? facts_->places[idx].name : "";
  }

  ArticleFacts* facts_;
  const Lexicon* pronouns_;
  const RE2* boundaries_;
  std::vector<Pending> pending_;
  std::vector<size_t> bounds_;
  int last_person_ = -1;
};

}  // namespace

EventFinder::EventFinder(const RuleBook& rules) : rules_(rules) {
  if (const Lexicon* lex = rules.lexicon("CLAUSE_BOUNDARY")) {
    RE2::Options opts;
    opts.set_log_errors(false);
    boundaries_ = std::make_unique<RE2>("(?:^|\\b|\\s)(" + lex->Alternation() + ")(?:\\b|\\s|$)", opts);
    if (!boundaries_->ok()) boundaries_.reset();
  }
}

EventFinder::~EventFinder() = default;

void EventFinder::Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
                       std::vector<Discarded>* dropped) const {
  auto masks = MasksBySentence(*facts, true, true);
  SentenceEvents events(facts, rules_.lexicon("PRONOUN"), boundaries_.get());
  std::vector<Match> kept;  // matches live until their sentence is flushed
  MaskedStageInput in{&rules_, Stage::kEvent, text, &facts->sentences, &masks, &blocked, dropped};
  size_t mention = 0;
  RunMaskedStage(in, [&](size_t sentence, const MaskedText& masked, const Match* m) {
    if (m) {
      kept.push_back(*m);
      return;
    }
    for (const auto& k : kept) events.Add(k);
    events.Flush(sentence, masked);
    kept.clear();
    // The last person named in this sentence is who a later "He" means.
    while (mention < facts->actor_mentions.size() &&
           facts->actor_mentions[mention].sentence <= sentence) {
      int a = facts->actor_mentions[mention++].actor;
      if (facts->actors[a].kind == "person") events.NotePerson(a);
    }
  });
}

}  // namespace annals
