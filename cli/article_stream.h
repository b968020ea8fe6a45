// ArticleStream: the article files named on the command line, handled a
// batch at a time.
//
// `annals tag`, `run` and `extract` must handle corpora larger than
// memory. The paths are expanded up front (names and sizes only); each
// file is read by the worker thread that handles it, when its batch comes,
// and whatever the worker does not return is dropped with the batch. So
// memory holds one batch of text, reading runs in parallel with the
// analysis, and results reach the caller in input order whatever -j is.
// The stream only deals in paths: reading and analysing (Document,
// Extract...) are the caller's `work`.
//
// Thread-safety: one stream per command, driven from one thread.
#ifndef ANNALS_CLI_ARTICLE_STREAM_H_
#define ANNALS_CLI_ARTICLE_STREAM_H_

#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "annals/parallel.h"
#include "cli/progress.h"

namespace annals {

class ArticleStream {
 public:
  // Expands directories (sorted, as ExpandArticlePaths); missing paths are
  // reported on stderr and counted in failures() now.
  explicit ArticleStream(const std::vector<std::string>& inputs);

  std::size_t size() const { return paths_.size(); }
  // The i-th path, in input order.
  const std::string& path(std::size_t i) const { return paths_[i]; }
  // Total bytes of the files (standard input counts 0).
  std::uint64_t bytes() const { return total_bytes_; }
  // Paths that do not exist.
  int failures() const { return failures_; }

  // Calls work(path) for every path on `jobs` threads, and consume(result)
  // on this thread in input order. `progress` may be null.
  // Example: s.ForEach(2, [&](const std::string& p) { return Tag(p); },
  //                    [&](Result<std::string> r) { Print(r); }, &progress);
  template <typename Work, typename Consume>
  void ForEach(unsigned jobs, Work work, Consume consume,
               Progress* progress) const;

 private:
  // The end of the batch starting at `first` (bounded in files and bytes).
  std::size_t BatchEnd(std::size_t first) const;

  std::vector<std::string> paths_;
  std::vector<std::uint64_t> sizes_;
  std::uint64_t total_bytes_ = 0;
  int failures_ = 0;
};

template <typename Work, typename Consume>
void ArticleStream::ForEach(unsigned jobs, Work work, Consume consume,
                            Progress* progress) const {
  using T = std::invoke_result_t<Work, const std::string&>;
  using Batch = std::vector<std::optional<T>>;
  auto analyse = [&](std::size_t first, std::size_t last, Batch* out) {
    out->resize(last - first);
    ParallelFor(last - first, jobs, [&, first](std::size_t k) {
      (*out)[k].emplace(work(paths_[first + k]));
    });
  };
  Batch current;
  std::size_t first = 0, last = BatchEnd(0);
  analyse(first, last, &current);
  while (first < paths_.size()) {
    // With several jobs, the next batch is analysed while this one is
    // consumed (written in input order by this thread), so the workers do
    // not wait for the writing; two batches of text are held at most.
    const std::size_t next_last = last < paths_.size() ? BatchEnd(last) : last;
    Batch next;
    std::jthread ahead;
    if (jobs > 1 && last < paths_.size())
      ahead = std::jthread(analyse, last, next_last, &next);
    for (std::size_t k = 0; k < current.size(); ++k) {
      consume(std::move(*current[k]));
      current[k].reset();  // drop it now, not at the end of the batch
      if (progress) progress->Add(1, sizes_[first + k]);
    }
    if (ahead.joinable()) {
      ahead.join();
    } else if (last < paths_.size()) {
      analyse(last, next_last, &next);
    }
    current = std::move(next);
    first = last;
    last = next_last;
  }
}

}  // namespace annals

#endif  // ANNALS_CLI_ARTICLE_STREAM_H_
