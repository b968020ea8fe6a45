// YamlCache: parsed rule files kept on disk, so start-up does not parse an
// unchanged file again.
//
// Design: yaml-cpp parses about 1.5 kB per million instructions; the
// bundled rules (640 kB) cost a billion instructions, over half of the
// start-up of `annals tag` (docs/PERFORMANCE.md). A cache file holds one
// parsed file as a compact tree (null, scalar with its tag, sequence, map;
// a binary pre-order walk) plus the exact text it was parsed from. It is
// named by a hash of the format, the annals version, the file name and the
// text, under the directory given (the CLI gives $XDG_CACHE_HOME/annals,
// else ~/.cache/annals). Never trusted: a file whose magic, length,
// checksum or stored text do not match is ignored (and rewritten by the
// next Put); writes go to a temporary file renamed into place, so readers
// never see half a file and concurrent runs are safe.
//
// A cached tree has no source positions (YAML::Mark): a load from the
// cache that reports anything is done again from the text (RuleBook), so
// every message still says file:line:col.
//
// Besides parsed files, it keeps opaque blobs (GetBlob/PutBlob: the
// marker of a rule text whose checks all passed; GetBook/PutBook: a whole
// checked rule book), stored the same way: named by a hash of the format,
// version, name and key, holding the exact key and a checksum, written
// atomically, never trusted.
//
// Growth: every edit of the rules makes a new book (~2 MB) and vouching
// blob, and the old ones are never read again. A hit renews its entry's
// modification time (its last use); each PutBook/PutBlob then removes
// the entries of its own kind (".ycbook", ".ycb") beyond the kKeep most
// recently used, never the entry it wrote. Removal is best effort: one
// that fails, or races another process's, is ignored, and a reader
// whose entry went misses and rebuilds it. Parsed files (".yc") are
// small and not pruned.
//
// Thread-safety: const methods may be called from many threads at once.
#ifndef ANNALS_PIPELINE_ENGINE_YAML_CACHE_H_
#define ANNALS_PIPELINE_ENGINE_YAML_CACHE_H_

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace annals {

class YamlCache {
 public:
  // `dir` is created on the first Put; `version` is part of every key
  // (the binary's version: another build never reads this one's files).
  YamlCache(std::string dir, std::string version)
      : dir_(std::move(dir)), version_(std::move(version)) {}

  // The tree cached for `text` of `file`, or nullopt (absent, stale or
  // corrupt). Example: cache.Get("rules/a.yaml", text)
  std::optional<YAML::Node> Get(const std::string& file,
                                const std::string& text) const;

  // Stores the tree `root` parsed from `text`; false when it could not
  // be written (the cache is an optimization: callers go on without it).
  bool Put(const std::string& file, const std::string& text,
           const YAML::Node& root) const;

  // Where the entry for `text` of `file` lives (for tests and messages).
  std::string PathFor(const std::string& file, const std::string& text) const;

  // The bytes last stored under `name` for exactly `key`, or nullopt
  // (absent, stale, truncated or corrupt).
  // Example: cache.GetBlob("checked", rule_text)
  std::optional<std::string> GetBlob(const std::string& name,
                                     const std::string& key) const;
  // Stores `bytes` for `key`; false when it could not be written.
  bool PutBlob(const std::string& name, const std::string& key,
               std::string_view bytes) const;
  std::string BlobPathFor(const std::string& name,
                          const std::string& key) const;

  // How many entries of one kind (books; blobs) a Put keeps, the one it
  // wrote included: a few rule sets, each for `run` and `tag`.
  static constexpr size_t kKeep = 8;

  // The same for a whole checked rule book (book_cache.h), in files of
  // its own (".ycbook"); its stored key includes the version too, so the
  // version is compared exactly, not only hashed into the name.
  std::optional<std::string> GetBook(const std::string& key) const;
  bool PutBook(const std::string& key, std::string_view bytes) const;
  std::string BookPathFor(const std::string& key) const;

 private:
  std::string Path(std::string_view magic, const std::string& name,
                   const std::string& key, const char* ext) const;
  // Magic, checksum of the body, body; written to a temporary file
  // renamed into place.
  bool WriteEntry(const std::string& path, std::string_view magic,
                  const std::string& body) const;
  // The body of the entry at `path` when its magic and checksum hold.
  static std::optional<std::string> ReadEntry(const std::string& path,
                                              std::string_view magic);
  // The bytes after `key` in the entry at `path`, when it holds exactly
  // `key`; and the entry holding `key` then `bytes`.
  static std::optional<std::string> ReadKeyed(const std::string& path,
                                              std::string_view magic,
                                              std::string_view key);
  bool WriteKeyed(const std::string& path, std::string_view magic,
                  std::string_view key, std::string_view bytes) const;
  // Marks the entry at `path` used now (its modification time).
  static void Touch(const std::string& path);
  // Removes the files of `dir_` ending in `ext` beyond the kKeep most
  // recently used, `written` counted first and never removed.
  void Prune(std::string_view ext, const std::string& written) const;

  std::string dir_;
  std::string version_;
};

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_YAML_CACHE_H_
