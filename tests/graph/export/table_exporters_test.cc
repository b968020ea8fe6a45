// timeline.md and timeline.csv: a dated row is a date a reader can put on
// a calendar; the others are listed apart.
#include <doctest/doctest.h>

#include <sstream>

#include "graph/export/exporters.h"
#include "tests/graph/small_assembly.h"

namespace annals {
namespace {

// The small assembly, with e3 dated only by a weekday of an unknown week
// ("on Tuesday" in an article with no date of publication).
Assembly WithWeekday() { return testing::SmallAssembly({"XXXX-WXX-2", ""}); }

TEST_CASE("OnCalendar: values that name days, and those that do not") {
  CHECK(OnCalendar({"2021-03-18", ""}));
  CHECK(OnCalendar({"2021-W11", ""}));
  CHECK(OnCalendar({"2021", ""}));
  CHECK_FALSE(OnCalendar({"", ""}));
  CHECK_FALSE(OnCalendar({"XXXX-03-19", ""}));
  CHECK_FALSE(OnCalendar({"XXXX-WXX-2", ""}));
  CHECK_FALSE(OnCalendar({"PAST_REF", ""}));
}

TEST_CASE(
    "timeline.md lists undated events apart, with the value the text gave") {
  std::ostringstream out;
  WriteMarkdown(out, WithWeekday());
  std::string md = out.str();
  CHECK(md.find("| 1 | 2019-06-02 | fisheries talks |") != std::string::npos);
  CHECK(md.find("| 2 | 2019-07 | state visit |") != std::string::npos);
  CHECK(md.find("XXXX-WXX-2 |") > md.find("# Undated"));
  CHECK(md.find("| e3 | follow-up talks | meeting | Ben Okafor |  | 0 | "
                "XXXX-WXX-2 |") != std::string::npos);
  CHECK(md.find("| 3 | XXXX") == std::string::npos);  // never as a dated row
}

TEST_CASE("timeline.csv puts undated events last, with an empty when") {
  std::ostringstream out;
  WriteCsv(out, WithWeekday());
  CHECK(out.str() ==
        "id,when,end,type,label,participants,where,evidence,timex,statements\n"
        "e1,2019-06-02,,meeting,fisheries talks,\"Ana Ruiz, Ben "
        "Okafor\",Lisbon,2,2019-06-02,quotas must fall\n"
        "e2,2019-07,,visit,state visit,Carla Mendes,,0,2019-07,\n"
        "e3,,,meeting,follow-up talks,Ben Okafor,,0,XXXX-WXX-2,\n");
}

}  // namespace
}  // namespace annals
