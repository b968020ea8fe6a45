# report.html's template compiled into annals_core as a C++ raw string.
#
# Included from the top CMakeLists.txt after annals_core is defined; it
# also runs itself in script mode (cmake -P) at build time to write the
# .inc file, so editing report_template.html rebuilds only html_exporter.
# Why a build step and not a checked-in .inc: the template stays a plain
# HTML file that editors and browsers understand.
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${IN}" body)
  set(delim "annals_html")
  string(FIND "${body}" ")${delim}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${IN} contains the raw string delimiter )${delim}\"")
  endif()
  file(WRITE "${OUT}" "R\"${delim}(${body})${delim}\"\n")
  return()
endif()

set(ANNALS_REPORT_TEMPLATE ${CMAKE_CURRENT_LIST_DIR}/report_template.html)
set(ANNALS_REPORT_INC_DIR ${CMAKE_CURRENT_BINARY_DIR}/generated_private)
set(ANNALS_REPORT_INC ${ANNALS_REPORT_INC_DIR}/graph/export/report_template.inc)
add_custom_command(
  OUTPUT ${ANNALS_REPORT_INC}
  COMMAND ${CMAKE_COMMAND} -DIN=${ANNALS_REPORT_TEMPLATE} -DOUT=${ANNALS_REPORT_INC}
          -P ${CMAKE_CURRENT_LIST_FILE}
  DEPENDS ${ANNALS_REPORT_TEMPLATE} ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Embedding graph/export/report_template.html"
  VERBATIM)
target_sources(annals_export PRIVATE ${ANNALS_REPORT_INC})
target_include_directories(annals_export PRIVATE ${ANNALS_REPORT_INC_DIR})
