#include "pipeline/extract/segmenter.h"

namespace annals {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// Trims spaces (and UTF-8 no-break spaces) from both ends of [b, e).
Span Trim(std::string_view text, size_t b, size_t e) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  return {b, e};
}

bool StartsLikeSentence(std::string_view rest) {
  if (rest.empty()) return false;
  unsigned char c = rest[0];
  if (IsUpper(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(') return true;
  return c >= 0xC0;  // a non-ASCII letter or a curly quote
}

// Appends `s`, cut into pieces of at most kMaxSentence bytes at spaces.
// No sentence of real prose is that long; a line without punctuation
// (a table, a crawler's junk) must not make per-sentence work quadratic.
void Push(std::string_view text, Span s, size_t paragraph, std::vector<Sentence>* out) {
  while (s.end - s.begin > Segmenter::kMaxSentence) {
    size_t cut = s.begin + Segmenter::kMaxSentence;
    size_t space = cut;
    while (space > s.begin + Segmenter::kMaxSentence / 2 && !IsSpace(text[space])) --space;
    if (IsSpace(text[space])) cut = space;
    while (cut > s.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
    Span piece = Trim(text, s.begin, cut);
    if (!piece.empty()) out->push_back({piece, paragraph});
    s = Trim(text, cut, s.end);
  }
  if (!s.empty()) out->push_back({s, paragraph});
}

}  // namespace

bool Segmenter::EndsSentence(std::string_view line, size_t dot) const {
  size_t after = dot + 1;
  while (after < line.size() && IsCloser(line[after])) ++after;
  if (after >= line.size() || !IsSpace(line[after])) return false;
  size_t next = after;
  while (next < line.size() && IsSpace(line[next])) ++next;
  if (!StartsLikeSentence(line.substr(next))) return false;
  if (line[dot] != '.') return true;
  // The word before the period; bounded, so a line of periods stays linear.
  size_t w = dot;
  const size_t stop = dot > 32 ? dot - 32 : 0;
  while (w > stop && !IsSpace(line[w - 1]) && line[w - 1] != '(' && line[w - 1] != '"') --w;
  std::string_view word = line.substr(w, dot + 1 - w);
  if (word.size() == 2 && IsUpper(word[0])) return false;  // an initial
  return !(abbreviations_ && abbreviations_->Find(word));
}

std::vector<Sentence> Segmenter::Split(std::string_view text) const {
  std::vector<Sentence> out;
  size_t paragraph = 0;
  bool blank_run = true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    Span whole = Trim(text, pos, eol);
    if (whole.empty()) {
      blank_run = true;
    } else {
      if (blank_run && !out.empty()) ++paragraph;
      blank_run = false;
      size_t start = pos;
      for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if ((c == '.' || c == '!' || c == '?') && EndsSentence(line, i)) {
          size_t end = i + 1;
          while (end < line.size() && IsCloser(line[end])) ++end;
          Span s = Trim(text, start, pos + end);
          Push(text, s, paragraph, &out);
          start = pos + end;
          i = end - 1;
        }
      }
      Span s = Trim(text, start, eol);
      Push(text, s, paragraph, &out);
      ++paragraph;  // one paragraph per line in wire copy
    }
    pos = eol + 1;
  }
  return out;
}

RuleContract Segmenter::Reads() {
  return {{{Stage::kTimex, "the segmenter", "ABBREVIATION", {}}}, {}};
}

}  // namespace annals
