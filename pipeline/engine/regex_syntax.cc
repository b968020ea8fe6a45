#include "pipeline/engine/regex_syntax.h"

#include <algorithm>

namespace annals {

int CountedRepeat(std::string_view p, size_t i, size_t* end) {
  size_t j = i + 1;
  int min = 0;
  bool digits = false;
  for (; j < p.size() && p[j] >= '0' && p[j] <= '9'; ++j)
    min = min * 10 + (p[j] - '0'), digits = true;
  if (!digits || j >= p.size()) return -1;
  if (p[j] == ',') {
    for (++j; j < p.size() && p[j] >= '0' && p[j] <= '9'; ++j) {
    }
  }
  if (j >= p.size() || p[j] != '}') return -1;
  *end = j + 1;
  return min;
}

size_t EscapeEnd(std::string_view p, size_t i) {
  if (i + 1 >= p.size()) return p.size();
  size_t end = i + 2;
  const char e = p[i + 1];
  if ((e == 'p' || e == 'P' || e == 'x') && end < p.size() && p[end] == '{') {
    size_t close = p.find('}', end);
    end = close == std::string_view::npos ? p.size() : close + 1;
  } else if (e == 'x') {
    end = std::min(p.size(), i + 4);  // "\x1e": two hex digits
  }
  return end;
}

size_t ClassEnd(std::string_view p, size_t i) {
  size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;  // "[]" and "[^]" open with a ']'
  while (j < p.size() && p[j] != ']') {
    if (p[j] == '\\') {
      j = EscapeEnd(p, j);
    } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
      size_t close = p.find(":]", j + 2);
      j = close == std::string_view::npos ? p.size() : close + 2;
    } else {
      ++j;
    }
  }
  return j < p.size() ? j + 1 : p.size();
}

std::string HexEscapeUtf8(std::string_view escape) {
  std::string_view hex = escape.substr(std::min<size_t>(2, escape.size()));
  if (!hex.empty() && hex.front() == '{') hex = hex.substr(1, hex.size() - 2);
  uint32_t cp = 0;
  if (hex.empty() || hex.size() > 6) return "";
  for (char c : hex) {
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return "";
    cp = cp * 16 + d;
  }
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

}  // namespace annals
