// annals/status.h: the outcome of an operation that can fail, as a value.
//
// annals never throws across its API and never exits or prints: every
// function that can fail returns a Status (or a Result<T>), which carries
// where the problem is (file, line, column), which rule was involved and a
// message. ToString() renders the compiler-style line users grep for:
//
//   rules/events.yaml:12:5: error: unknown key 'patern' (did you mean 'pattern'?) [event.meeting.met]
//
// Example:
//   annals::Result<annals::RuleSet> rules = annals::RuleSet::Load({"rules"});
//   if (!rules) {
//     std::cerr << rules.status().ToString() << "\n";  // file:line:col: error: ... [rule]
//     return 1;
//   }
//   const annals::RuleSet& r = *rules;
//
// Thread-safety: Status and Result are plain values; copies are independent.
// This header is part of the public API and is also what the library uses
// internally, so an error from deep inside the rule compiler reaches the
// caller unchanged.
#ifndef ANNALS_STATUS_H_
#define ANNALS_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace annals {

// A place in a source file (a rule file, an article, a JSON Lines stream);
// line and column are 1-based, 0 when unknown.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

// Ok, or an error with a code, a message, a location and a rule id.
// Example: Status s = Status::IoError("cannot open", "a.txt");
//          s.ok() == false; s.ToString() == "a.txt: error: cannot open"
class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIoError, kRuleError };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(Code code, std::string message,
                      SourceLocation where = {}, std::string rule_id = {});
  static Status IoError(std::string message, std::string file = {});
  static Status RuleError(std::string message, SourceLocation where,
                          std::string rule_id = {});

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // Where the problem is; where().file is "" when no file is involved.
  const SourceLocation& where() const { return where_; }
  // The id of the rule involved ("event.meeting.met"), or "".
  const std::string& rule_id() const { return rule_id_; }

  // "file:line:col: error: message [rule]" (parts that are unknown are
  // left out). Example: Status::IoError("cannot open", "a.txt").ToString()
  // == "a.txt: error: cannot open".
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
  SourceLocation where_;
  std::string rule_id_;
};

// Several problems at once: loaders report everything they find, not just
// the first error, so a user fixes a rules tree in one pass.
// Example: Diagnostics all; RuleSet::Load({"rules"}, &all);
//          for (const Status& d : all) std::cerr << d.ToString() << "\n";
using Diagnostics = std::vector<Status>;

// Either a value or the Status saying why there is none. Accessing the
// value of an error Result is a precondition violation (std::bad_variant_access).
// Example: Result<int> r = ParseCount("3"); if (!r) return r.status(); int n = *r;
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit
  Result(Status status) : v_(std::move(status)) {}   // NOLINT: implicit
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<T>(v_); }
  T& value() & { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  // Ok() for a value, else the error.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace annals

#endif  // ANNALS_STATUS_H_
