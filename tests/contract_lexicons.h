// Test helper: the smallest rule file that satisfies the rule contract
// (pipeline/engine/rule_contract.h): every lexicon a stage reads by name,
// one entry each, with the fields the stages read. A test of a few rules of
// its own adds this file, as a user's rules would sit on the bundled ones.
// When a stage starts reading another lexicon, the contract test fails
// until this file (and docs/RULES.md) name it too.
#ifndef ANNALS_TESTS_CONTRACT_LEXICONS_H_
#define ANNALS_TESTS_CONTRACT_LEXICONS_H_

#include <cstddef>
#include <string_view>

namespace annals::testing {

inline constexpr const char* kContractLexicons = R"(lexicons:
  ABBREVIATION: {entries: [Mr.]}
  HOLIDAY: {entries: [{forms: [Boxing Day], function: fixed, month: '12', day: '26'}]}
  QUOTE_MARK: {entries: ['"']}
  TENSE_CUE: {entries: [{forms: [said], tense: past}]}
  PARTICIPLE_AUX: {entries: [has]}
  CLAUSE_MARK: {entries: [',']}
  TENSE_PATTERN: {entries: [{forms: [ed], pattern: '[a-z]+ed', tense: past}]}
  TITLE: {entries: [{forms: [President], rank: head, stands_for: head, given_name: 'no'}]}
  TITLE_MODIFIER: {entries: [{forms: [former], past: 'yes'}]}
  ALL_SIDES: {entries: [both sides]}
  SIDE_LEADER: {entries: [head]}
  COUNTRY: {entries: [{forms: [Ruritania], name: Ruritania}]}
  NATIONALITY: {entries: [{forms: [Ruritanian], country: Ruritania}]}
  ORGANIZATION: {entries: [{forms: [Ruritanian Rail], country: Ruritania}]}
  CITY: {entries: [Strelsau]}
  REGION: {entries: [Zenda Valley]}
  TERRITORY: {entries: [Zenda Isles]}
  CLAUSE_BOUNDARY: {entries: [but]}
  PRONOUN: {entries: [{forms: [he], refers: person, possessive: 'no'}]}
  SPEAKER_LINK: {entries: [{forms: [at], skip: 'no', opening: 'yes'}]}
  EVENT_ADVERB: {entries: [also]}
  EVENT_SEQUENCE: {entries: [after]}
  JOINT_EVENT: {entries: [joint]}
  EVENT_FUTURE: {entries: [will]}
  SEPARATE_EVENT: {entries: [separately]}
  ENCOUNTER_PAIR: {entries: [the two]}
  DATE_LINK: {entries: [on]}
  TOPIC: {entries: [trade]}
  EVENT_UNREALIZED: {entries: [failed to]}
  PARTICIPATION_VERB: {entries: [held]}
  PHRASE_LINK: {entries: [{forms: [with], value: opens}]}
  PAIR_HEAD: {entries: [presidents]}
  EVENT_RELATIVE: {entries: [{forms: [ended], value: end}]}
  EVENT_PAST_PLAN: {entries: [was]}
  REPORTING_VERB: {entries: [{forms: [said], value: say}]}
  PLACE_ORIGIN: {entries: [from]}
  EVENT_PERFECT: {entries: [had]}
  WORD_ORDER:
    entries:
      - {forms: [date_before_toll], value: '60'}
      - {forms: [subject_words], value: '4'}
      - {forms: [sequence_words], value: '3'}
      - {forms: [narrative_sentences], value: '2'}
      - {forms: [unrealized_words], value: '4'}
      - {forms: [pair_sentences], value: '3'}
      - {forms: [statement_date_gap], value: '16'}
      - {forms: [date_reach], value: '100'}
      - {forms: [participation_words], value: '4'}
  CLOCK_JOIN: {entries: [' at ']}
)";

// How many lexicons kContractLexicons defines, so that tests counting a
// rule set's lexicons do not change each time the contract grows.
inline int ContractLexiconCount() {
  int count = 0;
  std::string_view rest = kContractLexicons;
  for (std::size_t nl = rest.find('\n'); nl != std::string_view::npos;
       nl = rest.find('\n')) {
    rest.remove_prefix(nl + 1);
    if (rest.size() > 2 && rest.substr(0, 2) == "  " && rest[2] >= 'A' &&
        rest[2] <= 'Z')
      ++count;
  }
  return count;
}

}  // namespace annals::testing

#endif  // ANNALS_TESTS_CONTRACT_LEXICONS_H_
