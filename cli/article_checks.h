// What annals tells a user about the articles themselves, beyond errors.
//
// Some inputs are not wrong, only suspicious, and a user should hear of
// them without the run stopping: an empty file (a failed download?), and
// an article with no date of publication (DCT), whose relative dates
// ("on Tuesday") cannot be placed, so its events stay off the calendar.
// These are warnings: the exit status does not change. A run of
// thousands of articles prints the first few and a count, not a wall.
//
//   corpus/a.txt: warning: empty article (nothing to read)
//   corpus/b.txt: warning: no date of publication (DCT) found ...
#ifndef ANNALS_CLI_ARTICLE_CHECKS_H_
#define ANNALS_CLI_ARTICLE_CHECKS_H_

#include <cstddef>
#include <optional>
#include <string>

#include "annals/article.h"
#include "annals/timeline.h"

namespace annals {

// The warning for a document with no text but white space, or nullopt.
// Example: if (auto w = EmptyArticleWarning(doc)) std::cerr << *w << "\n";
std::optional<std::string> EmptyArticleWarning(const Document& doc);

// Warns about each document of `t` the run could not date (the first
// `shown`, then how many more); returns how many there were.
// Example: WarnUndatedDocuments(timeline);
std::size_t WarnUndatedDocuments(const Timeline& t, std::size_t shown = 10);

}  // namespace annals

#endif  // ANNALS_CLI_ARTICLE_CHECKS_H_
