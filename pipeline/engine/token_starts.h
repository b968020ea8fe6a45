// TokenStarts: where a rule's match may begin.
//
// Rules are matched anchored at token starts rather than by an unanchored
// search (see StageMatcher): a pattern that opens with a lexicon of a
// thousand titles makes an unanchored DFA track every partial title at
// every position at once, and the product of those partial matches is a
// state explosion that no cache holds. Anchored at one start, the DFA only
// follows one prefix. It also keeps "king" from matching inside "Working".
//
// A token start is the first byte of a run of letters, of a run of digits,
// or any punctuation or control character (each one starts a token). White
// space never starts a token. Bytes of one UTF-8 character stay together;
// non-ASCII characters are letters, except Latin-1 and general punctuation
// (no-break space, quotation marks, dashes), which are punctuation, and
// non-ASCII spaces, which are white space.
//
// Example: TokenStarts("U.S.-led, 1990s") == {0, 1, 2, 3, 4, 5, 8, 10, 14}
#ifndef ANNALS_PIPELINE_ENGINE_TOKEN_STARTS_H_
#define ANNALS_PIPELINE_ENGINE_TOKEN_STARTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace annals {

// Appends to `out` the byte offsets of the token starts of `text`, in order.
void TokenStarts(std::string_view text, std::vector<size_t>* out);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_TOKEN_STARTS_H_
