// ActorFinder: people, organizations, groups and states, with coreference
// inside the article.
//
// `actor` rules find full mentions ("Portuguese Foreign Minister Bo Li",
// "Ana Ruiz, a spokesperson", "the Chinese delegation", "China") and
// say their kind, name, title, affiliation and an extra alias, all as
// templates. The finder then links mentions to article actors:
//  - the same name, or a name that is a known alias, is the same actor;
//  - a person's first and last name words become aliases once the full
//    name has been seen, and later bare uses ("Ruiz", "Li-Ruiz") are
//    found by a word scan (no per-article regex is compiled);
//  - a rule without a name (title only: "the Russian president") refers to
//    the last person with that title and affiliation, else to the last
//    one whose title has its rank (TITLE field `rank`, or `stands_for`):
//    "the Japanese premier" is the prime minister named before;
//  - `title_from: previous_person` copies the title of the person before
//    it in the sentence ("his U.S. counterpart, Joe Biden").
// A person with no stated affiliation gets one from the first country,
// nationality or organization its titles name. A person name that is a
// known country, city, region or body as a whole is no person. A group
// standing for all sides ("the two sides", lexicon ALL_SIDES) gets as
// members the persons whose title names them the head of a side
// (lexicon SIDE_LEADER: "head of the Chilean delegation"), when there are
// two or more.
//
// Thread-safety: Find and AffiliationOf are const and may run on many
// threads at once; the affiliation RE2s are compiled on first use, once
// (std::call_once).
#ifndef ANNALS_PIPELINE_EXTRACT_ACTOR_FINDER_H_
#define ANNALS_PIPELINE_EXTRACT_ACTOR_FINDER_H_

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "pipeline/extract/facts.h"
#include "pipeline/engine/rule_book.h"
#include "pipeline/base/span_set.h"
#include "pipeline/engine/rule_contract.h"

namespace annals {

class ActorFinder {
 public:
  // The lexicons (and fields) this type looks up by name: RuleBook checks
  // them when it loads (rule_contract.h).
  static RuleContract Reads();

  explicit ActorFinder(const RuleBook& rules);
  ~ActorFinder();

  // Fills facts->actors and facts->actor_mentions (timexes and places
  // already found).
  void Find(std::string_view text, const SpanSet& blocked, ArticleFacts* facts,
            std::vector<Discarded>* dropped = nullptr) const;

  // The affiliation (a canonical state name) a title text implies, or "".
  // Example: AffiliationOf("member of the Communist Party of China") == "China".
  std::string AffiliationOf(std::string_view title) const;

 private:
  struct Affiliator {
    std::unique_ptr<RE2> re;
    const Lexicon* lexicon;
    std::string field;
  };
  // The affiliators, compiled by the first caller. Compiling them is
  // ~46 M instructions (lexicon alternations of thousands of names), and
  // an article naming no titled person, or a command with no actor rules,
  // never asks (issue 18, eighth round).
  const std::vector<Affiliator>& Affiliators() const;
  bool NamesNoPerson(const std::string& name) const;
  // Whether the word after `title` is a given name (TITLE `given_name`).
  bool TitleTakesGivenName(const std::string& title) const;
  void AssignSideMembers(ArticleFacts* facts) const;

  const RuleBook& rules_;
  mutable std::once_flag affiliators_once_;
  mutable std::vector<Affiliator> affiliators_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_ACTOR_FINDER_H_
