// UnionFind: disjoint sets over 0..n-1 with path halving and union by size.
#ifndef ANNALS_PIPELINE_BASE_UNION_FIND_H_
#define ANNALS_PIPELINE_BASE_UNION_FIND_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace annals {

class UnionFind {
 public:
  explicit UnionFind(std::size_t n = 0) { Grow(n); }
  void Grow(std::size_t n) {
    while (parent_.size() < n) {
      parent_.push_back(parent_.size());
      size_.push_back(1);
    }
  }
  std::size_t Find(std::size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // Returns the new root; the old roots' data is the caller's to merge.
  std::size_t Union(std::size_t a, std::size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return a;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
    return a;
  }
  std::size_t size() const { return parent_.size(); }

 private:
  std::vector<std::size_t> parent_;
  std::vector<std::size_t> size_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_BASE_UNION_FIND_H_
