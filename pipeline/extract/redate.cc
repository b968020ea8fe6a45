#include "pipeline/extract/redate.h"

#include <string>

namespace annals {

void Redate(ArticleFacts* facts, int year, const TimexTagger& tagger) {
  std::string& dct = facts->doc.dct;
  // Only a DCT of unknown year ("XXXX-MM-DD...") takes one.
  if (dct.rfind("XXXX-", 0) != 0) return;
  dct = std::to_string(year) + dct.substr(4);
  facts->doc.dct_origin = "inferred";
  tagger.Resolve(&facts->timexes, dct);
}

}  // namespace annals
