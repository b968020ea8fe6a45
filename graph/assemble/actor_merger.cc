#include "graph/assemble/actor_merger.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "pipeline/base/release.h"

namespace annals {
namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

// Each entry is absorbed once, so its mentions (all of an article's
// mentions in the end: the bulk of the merger) move rather than copy:
// the whole buffer when the record has none yet, else one by one, the
// entry's buffer then freed (not kept until Finish).
void TakeMentions(ActorRecord* into, ActorRecord* from) {
  if (into->mentions.empty()) {
    into->mentions = std::move(from->mentions);
  } else {
    into->mentions.insert(into->mentions.end(), std::make_move_iterator(from->mentions.begin()),
                          std::make_move_iterator(from->mentions.end()));
  }
  Release(&from->mentions);
}

void Absorb(ActorRecord* into, ActorRecord& from) {
  if (from.name != into->name) AddUnique(&into->aliases, from.name);
  for (const auto& a : from.aliases) {
    if (a != into->name) AddUnique(&into->aliases, a);
  }
  for (const auto& t : from.titles) AddUnique(&into->titles, t);
  if (into->affiliation.empty()) into->affiliation = from.affiliation;
  TakeMentions(into, &from);
}

}  // namespace

std::string Slug(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (alnum) {
      out += static_cast<char>(c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "actor" : out;
}

std::size_t ActorMerger::EntryFor(const ArticleActor& a, std::size_t doc) {
  std::string key = a.kind + "|" + Lower(a.name);
  if (a.kind != "person") key = "x|" + Lower(a.name);
  auto [it, fresh] = by_key_.emplace(key, entries_.size());
  if (fresh) {
    entries_.push_back({ActorRecord{"", a.name, a.kind, {}, {}, a.affiliation, {}, {}}, doc});
    sets_.Grow(entries_.size());
  }
  return it->second;
}

void ActorMerger::Add(ArticleFacts* facts) {
  const ArticleFacts& f = *facts;
  std::size_t doc = local_to_entry_.size();
  std::vector<std::size_t> map;
  for (const auto& a : f.actors) {
    std::size_t e = EntryFor(a, doc);
    ActorRecord& r = entries_[e].record;
    for (const auto& al : a.aliases) AddUnique(&r.aliases, al);
    for (const auto& t : a.titles) AddUnique(&r.titles, t);
    if (r.affiliation.empty()) r.affiliation = a.affiliation;
    map.push_back(e);
  }
  for (auto& m : facts->actor_mentions) {
    entries_[map[m.actor]].record.mentions.push_back({f.doc.id, m.span, m.rule});
  }
  Release(&facts->actor_mentions);
  local_to_entry_.push_back(std::move(map));
}

void ActorMerger::MergeShortNames() {
  // word -> multi-word persons beginning or ending with it
  std::unordered_map<std::string, std::set<std::size_t>> owners;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const ActorRecord& r = entries_[i].record;
    std::size_t first = r.name.find(' ');
    if (r.kind != "person" || first == std::string::npos) continue;
    owners[Lower(r.name.substr(0, first))].insert(i);
    owners[Lower(r.name.substr(r.name.rfind(' ') + 1))].insert(i);
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const ActorRecord& r = entries_[i].record;
    if (r.kind != "person" || r.name.find(' ') != std::string::npos) continue;
    auto it = owners.find(Lower(r.name));
    if (it != owners.end() && it->second.size() == 1) sets_.Union(*it->second.begin(), i);
  }
}

void ActorMerger::Build() {
  // The canonical record of a set is its longest name (the full one).
  std::vector<std::size_t> best(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) best[i] = i;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t root = sets_.Find(i);
    const auto& cur = entries_[best[root]].record.name;
    if (entries_[i].record.name.size() > cur.size()) best[root] = i;
  }
  entry_to_record_.assign(entries_.size(), -1);
  std::unordered_map<std::string, int> used_ids;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t root = sets_.Find(i);
    if (entry_to_record_[root] < 0) {
      const ActorRecord& b = entries_[best[root]].record;
      ActorRecord r{"", b.name, b.kind, {}, {}, b.affiliation, b.members, {}};
      std::string id = Slug(r.name);
      int n = ++used_ids[id];
      r.id = n == 1 ? id : id + "-" + std::to_string(n);
      entry_to_record_[root] = static_cast<int>(records_.size());
      records_.push_back(std::move(r));
    }
    entry_to_record_[i] = entry_to_record_[root];
    Absorb(&records_[entry_to_record_[i]], entries_[i].record);
  }
}

void ActorMerger::Finish() {
  MergeShortNames();
  Build();
  // Merged into records_; only the maps Global reads are still needed.
  Release(&entries_);
  Release(&by_key_);
}

int ActorMerger::Global(std::size_t doc, int local) const {
  if (local < 0) return -1;
  return entry_to_record_[local_to_entry_[doc][local]];
}

}  // namespace annals
