// Progress: a one-line report of a long run on standard error.
//
//   annals run: 12800/117000 articles, 22.1 MB of 201.1 MB, 24.3 MB/s, ETA 0:07
//
// Shown only when stderr is a terminal (isatty), so logs, pipes and CI
// stay quiet; redrawn at most a few times a second with a carriage
// return, and finished with a newline. It also stays quiet when the
// command writes its results to the same terminal (`stdout_busy`, as
// `annals tag` without --out does). Totals may be unknown (standard
// input): then there is no ETA.
//
// Thread-safety: call from one thread (the one that consumes batches).
#ifndef ANNALS_CLI_PROGRESS_H_
#define ANNALS_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace annals {

class Progress {
 public:
  // `label` names the command; totals are 0 when unknown.
  Progress(std::string label, std::size_t total_articles, std::uint64_t total_bytes,
           bool stdout_busy = false);
  // Finish()es.
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Records finished articles; redraws when enough time has passed.
  void Add(std::size_t articles, std::uint64_t bytes);

  // Draws the final figures and ends the line, if anything was drawn;
  // call it before printing a summary.
  void Finish();

  // The line as it would be drawn now (exposed for tests).
  std::string Line(double seconds) const;

 private:
  using Clock = std::chrono::steady_clock;
  void Draw();

  std::string label_;
  std::size_t total_articles_;
  std::uint64_t total_bytes_;
  std::size_t articles_ = 0;
  std::uint64_t bytes_ = 0;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_ = start_;
};

}  // namespace annals

#endif  // ANNALS_CLI_PROGRESS_H_
