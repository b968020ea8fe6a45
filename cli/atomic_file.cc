#include "cli/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <utility>

namespace annals {

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)),
      tmp_(path_ + ".tmp." + std::to_string(::getpid())) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path_);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  out_.open(tmp_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (!done_) Discard();
}

void AtomicFile::Discard() {
  done_ = true;
  if (out_.is_open()) out_.close();
  std::remove(tmp_.c_str());
}

Status AtomicFile::Commit() {
  if (done_) return Status::IoError("output file committed twice", path_);
  if (!out_.is_open()) {
    done_ = true;
    return Status::IoError("cannot create output file", tmp_);
  }
  out_.flush();
  out_.close();
  if (out_.fail()) {
    Discard();
    return Status::IoError("cannot write output file", tmp_);
  }
  std::error_code ec;
  std::filesystem::rename(tmp_, path_, ec);
  if (ec) {
    Discard();
    return Status::IoError("cannot rename output into place: " + ec.message(),
                           path_);
  }
  done_ = true;
  return Status::Ok();
}

Status WriteFileAtomic(const std::string& path, std::string_view content) {
  AtomicFile f(path);
  f.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  return f.Commit();
}

}  // namespace annals
