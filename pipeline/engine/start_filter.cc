#include "pipeline/engine/start_filter.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <type_traits>

#include "pipeline/engine/regex_syntax.h"

namespace annals {
namespace {

using Bytes = std::bitset<256>;

// What a piece of pattern can match, as far as its first two bytes go: each
// item is a literal beginning; `closed` when the piece matches exactly that
// text (what follows the piece continues it), open when more unknown text
// may follow inside the piece. An open item with no text is a piece that
// begins with a class: `bytes` are the bytes it can begin with.
// `line_start` when the beginning needs a line break before it ("(?m)^").
struct Item {
  std::string text;
  bool closed = true;
  Bytes bytes;
  bool line_start = false;
  bool operator<(const Item& o) const {
    return std::tie(text, closed, line_start) <
           std::tie(o.text, o.closed, o.line_start);
  }
  bool SameBeginning(const Item& o) const {
    return text == o.text && closed == o.closed && line_start == o.line_start;
  }
};
using Items = std::vector<Item>;

// Only the first two bytes are looked at; an item is cut there.
constexpr size_t kKeep = 2;
// Past this many beginnings the pattern counts as unknown (still correct,
// only less selective); two bytes give at most 65,536.
constexpr size_t kMaxItems = 70000;

Items Unknown(Bytes bytes = Bytes().set()) { return {{"", false, bytes}}; }
Items Empty() { return {{"", true, {}}}; }
Items LineStart() { return {{"", true, {}, true}}; }

// Cuts items to their first two bytes (then nothing after them matters)
// and merges equal ones.
void Normalize(Items* items) {
  for (Item& it : *items) {
    if (it.text.size() < kKeep) continue;
    it.text.resize(kKeep);
    it.closed = false;
  }
  std::sort(items->begin(), items->end());
  // One unknown beginning, with the bytes of all of them.
  Items out;
  for (Item& it : *items) {
    if (!out.empty() && out.back().SameBeginning(it)) {
      out.back().bytes |= it.bytes;
    } else {
      out.push_back(std::move(it));
    }
  }
  *items = out.size() > kMaxItems ? Unknown() : std::move(out);
}

Items Concat(const Items& a, const Items& b) {
  Items out;
  for (const Item& x : a) {
    if (!x.closed) {
      out.push_back(x);
      continue;
    }
    // A "^" after text is no line start this filter can use.
    for (const Item& y : b) {
      out.push_back({x.text + y.text, y.closed, y.bytes,
                     x.line_start || (x.text.empty() && y.line_start)});
    }
    if (out.size() > kMaxItems) return Unknown();
  }
  Normalize(&out);
  return out;
}

Items Union(Items a, const Items& b) {
  a.insert(a.end(), b.begin(), b.end());
  Normalize(&a);
  return a;
}

// x+ (and x{n,m}, n > 0): a first x, then perhaps more.
Items OneOrMore(Items x) {
  for (Item& it : x) it.closed = false;
  Normalize(&x);
  return x;
}

bool IsAsciiLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char OtherCase(char c) { return static_cast<char>(c ^ 32); }

// A literal string as items: itself, or under (?i) every ASCII case form
// of its first two bytes. RE2 folds more than ASCII: 'k' also matches the
// Kelvin sign (U+212A) and 's' the long s (U+017F), whose first two bytes
// are allowed then.
Items LiteralItems(std::string_view s, bool fold) {
  Items out = {{std::string(s), true, {}}};
  if (!fold) return out;
  for (size_t i = 0; i < s.size() && i < kKeep; ++i) {
    if (!IsAsciiLetter(s[i])) continue;
    const size_t n = out.size();
    for (size_t k = 0; k < n; ++k) {
      Item other = out[k];
      other.text[i] = OtherCase(other.text[i]);
      out.push_back(std::move(other));
    }
  }
  if (!s.empty()) {
    const char c = static_cast<char>(s[0] | 32);
    if (c == 'k') out.push_back({"\xE2\x84", false, {}});
    if (c == 's') out.push_back({"\xC5\xBF", false, {}});
  }
  return out;
}

Bytes Range(int lo, int hi) {
  Bytes b;
  for (int c = lo; c <= hi; ++c) b.set(c);
  return b;
}
Bytes Digits() { return Range('0', '9'); }
Bytes Letters() { return Range('A', 'Z') | Range('a', 'z'); }
Bytes NonAscii() { return Range(0x80, 0xFF); }

// The bytes a class escape ("\d", "\p{Lu}") can begin with.
Bytes EscapeBytes(std::string_view escape) {
  const char e = escape.size() > 1 ? escape[1] : 0;
  if (e == 'd') return Digits();
  if (e == 'w') return Letters() | Digits() | Range('_', '_');
  if (e == 's') return Range('\t', '\r') | Range(' ', ' ');
  if (e == 'p') {
    std::string_view name = escape.substr(2);
    if (!name.empty() && name[0] == '{') name = name.substr(1, name.size() - 2);
    if (name == "Lu") return Range('A', 'Z') | NonAscii();
    if (name == "Ll") return Range('a', 'z') | NonAscii();
    if (name == "L") return Letters() | NonAscii();
    if (name == "N" || name == "Nd") return Digits() | NonAscii();
  }
  return Bytes().set();
}

// With (?i) a letter byte stands for both its cases.
Bytes Fold(Bytes b) {
  for (int c = 'a'; c <= 'z'; ++c) {
    if (b[c] || b[c - 32]) b.set(c), b.set(c - 32);
  }
  return b;
}

// The bytes a (non-negated) class body can begin a match with.
Bytes ClassBytes(std::string_view body) {
  if (body.empty() || body[0] == '^') return Bytes().set();
  Bytes out;
  for (size_t i = 0; i < body.size(); ++i) {
    const unsigned char c = body[i];
    if (c == '\\') {
      const size_t end = EscapeEnd(body, i);
      const std::string_view esc = body.substr(i, end - i);
      const char e = esc.size() > 1 ? esc[1] : 0;
      const bool word = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
      out |= word ? EscapeBytes(esc) : Range(e, e);
      i = end - 1;
    } else if (c == '[' && i + 1 < body.size() && body[i + 1] == ':') {
      return Bytes().set();  // [:alpha:] and kin: not worth reading
    } else if (c >= 0x80) {
      out |= NonAscii();
    } else if (i + 2 < body.size() && body[i + 1] == '-') {
      const unsigned char hi = body[i + 2];
      out |= hi >= 0x80 ? Bytes().set() : Range(c, hi);
      i += 2;
    } else {
      out.set(c);
    }
  }
  return out;
}

// A class of a few plain ASCII characters ("[Tt]", "[-/]") is read as
// their alternation; any other class as the bytes it may begin with.
Items ReadClass(std::string_view body, bool fold) {
  const bool plain = !body.empty() && body.size() <= 8 && body[0] != '^' &&
                     std::all_of(body.begin(), body.end(), [](char c) {
                       return c != '\\' && c != '[' && c != '-' &&
                              static_cast<unsigned char>(c) < 0x80;
                     });
  if (!plain) {
    Bytes b = ClassBytes(body);
    return Unknown(fold ? Fold(b) : b);
  }
  Items out;
  for (char c : body) {
    Items forms = LiteralItems(std::string_view(&c, 1), fold);
    out.insert(out.end(), forms.begin(), forms.end());
  }
  Normalize(&out);
  return out;
}

// An escape: a zero-width assertion, a literal character, or a class.
Items ReadEscape(std::string_view escape, bool fold) {
  const char e = escape.size() > 1 ? escape[1] : 0;
  switch (e) {
    case 'A': return LineStart();  // the text's start is a line start too
    case 'b': case 'B': case 'z': return Empty();
    case 'n': return {{"\n", true, {}}};
    case 't': return {{"\t", true, {}}};
    case 'r': return {{"\r", true, {}}};
    case 'f': return {{"\f", true, {}}};
    case 'v': return {{"\v", true, {}}};
    default: break;
  }
  if (e == 'x') {
    std::string bytes = HexEscapeUtf8(escape);
    if (bytes.empty()) return Unknown();
    if (static_cast<unsigned char>(bytes[0]) >= 0x80 && fold)
      return Unknown(NonAscii());
    return LiteralItems(bytes, fold);
  }
  const bool word = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') ||
                    (e >= '0' && e <= '9');
  if (word) return Unknown(fold ? Fold(EscapeBytes(escape)) : EscapeBytes(escape));
  if (static_cast<unsigned char>(e) >= 0x80) return Unknown(NonAscii());
  return LiteralItems(std::string_view(&e, 1), fold);
}

// One group being read: its finished alternatives, the sequence of the
// current one, and the last atom (kept apart for a quantifier after it).
struct Frame {
  Items alternatives;
  Items sequence = Empty();
  Items last;
  bool has_last = false;
  bool fold = false;
  // Every beginning of `sequence` has its two bytes: later atoms of this
  // alternative change nothing, and are skipped (a long literal is cheap).
  bool saturated = false;

