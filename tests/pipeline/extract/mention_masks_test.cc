#include "pipeline/extract/mention_masks.h"

#include <doctest/doctest.h>

namespace annals {
namespace {

bool Same(const std::vector<MaskItem>& a, const std::vector<MaskItem>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].span != b[i].span || a[i].kind != b[i].kind || a[i].index != b[i].index) return false;
  }
  return true;
}

// What the masks were before they were made on demand: every list walked
// once, its items pushed onto their sentence's vector.
std::vector<std::vector<MaskItem>> Grouped(const ArticleFacts& f, bool places, bool actors) {
  std::vector<std::vector<MaskItem>> out(f.sentences.size());
  for (size_t i = 0; i < f.timexes.size(); ++i)
    out[f.timexes[i].sentence].push_back({f.timexes[i].span, 'T', static_cast<int>(i)});
  for (size_t i = 0; places && i < f.places.size(); ++i)
    out[f.places[i].sentence].push_back({f.places[i].span, 'P', static_cast<int>(i)});
  for (size_t i = 0; actors && i < f.actor_mentions.size(); ++i) {
    const ActorMention& m = f.actor_mentions[i];
    out[m.sentence].push_back({m.span, 'A', m.actor});
  }
  return out;
}

Timex TimexAt(Span span, size_t sentence) {
  Timex t;
  t.span = span;
  t.sentence = sentence;
  return t;
}

ArticleFacts Sample() {
  ArticleFacts f;
  f.sentences = {{{0, 20}, 0}, {{21, 40}, 0}, {{41, 60}, 0}, {{61, 80}, 1}};
  f.timexes = {TimexAt({2, 5}, 0), TimexAt({8, 9}, 0), TimexAt({43, 50}, 2)};
  f.places = {{{10, 14}, "place.city", "Lisbon", "city", 0}, {{62, 66}, "place.city", "Rome", "city", 3}};
  f.actor_mentions = {{{15, 18}, "actor.person", 0, 4}, {{22, 30}, "actor.person", 1, 2},
                      {{70, 75}, "actor.person", 3, 4}};
  return f;
}

TEST_CASE("A sentence's masks: its timexes, places, then actor mentions") {
  ArticleFacts f = Sample();
  SentenceMasks masks(f, true, true);
  CHECK(masks.size() == 4);
  std::vector<MaskItem> first = masks.ItemsOf(0);
  REQUIRE(first.size() == 4);
  CHECK(first[0].kind == 'T');
  CHECK(first[1].index == 1);
  CHECK(first[2].kind == 'P');
  CHECK(first[3].kind == 'A');
  CHECK(first[3].index == 4);  // an actor mention masks as its actor
  for (size_t n = 0; n < f.sentences.size(); ++n) CHECK(Same(masks.ItemsOf(n), Grouped(f, true, true)[n]));
}

TEST_CASE("Masks leave out places and actors when not asked for") {
  ArticleFacts f = Sample();
  SentenceMasks timexes_only(f, false, false);
  SentenceMasks no_actors(f, true, false);
  for (size_t n = 0; n < f.sentences.size(); ++n) {
    CHECK(Same(timexes_only.ItemsOf(n), Grouped(f, false, false)[n]));
    CHECK(Same(no_actors.ItemsOf(n), Grouped(f, true, false)[n]));
  }
  CHECK(timexes_only.ItemsOf(1).empty());
}

TEST_CASE("Lists out of sentence order give the same masks, in list order") {
  ArticleFacts f = Sample();
  std::swap(f.timexes[0], f.timexes[2]);  // sentence 2 first, then 0, 0
  std::swap(f.actor_mentions[0], f.actor_mentions[2]);
  SentenceMasks masks(f, true, true);
  for (size_t n = 0; n < f.sentences.size(); ++n) CHECK(Same(masks.ItemsOf(n), Grouped(f, true, true)[n]));
  CHECK(masks.ItemsOf(0)[0].index == 1);
}

TEST_CASE("An article with no mentions masks nothing") {
  ArticleFacts f;
  f.sentences = {{{0, 10}, 0}};
  CHECK(SentenceMasks(f, true, true).ItemsOf(0).empty());
}

}  // namespace
}  // namespace annals
