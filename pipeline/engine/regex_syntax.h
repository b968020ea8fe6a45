// Small readers of RE2 pattern syntax, shared by the matchers that look at
// a pattern's text before RE2 compiles it (RelaxForPrefilter, TokenFilter).
#ifndef ANNALS_PIPELINE_ENGINE_REGEX_SYNTAX_H_
#define ANNALS_PIPELINE_ENGINE_REGEX_SYNTAX_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace annals {

// Parses a counted repetition "{n}", "{n,}" or "{n,m}" at p[i]; returns its
// minimum and sets *end past the "}", or -1 when p[i] starts none (RE2
// then reads the "{" as a literal).
// Example: CountedRepeat("a{2,5}b", 1, &end) == 2, end == 6
int CountedRepeat(std::string_view p, size_t i, size_t* end);

// The end of the escape that starts at p[i] (a backslash): "\p{Lu}" and
// "\x{2019}" hold braces, "\x1e" two hex digits, the others are two bytes.
// Example: EscapeEnd("\\p{Lu}x", 0) == 6
size_t EscapeEnd(std::string_view p, size_t i);

// The UTF-8 bytes of a hex escape ("\x1e", "\x{2019}"); empty when it is
// malformed or out of range.
// Example: HexEscapeUtf8("\\x{2019}") == "\xE2\x80\x99"
std::string HexEscapeUtf8(std::string_view escape);

// The end of the character class that starts at p[i] ("["), past its "]";
// a leading "]" or "^]" and "[:alpha:]" items are part of the class.
// Example: ClassEnd("[^]a]b", 0) == 5
size_t ClassEnd(std::string_view p, size_t i);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_REGEX_SYNTAX_H_
