// annals/partial.h: partial assemblies, so the reduce can be a tree.
//
// A partial assembly is the extract records (Format::kExtractRecord) of a
// contiguous run of a corpus's articles, in corpus order, framed by a
// header line and a trailer line that counts them:
//
//   {"annals_partial":1}
//   {"doc":{...},...}          one extract record per article
//   {"annals_partial_end":2}
//
// Partials merge by concatenating their records in corpus order, so a
// tree of merges (each node reads k partials and writes one) ends in the
// partial of the whole corpus, and Timeline::Assemble over its records
// gives byte for byte what one `annals run` gives. Every node checks what
// it reads: a bad record is reported with its file and line, and a
// partial without its trailer (a truncated upload, a killed worker) or
// with a wrong count is an error, so a broken shard fails the job instead
// of quietly shrinking the corpus. Concatenated partials (`cat p1 p2`)
// are themselves a valid input.
//
// What it bounds: a merge streams, holding one record at a time, so every
// node below the root needs memory for one record whatever the corpus
// size. The root's Timeline::Assemble still holds the facts of every
// article (actor merging, year inference and cross-article event merging
// are corpus-wide); docs/SCALE.md gives the figures.
//
// Ownership: RecordReader and PartialWriter refer to streams the caller
// owns, which must outlive them. Thread-safety: one thread per object.
#ifndef ANNALS_PARTIAL_H_
#define ANNALS_PARTIAL_H_

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "annals/article.h"
#include "annals/status.h"

namespace annals {

// Writes one partial assembly. The header goes out with the first Add or
// at Finish; nothing is valid until Finish has written the trailer.
// Example:
//   annals::PartialWriter w(file);
//   for (const auto& x : extractions) if (!w.Add(x).ok()) ...;
//   annals::Status s = w.Finish();
class PartialWriter {
 public:
  explicit PartialWriter(std::ostream& out) : out_(out) {}

  // Appends one record; kIoError when the stream fails.
  Status Add(const Extraction& extraction);
  // Appends one record given as its JSON line, as RecordReader::NextLine
  // returns it (the newline is added when missing); kIoError when the
  // stream fails. A merge of partials copies their records so, unparsed.
  Status AddLine(std::string_view record_line);
  // Writes the trailer (once; later calls do nothing); kIoError when the
  // stream fails.
  Status Finish();
  // Records added so far. Example: w.records() == 2
  std::size_t records() const { return records_; }

 private:
  Status Start();

  std::ostream& out_;
  std::size_t records_ = 0;
  bool started_ = false;
  bool finished_ = false;
};

// Reads the records of extract record files and partial assemblies alike,
// one at a time, checking each partial's frame.
// Example:
//   annals::RecordReader r(in, "part-3.jsonl");
//   while (auto x = r.Next()) {
//     if (!*x) { report(x->status()); continue; }   // part-3.jsonl:7: ...
//     use(**x);
//   }
class RecordReader {
 public:
  RecordReader(std::istream& in, std::string name)
      : in_(in), name_(std::move(name)) {}

  // The next record; an error (located at name:line) for a line that is
  // not a record, a trailer that miscounts, or a partial that ends without
  // its trailer; std::nullopt at the end. Reading may go on after an
  // error.
  std::optional<Result<Extraction>> Next();

  // The same as its JSON line, for a merge: a record inside a partial
  // assembly is returned unparsed (the merge that wrote it parsed it; its
  // frame is still counted and checked), a record outside one is parsed
  // and returned as the record line Format::kExtractRecord writes.
  // Example: while (auto line = r.NextLine()) if (*line) w.AddLine(**line);
  std::optional<Result<std::string>> NextLine();

 private:
  // A line that is neither blank nor a frame line, and whether it lies
  // inside a partial; the errors of frames on the way.
  struct Line {
    std::string text;
    bool framed = false;
  };
  std::optional<Result<Line>> NextRecord();
  std::optional<Status> Frame(const std::string& line);
  Status Error(const std::string& message) const;

  std::istream& in_;
  std::string name_;
  int line_ = 0;
  bool in_partial_ = false;  // between a header and its trailer
  std::size_t framed_ = 0;   // records read since that header
  bool ended_ = false;
};

}  // namespace annals

#endif  // ANNALS_PARTIAL_H_
