#include "pipeline/extract/position_finder.h"

#include <algorithm>

#include "pipeline/engine/masked_stage.h"
#include "pipeline/extract/mention_masks.h"

namespace annals {
namespace {

struct HolderMemory {
  int person = -1;
  int group = -1;
  void Note(int actor, const ArticleFacts& f) {
    (f.actors[actor].kind == "person" ? person : group) = actor;
  }
};

int FirstActorToken(const MaskedText& masked, const Capture& c) {
  auto toks = masked.Tokens(c.begin, c.end, 'A');
  return toks.empty() ? -1 : toks.front().index;
}

// At most this many words before a sentence's first actor for it to be the
// sentence's subject ("EU foreign policy chief Javier Solana deplored").
constexpr size_t kSubjectWords = 6;

// The person sentence `n` opens with as its subject, or -1: its first
// actor mention, a person, with no comma or quotation mark before it and
// few words. A pronoun speaker quoted before anyone was ("Solana deplored
// the attack. '...,' he told a press conference") is that person.
int OpeningPerson(const ArticleFacts& f, std::string_view text, size_t n) {
  const auto& all = f.actor_mentions;
  auto m = std::partition_point(all.begin(), all.end(),
                                [&](const ActorMention& a) { return a.sentence < n; });
  if (m == all.end() || m->sentence != n || m->actor < 0) return -1;
  if (f.actors[m->actor].kind != "person") return -1;
  const Span s = f.sentences[n].span;
  std::string_view before = text.substr(s.begin, m->span.begin - s.begin);
  if (before.find_first_of(",\"") != std::string_view::npos) return -1;
  return static_cast<size_t>(std::count(before.begin(), before.end(), ' ')) <= kSubjectWords
             ? m->actor
             : -1;
}

}  // namespace

PositionFinder::PositionFinder(const RuleBook& rules)
    : rules_(rules), order_(WordOrder::From(rules)) {
  topics_ = rules.lexicon("TOPIC");
  if (topics_) {
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_max_mem(int64_t{64} << 20);
    topic_re_ = std::make_unique<RE2>("\\b(" + topics_->Alternation() + ")\\b", opts);
    if (!topic_re_->ok()) topic_re_.reset();
  }
}

PositionFinder::~PositionFinder() = default;

std::vector<std::string> PositionFinder::TopicsIn(std::string_view sentence) const {
  std::vector<std::string> out;
  if (!topic_re_) return out;
  re2::StringPiece in(sentence.data(), sentence.size());
  std::string hit;
  while (RE2::FindAndConsume(&in, *topic_re_, &hit)) {
    const LexiconEntry* e = topics_->Find(hit);
    std::string topic = e ? e->Value() : hit;
    if (std::find(out.begin(), out.end(), topic) == out.end()) out.push_back(topic);
  }
  return out;
}

namespace {

// How far (bytes of masked text) a date may stand from the words that
// state a position and still date the statement: "said on Monday", "on
// Friday expressed hope", "said ... Ruiz Thursday", "told reporters on
// Tuesday" (WORD_ORDER statement_date_gap). A date further on belongs to
// what was said ("said the talks would resume on May 5").

}  // namespace

// The date of the statement matched at `stated`, or -1: the nearest DATE
// or TIME token next to it.
int PositionFinder::StatementDate(const MaskedText& masked, Span stated,
                                  const ArticleFacts& facts) const {
  int best = -1;
  size_t best_gap = order_.statement_date_gap + 1;
  for (const auto& t : masked.Tokens(0, masked.text().size(), 'T')) {
    const std::string& type = facts.timexes[t.index].type;
    if (type != "DATE" && type != "TIME") continue;
    const size_t gap = Gap(stated, t.masked);
    if (gap < best_gap) {
      best_gap = gap;
      best = t.index;
    }
  }
  return best;
}

void PositionFinder::Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
                          std::vector<Discarded>* dropped) const {
  auto masks = MasksBySentence(*facts, true, true);
  const Lexicon* pronouns = rules_.lexicon("PRONOUN");
  HolderMemory memory;
  std::vector<bool> done(facts->sentences.size(), false);
  StringPool rule_ids;  // one copy of each rule id for all the positions
  MaskedStageInput in{&rules_, Stage::kPosition, text, &facts->sentences, &masks, &blocked, dropped};
  RunMaskedStage(in, [&](size_t sentence, const MaskedText& masked, const Match* m) {
    if (!m || done[sentence]) return;  // one statement per sentence
    const Capture* h = m->capture("holder");
    if (!h) return;
    int holder = FirstActorToken(masked, *h);
    if (holder < 0 && pronouns) {
      const LexiconEntry* e = pronouns->Find(masked.Unmask(h->begin, h->end));
      if (e && e->Field("refers") == "person") holder = memory.person;
      if (e && e->Field("refers") == "group") holder = memory.group;
      if (e && holder < 0 && sentence > 0 && e->Field("refers") == "person")
        holder = OpeningPerson(*facts, text, sentence - 1);
    }
    if (holder < 0) return;
    done[sentence] = true;
    memory.Note(holder, *facts);
    const Span s = facts->sentences[sentence].span;
    std::string_view sentence_text = text.substr(s.begin, s.end - s.begin);
    Position p;
    p.rule = rule_ids.Intern(m->rule->id);
    p.span = s;
    p.verb_span = masked.ToArticle(m->begin, m->end);
    if (const Capture* v = m->capture("verb")) p.verb_span = masked.ToArticle(v->begin, v->end);
    p.holder = holder;
    p.verb = RenderField(*m, masked, "verb");
    p.text = std::string(sentence_text);
    p.agreement = m->rule->Field("agreement").source() == "true";
    p.when = StatementDate(masked, {m->begin, m->end}, *facts);
    auto topics = TopicsIn(sentence_text);
    if (topics.empty()) topics.push_back("");
    for (const auto& topic : topics) {
      p.topic = topic;
      facts->positions.push_back(p);
    }
  });
}

RuleContract PositionFinder::Reads() {
  const char* who = "the position finder";
  return {{{Stage::kPosition, who, "TOPIC", {}},
           {Stage::kPosition, who, "PRONOUN", {"refers"}},
           WordOrder::Read(Stage::kPosition, who)},
          {}};
}

}  // namespace annals