  void Flush() {
    if (has_last && !saturated) {
      sequence = Concat(sequence, last);
      saturated = std::none_of(sequence.begin(), sequence.end(),
                               [](const Item& i) { return i.closed; });
    }
    has_last = false;
  }
  void Atom(Items items) {
    Flush();
    if (saturated) return;
    last = std::move(items);
    has_last = true;
  }
  // Starts the next alternative after a '|'.
  void Alternative() {
    Flush();
    alternatives.insert(alternatives.end(), sequence.begin(), sequence.end());
    sequence = Empty();
    saturated = false;
  }
  Items Close() {
    Flush();
    return Union(std::move(alternatives), sequence);
  }
};

// Reads the flags of "(?flags)" or "(?flags:" at p[i] (after "(?"); sets
// *fold for an 'i' that is not negated. Returns the index of ':' or ')'.
size_t ReadFlags(std::string_view p, size_t i, bool* fold) {
  bool negate = false;
  for (; i < p.size() && p[i] != ':' && p[i] != ')'; ++i) {
    if (p[i] == '-') negate = true;
    if (p[i] == 'i') *fold = !negate;
  }
  return i;
}

class PrefixReader {
 public:
  explicit PrefixReader(std::string_view p) : p_(p) {}

  Items Read() {
    stack_.emplace_back();
    for (i_ = 0; i_ < p_.size() && !failed_; ++i_) Step();
    if (failed_ || stack_.size() != 1) return Unknown();
    return stack_.back().Close();
  }

