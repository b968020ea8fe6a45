// A program that embeds annals, built against an installed copy (run.sh).
// Includes the headers it uses, one each (there is no umbrella header).
// Prints the DCT, one "when type label" line per event, and the counts.
#include <annals/article.h>
#include <annals/export.h>
#include <annals/rules.h>
#include <annals/timeline.h>
#include <annals/version.h>

#include <iostream>

int main(int argc, char** argv) {
  auto rules = annals::RuleSet::Load({argv[1]});
  if (!rules) return std::cerr << rules.status().ToString() << "\n", 1;
  std::vector<annals::Extraction> xs;
  for (int i = 2; i < argc; ++i) {
    auto doc = annals::Document::FromFile(argv[i]);
    auto x = doc ? annals::Extract(*rules, *doc) : doc.status();
    if (!x) return std::cerr << x.status().ToString() << "\n", 1;
    std::cout << "dct " << x->dct() << "\n";
    xs.push_back(std::move(*x));
  }
  auto timeline = annals::Timeline::Assemble(*rules, std::move(xs));
  for (const auto& e : timeline.events())
    std::cout << e.when << " " << e.type << " " << e.label << "\n";
  std::cout << "events " << timeline.event_count() << " version "
            << ANNALS_VERSION_STRING << "\n";
  return annals::Write(std::cout, timeline, annals::Format::kDot).ok() ? 0 : 1;
}
