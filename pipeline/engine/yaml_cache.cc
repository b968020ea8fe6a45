#include "pipeline/engine/yaml_cache.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>
#include <utility>
#include <vector>

#include "pipeline/engine/byte_writer.h"

namespace annals {
namespace {

// Format 2: Hash64 names and checks entries (format 1 used FNV-1a, a byte
// a step), so a format-1 file is never even looked at.
constexpr std::string_view kMagic = "annals-yaml-cache 2\n";
constexpr std::string_view kBlobMagic = "annals-blob-cache 2\n";
constexpr std::string_view kBookMagic = "annals-book-cache 2\n";
// Aliases can make a small file a huge tree; such a file is not cached.
constexpr size_t kMaxNodesPerByte = 4;
// Maps of at most this many pairs get their scalar values in place.
constexpr uint64_t kInPlacePairs = 64;

// A 64-bit hash taking 8 bytes a step: the book entry (book_cache.h) is
// megabytes, checked and named at every start, and FNV-1a's byte a step
// was a tenth of a warm start. Each step is a bijection of the state, so
// one changed word always changes the result. Not cryptographic: it
// guards against damage and names files, nothing adversarial.
uint64_t Hash64(std::string_view s, uint64_t h = 14695981039346656037ull) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
  }
  uint64_t tail = s.size() - i;  // the tail's length, then its bytes
  for (; i < s.size(); ++i)
    tail = (tail << 8) | static_cast<unsigned char>(s[i]);
  h = (h ^ tail) * kMul;
  h = (h ^ s.size()) * kMul;
  return h ^ (h >> 32);
}

// Pre-order, each node its kind and tag: 'n' null, 's' scalar text,
// 'q' count items, 'm' count pairs.
bool Write(const YAML::Node& node, size_t* budget, std::string* out) {
  if (*budget == 0) return false;
  --*budget;
  const YAML::NodeType::value type = node.Type();
  out->push_back(type == YAML::NodeType::Scalar     ? 's'
                 : type == YAML::NodeType::Sequence ? 'q'
                 : type == YAML::NodeType::Map      ? 'm'
                                                    : 'n');
  PutString(node.Tag(), out);
  switch (type) {
    case YAML::NodeType::Scalar:
      PutString(node.Scalar(), out);
      return true;
    case YAML::NodeType::Sequence:
      PutNumber(node.size(), out);
      for (const auto& item : node) {
        if (!Write(item, budget, out)) return false;
      }
      return true;
    case YAML::NodeType::Map:
      PutNumber(node.size(), out);
      for (const auto& kv : node) {
        if (!Write(kv.first, budget, out) || !Write(kv.second, budget, out))
          return false;
      }
      return true;
    default:
      return true;
  }
}