 private:
  Frame& top() { return stack_.back(); }

  void Step() {
    const char c = p_[i_];
    switch (c) {
      case '(': return OpenGroup();
      case ')': return CloseGroup();
      case '|':
        // Appended as they come; Close() sorts them once (a lexicon is an
        // alternation of thousands).
        return top().Alternative();
      case '?': case '*': case '+': return Quantify(c == '+' ? 1 : 0, c == '?');
      case '{': return CountedQuantifier();
      case '[': {
        const size_t end = ClassEnd(p_, i_);
        top().Atom(ReadClass(p_.substr(i_ + 1, end - i_ - 2), top().fold));
        i_ = end - 1;
        return;
      }
      case '\\': {
        if (i_ + 1 < p_.size() && p_[i_ + 1] == 'Q') failed_ = true;
        const size_t end = EscapeEnd(p_, i_);
        top().Atom(ReadEscape(p_.substr(i_, end - i_), top().fold));
        i_ = end - 1;
        return;
      }
      case '.': return top().Atom(Unknown());
      case '^': return top().Atom(LineStart());
      case '$': return top().Atom(Empty());
      default: return Literal();
    }
  }

  void OpenGroup() {
    bool fold = top().fold;
    if (i_ + 1 < p_.size() && p_[i_ + 1] == '?') {
      if (i_ + 2 < p_.size() && p_[i_ + 2] == 'P') {
        const size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) return void(failed_ = true);
        i_ = close;
      } else {
        i_ = ReadFlags(p_, i_ + 2, &fold);
        if (i_ >= p_.size()) return void(failed_ = true);
        if (p_[i_] == ')') return void(top().fold = fold);  // "(?i)"
      }
    }
    stack_.emplace_back();
    top().fold = fold;
  }

  void CloseGroup() {
    if (stack_.size() < 2) return void(failed_ = true);
    Items group = top().Close();
    stack_.pop_back();
    top().Atom(std::move(group));
  }

  // x? (optional), x* (min 0) and x+ (min 1); a lazy '?' after is skipped.
  void Quantify(int min, bool optional) {
    Frame& f = top();
    if (f.saturated) return;  // the atom was skipped, and so is this
    if (!f.has_last) return void(failed_ = true);
    Items more = optional ? f.last : OneOrMore(f.last);
    f.last = min > 0 ? more : Union(more, Empty());
    if (i_ + 1 < p_.size() && p_[i_ + 1] == '?') ++i_;
  }

