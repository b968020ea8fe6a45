#include "cli/article_checks.h"

#include <fmt/format.h>

#include <iostream>

namespace annals {

std::optional<std::string> EmptyArticleWarning(const Document& doc) {
  if (doc.text.find_first_not_of(" \t\r\n\f\v") != std::string::npos)
    return std::nullopt;
  return (doc.path.empty() ? "<stdin>" : doc.path) +
         ": warning: empty article (nothing to read)";
}

namespace {

// Why `d` cannot date "on Tuesday", or "" when it can.
std::string Undatable(const Timeline::DocumentInfo& d) {
  if (d.dct.empty()) return "no date of publication (DCT) found";
  if (d.dct.rfind("XXXX", 0) == 0) {
    return "the date of publication (" + d.dct +
           ") has no year, and no other article gave one";
  }
  return "";
}

}  // namespace

std::size_t WarnUndatedDocuments(const Timeline& t, std::size_t shown) {
  std::size_t undated = 0;
  for (const Timeline::DocumentInfo& d : t.documents()) {
    std::string why = Undatable(d);
    if (why.empty()) continue;
    if (++undated <= shown) {
      std::cerr << d.path << ": warning: " << why
                << "; dates relative to it (\"on Tuesday\") stay undated (give "
                   "--dct DATE)\n";
    }
  }
  if (undated > shown) {
    std::cerr << fmt::format(
        "warning: {} more articles without a date of publication\n",
        undated - shown);
  }
  return undated;
}

}  // namespace annals
