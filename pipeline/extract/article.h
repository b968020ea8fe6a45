// Article and Ingestor: getting article bytes into the pipeline.
//
// An Article is the text to analyze plus what the caller knows of it: a
// path for messages and an optional DCT given on the command line. Plain
// text is analyzed as it is; TimeML input (.tml, .TE3input) is reduced to
// the text of its <TEXT> element, with its <DCT> as the document date and
// `text_offset` saying where that text starts in the file, so offsets can
// still be reported against the file.
//
// Thread-safety: Ingestor functions are reentrant.
#ifndef ANNALS_PIPELINE_EXTRACT_ARTICLE_H_
#define ANNALS_PIPELINE_EXTRACT_ARTICLE_H_

#include <string>
#include <vector>

#include "pipeline/base/status.h"

namespace annals {

struct Article {
  std::string id;    // "d1"...
  std::string path;  // "-" for standard input
  std::string text;  // UTF-8 (invalid bytes are left as they are)
  std::string dct;   // from an option or the TimeML header; "" when none
  std::string dct_origin = "none";  // "option" when given by the caller
  // Direction of time expressions no tense governs: "past", "future", or
  // "" to read it from the text (see TimexTagger::Tag).
  std::string bias;
  bool timeml = false;
  size_t text_offset = 0;  // where `text` starts in the original file
  std::string raw;         // the whole TimeML file (empty for plain text)
};

class Ingestor {
 public:
  // Reads one file ("-" is standard input); TimeML is recognized by its
  // extension or a <TimeML root.
  // Example: auto a = Ingestor::ReadFile("examples/articles/x.txt");
  static Result<Article> ReadFile(const std::string& path);

  // Expands directories (their regular files, sorted) and keeps files as
  // they are; missing paths come back as errors, in order, so one bad
  // path does not stop the others.
  static std::vector<Result<std::string>> ExpandPaths(
      const std::vector<std::string>& paths);

  // Fills text/dct from TimeML markup in `raw`.
  static Status ParseTimeMl(Article* article);
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_ARTICLE_H_
