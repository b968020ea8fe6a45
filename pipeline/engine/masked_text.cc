#include "pipeline/engine/masked_text.h"

#include <algorithm>
#include <string>

namespace annals {

MaskedText::MaskedText(std::string_view text, Span sentence, std::vector<MaskItem> items)
    : article_(text) {
  std::sort(items.begin(), items.end(),
            [](const MaskItem& a, const MaskItem& b) { return a.span.begin < b.span.begin; });
  size_t pos = sentence.begin;
  auto copy = [&](size_t b, size_t e) {
    if (e <= b) return;
    pieces_.push_back({masked_.size(), masked_.size() + (e - b), b, e, false, 0, 0});
    masked_.append(text.substr(b, e - b));
  };
  for (const auto& it : items) {
    if (it.span.begin < pos || it.span.end > sentence.end || it.span.empty()) continue;
    copy(pos, it.span.begin);
    std::string tok = "\x1e";
    tok += it.kind;
    tok += std::to_string(it.index);
    tok += '\x1f';
    pieces_.push_back({masked_.size(), masked_.size() + tok.size(), it.span.begin,
                       it.span.end, true, it.kind, it.index});
    masked_ += tok;
    pos = it.span.end;
  }
  copy(pos, sentence.end);
}

size_t MaskedText::ToArticle(size_t off, bool is_end) const {
  if (pieces_.empty()) return 0;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), off,
                             [](size_t o, const Piece& p) { return o < p.masked_begin; });
  if (it != pieces_.begin()) --it;
  // An end offset that falls on a piece boundary belongs to the piece before.
  if (is_end && off == it->masked_begin && it != pieces_.begin()) --it;
  if (it->token) return is_end ? it->article_end : it->article_begin;
  size_t d = std::min(off - std::min(off, it->masked_begin), it->article_end - it->article_begin);
  return it->article_begin + d;
}

std::string MaskedText::Unmask(size_t begin, size_t end) const {
  Span s = ToArticle(begin, end);
  if (s.end <= s.begin) return "";
  return std::string(article_.substr(s.begin, s.end - s.begin));
}

std::vector<MaskToken> MaskedText::Tokens(size_t begin, size_t end, char kind) const {
  std::vector<MaskToken> out;
  for (const auto& p : pieces_) {
    if (p.token && p.kind == kind && p.masked_begin >= begin && p.masked_end <= end) {
      out.push_back({p.kind, p.index, {p.masked_begin, p.masked_end}});
    }
  }
  return out;
}

}  // namespace annals
