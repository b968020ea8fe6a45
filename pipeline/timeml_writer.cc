#include "pipeline/timeml_writer.h"

#include <nlohmann/json.hpp>

namespace annals {

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

void WriteTimeMl(std::ostream& out, std::string_view text, const ArticleFacts& facts) {
  out << "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" << XmlEscape(facts.doc.id) << "</DOCID>\n";
  if (!facts.doc.dct.empty()) {
    out << "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << XmlEscape(facts.doc.dct)
        << "\" functionInDocument=\"CREATION_TIME\">" << XmlEscape(facts.doc.dct)
        << "</TIMEX3></DCT>\n";
  }
  out << "<TEXT>";
  size_t pos = 0;
  int tid = 1;
  for (const Timex& t : facts.timexes) {
    if (t.span.begin < pos || t.span.end > text.size()) continue;
    out << XmlEscape(text.substr(pos, t.span.begin - pos));
    out << "<TIMEX3 tid=\"t" << tid++ << "\" type=\"" << XmlEscape(t.type) << "\" value=\""
        << XmlEscape(t.value) << "\">" << XmlEscape(text.substr(t.span.begin, t.span.end - t.span.begin))
        << "</TIMEX3>";
    pos = t.span.end;
  }
  out << XmlEscape(text.substr(pos)) << "</TEXT>\n</TimeML>\n";
}

void WriteTimexJsonl(std::ostream& out, std::string_view text, const ArticleFacts& facts) {
  for (const Timex& t : facts.timexes) {
    nlohmann::json j = {{"doc", facts.doc.path},
                        {"start", t.span.begin},
                        {"end", t.span.end},
                        {"text", std::string(text.substr(t.span.begin, t.span.end - t.span.begin))},
                        {"type", t.type},
                        {"value", t.value},
                        {"rule", t.rule}};
    if (!t.end.empty()) j["end_value"] = t.end;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

}  // namespace annals
