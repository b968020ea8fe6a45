#include "graph/assemble/event_merger.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "pipeline/time/time_interval.h"
#include "pipeline/extract/event_date.h"

namespace annals {
namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

constexpr int kMaxIndexedDays = 31;
// Shorter label words ("the", "a") say nothing about the event.
constexpr std::size_t kLabelWord = 4;
constexpr int kReMentionDays = 7;
// How long a trip may last from its arrival to the end an article reports.
constexpr int kTripDays = 14;

}  // namespace

EventMerger::EventMerger(const std::vector<ArticleFacts>& articles, const ActorMerger& actors,
                         const std::vector<std::string>& city_kinds)
    : articles_(articles), actors_(actors), city_kinds_(city_kinds) {}

void EventMerger::Collect() {
  for (std::size_t d = 0; d < articles_.size(); ++d) {
    const ArticleFacts& f = articles_[d];
    for (std::size_t m = 0; m < f.events.size(); ++m) {
      const EventMention& e = f.events[m];
      Item it{d, m, "", "", false, 0, 0, 0, {}};
      MentionDate date = DateOfMention(f, e);
      it.value = date.value;
      it.end = date.end;
      it.default_date = e.when < 0 && !it.value.empty();
      if (auto iv = IntervalOf(date.value, date.end)) {
        it.has_interval = true;
        it.first = iv->first;
        it.last = iv->last;
        it.granularity = static_cast<int>(iv->granularity);
      }
      for (int local : e.participants) {
        int g = actors_.Global(d, local);
        if (g >= 0 && std::find(it.people.begin(), it.people.end(), g) == it.people.end()) {
          it.people.push_back(g);
        }
      }
      items_.push_back(std::move(it));
    }
  }
  sets_ = UnionFind(items_.size());
  set_people_.resize(items_.size());
  set_separate_.resize(items_.size());
  set_label_.resize(items_.size());
  set_labels_.resize(items_.size());
  for (std::size_t i = 0; i < items_.size(); ++i) {
    set_people_[i] = items_[i].people;
    set_separate_[i] = articles_[items_[i].doc].events[items_[i].mention].separate;
    set_label_[i] = Lower(articles_[items_[i].doc].events[items_[i].mention].label);
    set_labels_[i] = set_label_[i];
  }
}

void EventMerger::Join(std::size_t a, std::size_t b) {
  std::size_t ra = sets_.Find(a), rb = sets_.Find(b);
  if (ra == rb) return;
  std::size_t root = sets_.Union(ra, rb);
  std::size_t other = root == ra ? rb : ra;
  for (int p : set_people_[other]) {
    auto& v = set_people_[root];
    if (std::find(v.begin(), v.end(), p) == v.end()) v.push_back(p);
  }
  if (set_label_[root].size() < set_label_[other].size()) set_label_[root] = set_label_[other];
  set_separate_[root] = set_separate_[root] || set_separate_[other];
  set_labels_[root] += " " + set_labels_[other];
}

bool EventMerger::Compatible(std::size_t a, std::size_t b) {
  std::size_t ra = sets_.Find(a), rb = sets_.Find(b);
  const auto& pa = set_people_[ra];
  const auto& pb = set_people_[rb];
  if (pa.empty() || pb.empty()) return true;
  if (set_label_[ra] == set_label_[rb]) return true;
  for (int p : pa) {
    if (std::find(pb.begin(), pb.end(), p) != pb.end()) return true;
  }
  return false;
}

// Whether the persons of one set are all among the other's; a set named
// as separate ("a separate meeting with X") needs the very same persons.
bool EventMerger::Nested(std::size_t a, std::size_t b) {
  const auto& records = actors_.records();
  auto persons = [&](std::size_t root) {
    std::vector<int> out;
    for (int p : set_people_[root]) {
      if (records[p].kind == "person") out.push_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  std::size_t ra = sets_.Find(a), rb = sets_.Find(b);
  std::vector<int> pa = persons(ra), pb = persons(rb);
  if (set_separate_[ra] || set_separate_[rb]) return pa == pb;
  return std::includes(pa.begin(), pa.end(), pb.begin(), pb.end()) ||
         std::includes(pb.begin(), pb.end(), pa.begin(), pa.end());
}

void EventMerger::MergeWithinArticles() {
  std::unordered_map<std::string, std::vector<std::size_t>> seen;  // (doc, type, value) -> items
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.value.empty()) continue;
    const std::string& type = articles_[it.doc].events[it.mention].type;
    auto& same = seen[std::to_string(it.doc) + "|" + type + "|" + it.value];
    for (std::size_t j : same) {
      if (Nested(j, i) && PlacesAgree(j, i)) {
        Join(j, i);
        break;
      }
    }
    same.push_back(i);
  }
}