  void CountedQuantifier() {
    size_t end = 0;
    const int min = CountedRepeat(p_, i_, &end);
    if (min < 0) return Literal();  // RE2 reads a lone '{' as itself
    Quantify(min > 0 ? 1 : 0, false);
    i_ = std::max(i_, end - 1);
  }

  // One character, whole: a UTF-8 sequence is one atom. Folded non-ASCII
  // letters have case forms of other bytes than their own.
  void Literal() {
    size_t n = 1;
    const unsigned char b = p_[i_];
    if (b >= 0xC0) n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    n = std::min(n, p_.size() - i_);
    top().Flush();
    if (top().saturated) {
      // Nothing after two bytes matters.
    } else if (b >= 0x80 && top().fold) {
      top().Atom(Unknown(NonAscii()));
    } else {
      top().Atom(LiteralItems(p_.substr(i_, n), top().fold));
    }
    i_ += n - 1;
  }

  std::string_view p_;
  size_t i_ = 0;
  bool failed_ = false;
  std::vector<Frame> stack_;  // an explicit stack: no recursion on nesting
};

// The bytes a match of `re` can begin with (all when unknown).
std::bitset<256> FirstBytes(const RE2& re) {
  std::bitset<256> bytes;
  std::string min, max;
  if (!re.PossibleMatchRange(&min, &max, 1)) return bytes.set();
  const int lo = min.empty() ? 0 : static_cast<unsigned char>(min[0]);
  const int hi = max.empty() ? 255 : static_cast<unsigned char>(max[0]);
  for (int b = lo; b <= hi; ++b) bytes.set(b);
  return bytes;
}

}  // namespace

PatternStart ReadPatternStart(std::string_view pattern) {
  PatternStart out;
  for (const Item& it : PrefixReader(pattern).Read()) {
    Beginnings& b = it.line_start ? out.line_start : out.anywhere;
    if (it.text.size() >= kKeep) {
      b.pairs.push_back(it.text);
    } else if (!it.text.empty()) {
      b.singles += it.text;
    } else if (!it.closed) {
      if (it.bytes.all()) return PatternStart{{}, {}, true};
      for (int c = 0; c < 256; ++c) {
        if (it.bytes[c]) b.singles += static_cast<char>(c);
      }
    }
    // Closed and empty: the pattern can match the empty string, which a
    // rule's match never is.
  }
  for (Beginnings* b : {&out.anywhere, &out.line_start}) {
    std::sort(b->singles.begin(), b->singles.end());
    b->singles.erase(std::unique(b->singles.begin(), b->singles.end()),
                     b->singles.end());
  }
  return out;
}

StartFilter::StartFilter() : tables_(std::make_unique<Tables>()) {}

void StartFilter::Allow(const Beginnings& b, Table* table) {
  for (unsigned char c : b.singles) {
    for (int next = 0; next < 256; ++next) Set(table, c << 8 | next);
  }
  for (const std::string& p : b.pairs) {
    Set(table, static_cast<unsigned char>(p[0]) << 8 |
                   static_cast<unsigned char>(p[1]));
  }
}

std::string StartFilter::ToBytes() const {
  static_assert(std::is_trivially_copyable_v<Tables>);
  return std::string(reinterpret_cast<const char*>(tables_.get()),
                     sizeof(Tables));
}

std::optional<StartFilter> StartFilter::FromBytes(std::string_view bytes) {
  if (bytes.size() != sizeof(Tables)) return std::nullopt;
  StartFilter f;
  std::memcpy(f.tables_.get(), bytes.data(), sizeof(Tables));
  return f;
}

void StartFilter::Add(std::string_view pattern, const RE2& re) {
  Add(pattern, [&re]() -> const RE2& { return re; });
}

void StartFilter::Add(std::string_view pattern,
                      const std::function<const RE2&()>& compiled) {
  Add(ReadPatternStart(pattern), compiled);
}

void StartFilter::Add(PatternStart start,
                      const std::function<const RE2&()>& compiled) {
  if (start.unknown) {
    const std::bitset<256> bytes = FirstBytes(compiled());
    for (int c = 0; c < 256; ++c) {
      if (bytes[c]) start.anywhere.singles += static_cast<char>(c);
    }
  }
  Allow(start.anywhere, &tables_->anywhere);
  Allow(start.line_start, &tables_->line_start);
}

}  // namespace annals
