#include "pipeline/engine/candidate_scanner.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace annals {
namespace {

constexpr unsigned kBaseFlags = HS_FLAG_UTF8 | HS_FLAG_ALLOWEMPTY;
constexpr std::string_view kMagic = "annals-hs 1\n";

// No HS_FLAG_SOM_LEFTMOST: start-of-match tracking multiplied the
// compile time of the lexicon-sized patterns by minutes; windows come from
// the pattern's maximum width instead.
unsigned FlagsFor(CandidateScanner::Mode mode) {
  return kBaseFlags |
         (mode == CandidateScanner::Mode::kExact ? 0u : HS_FLAG_PREFILTER);
}

// The expression's info under `flags`, or nullopt when Vectorscan rejects
// it (hs_expression_info parses and checks support, it does not compile).
std::optional<hs_expr_info_t> Info(const std::string& pattern,
                                   unsigned flags) {
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(pattern.c_str(), flags, &info, &error) !=
      HS_SUCCESS) {
    hs_free_compile_error(error);
    return std::nullopt;
  }
  hs_expr_info_t copy = *info;
  std::free(info);
  return copy;
}

struct ScanState {
  const std::vector<CandidateScanner::Mode>* modes;
  const std::vector<uint32_t>* widths;
  std::vector<CandidateWindow>* out;
  std::vector<int64_t> last;  // per rule: its last window in *out, or -1
};

// Adds [begin, end) for `rule`, merged into the rule's last window when
// they touch (reports of one rule come in order of end).
void AddWindow(ScanState* s, int rule, size_t begin, size_t end) {
  int64_t& last = s->last[rule];
  if (last >= 0) {
    CandidateWindow& w = (*s->out)[last];
    if (begin <= w.end) {
      w.begin = std::min(w.begin, begin);
      w.end = std::max(w.end, end);
      return;
    }
  }
  last = static_cast<int64_t>(s->out->size());
  s->out->push_back({rule, begin, end});
}

int OnMatch(unsigned int id, unsigned long long, unsigned long long to,
            unsigned int, void* context) {
  auto* s = static_cast<ScanState*>(context);
  const uint32_t w = (*s->widths)[id];
  const size_t begin = w == UINT_MAX || w >= to ? 0 : to - w;
  AddWindow(s, static_cast<int>(id), begin, to);
  return 0;  // go on scanning
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

void PutU32(uint32_t n, std::string* out) {
  out->append(reinterpret_cast<const char*>(&n), 4);
}

uint32_t GetU32(std::string_view in, size_t at) {
  uint32_t n = 0;
  std::memcpy(&n, in.data() + at, 4);
  return n;
}

// Length of the well-formed UTF-8 sequence at text[i], 0 when malformed
// (overlong forms, surrogates and code points past U+10FFFF included).
size_t Utf8Length(std::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF4                             ? 4
                                                                  : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  }
  const unsigned char d = text[i + 1];
  if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F) ||
      (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F))
    return 0;
  return n;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t n = Utf8Length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

void CandidateScanner::Classify(const std::vector<std::string>& patterns) {
  modes_.assign(patterns.size(), Mode::kAbsent);
  widths_.assign(patterns.size(), UINT_MAX);
  for (size_t i = 0; i < patterns.size(); ++i) {
    for (Mode m : {Mode::kExact, Mode::kPrefilter}) {
      if (auto info = Info(patterns[i], FlagsFor(m))) {
        modes_[i] = m;
        widths_[i] = info->max_width;
        break;
      }
    }
  }
}

// One compile of every pattern not kAbsent; on an error naming a
// pattern, *bad is its index (else -1).
bool CandidateScanner::TryCompile(const std::vector<std::string>& patterns,
                                  int* bad) {
  std::vector<const char*> exprs;
  std::vector<unsigned> flags, ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (modes_[i] == Mode::kAbsent) continue;
    exprs.push_back(patterns[i].c_str());
    flags.push_back(FlagsFor(modes_[i]));
    ids.push_back(static_cast<unsigned>(i));
  }
  *bad = -1;
  if (exprs.empty()) return false;
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), exprs.size(),
                       HS_MODE_BLOCK, nullptr, &db, &error) == HS_SUCCESS) {
    db_.reset(db);
    return true;
  }
  if (error->expression >= 0) *bad = static_cast<int>(ids[error->expression]);
  hs_free_compile_error(error);
  return false;
}

