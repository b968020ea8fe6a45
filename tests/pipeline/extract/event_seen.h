// Test helper: the event mentions the bundled rules extract from a text
// of our own (DCT 2010-05-12, a Wednesday), each as its type, its date
// and its people, for the event stage's tests.
#ifndef ANNALS_TESTS_PIPELINE_EXTRACT_EVENT_SEEN_H_
#define ANNALS_TESTS_PIPELINE_EXTRACT_EVENT_SEEN_H_

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/extract/article.h"
#include "pipeline/extract/extractor.h"
#include "tests/bundled_rules.h"

namespace annals::testing {

inline ArticleFacts Extract(const std::string& text) {
  Article a;
  a.path = "test";
  a.text = text;
  a.dct = "2010-05-12";  // a Wednesday
  a.dct_origin = "option";
  return BundledExtractor().Extract(a);
}

struct Seen {
  std::string type;
  std::string date;  // "" undated, "DCT" for the article's date
  std::vector<std::string> people;
};

inline std::vector<Seen> Events(const std::string& text) {
  ArticleFacts f = Extract(text);
  std::vector<Seen> out;
  for (const auto& e : f.events) {
    Seen s{e.type,
           e.when >= 0 ? f.timexes[e.when].value.substr(0, 10)
                       : (e.dct_default ? "DCT" : ""),
           {}};
    for (int a : e.participants) {
      if (f.actors[a].kind == "person") s.people.push_back(f.actors[a].name);
    }
    out.push_back(s);
  }
  return out;
}

inline bool Has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace annals::testing

#endif  // ANNALS_TESTS_PIPELINE_EXTRACT_EVENT_SEEN_H_
