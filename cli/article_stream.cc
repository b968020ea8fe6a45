#include "cli/article_stream.h"

#include <filesystem>

#include "annals/article.h"
#include "cli/common.h"

namespace annals {
namespace {

// A batch is big enough that the threads rarely wait for each other at
// its end, and small enough that its text is a few MB.
constexpr std::size_t kBatchFiles = 512;
constexpr std::uint64_t kBatchBytes = std::uint64_t{8} << 20;

}  // namespace

ArticleStream::ArticleStream(const std::vector<std::string>& inputs) {
  for (auto& path : ExpandArticlePaths(inputs)) {
    if (!path.ok()) {
      failures_ += Report(path.status());
      continue;
    }
    std::error_code ec;
    std::uint64_t size =
        *path == "-" ? 0 : std::filesystem::file_size(*path, ec);
    if (ec) size = 0;
    paths_.push_back(std::move(*path));
    sizes_.push_back(size);
    total_bytes_ += size;
  }
}

std::size_t ArticleStream::BatchEnd(std::size_t first) const {
  std::size_t last = first;
  std::uint64_t bytes = 0;
  while (last < paths_.size() && last - first < kBatchFiles &&
         (last == first || bytes + sizes_[last] <= kBatchBytes)) {
    bytes += sizes_[last++];
  }
  return last;
}

}  // namespace annals
