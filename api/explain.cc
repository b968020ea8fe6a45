// Explain: Extractor with its discarded matches and MentionList behind
// the API.
#include "annals/explain.h"

#include "api/internal.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/extract/mention_list.h"

namespace annals {
namespace {

using internal::Access;

std::vector<Explanation::Mention> Mentions(const ArticleFacts& f,
                                           const std::string& rule_id) {
  std::vector<Explanation::Mention> out;
  for (const Mention& m : ListMentions(f)) {
    if (!rule_id.empty() && m.rule != rule_id) continue;
    out.push_back(
        {StageName(m.stage), m.rule, m.span.begin, m.span.end, m.fields});
  }
  return out;
}

// A discarded match is kept for `rule_id` whether that rule lost or won.
std::vector<Explanation::Discarded> Losers(
    const std::vector<Discarded>& dropped, const std::string& rule_id) {
  std::vector<Explanation::Discarded> out;
  for (const Discarded& d : dropped) {
    std::string loser = d.match.rule ? d.match.rule->id : std::string();
    std::string winner = d.winner ? d.winner->id : std::string();
    if (!rule_id.empty() && loser != rule_id && winner != rule_id) continue;
    out.push_back({std::move(loser), std::move(winner), d.match.begin,
                   d.match.end, d.reason});
  }
  return out;
}

// The DCT as the extraction used it, and the dateline's place (found
// whether or not the DCT came from the dateline).
void Header(const ArticleFacts& f, Explanation* e) {
  e->dct = f.doc.dct;
  e->dct_origin = f.doc.dct_origin;
  e->dct_rule = f.doc.dct_rule;
  e->dateline_place = f.doc.place;
  for (const Sentence& s : f.sentences)
    e->sentences.push_back({s.span.begin, s.span.end});
}

}  // namespace

std::string Explanation::Mention::FieldsText() const {
  std::string out;
  for (const auto& [k, v] : fields)
    out += (out.empty() ? "" : " ") + k + "=" + v;
  return out;
}

Result<Explanation> Explain(const RuleSet& rules, const Document& doc,
                            const std::string& rule_id) {
  const Access::RulesImpl* r = Access::Rules(rules);
  if (!r) return internal::NoRules();
  if (Status s = internal::NeedsEveryStage(rules); !s.ok()) return s;
  if (!rule_id.empty() && !r->book->rule(rule_id)) {
    return Status::Error(Status::Code::kNotFound,
                         "no rule with id '" + rule_id + "'");
  }
  auto article = internal::ToArticle(doc);
  if (!article) return article.status();
  std::vector<Discarded> dropped;
  ArticleFacts f = r->extractor.Extract(*article, &dropped);
  Explanation e;
  e.path = doc.path;
  e.text = std::move(article->text);
  Header(f, &e);
  e.mentions = Mentions(f, rule_id);
  e.discarded = Losers(dropped, rule_id);
  return e;
}

}  // namespace annals
