#include "graph/assemble/timeline.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace annals {
namespace {

EventCluster Event(const char* when, std::size_t doc, std::size_t sentence) {
  EventCluster c;
  c.record.when.value = when;
  c.first_doc = doc;
  c.first_sentence = sentence;
  return c;
}

// The rule of timeline.h written the slow, obvious way: an undated event
// follows the latest-in-sentence dated event at or before it in its
// article (of equal sentences, the later in the timeline).
std::vector<std::size_t> Reference(const std::vector<EventCluster>& events,
                                   const std::vector<std::size_t>& dated_order) {
  std::vector<std::size_t> out;
  std::vector<std::vector<std::size_t>> after(dated_order.size());
  std::vector<std::size_t> undated;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i].record.when.value.empty()) undated.push_back(i);
  }
  std::sort(undated.begin(), undated.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(events[a].first_doc, events[a].first_sentence, a) <
           std::tie(events[b].first_doc, events[b].first_sentence, b);
  });
  for (std::size_t u : undated) {
    long anchor = -1;
    for (std::size_t p = 0; p < dated_order.size(); ++p) {
      const EventCluster& d = events[dated_order[p]];
      if (d.first_doc == events[u].first_doc && d.first_sentence <= events[u].first_sentence &&
          (anchor < 0 || events[dated_order[anchor]].first_sentence <= d.first_sentence)) {
        anchor = static_cast<long>(p);
      }
    }
    if (anchor < 0) out.push_back(u);
    else after[anchor].push_back(u);
  }
  for (std::size_t p = 0; p < dated_order.size(); ++p) {
    out.push_back(dated_order[p]);
    out.insert(out.end(), after[p].begin(), after[p].end());
  }
  return out;
}

TEST_CASE("OnTimeline: a day, week or month and a named participant") {
  std::vector<ActorRecord> records(2);
  records[0].kind = "person";
  records[1].kind = "group";
  struct Case {
    const char* when;
    int participant;
    bool placed;
  };
  const Case cases[] = {
      {"2021-03-19", 0, true}, {"2021-W11", 0, true}, {"2021-03", 0, true},
      // Too coarse to order encounters by.
      {"2021", 0, false}, {"2021-Q1", 0, false},
      // No date, or only a group.
      {"", 0, false}, {"2021-03-19", 1, false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.when);
    EventCluster e = Event(c.when, 0, 0);
    e.participants = {c.participant};
    CHECK(OnTimeline(e, records) == c.placed);
  }
}

TEST_CASE("OrderEvents sorts dated events by time, then article order") {
  std::vector<EventCluster> ev = {Event("2021-03-19", 0, 1), Event("2021-03-18", 1, 0),
                                  Event("2021-03", 0, 0), Event("2021-03-18", 0, 5)};
  // March 2021 covers 03-01..03-31: it starts first.
  CHECK(OrderEvents(ev) == std::vector<std::size_t>{2, 3, 1, 0});
}

TEST_CASE("OrderEvents hangs undated events after their article's dated event") {
  std::vector<EventCluster> ev = {
      Event("", 0, 0),            // before any dated event of doc 0: leads
      Event("2021-03-20", 0, 2),  //
      Event("", 0, 3),            // after e1 (sentence 2)
      Event("2021-03-10", 0, 3),  // same sentence as e2, later in doc order...
      Event("", 1, 4),            // doc 1 has nothing dated: leads
      Event("2021-03-01", 0, 9),  //
      Event("", 0, 10),           // after e5
  };
  auto order = OrderEvents(ev);
  // dated in time order: e5 (03-01), e3 (03-10), e1 (03-20). e2 (sentence
  // 3) has two candidates in sentence <= 3: e1 (sentence 2) and e3
  // (sentence 3); the later sentence wins.
  CHECK(order == std::vector<std::size_t>{0, 4, 5, 6, 3, 2, 1});
  CHECK(order == Reference(ev, {5, 3, 1}));
}

TEST_CASE("OrderEvents agrees with the quadratic rule on a generated timeline") {
  std::vector<EventCluster> ev;
  const char* days[] = {"2021-03-18", "2021-03-19", "2021-03", "", "", "2021-W11", "PAST_REF"};
  for (std::size_t i = 0; i < 300; ++i) ev.push_back(Event(days[(i * 7 + i / 5) % 7], i % 13, (i * 5) % 17));
  auto order = OrderEvents(ev);
  // The dated order is the one OrderEvents produced, minus the undated.
  std::vector<std::size_t> dated;
  for (std::size_t i : order) {
    const auto& v = ev[i].record.when.value;
    if (!v.empty() && v != "PAST_REF") dated.push_back(i);
  }
  for (auto& e : ev) {
    if (e.record.when.value == "PAST_REF") e.record.when.value.clear();  // undated for ordering
  }
  CHECK(order == Reference(ev, dated));
}

}  // namespace
}  // namespace annals
