#include "pipeline/engine/token_starts.h"

#include <array>

namespace annals {
namespace {

enum class CharClass { kSpace, kDigit, kLetter, kPunct };

constexpr char32_t kInvalid = 0xFFFD;  // classified as a letter

// The code point of the UTF-8 character at text[i] and its length; a
// malformed sequence counts as one byte of a letter, so it never splits
// a word or starts one.
char32_t Decode(std::string_view text, size_t i, size_t* len) {
  const unsigned char c = text[i];
  *len = 1;
  if (c < 0x80) return c;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > text.size()) return kInvalid;
  char32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    const unsigned char b = text[i + k];
    if ((b & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = n;
  return cp;
}

constexpr CharClass Classify(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
      cp == '\v') {
    return CharClass::kSpace;
  }
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if ((cp | 32) >= 'a' && (cp | 32) <= 'z') return CharClass::kLetter;
  if (cp < 0x80) return CharClass::kPunct;
  if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A))
    return CharClass::kSpace;
  const bool punct = (cp >= 0x80 && cp <= 0xBF) ||
                     (cp >= 0x2000 && cp <= 0x206F) ||
                     (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF;
  return punct ? CharClass::kPunct : CharClass::kLetter;
}

// ASCII, nearly all of English copy, by table: this loop runs over every
// byte once per stage.
constexpr std::array<CharClass, 128> AsciiClasses() {
  std::array<CharClass, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = Classify(c);
  return t;
}
constexpr std::array<CharClass, 128> kAscii = AsciiClasses();

}  // namespace

void TokenStarts(std::string_view text, std::vector<size_t>* out) {
  CharClass prev = CharClass::kSpace;
  for (size_t i = 0, len = 1; i < text.size(); i += len) {
    const unsigned char byte = text[i];
    len = 1;
    const CharClass c =
        byte < 0x80 ? kAscii[byte] : Classify(Decode(text, i, &len));
    if (c == CharClass::kPunct || (c != CharClass::kSpace && c != prev))
      out->push_back(i);
    prev = c;
  }
}

}  // namespace annals