bool EventMerger::EndsTrip(std::size_t i) const {
  const EventMention& e = articles_[items_[i].doc].events[items_[i].mention];
  return e.type == "visit" && e.date_role == "end" && items_[i].has_interval &&
         items_[i].granularity == static_cast<int>(Granularity::kDay);
}

// "ended his visit to Vietnam ... left Hanoi Wednesday" and "arrived in
// Hanoi on Monday" are one trip: a visit mention dated as its end joins
// the article's latest visit of the same people that began at most
// kTripDays before, by a date of its own. Places are not compared: the
// end may name the country, the arrival its capital.
void EventMerger::MergeTripEnds() {
  std::map<std::size_t, std::vector<std::size_t>> starts;  // doc -> own-dated visits
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const EventMention& e = articles_[items_[i].doc].events[items_[i].mention];
    if (e.type == "visit" && e.date_role != "end" && !items_[i].default_date &&
        items_[i].has_interval && items_[i].granularity == static_cast<int>(Granularity::kDay))
      starts[items_[i].doc].push_back(i);
  }
  for (std::size_t i = 0; i < items_.size(); ++i) {
    // A span of its own ("wraps up a four-day visit") needs no arrival.
    if (!EndsTrip(i) || items_[i].last > items_[i].first) continue;
    auto pos = starts.find(items_[i].doc);
    if (pos == starts.end()) continue;
    std::size_t best = TripStart(i, pos->second);
    if (best != kMany) Join(best, i);
  }
}

// The visit the trip end `i` closes among `starts`: the latest one in the
// same place, else the earliest (a tour's stops in between are its own
// visits, "toured a plant on Tuesday").
std::size_t EventMerger::TripStart(std::size_t i, const std::vector<std::size_t>& starts) {
  std::size_t same_place = kMany, earliest = kMany;
  const std::string& where = articles_[items_[i].doc].events[items_[i].mention].where;
  for (std::size_t j : starts) {
    int gap = items_[i].last - items_[j].first;
    if (gap < 0 || gap > kTripDays || !Nested(j, i)) continue;
    if (earliest == kMany || items_[j].first < items_[earliest].first) earliest = j;
    const std::string& at = articles_[items_[j].doc].events[items_[j].mention].where;
    if (!where.empty() && at == where &&
        (same_place == kMany || items_[j].first > items_[same_place].first))
      same_place = j;
  }
  return same_place != kMany ? same_place : earliest;
}

std::string EventMerger::DayKey(const Item& it, int day) const {
  return std::to_string(it.doc) + "|" + articles_[it.doc].events[it.mention].type + "|" + std::to_string(day);
}

// A mention dated by a week or month ("at the summit next week") joins a
// same-type set of its article dated by a day inside that span, when
// their people nest: the coarse date is a vaguer report of the same day.
void EventMerger::MergeCoarseIntoDays() {
  DayIndex days;  // (doc, type, first day) -> items
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.has_interval && it.granularity == static_cast<int>(Granularity::kDay)) {
      days[DayKey(it, it.first)].push_back(i);
    }
  }
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    bool coarse = it.granularity == static_cast<int>(Granularity::kWeek) ||
                  it.granularity == static_cast<int>(Granularity::kMonth);
    if (it.has_interval && coarse) JoinDayInside(i, days);
  }
}

// Whether the labels of two sets share a word of kLabelWord letters or
// more ("APEC meeting", "leaders' meeting"): a vaguer date alone does not
// make "the summit" the same event as "the talks". Every label of a set
// counts: "to meet ... the dialogue ... have candid talks" is one set.
bool EventMerger::LabelsShareWord(std::size_t a, std::size_t b) {
  auto words = [](const std::string& label) {
    std::vector<std::string> out;
    std::string w;
    for (char c : label + " ") {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        w += c;
      } else {
        if (w.size() >= kLabelWord) out.push_back(w);
        w.clear();
      }
    }
    return out;
  };
  std::vector<std::string> wa = words(set_labels_[sets_.Find(a)]), wb = words(set_labels_[sets_.Find(b)]);
  return std::any_of(wa.begin(), wa.end(),
                     [&](const std::string& w) { return std::find(wb.begin(), wb.end(), w) != wb.end(); });
}

