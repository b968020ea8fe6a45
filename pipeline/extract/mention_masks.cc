#include "pipeline/extract/mention_masks.h"

#include <algorithm>
#include <numeric>
#include <ranges>

namespace annals {
namespace {

// The indices of `list` stably ordered by sentence, or none when the list
// already is in that order.
template <typename T>
std::vector<size_t> SentenceOrder(const std::vector<T>& list) {
  auto by_sentence = [](const T& a, const T& b) { return a.sentence < b.sentence; };
  if (std::is_sorted(list.begin(), list.end(), by_sentence)) return {};
  std::vector<size_t> order(list.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return list[a].sentence < list[b].sentence; });
  return order;
}

// Appends make(i) for each item i of `list` in sentence `n`, in list
// order; `order` as SentenceOrder gives it.
template <typename T, typename Make>
void AppendSentence(const std::vector<T>& list, const std::vector<size_t>& order, size_t n,
                    Make make, std::vector<MaskItem>* out) {
  auto at = [&](size_t k) { return order.empty() ? k : order[k]; };
  auto ks = std::views::iota(size_t{0}, list.size());
  size_t k = *std::ranges::partition_point(ks, [&](size_t j) { return list[at(j)].sentence < n; });
  for (; k < list.size() && list[at(k)].sentence == n; ++k) out->push_back(make(at(k)));
}

}  // namespace

SentenceMasks::SentenceMasks(const ArticleFacts& facts, bool with_places, bool with_actors)
    : facts_(facts),
      with_places_(with_places),
      with_actors_(with_actors),
      timex_order_(SentenceOrder(facts.timexes)),
      place_order_(with_places ? SentenceOrder(facts.places) : std::vector<size_t>{}),
      actor_order_(with_actors ? SentenceOrder(facts.actor_mentions) : std::vector<size_t>{}) {}

std::vector<MaskItem> SentenceMasks::ItemsOf(size_t n) const {
  const ArticleFacts& f = facts_;
  std::vector<MaskItem> out;
  AppendSentence(f.timexes, timex_order_, n, [&](size_t i) {
    return MaskItem{f.timexes[i].span, 'T', static_cast<int>(i)};
  }, &out);
  if (with_places_) {
    AppendSentence(f.places, place_order_, n, [&](size_t i) {
      return MaskItem{f.places[i].span, 'P', static_cast<int>(i)};
    }, &out);
  }
  if (with_actors_) {
    AppendSentence(f.actor_mentions, actor_order_, n, [&](size_t i) {
      return MaskItem{f.actor_mentions[i].span, 'A', f.actor_mentions[i].actor};
    }, &out);
  }
  return out;
}

}  // namespace annals
