// YamlSource: a parsed YAML file that remembers where every node came from.
//
// Wraps yaml-cpp so the rest of annals speaks in SourceLocations and
// Diagnostics instead of YAML::Mark and exceptions. yaml-cpp throws on bad
// syntax and on bad conversions; those exceptions stop here and become
// "file:line:col: error: ..." Statuses.
//
// Thread-safety: not shared; a loader owns its YamlSource while reading.
#ifndef ANNALS_PIPELINE_ENGINE_YAML_SOURCE_H_
#define ANNALS_PIPELINE_ENGINE_YAML_SOURCE_H_

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"

namespace annals {

class YamlSource {
 public:
  // Parses `text` as the contents of `file` (used only for messages).
  // Example: auto src = YamlSource::Parse("rules/a.yaml", "timex: []");
  static Result<YamlSource> Parse(std::string file, const std::string& text);
  // A tree parsed before (YamlCache): it has no source positions, so
  // Where() gives line 0.
  static YamlSource FromNode(std::string file, YAML::Node root);
  // Reads and parses a file from disk.
  static Result<YamlSource> Load(const std::string& path);

  const std::string& file() const { return file_; }
  const YAML::Node& root() const { return root_; }

  // Where `node` starts in this file.
  SourceLocation Where(const YAML::Node& node) const;

  // A scalar as a string; nullopt (and a diagnostic) when not a scalar.
  std::optional<std::string> Scalar(const YAML::Node& node,
                                    std::string_view what,
                                    Diagnostics* diags) const;
  // A scalar as an int; nullopt (and a diagnostic) when not an integer.
  std::optional<int> Int(const YAML::Node& node, std::string_view what,
                         Diagnostics* diags) const;
  // A scalar or a sequence of scalars, as a list of strings.
  std::vector<std::string> StringList(const YAML::Node& node,
                                      std::string_view what,
                                      Diagnostics* diags) const;

  // Reports every key of `map` not in `known`, with a did-you-mean hint,
  // and every key written twice.
  void CheckKeys(const YAML::Node& map, const std::vector<std::string>& known,
                 std::string_view context, const std::string& rule_id,
                 Diagnostics* diags) const;

 private:
  std::string file_;
  YAML::Node root_;
};

// The closest of `candidates` to `word` by edit distance, if close enough to
// be a likely typo. Example: Suggest("patern", {"pattern"}) == "pattern".
std::optional<std::string> Suggest(std::string_view word,
                                   const std::vector<std::string>& candidates);

}  // namespace annals

#endif  // ANNALS_PIPELINE_ENGINE_YAML_SOURCE_H_
