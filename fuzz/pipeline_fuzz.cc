// libFuzzer target: the whole pipeline on arbitrary article bytes.
//
// The bundled rules are loaded once; each input is one article, extracted
// (with the discarded matches, as `annals explain` asks) and assembled,
// as `annals run` does. Seeds: fuzz/corpus/articles (examples/ articles).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "api/assemble_facts.h"
#include "pipeline/extract/extractor.h"
#include "pipeline/engine/rule_book.h"

namespace {

const annals::Extractor& Pipeline() {
  static const annals::Extractor* extractor = [] {
    annals::Diagnostics diags;
    auto book =
        annals::RuleBook::LoadDirs({ANNALS_SOURCE_DIR "/rules"}, &diags, annals::AllStages(), annals::Extractor::Reads());
    if (!book) __builtin_trap();  // the bundled rules must load
    return new annals::Extractor(book);
  }();
  return *extractor;
}

}  // namespace

// Rule loading (RE2 compilation under ASan) can take longer than the
// per-input timeout on a slow machine: it happens here, before any input.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Pipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const annals::Extractor& x = Pipeline();
  annals::Article a;
  a.id = "d1";
  a.path = "fuzz.txt";
  a.text.assign(reinterpret_cast<const char*>(data), size);
  std::vector<annals::Discarded> dropped;
  std::vector<annals::ArticleFacts> facts;
  facts.push_back(x.Extract(a, &dropped));
  annals::AssembleFacts(std::move(facts), x.tagger());
  return 0;
}