// Whether two mentions may be one happening by their places: not when
// both name one and the places differ ("to meet Ruiz in Quito
// later this month" is not the Lima meeting of the 2nd).
bool EventMerger::PlacesAgree(std::size_t a, std::size_t b) const {
  const std::string& pa = articles_[items_[a].doc].events[items_[a].mention].where;
  const std::string& pb = articles_[items_[b].doc].events[items_[b].mention].where;
  return pa.empty() || pb.empty() || pa == pb || CountryOf(items_[a].doc, pa) == pb ||
         CountryOf(items_[b].doc, pb) == pa;
}

// The country an article's place lies in ("Turkey" for "Ankara"), or ""
// when its rule names none: a visit "in Turkey" and one "in Ankara" may
// be one.
std::string EventMerger::CountryOf(std::size_t doc, const std::string& place) const {
  for (const Place& p : articles_[doc].places) {
    if (p.name == place && !p.country.empty() && p.country != place) return p.country;
  }
  return {};
}

void EventMerger::JoinDayInside(std::size_t i, const DayIndex& days) {
  const Item& it = items_[i];
  for (int day = it.first; day <= it.last; ++day) {
    auto pos = days.find(DayKey(it, day));
    if (pos == days.end()) continue;
    for (std::size_t j : pos->second) {
      if (Nested(j, i) && LabelsShareWord(j, i) && PlacesAgree(j, i))
        return Join(j, i);
    }
  }
}

void EventMerger::MergeAcrossArticles() {
  std::unordered_map<std::string, std::size_t> first;  // (type, day) -> item
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (!it.has_interval || it.granularity != static_cast<int>(Granularity::kDay)) continue;
    if (it.last - it.first > kMaxIndexedDays) continue;
    const std::string& type = articles_[it.doc].events[it.mention].type;
    for (int day = it.first; day <= it.last; ++day) {
      std::string key = type + "|" + std::to_string(day);
      auto [pos, fresh] = first.emplace(key, i);
      if (!fresh && items_[pos->second].doc != it.doc && Compatible(pos->second, i)) {
        Join(pos->second, i);
      }
    }
  }
}

// Whether `a` ended at most kReMentionDays before `b`'s date: a statement
// made days after a meeting may speak of it ("told reporters after the
// meeting"); one made a year later speaks of another.
bool EventMerger::ShortlyBefore(std::size_t a, std::size_t b) const {
  const Item& x = items_[a];
  const Item& y = items_[b];
  if (!x.has_interval || !y.has_interval) return false;
  return y.first >= x.last && y.first - x.last <= kReMentionDays;
}

EventMerger::TypeKey EventMerger::KeyOf(std::size_t i) const {
  return {items_[i].doc, articles_[items_[i].doc].events[items_[i].mention].type};
}

// (doc, type) -> the one dated set of that type, or kMany.
std::map<EventMerger::TypeKey, std::size_t> EventMerger::OnlyDated() {
  std::map<TypeKey, std::size_t> dated;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (items_[i].value.empty()) continue;
    std::size_t root = sets_.Find(i);
    auto [pos, fresh] = dated.emplace(KeyOf(i), root);
    if (!fresh && pos->second != kMany && sets_.Find(pos->second) != root) pos->second = kMany;
  }
  return dated;
}

// Whether the undated (or default-dated: `weak`) item i is the latest
// dated mention of its type before it, `before`.
bool EventMerger::RefersBack(std::size_t before, std::size_t i, bool weak) {
  return Nested(before, i) && PlacesAgree(before, i) && (!weak || ShortlyBefore(before, i));
}

void EventMerger::AttachUndated() {
  const std::map<TypeKey, std::size_t> dated = OnlyDated();
  // "The meeting came two days after ...": an undated mention refers back
  // to the latest dated one of its type before it, when their people nest;
  // failing that, to the article's only dated one. A mention dated only
  // by default, alone in its set, does the first.
  std::vector<int> set_size(items_.size(), 0);
  for (std::size_t i = 0; i < items_.size(); ++i) ++set_size[sets_.Find(i)];
  std::map<TypeKey, std::size_t> latest;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const TypeKey key = KeyOf(i);
    const bool weak = items_[i].default_date && set_size[sets_.Find(i)] == 1;
    if (!items_[i].value.empty() && !weak) {
      latest[key] = i;
      continue;
    }
    auto before = latest.find(key);
    if (before != latest.end() && RefersBack(before->second, i, weak)) {
      Join(before->second, i);
    } else if (weak) {
      latest[key] = i;
    } else if (auto only = dated.find(key); only != dated.end() && only->second != kMany &&
               (Nested(only->second, i) || LabelsShareWord(only->second, i)) &&
               PlacesAgree(only->second, i)) {
      Join(only->second, i);
    }
  }
}

