#include "cli/progress.h"

#include <unistd.h>

#include <fmt/format.h>

namespace annals {
namespace {

// Redraw interval: often enough to look alive, rarely enough to cost nothing.
constexpr auto kRedraw = std::chrono::milliseconds(250);

std::string Hms(double seconds) {
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(std::string label, std::size_t total_articles, std::uint64_t total_bytes,
                   bool stdout_busy)
    : label_(std::move(label)),
      total_articles_(total_articles),
      total_bytes_(total_bytes),
      enabled_(isatty(STDERR_FILENO) == 1 && !(stdout_busy && isatty(STDOUT_FILENO) == 1)) {}

Progress::~Progress() { Finish(); }

void Progress::Finish() {
  if (!drawn_) return;
  Draw();
  std::fputc('\n', stderr);
  drawn_ = false;
  enabled_ = false;
}

void Progress::Add(std::size_t articles, std::uint64_t bytes) {
  articles_ += articles;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = Clock::now();
  if (now - last_draw_ < kRedraw) return;
  last_draw_ = now;
  Draw();
}

std::string Progress::Line(double seconds) const {
  const double mb = bytes_ / 1e6;
  std::string line = fmt::format("{}: {}", label_, articles_);
  if (total_articles_) line += fmt::format("/{}", total_articles_);
  line += fmt::format(" articles, {:.1f} MB", mb);
  if (total_bytes_) line += fmt::format(" of {:.1f} MB", total_bytes_ / 1e6);
  if (seconds > 0) line += fmt::format(", {:.1f} MB/s", mb / seconds);
  // The ETA follows the bytes (article sizes vary), else the articles.
  double done = total_bytes_ ? double(bytes_) / total_bytes_
                : total_articles_ ? double(articles_) / total_articles_ : 0;
  if (done > 0 && done < 1) line += ", ETA " + Hms(seconds * (1 - done) / done);
  return line;
}

void Progress::Draw() {
  double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  // \x1b[K clears what a longer previous line left behind.
  std::fprintf(stderr, "\r%s\x1b[K", Line(seconds).c_str());
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace annals
