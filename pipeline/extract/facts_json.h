// ArticleFacts as JSON, one object per article: the `annals extract`
// record of OUTPUT.md, and what `annals assemble` reads back.
//
// The record keeps everything assembly needs (timex recipes included),
// so assembling records gives exactly what `annals run` gives.
//
// Thread-safety: pure functions.
#ifndef ANNALS_PIPELINE_EXTRACT_FACTS_JSON_H_
#define ANNALS_PIPELINE_EXTRACT_FACTS_JSON_H_

#include <nlohmann/json.hpp>

#include <string>

#include "pipeline/extract/facts.h"
#include "pipeline/base/status.h"

namespace annals {

// Example: std::string line = FactsToJson(facts).dump();
nlohmann::ordered_json FactsToJson(const ArticleFacts& facts);

// The inverse; an error names the missing or mistyped field.
Result<ArticleFacts> FactsFromJson(const nlohmann::json& j);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_FACTS_JSON_H_
