// Extractor: the stages after the timexes are built on first use, and
// building them late changes nothing: Tag before Extract, or many threads
// extracting first at once, give the facts a fresh Extractor gives.
#include "pipeline/extract/extractor.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "pipeline/extract/facts_json.h"
#include "tests/bundled_rules.h"

namespace annals {
namespace {

const char* kText =
    "Portuguese Foreign Minister Bo Li met Ana Ruiz, a spokesperson, in Lisbon on "
    "Monday. Li said on 3 May that the talks would resume next week.";

std::shared_ptr<const RuleBook> Book() {
  const Extractor& bundled = testing::BundledExtractor();
  // Shares the bundled book without owning it: the test helper keeps it.
  return std::shared_ptr<const RuleBook>(std::shared_ptr<const RuleBook>(), &bundled.rules());
}

std::string Facts(const Extractor& x) {
  return FactsToJson(x.Extract(testing::MakeArticle(kText, "2010-05-12"))).dump();
}

TEST_CASE("Tag before the first Extract changes neither") {
  const Extractor fresh(Book());
  const std::string expected = Facts(fresh);
  CHECK(expected.find("Bo Li") != std::string::npos);
  const Extractor x(Book());
  const Article a = testing::MakeArticle(kText, "2010-05-12");
  const std::string tagged = FactsToJson(x.Tag(a)).dump();
  CHECK(Facts(x) == expected);
  CHECK(FactsToJson(x.Tag(a)).dump() == tagged);
  CHECK(FactsToJson(fresh.Tag(a)).dump() == tagged);
}

TEST_CASE("threads extracting first at once all get the same facts") {
  const std::string expected = Facts(Extractor(Book()));
  const Extractor x(Book());
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) threads.emplace_back([&x, &g] { g = Facts(x); });
  for (auto& t : threads) t.join();
  for (const auto& g : got) CHECK(g == expected);
}

}  // namespace
}  // namespace annals
