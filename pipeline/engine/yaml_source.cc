#include "pipeline/engine/yaml_source.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace annals {
namespace {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> Suggest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t d = EditDistance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

Result<YamlSource> YamlSource::Parse(std::string file, const std::string& text) {
  YamlSource src;
  src.file_ = std::move(file);
  try {
    src.root_ = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Status::RuleError(e.msg, {src.file_, e.mark.line + 1, e.mark.column + 1});
  }
  return src;
}

YamlSource YamlSource::FromNode(std::string file, YAML::Node root) {
  YamlSource src;
  src.file_ = std::move(file);
  src.root_ = std::move(root);
  return src;
}

Result<YamlSource> YamlSource::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open rule file", path);
  std::stringstream buf;
  buf << in.rdbuf();
  return Parse(path, buf.str());
}

SourceLocation YamlSource::Where(const YAML::Node& node) const {
  YAML::Mark m = node.Mark();
  if (m.is_null()) return {file_, 0, 0};
  return {file_, m.line + 1, m.column + 1};
}

std::optional<std::string> YamlSource::Scalar(const YAML::Node& node,
                                              std::string_view what,
                                              Diagnostics* diags) const {
  if (!node.IsScalar()) {
    diags->push_back(Status::RuleError(
        fmt::format("{} must be a string", what), Where(node)));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<int> YamlSource::Int(const YAML::Node& node, std::string_view what,
                                   Diagnostics* diags) const {
  if (node.IsScalar()) {
    try {
      return node.as<int>();
    } catch (const YAML::Exception&) {
    }
  }
  diags->push_back(Status::RuleError(
      fmt::format("{} must be an integer", what), Where(node)));
  return std::nullopt;
}

std::vector<std::string> YamlSource::StringList(const YAML::Node& node,
                                                std::string_view what,
                                                Diagnostics* diags) const {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      if (auto s = Scalar(item, what, diags)) out.push_back(*s);
    }
  } else {
    diags->push_back(Status::RuleError(
        fmt::format("{} must be a string or a list of strings", what),
        Where(node)));
  }
  return out;
}

void YamlSource::CheckKeys(const YAML::Node& map,
                           const std::vector<std::string>& known,
                           std::string_view context, const std::string& rule_id,
                           Diagnostics* diags) const {
  std::set<std::string> seen;
  for (const auto& kv : map) {
    std::string key = kv.first.Scalar();
    if (!seen.insert(key).second) {
      // YAML keeps both; annals would silently use one of them.
      diags->push_back(Status::RuleError(fmt::format("duplicate key '{}' in {}", key, context),
                                         Where(kv.first), rule_id));
      continue;
    }
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string msg = fmt::format("unknown key '{}' in {}", key, context);
    if (auto hint = Suggest(key, known)) msg += fmt::format(" (did you mean '{}'?)", *hint);
    diags->push_back(Status::RuleError(msg, Where(kv.first), rule_id));
  }
}

}  // namespace annals
