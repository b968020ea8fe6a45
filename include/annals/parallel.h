// annals/parallel.h: ParallelFor and DefaultJobs, the -j of the commands.
//
// Generic thread mechanics: fn(i) for i in [0, n) on `jobs` threads, work
// handed out by an atomic counter, each result in the caller's slot i, so
// output order never depends on the number of threads. A RuleSet serves
// any number of threads at once (annals/rules.h), so extracting articles
// in parallel needs nothing more; annals also compiles rules with it.
//
// Thread-safety: `fn` is called concurrently and must be reentrant.
//
// Example:
//   std::vector<std::optional<annals::Extraction>> out(docs.size());
//   annals::ParallelFor(docs.size(), annals::DefaultJobs(), [&](size_t i) {
//     if (auto x = annals::Extract(rules, docs[i])) out[i] = std::move(*x);
//   });
#ifndef ANNALS_PARALLEL_H_
#define ANNALS_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace annals {

// Runs fn(i) for every i in [0, n) on at most `jobs` threads (at least 1).
template <typename Fn>
void ParallelFor(std::size_t n, unsigned jobs, Fn fn) {
  jobs = std::max(
      1u, std::min<unsigned>(
              jobs, static_cast<unsigned>(std::max<std::size_t>(n, 1))));
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

// Every core (at least 1). Example: unsigned jobs = annals::DefaultJobs();
inline unsigned DefaultJobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace annals

#endif  // ANNALS_PARALLEL_H_