// Reads what Write wrote; any inconsistency makes the whole entry invalid.
// The tree is built top-down: each node is linked into its parent while it
// is still alone, then filled. yaml-cpp merges the whole memory of a node
// into its parent's when it is linked, so building bottom-up copied every
// node once per level above it (a third of reading the bundled rules).
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  std::optional<YAML::Node> Node(int depth = 0) {
    char kind = 0;
    auto n = Head(depth, &kind);
    if (!n || !Fill(*n, kind, depth)) return std::nullopt;
    return n;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  // A node's kind and tag: a scalar with its text, an empty sequence or
  // map (Fill adds the children once the node is linked).
  std::optional<YAML::Node> Head(int depth, char* kind) {
    if (pos_ >= in_.size() || depth > 1000) return std::nullopt;
    *kind = in_[pos_++];
    auto tag = String();
    if (!tag) return std::nullopt;
    std::optional<YAML::Node> n;
    if (*kind == 'n') n.emplace(YAML::NodeType::Null);
    if (*kind == 's') n = Scalar();
    if (*kind == 'q') n.emplace(YAML::NodeType::Sequence);
    if (*kind == 'm') n.emplace(YAML::NodeType::Map);
    if (n) n->SetTag(std::string(*tag));
    return n;
  }
  bool Fill(YAML::Node& n, char kind, int depth) {
    if (kind == 'q') return Sequence(n, depth);
    if (kind == 'm') return Map(n, depth);
    return true;
  }
  std::optional<YAML::Node> Scalar() {
    auto value = String();
    if (!value) return std::nullopt;
    return YAML::Node{std::string(*value)};
  }
  bool Sequence(YAML::Node& n, int depth) {
    auto count = Number();
    if (!count || *count > in_.size()) return false;
    for (uint64_t i = 0; i < *count; ++i) {
      if (AtScalar()) {
        if (!InPlaceScalar(n[static_cast<size_t>(i)], depth + 1)) return false;
        continue;
      }
      char kind = 0;
      auto item = Head(depth + 1, &kind);
      if (!item) return false;
      n.push_back(*item);
      if (!Fill(*item, kind, depth + 1)) return false;
    }
    return true;
  }
  // A scalar value of a small map is made in place too: n[key] compares
  // keys by identity, so a key written twice stays twice (as force_insert
  // keeps it), but its scan is linear, hence the bound.
  bool Map(YAML::Node& n, int depth) {
    auto count = Number();
    if (!count || *count > in_.size()) return false;
    for (uint64_t i = 0; i < *count; ++i) {
      auto key = Node(depth + 1);
      if (!key) return false;
      if (*count <= kInPlacePairs && AtScalar()) {
        if (!InPlaceScalar(n[*key], depth + 1)) return false;
        continue;
      }
      char kind = 0;
      auto value = Head(depth + 1, &kind);
      if (!value) return false;
      n.force_insert(*key, *value);
      if (!Fill(*value, kind, depth + 1)) return false;
    }
    return true;
  }
  bool AtScalar() const { return pos_ < in_.size() && in_[pos_] == 's'; }
  // Fills `node`, just appended to its parent by n[i] or n[key], with the
  // scalar here: such a node lives in its parent's memory, so it has no
  // memory of its own to allocate, merge and free (most of the nodes of
  // the bundled rules: forms, fields, examples).
  bool InPlaceScalar(YAML::Node node, int depth) {
    if (depth > 1000) return false;
    ++pos_;  // the kind, 's'
    auto tag = String();
    auto value = tag ? String() : std::nullopt;
    if (!value) return false;
    node = std::string(*value);
    node.SetTag(std::string(*tag));
    return true;
  }
  std::optional<uint64_t> Number() {
    uint64_t n = 0;
    for (int shift = 0; shift < 64 && pos_ < in_.size(); shift += 7) {
      unsigned char b = in_[pos_++];
      n |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return n;
    }
    return std::nullopt;
  }
  std::optional<std::string_view> String() {
    auto size = Number();
    if (!size || *size > in_.size() - pos_) return std::nullopt;
    std::string_view s = in_.substr(pos_, *size);
    pos_ += *size;
    return s;
  }

  std::string_view in_;
  size_t pos_ = 0;
};

// The whole file in one read (a stringstream copied it twice over).
std::optional<std::string> ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size < 0) return std::nullopt;
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(data.data(), size)) return std::nullopt;
  return data;
}

}  // namespace

std::string YamlCache::Path(std::string_view magic, const std::string& name,
                            const std::string& key, const char* ext) const {
  uint64_t h = Hash64(magic);
  for (std::string_view part : {std::string_view(version_),
                                std::string_view(name), std::string_view(key)}) {
    h = Hash64(part, Hash64(std::to_string(part.size()), h));
  }
  return (std::filesystem::path(dir_) / fmt::format("{:016x}.{}", h, ext))
      .string();
}

std::string YamlCache::PathFor(const std::string& file,
                               const std::string& text) const {
  return Path(kMagic, file, text, "yc");
}

std::string YamlCache::BlobPathFor(const std::string& name,
                                   const std::string& key) const {
  return Path(kBlobMagic, name, key, "ycb");
}

std::optional<std::string> YamlCache::ReadEntry(const std::string& path,
                                                std::string_view magic) {
  auto data = ReadWhole(path);
  if (!data || data->size() < magic.size() + 8 || !data->starts_with(magic))
    return std::nullopt;
  uint64_t sum = 0;
  data->copy(reinterpret_cast<char*>(&sum), 8, magic.size());
  std::string body = data->substr(magic.size() + 8);
  if (sum != Hash64(body)) return std::nullopt;
  return body;
}