bool CandidateScanner::Build(const std::vector<std::string>& patterns) {
  Classify(patterns);
  int bad = -1;
  // Each failure demotes one pattern (exact -> prefilter -> absent), so
  // this ends; a failure naming no pattern demotes every exact one.
  while (!TryCompile(patterns, &bad)) {
    if (bad >= 0) {
      modes_[bad] = modes_[bad] == Mode::kExact ? Mode::kPrefilter
                                                : Mode::kAbsent;
      continue;
    }
    bool demoted = false;
    for (Mode& m : modes_) {
      if (m == Mode::kExact) m = Mode::kPrefilter, demoted = true;
    }
    if (!demoted) break;
  }
  if (!db_) modes_.assign(patterns.size(), Mode::kAbsent);
  return db_ != nullptr;
}

std::unique_ptr<CandidateScanner> CandidateScanner::Compile(
    const std::vector<std::string>& patterns) {
  std::unique_ptr<CandidateScanner> s(new CandidateScanner());
  if (!s->Build(patterns)) return s;
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(s->db_.get(), &scratch) != HS_SUCCESS) {
    s->db_.reset();
    s->modes_.assign(patterns.size(), Mode::kAbsent);
  }
  s->prototype_.reset(scratch);
  return s;
}

// Layout: magic, pattern count, per pattern its mode byte and max width,
// then hs_serialize_database's bytes (none when there is no database).
std::string CandidateScanner::Serialize() const {
  std::string out(kMagic);
  PutU32(static_cast<uint32_t>(modes_.size()), &out);
  for (size_t i = 0; i < modes_.size(); ++i) {
    out.push_back(static_cast<char>(modes_[i]));
    PutU32(widths_[i], &out);
  }
  char* bytes = nullptr;
  size_t length = 0;
  if (db_ && hs_serialize_database(db_.get(), &bytes, &length) == HS_SUCCESS) {
    out.append(bytes, length);
    std::free(bytes);
  }
  const uint64_t sum = Fnv1a(out);
  out.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  return out;
}

// `bytes` without their trailing checksum, or nullopt when it is wrong.
static std::optional<std::string_view> Checked(std::string_view bytes) {
  uint64_t sum = 0;
  if (bytes.size() < sizeof sum) return std::nullopt;
  std::memcpy(&sum, bytes.data() + bytes.size() - sizeof sum, sizeof sum);
  bytes.remove_suffix(sizeof sum);
  if (sum != Fnv1a(bytes)) return std::nullopt;
  return bytes;
}

bool CandidateScanner::ReadModes(std::string_view bytes, size_t count) {
  if (bytes.size() < kMagic.size() + 4 + 5 * count ||
      !bytes.starts_with(kMagic) || GetU32(bytes, kMagic.size()) != count)
    return false;
  for (size_t i = 0, at = kMagic.size() + 4; i < count; ++i, at += 5) {
    const auto mode = static_cast<unsigned char>(bytes[at]);
    if (mode > 2) return false;
    modes_.push_back(static_cast<Mode>(mode));
    widths_.push_back(GetU32(bytes, at + 1));
  }
  return true;
}

std::unique_ptr<CandidateScanner> CandidateScanner::Deserialize(
    std::string_view bytes, size_t count) {
  auto body = Checked(bytes);
  std::unique_ptr<CandidateScanner> s(new CandidateScanner());
  if (!body || !s->ReadModes(*body, count)) return nullptr;
  const std::string_view blob = body->substr(kMagic.size() + 4 + 5 * count);
  if (std::all_of(s->modes_.begin(), s->modes_.end(),
                  [](Mode m) { return m == Mode::kAbsent; }))
    return blob.empty() ? std::move(s) : nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(blob.data(), blob.size(), &db) != HS_SUCCESS)
    return nullptr;
  s->db_.reset(db);
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) return nullptr;
  s->prototype_.reset(scratch);
  return s;
}

HsScratch CandidateScanner::TakeScratch() const {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!pool_.empty()) {
      HsScratch s = std::move(pool_.back());
      pool_.pop_back();
      return s;
    }
  }
  hs_scratch_t* clone = nullptr;
  if (hs_clone_scratch(prototype_.get(), &clone) != HS_SUCCESS) return nullptr;
  return HsScratch(clone);
}

void CandidateScanner::GiveScratch(HsScratch s) const {
  std::lock_guard<std::mutex> lock(mu_);
  pool_.push_back(std::move(s));
}

bool CandidateScanner::Scan(std::string_view text,
                            std::vector<CandidateWindow>* out) const {
  if (!db_) return true;  // every rule is kAbsent: no windows to give
  if (text.size() > UINT_MAX || !IsValidUtf8(text)) return false;
  HsScratch scratch = TakeScratch();
  if (!scratch) return false;
  ScanState state{&modes_, &widths_, out,
                  std::vector<int64_t>(modes_.size(), -1)};
  const hs_error_t err =
      hs_scan(db_.get(), text.data(), static_cast<unsigned>(text.size()), 0,
              scratch.get(), OnMatch, &state);
  GiveScratch(std::move(scratch));
  return err == HS_SUCCESS;
}

}  // namespace annals
