// ParallelFor and DefaultJobs: the -j of the commands.
//
// Generic thread mechanics, no annals logic: fn(i) for i in [0, n) on
// `jobs` threads, work handed out by an atomic counter, each result in
// the caller's slot i, so output order never depends on -j. The library
// itself needs none of this: a RuleSet serves any number of threads.
//
// Thread-safety: `fn` is called concurrently and must be reentrant.
#ifndef ANNALS_CLI_PARALLEL_H_
#define ANNALS_CLI_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace annals::cli {

// Example: ParallelFor(docs.size(), 4, [&](size_t i) { out[i] = Work(docs[i]);
// });
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

// The default -j: every core. Example: unsigned jobs = DefaultJobs();
inline unsigned DefaultJobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace annals::cli

#endif  // ANNALS_CLI_PARALLEL_H_
