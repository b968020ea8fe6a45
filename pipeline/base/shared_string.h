// SharedString and StringPool: a string held once, however often a fact
// repeats it.
//
// Every mention and timex names the rule that made it ("actor.person",
// "timex.date.month_day"): a few hundred ids, repeated 700,000 times in
// the facts of a 50 MB article, each a heap string of its own (issue 18).
// A SharedString is an immutable string behind a shared pointer, and a
// StringPool hands out one for all equal strings it is given.
//
// Ownership: copies share one immutable string; the last copy frees it,
// so a SharedString outlives the pool that made it. Thread-safety:
// SharedString is a value (copy and read it from any thread); a
// StringPool serves one thread.
#ifndef ANNALS_PIPELINE_BASE_SHARED_STRING_H_
#define ANNALS_PIPELINE_BASE_SHARED_STRING_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace annals {

class SharedString {
 public:
  SharedString() = default;  // ""
  // A string of its own, shared only by its copies (a pool shares more).
  // Implicit, so a fact is still written {span, "actor.person", ...}.
  SharedString(std::string s);  // NOLINT(google-explicit-constructor)
  SharedString(const char* s) : SharedString(std::string(s)) {}  // NOLINT

  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return str().empty(); }

  friend bool operator==(const SharedString& a, const SharedString& b) {
    return a.str() == b.str();
  }
  friend bool operator==(const SharedString& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const SharedString& a, const char* b) { return a.str() == b; }

 private:
  std::shared_ptr<const std::string> s_;  // null: ""
};

class StringPool {
 public:
  // The pool's string equal to `s`, made on first sight.
  // Example: pool.Intern("actor.person") twice gives one shared string.
  SharedString Intern(std::string_view s);
  // Distinct strings held.
  size_t size() const { return by_text_.size(); }

 private:
  std::unordered_map<std::string, SharedString> by_text_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_BASE_SHARED_STRING_H_
