#include "pipeline/engine/template.h"

#include <re2/re2.h>

namespace annals {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t");
  size_t e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Template Template::Parse(std::string source) {
  Template t;
  t.source_ = source;
  std::string literal;
  for (size_t i = 0; i < source.size();) {
    if (source[i] != '$' || i + 1 >= source.size() || !IsNameChar(source[i + 1])) {
      literal += source[i++];
      continue;
    }
    if (!literal.empty()) t.parts_.push_back({std::move(literal), "", ""});
    literal.clear();
    size_t j = i + 1;
    while (j < source.size() && IsNameChar(source[j])) ++j;
    Part p{"", source.substr(i + 1, j - i - 1), ""};
    if (j + 1 < source.size() && source[j] == '.' && IsNameChar(source[j + 1])) {
      size_t k = j + 1;
      while (k < source.size() && (IsNameChar(source[k]) || source[k] == '.')) ++k;
      p.field = source.substr(j + 1, k - j - 1);
      j = k;
    }
    t.parts_.push_back(std::move(p));
    i = j;
  }
  if (!literal.empty()) t.parts_.push_back({std::move(literal), "", ""});
  return t;
}

std::string Template::Render(const CaptureLookup& lookup) const {
  std::string out;
  for (const auto& p : parts_) {
    if (p.capture.empty()) {
      out += p.literal;
    } else if (auto v = lookup(p.capture, p.field)) {
      out += *v;
    }
  }
  return out;
}

std::vector<std::string> Template::Captures() const {
  std::vector<std::string> out;
  for (const auto& p : parts_) {
    if (!p.capture.empty()) out.push_back(p.capture);
  }
  return out;
}

bool Template::IsSingleCapture() const {
  return parts_.size() == 1 && !parts_[0].capture.empty() && parts_[0].field.empty();
}

Result<Call> Call::Parse(const std::string& source) {
  static const LazyRE2 kCall = {R"(\s*([a-z_][a-z0-9_]*)\((.*)\)\s*)"};
  Call call;
  std::string fn, body;
  if (!RE2::FullMatch(source, *kCall, &fn, &body)) {
    call.function = "literal";
    call.args.emplace_back("value", Template::Parse(source));
    return call;
  }
  call.function = fn;
  size_t start = 0;
  while (start <= body.size()) {
    size_t comma = body.find(',', start);
    std::string arg = Trim(body.substr(start, comma == std::string::npos
                                                  ? std::string::npos
                                                  : comma - start));
    start = comma == std::string::npos ? body.size() + 1 : comma + 1;
    if (arg.empty()) continue;
    size_t eq = arg.find('=');
    if (eq == std::string::npos) {
      return Status::Error(Status::Code::kInvalidArgument,
                           "argument '" + arg + "' of " + fn +
                               "() must be written name=value");
    }
    call.args.emplace_back(Trim(arg.substr(0, eq)),
                           Template::Parse(Trim(arg.substr(eq + 1))));
  }
  return call;
}

std::vector<std::pair<std::string, std::string>> Call::Render(
    const CaptureLookup& lookup) const {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(args.size());
  for (const auto& [name, tmpl] : args) out.emplace_back(name, tmpl.Render(lookup));
  return out;
}

}  // namespace annals
