#include "graph/export/timeml_writer.h"

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
  auto tag = [&](Span s, const std::string& type, const std::string& value,
                 const std::string& mod) {
    out << XmlEscape(text.substr(pos, s.begin - pos));
    out << "<TIMEX3 tid=\"t" << tid++ << "\" type=\"" << XmlEscape(type) << "\" value=\""
        << XmlEscape(value) << "\"";
    if (!mod.empty()) out << " mod=\"" << XmlEscape(mod) << "\"";
    out << ">" << XmlEscape(text.substr(s.begin, s.end - s.begin)) << "</TIMEX3>";
    pos = s.end;
  };
  for (const Timex& t : facts.timexes) {
    if (t.span.begin < pos || t.span.end > text.size()) continue;
    // A range written "March 18 and 19" is two TIMEX3, as TimeML tags it.
    bool split = !t.end.empty() && t.last_part.end > t.last_part.begin &&
                 t.first_part.begin >= pos && t.first_part.end <= t.last_part.begin &&
                 t.last_part.end <= text.size();
    if (split) {
      tag(t.first_part, t.type, t.value, t.mod);
      tag(t.last_part, t.type, t.end, t.mod);
    } else {
      tag(t.span, t.type, t.value, t.mod);
    }
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
                        {"rule", t.rule.str()}};
    if (!t.end.empty()) j["end_value"] = t.end;
    if (!t.mod.empty()) j["mod"] = t.mod;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

}  // namespace annals
