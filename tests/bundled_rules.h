// Test helper: the bundled rules and an Extractor over them, loaded once
// per test binary, and articles made from a string.
#ifndef ANNALS_TESTS_BUNDLED_RULES_H_
#define ANNALS_TESTS_BUNDLED_RULES_H_

#include <doctest/doctest.h>

#include <string>

#include "pipeline/extract/extractor.h"

namespace annals::testing {

inline const Extractor& BundledExtractor() {
  static const Extractor extractor([] {
    Diagnostics d;
    auto b = RuleBook::LoadDirs({ANNALS_SOURCE_DIR "/rules"}, &d, AllStages(), Extractor::Reads());
    for (const auto& s : d) MESSAGE(s.ToString());
    return b;
  }());
  return extractor;
}

// An article of `text` with the DCT given as an option.
inline Article MakeArticle(const std::string& text, const std::string& dct) {
  Article a;
  a.path = "test";
  a.text = text;
  a.dct = dct;
  a.dct_origin = "option";
  return a;
}

}  // namespace annals::testing

#endif  // ANNALS_TESTS_BUNDLED_RULES_H_
