// TimeML output keeps the text byte for byte (XML-escaped) and tags spans.
#include "graph/export/timeml_writer.h"

#include <doctest/doctest.h>

#include <sstream>

namespace annals {
namespace {

TEST_CASE("XmlEscape escapes markup characters only") {
  CHECK(XmlEscape("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d");
  CHECK(XmlEscape("plain 'text'") == "plain 'text'");
}

TEST_CASE("WriteTimeMl tags spans and keeps the rest") {
  std::string text = "Sales rose <5%> on Friday & fell.";
  ArticleFacts f;
  f.doc.id = "d1";
  f.doc.dct = "2021-03-12";
  Timex t;
  t.span = {19, 25};
  t.type = "DATE";
  t.value = "2021-03-12";
  f.timexes.push_back(t);
  std::ostringstream out;
  WriteTimeMl(out, text, f);
  std::string xml = out.str();
  CHECK(xml.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-03-12\"") != std::string::npos);
  CHECK(xml.find("<TEXT>Sales rose &lt;5%&gt; on <TIMEX3 tid=\"t1\" type=\"DATE\" "
                 "value=\"2021-03-12\">Friday</TIMEX3> &amp; fell.</TEXT>") != std::string::npos);
}

TEST_CASE("WriteTimeMl writes a range's two dates as two TIMEX3") {
  std::string text = "Talks on March 18 and 19.";
  ArticleFacts f;
  Timex t;
  t.span = {9, 24};
  t.first_part = {9, 17};
  t.last_part = {22, 24};
  t.type = "DATE";
  t.value = "2021-03-18";
  t.end = "2021-03-19";
  f.timexes.push_back(t);
  std::ostringstream out;
  WriteTimeMl(out, text, f);
  CHECK(out.str().find("<TEXT>Talks on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-03-18\">March 18</TIMEX3>"
                       " and <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-03-19\">19</TIMEX3>.</TEXT>") !=
        std::string::npos);
}

TEST_CASE("WriteTimeMl skips overlapping or out-of-range spans") {
  std::string text = "next week";
  ArticleFacts f;
  Timex a;
  a.span = {0, 9};
  a.type = "DATE";
  a.value = "2021-W11";
  Timex b = a;
  b.span = {5, 9};
  Timex c = a;
  c.span = {5, 40};
  f.timexes = {a, b, c};
  std::ostringstream out;
  WriteTimeMl(out, text, f);
  CHECK(out.str().find("<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-W11\">next week</TIMEX3></TEXT>") !=
        std::string::npos);
}

TEST_CASE("WriteTimeMl and JSON Lines carry a timex's mod") {
  std::string text = "It closed in late 2010.";
  ArticleFacts f;
  Timex t;
  t.span = {13, 22};
  t.type = "DATE";
  t.value = "2010";
  t.mod = "END";
  f.timexes.push_back(t);
  std::ostringstream xml, jsonl;
  WriteTimeMl(xml, text, f);
  WriteTimexJsonl(jsonl, text, f);
  CHECK(xml.str().find("value=\"2010\" mod=\"END\">late 2010</TIMEX3>") != std::string::npos);
  CHECK(jsonl.str().find("\"mod\":\"END\"") != std::string::npos);
}

}  // namespace
}  // namespace annals
