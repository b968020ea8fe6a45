// libFuzzer target: the rule loader on arbitrary bytes as one rule file.
//
// Whatever the bytes, RuleBook::LoadSources must return a book or
// diagnostics: no crash, no sanitizer report, no runaway memory or time
// (macro expansion and alias-heavy YAML are bounded in rule_book.cc).
// Seeds: fuzz/corpus/rules (copies of a few bundled rule files).
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/engine/rule_book.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  annals::Diagnostics diags;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto book = annals::RuleBook::LoadSources({{{"fuzz.yaml", std::move(text)}}}, &diags);
  // Either outcome is fine; a book must come with no errors.
  if (book && !diags.empty()) __builtin_trap();
  return 0;
}
