// annals/annals.h: the one header an embedding program includes.
//
// annals reads news articles and produces a dated timeline of events and a
// graph of who met whom. The API has these parts, each in its own header:
//
//   annals/status.h         Status, Result<T>: errors as values
//                           (file:line:col [rule])
//   annals/rules.h          RuleSet: YAML rules compiled once, shared by
//                           threads
//   annals/article.h        Document -> Extract() -> Extraction (per article)
//   annals/timeline.h       Timeline::Assemble(rules, extractions) (per run)
//   annals/export.h         Write/Render a Timeline or Extraction in each
//                           format; graph.svg (Graphviz) and report.html
//   annals/explain.h        Explain(): every mention, its rule, and what lost
//   annals/rule_examples.h  TestRuleExamples(): rules' `examples:` as tests
//   annals/version.h        ANNALS_VERSION_STRING
//
// The `annals` command is a client of these headers and nothing more.
//
// Example (a complete program; docs/API.md walks through it):
//   #include <annals/annals.h>
//   #include <iostream>
//   int main(int argc, char** argv) {
//     auto rules = annals::RuleSet::Load({annals::RuleSet::BundledDirectory()});
//     if (!rules) { std::cerr << rules.status().ToString() << "\n"; return 1; }
//     std::vector<annals::Extraction> xs;
//     for (int i = 1; i < argc; ++i) {
//       auto doc = annals::Document::FromFile(argv[i]);
//       if (!doc) { std::cerr << doc.status().ToString() << "\n"; return 1; }
//       xs.push_back(*annals::Extract(*rules, *doc));
//     }
//     auto timeline = annals::Timeline::Assemble(*rules, std::move(xs));
//     return annals::Write(std::cout, timeline, annals::Format::kTimelineJson).ok() ? 0 : 1;
//   }
//
// Linking: CMake `find_package(annals)` and `target_link_libraries(app
// PRIVATE annals::annals)`, or `pkg-config --cflags --libs annals`. Needs
// C++20. The library never prints, exits or throws its own exceptions
// (std::bad_alloc aside).
#ifndef ANNALS_ANNALS_H_
#define ANNALS_ANNALS_H_

#include "annals/article.h"
#include "annals/explain.h"
#include "annals/parallel.h"
#include "annals/export.h"
#include "annals/rule_examples.h"
#include "annals/rules.h"
#include "annals/status.h"
#include "annals/timeline.h"
#include "annals/version.h"

#endif  // ANNALS_ANNALS_H_
