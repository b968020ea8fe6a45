// ParallelFor: run fn(i) for i in [0, n) on `jobs` threads.
//
// Work is handed out by an atomic counter, results go to the caller's
// slot i, so output order never depends on the number of threads.
#ifndef ANNALS_PIPELINE_PARALLEL_H_
#define ANNALS_PIPELINE_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace annals {

// Example: ParallelFor(docs.size(), 4, [&](size_t i) { out[i] = Work(docs[i]); });
template <typename Fn>
void ParallelFor(std::size_t n, unsigned jobs, Fn fn) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(n, 1))));
  if (jobs == 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs; ++t) {
    pool.emplace_back([&] {
      for (std::size_t i = next++; i < n; i = next++) fn(i);
    });
  }
  for (auto& th : pool) th.join();
}

// The default -j: every core.
inline unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace annals

#endif  // ANNALS_PIPELINE_PARALLEL_H_
