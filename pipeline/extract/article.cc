#include "pipeline/extract/article.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace annals {
namespace fs = std::filesystem;
namespace {

bool LooksLikeTimeMl(const std::string& path, const std::string& text) {
  auto ends = [&](const std::string& suf) {
    return path.size() >= suf.size() && path.compare(path.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends(".tml") || ends(".TE3input")) return true;
  return text.substr(0, 400).find("<TimeML") != std::string::npos;
}

// The five predefined XML entities and numeric references, decoded so the
// tagger sees the article's characters and the writer's escaping gives the
// same XML back. Unknown entities are kept as written.
std::string XmlUnescape(const std::string& in) {
  static const std::pair<const char*, const char*> kNamed[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    bool done = false;
    if (in[i] == '&') {
      for (const auto& [ent, ch] : kNamed) {
        if (in.compare(i, std::strlen(ent), ent) == 0) {
          out += ch;
          i += std::strlen(ent);
          done = true;
          break;
        }
      }
      int code = 0;
      re2::StringPiece rest(in.data() + i, std::min<size_t>(in.size() - i, 12));
      static const LazyRE2 kNum = {R"(&#([0-9]{1,6});)"};
      std::string digits;
      if (!done && RE2::Consume(&rest, *kNum, &digits) && (code = std::stoi(digits)) > 0 && code < 128) {
        out += char(code);
        i += digits.size() + 3;
        done = true;
      }
    }
    if (!done) out += in[i++];
  }
  return out;
}

}  // namespace

Result<Article> Ingestor::ReadFile(const std::string& path) {
  Article a;
  a.path = path;
  if (path == "-") {
    a.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return a;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::IoError("is a directory", path);
  // A pipe or a device (/dev/zero) would block or never end.
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
    return Status::IoError("not a regular file (a pipe, socket or device), not an article", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open article", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read article", path);
  a.text = std::move(buf).str();
  if (a.text.find('\0') != std::string::npos) {
    return Status::IoError("binary file (contains NUL bytes), not an article", path);
  }
  if (LooksLikeTimeMl(path, a.text)) {
    a.raw = a.text;
    Status s = ParseTimeMl(&a);
    if (!s.ok()) return s;
  }
  return a;
}

Status Ingestor::ParseTimeMl(Article* a) {
  const std::string& raw = a->raw;
  size_t open = raw.find("<TEXT>");
  size_t close = raw.rfind("</TEXT>");
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return Status::IoError("TimeML file without a <TEXT> element", a->path);
  }
  a->timeml = true;
  a->text_offset = open + 6;
  std::string inner = raw.substr(a->text_offset, close - a->text_offset);
  // Drop existing tags but keep their text: the tagger must see the plain
  // article, and the TimeML writer puts tags back at the same places.
  static const LazyRE2 kTag = {R"(<[^>]*>)"};
  RE2::GlobalReplace(&inner, *kTag, "");
  a->text = XmlUnescape(inner);
  // Some TimeML (the TempEval-3 silver data) writes a dateline around the
  // DCT's TIMEX3 ("<DCT>KUALA LUMPUR, <TIMEX3 ...>"), so text may precede it.
  static const LazyRE2 kDct = {R"re(<DCT>[^<]*<TIMEX3[^>]*value="([^"]+)")re"};
  std::string dct;
  if (a->dct.empty() && RE2::PartialMatch(raw, *kDct, &dct)) {
    a->dct = dct;
    a->dct_origin = "text";
  }
  return Status::Ok();
}

std::vector<Result<std::string>> Ingestor::ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<Result<std::string>> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") {
      out.emplace_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::vector<std::string> files;
      for (fs::recursive_directory_iterator it(p, ec), end; it != end; it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file()) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      for (auto& f : files) out.emplace_back(std::move(f));
    } else if (fs::exists(p, ec)) {
      out.emplace_back(p);
    } else {
      out.emplace_back(Status::IoError("no such file or directory", p));
    }
  }
  return out;
}

}  // namespace annals
