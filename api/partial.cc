// Partial assemblies: framed extract records (annals/partial.h).
#include "annals/partial.h"

#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "annals/export.h"

namespace annals {
namespace {

constexpr char kHeaderKey[] = "annals_partial";
constexpr char kTrailerKey[] = "annals_partial_end";
constexpr int kVersion = 1;

// Frame lines are small objects whose first key names them; a record's
// first key is "doc", so a cheap look at the start tells them apart.
bool LooksLikeFrame(const std::string& line) {
  std::size_t i = line.find_first_not_of(" \t");
  return i != std::string::npos &&
         line.compare(i, sizeof(kHeaderKey) + 1,
                      std::string("{\"") + kHeaderKey) == 0;
}

Status WriteStatus(const std::ostream& out) {
  if (out.fail()) return Status::IoError("writing a partial assembly failed");
  return Status::Ok();
}

}  // namespace

Status PartialWriter::Start() {
  if (started_) return Status::Ok();
  started_ = true;
  out_ << "{\"" << kHeaderKey << "\":" << kVersion << "}\n";
  return WriteStatus(out_);
}

Status PartialWriter::Add(const Extraction& extraction) {
  if (Status s = Start(); !s.ok()) return s;
  if (Status s = Write(out_, extraction, Format::kExtractRecord); !s.ok())
    return s;
  ++records_;
  return Status::Ok();
}

Status PartialWriter::AddLine(std::string_view record_line) {
  if (Status s = Start(); !s.ok()) return s;
  out_ << record_line;
  if (record_line.empty() || record_line.back() != '\n') out_ << '\n';
  ++records_;
  return WriteStatus(out_);
}

Status PartialWriter::Finish() {
  if (finished_) return Status::Ok();
  if (Status s = Start(); !s.ok()) return s;
  finished_ = true;
  out_ << "{\"" << kTrailerKey << "\":" << records_ << "}\n";
  out_.flush();
  return WriteStatus(out_);
}

Status RecordReader::Error(const std::string& message) const {
  return Status::Error(Status::Code::kInvalidArgument, message,
                       {name_, line_, 0});
}

// A header or trailer line: std::nullopt when it is in order, else the
// error it makes.
std::optional<Status> RecordReader::Frame(const std::string& line) {
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.size() != 1)
    return Error("not a partial assembly frame line");
  if (j.contains(kHeaderKey)) {
    if (j[kHeaderKey] != kVersion)
      return Error("partial assembly of an unknown version");
    const bool open = in_partial_;
    const std::size_t had = framed_;
    in_partial_ = true;
    framed_ = 0;
    if (open)
      return Error(
          "a partial assembly begins before the one before it ended (" +
          std::to_string(had) + " records; truncated?)");
    return std::nullopt;
  }
  const auto& n = j[kTrailerKey];
  if (!n.is_number_unsigned())
    return Error("not a partial assembly frame line");
  if (!in_partial_) return Error("a partial assembly ends that did not begin");
  in_partial_ = false;
  if (n.get<std::size_t>() != framed_) {
    return Error("the partial assembly counts " +
                 std::to_string(n.get<std::size_t>()) + " records but has " +
                 std::to_string(framed_));
  }
  return std::nullopt;
}

std::optional<Result<RecordReader::Line>> RecordReader::NextRecord() {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (LooksLikeFrame(line)) {
      if (auto error = Frame(line)) return Result<Line>(*error);
      continue;
    }
    if (in_partial_) ++framed_;
    return Result<Line>(Line{std::move(line), in_partial_});
  }
  if (in_partial_ && !ended_) {
    ended_ = true;
    return Result<Line>(
        Error("the partial assembly ends without its trailer after " +
              std::to_string(framed_) + " records (truncated?)"));
  }
  return std::nullopt;
}

std::optional<Result<Extraction>> RecordReader::Next() {
  auto line = NextRecord();
  if (!line) return std::nullopt;
  if (!line->ok()) return Result<Extraction>(line->status());
  auto x = ParseExtractRecord((*line)->text);
  if (!x.ok()) return Result<Extraction>(Error(x.status().message()));
  return x;
}

std::optional<Result<std::string>> RecordReader::NextLine() {
  auto line = NextRecord();
  if (!line) return std::nullopt;
  if (!line->ok()) return Result<std::string>(line->status());
  if ((*line)->framed) return Result<std::string>(std::move((*line)->text));
  auto x = ParseExtractRecord((*line)->text);
  if (!x.ok()) return Result<std::string>(Error(x.status().message()));
  return Render(*x, Format::kExtractRecord);
}

}  // namespace annals