bool YamlCache::WriteEntry(const std::string& path, std::string_view magic,
                           const std::string& body) const {
  uint64_t sum = Hash64(body);
  std::string data(magic);
  data.append(reinterpret_cast<const char*>(&sum), 8);
  data += body;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // Unique per process and thread: concurrent runs each rename their own.
  const std::string tmp =
      fmt::format("{}.{}.{}.tmp", path, ::getpid(),
                  std::hash<std::thread::id>()(std::this_thread::get_id()));
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out || !out.write(data.data(), data.size())) return false;
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

// Layout: magic, checksum of the rest, text size, text, tree.
std::optional<YAML::Node> YamlCache::Get(const std::string& file,
                                         const std::string& text) const {
  auto body = ReadEntry(PathFor(file, text), kMagic);
  if (!body) return std::nullopt;
  std::string stored;
  PutString(text, &stored);  // the exact text, never a hash alone
  if (!body->starts_with(stored)) return std::nullopt;
  Reader tree(std::string_view(*body).substr(stored.size()));
  auto root = tree.Node();
  if (!root || !tree.AtEnd()) return std::nullopt;
  return root;
}

bool YamlCache::Put(const std::string& file, const std::string& text,
                    const YAML::Node& root) const {
  std::string body;
  PutString(text, &body);
  size_t budget = kMaxNodesPerByte * (text.size() + 16);
  if (!Write(root, &budget, &body)) return false;
  return WriteEntry(PathFor(file, text), kMagic, body);
}

// Layout: magic, checksum of the rest, key size, key, bytes.
std::optional<std::string> YamlCache::ReadKeyed(const std::string& path,
                                                std::string_view magic,
                                                std::string_view key) {
  auto body = ReadEntry(path, magic);
  if (!body) return std::nullopt;
  std::string stored;
  PutString(key, &stored);  // the exact key, never a hash alone
  if (!body->starts_with(stored)) return std::nullopt;
  return body->substr(stored.size());
}

bool YamlCache::WriteKeyed(const std::string& path, std::string_view magic,
                           std::string_view key, std::string_view bytes) const {
  std::string body;
  PutString(key, &body);
  body.append(bytes);
  return WriteEntry(path, magic, body);
}

void YamlCache::Touch(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;  // a read-only cache still serves; only pruning is off
  fs::last_write_time(path, fs::file_time_type::clock::now(), ec);
}

void YamlCache::Prune(std::string_view ext, const std::string& written) const {
  namespace fs = std::filesystem;
  const fs::path mine = fs::path(written).filename();
  std::vector<std::pair<fs::file_time_type, fs::path>> others;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    // Temporary files end in ".tmp": a write in progress is never seen.
    if (p.extension() != ext || p.filename() == mine) continue;
    std::error_code gone;  // removed by another process meanwhile
    auto used = fs::last_write_time(p, gone);
    if (!gone) others.emplace_back(used, p);
  }
  if (others.size() < kKeep) return;
  std::sort(others.begin(), others.end(), std::greater<>());
  for (size_t i = kKeep - 1; i < others.size(); ++i) {
    std::error_code failed;  // best effort: the next Put tries again
    fs::remove(others[i].second, failed);
  }
}

std::optional<std::string> YamlCache::GetBlob(const std::string& name,
                                              const std::string& key) const {
  const std::string path = BlobPathFor(name, key);
  auto bytes = ReadKeyed(path, kBlobMagic, key);
  if (bytes) Touch(path);
  return bytes;
}

bool YamlCache::PutBlob(const std::string& name, const std::string& key,
                        std::string_view bytes) const {
  const std::string path = BlobPathFor(name, key);
  if (!WriteKeyed(path, kBlobMagic, key, bytes)) return false;
  Prune(".ycb", path);
  return true;
}

std::string YamlCache::BookPathFor(const std::string& key) const {
  return Path(kBookMagic, "book", key, "ycbook");
}

std::optional<std::string> YamlCache::GetBook(const std::string& key) const {
  const std::string path = BookPathFor(key);
  auto bytes = ReadKeyed(path, kBookMagic, version_ + "\n" + key);
  if (bytes) Touch(path);
  return bytes;
}

bool YamlCache::PutBook(const std::string& key, std::string_view bytes) const {
  const std::string path = BookPathFor(key);
  if (!WriteKeyed(path, kBookMagic, version_ + "\n" + key, bytes)) return false;
  Prune(".ycbook", path);
  return true;
}

}  // namespace annals