When EventMerger::MergedWhen(const std::vector<std::size_t>& all) const {
  // A default date only stands in when no mention has a date of its own.
  std::vector<std::size_t> items;
  for (std::size_t i : all) {
    if (!items_[i].default_date && !items_[i].value.empty()) items.push_back(i);
  }
  if (items.empty()) items = all;
  int finest = 100;
  for (std::size_t i : items) {
    if (items_[i].has_interval) finest = std::min(finest, items_[i].granularity);
  }
  if (finest == 100) {
    for (std::size_t i : items) {
      if (!items_[i].value.empty()) return {items_[i].value, items_[i].end};
    }
    return {};
  }
  int first = 0, last = 0;
  std::string value, end;
  bool any = false;
  for (std::size_t i : items) {
    const Item& it = items_[i];
    if (!it.has_interval || it.granularity != finest) continue;
    if (!any || it.first < first) {
      first = it.first;
      value = it.value;
    }
    if (!any || it.last > last) {
      last = it.last;
      end = it.end.empty() ? it.value : it.end;
    }
    any = true;
  }
  if (finest == static_cast<int>(Granularity::kDay)) {
    // A trip's end reported only by default ("ended his visit", dated by
    // the story) still closes the span an arrival opened.
    for (std::size_t i : all) {
      if (EndsTrip(i) && items_[i].first >= first) last = std::max(last, items_[i].last);
    }
    value = DayString(first);
    end = last > first ? DayString(last) : "";
  } else if (end == value) {
    end.clear();
  }
  return {value, end};
}

std::string EventMerger::MergedWhere(const std::vector<std::size_t>& items) const {
  std::string any;
  for (std::size_t i : items) {
    const ArticleFacts& f = articles_[items_[i].doc];
    const std::string& where = f.events[items_[i].mention].where;
    if (where.empty()) continue;
    if (any.empty()) any = where;
    for (const auto& p : f.places) {
      if (p.name == where &&
          std::find(city_kinds_.begin(), city_kinds_.end(), p.kind) != city_kinds_.end()) {
        return where;
      }
    }
  }
  return any;
}

EventCluster EventMerger::Build(const std::vector<std::size_t>& items) const {
  EventCluster c;
  const Item& head = items_[items.front()];
  c.first_doc = head.doc;
  c.first_sentence = articles_[head.doc].events[head.mention].sentence;
  EventRecord& r = c.record;
  for (std::size_t i : items) {
    const Item& it = items_[i];
    const ArticleFacts& f = articles_[it.doc];
    const EventMention& e = f.events[it.mention];
    if (r.type.empty()) r.type = e.type;
    if (e.label.size() > r.label.size()) r.label = e.label;
    for (int p : it.people) {
      if (std::find(c.participants.begin(), c.participants.end(), p) == c.participants.end()) {
        c.participants.push_back(p);
      }
    }
    r.evidence.push_back({f.doc.id, e.span, e.rule, e.trigger, e.text});
    c.mentions.emplace_back(it.doc, it.mention);
  }
  r.when = MergedWhen(items);
  r.where = MergedWhere(items);
  return c;
}

std::vector<EventCluster> EventMerger::Merge() {
  Collect();
  MergeWithinArticles();
  MergeTripEnds();
  MergeCoarseIntoDays();
  MergeAcrossArticles();
  AttachUndated();
  // Again: the undated mentions that joined a coarse set ("the dialogue")
  // may now tell that it is the day-dated one.
  MergeCoarseIntoDays();
  std::map<std::size_t, std::vector<std::size_t>> groups;  // root -> items in order
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    std::size_t r = sets_.Find(i);
    if (groups[r].empty()) roots.push_back(r);
    groups[r].push_back(i);
  }
  std::vector<EventCluster> out;
  for (std::size_t r : roots) out.push_back(Build(groups[r]));
  return out;
}

}  // namespace annals
