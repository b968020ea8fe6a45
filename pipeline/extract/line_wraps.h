// Line wraps: hard-wrapped wire copy read as one line per paragraph.
//
// Much wire copy (Reuters and AP archives, mailing lists, plain-text
// feeds) breaks its lines at about 65 columns: a name, a title or a
// sentence runs over a line break ("Director Michel Camdessus\npaid a
// visit"), and a new paragraph is a blank or an indented line. The other
// stages read one paragraph per line, as the rest of wire copy has it
// (Segmenter ends a sentence at a line break; rules write a space between
// the words of "Prime Minister"). So an article whose lines are wrapped has
// its wrapping breaks turned into spaces, byte for byte: offsets into the
// text stay offsets into the file.
//
// An article is wrapped when more than one line in five that follows
// another non-blank line without indentation starts with a lower-case
// letter: a line cut mid-sentence does that often, a paragraph never
// does. One paragraph per line, headlines and lists are left as they are.
// Linear in the text; no lexicon, so this knows no language but the case
// of ASCII letters.
#ifndef ANNALS_PIPELINE_EXTRACT_LINE_WRAPS_H_
#define ANNALS_PIPELINE_EXTRACT_LINE_WRAPS_H_

#include <string>
#include <string_view>

namespace annals {

// True when `text`'s lines look hard-wrapped (see above).
// Example: LooksWrapped("The minister\nsaid on Monday.") == true
//          LooksWrapped("Headline\nThe minister said.") == false
bool LooksWrapped(std::string_view text);

// When `text` looks wrapped, turns each break inside a paragraph (a line
// break between two non-blank lines, the second not indented; a "\r\n"
// too) into spaces of the same length. Returns whether it did.
// Example: std::string t = "The minister\nsaid.\n\n  Next.";
//          UnwrapLines(&t);  // t == "The minister said.\n\n  Next."
bool UnwrapLines(std::string* text);

}  // namespace annals

#endif  // ANNALS_PIPELINE_EXTRACT_LINE_WRAPS_H_
