// TimeMlWriter: an article with its timexes as inline TIMEX3 tags.
//
// The text is written byte for byte (XML-escaped) inside
// <TimeML><DOCID/><DCT/><TEXT>...</TEXT></TimeML>, as TimeML 1.2.1 and
// HeidelTime's standalone output do, so the TempEval-3 scorer can align
// it with gold files.
//
// Thread-safety: stateless.
#ifndef ANNALS_GRAPH_EXPORT_TIMEML_WRITER_H_
#define ANNALS_GRAPH_EXPORT_TIMEML_WRITER_H_

#include <ostream>
#include <string_view>

#include "pipeline/extract/facts.h"

namespace annals {

// Example: WriteTimeMl(std::cout, article.text, facts) prints
//   <TimeML> ... on <TIMEX3 tid="t1" type="DATE" value="2021-03-12">Friday</TIMEX3> ...
void WriteTimeMl(std::ostream& out, std::string_view text, const ArticleFacts& facts);

// One JSON object per timex: {"doc", "start", "end", "text", "type", "value", "rule"}.
void WriteTimexJsonl(std::ostream& out, std::string_view text, const ArticleFacts& facts);

// XML-escapes &, <, >, and double quotes.
std::string XmlEscape(std::string_view s);

}  // namespace annals

#endif  // ANNALS_GRAPH_EXPORT_TIMEML_WRITER_H_
