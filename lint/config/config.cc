#include "lint/config/config.h"

#include <fnmatch.h>
#include <re2/re2.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "lint/base/strings.h"
#include "lint/catalog/catalog.h"
#include "lint/diag/make_diagnostic.h"
#include "lint/parse/toml_document.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;

class ConfigReader {
 public:
  ConfigReader(std::string_view path, const TomlDocument& doc,
               std::vector<Diagnostic>& errors)
      : path_(path), doc_(doc), errors_(errors) {}

  void Error(const toml::source_region& where, std::string_view reason) {
    Error(doc_.Span(where), reason);
  }

  // An error on the bytes of `span`, or on its first byte when it is empty.
  void Error(SourceSpan span, std::string_view reason) {
    if (span.end_line == span.line && span.end_column <= span.column) {
      span.end_column = span.column + 1;
    }
    const MessageArg args[] = {{"reason", reason}};
    errors_.push_back(MakeDiagnostic(path_, span, BuiltinRule(RuleId::kCF001),
                                     Severity::kError, args));
  }

  std::string Origin(const toml::source_region& where) const {
    return path_ + ":" + std::to_string(where.begin.line);
  }

  // A list of strings, or an error.
  std::optional<std::vector<std::string>> Strings(const toml::node& node,
                                                  std::string_view key) {
    const TomlTyped<toml::array> array = doc_.Get<toml::array>(node);
    if (!array) {
      Error(array.error.span, std::string(key) + " must be a list of strings");
      return std::nullopt;
    }
    std::vector<std::string> out;
    for (const toml::node& item : *array) {
      const TomlTyped<std::string> s = doc_.Get<std::string>(item);
      if (!s) {
        Error(s.error.span, std::string(key) + " must hold strings");
        return std::nullopt;
      }
      out.push_back(s->get());
    }
    return out;
  }

  std::optional<std::string> String(const toml::node& node,
                                    std::string_view key) {
    const TomlTyped<std::string> s = doc_.Get<std::string>(node);
    if (!s) {
      Error(s.error.span, std::string(key) + " must be a string");
      return std::nullopt;
    }
    return s->get();
  }

  std::optional<Severity> SeverityValue(const toml::node& node,
                                        std::string_view key) {
    std::optional<std::string> s = String(node, key);
    if (!s) return std::nullopt;
    std::optional<Severity> severity = ParseSeverity(*s);
    if (!severity) {
      Error(node.source(),
            std::string(key) + " must be \"error\", \"warning\" or \"info\"");
    }
    return severity;
  }

  void ReadCustomRule(const toml::node& node, std::vector<CustomRule>& out) {
    const TomlTyped<toml::table> t = doc_.Get<toml::table>(node);
    if (!t) {
      Error(t.error.span, "[[rule]] must be a table");
      return;
    }
    static const std::set<std::string> kKeys = {
        "id", "slug", "severity", "field", "pattern", "match", "message"};
    for (const auto& [key, value] : *t) {
      if (!kKeys.contains(std::string(key.str()))) {
        Error(value.source(),
              "unknown key '" + std::string(key.str()) + "' in [[rule]]");
      }
    }
    CustomRule rule;
    auto required = [&](std::string_view key) -> std::optional<std::string> {
      const toml::node* v = t->get(key);
      if (v == nullptr) {
        Error(node.source(), "[[rule]] needs '" + std::string(key) + "'");
        return std::nullopt;
      }
      return String(*v, key);
    };
    const size_t errors_before = errors_.size();
    std::optional<std::string> id = required("id");
    std::optional<std::string> slug = required("slug");
    std::optional<std::string> field = required("field");
    std::optional<std::string> pattern = required("pattern");
    std::optional<std::string> message = required("message");
    if (errors_.size() != errors_before) return;
    static const re2::RE2 kId("[A-Z][A-Z0-9]*[0-9]+");
    static const re2::RE2 kSlug("[a-z0-9]+(-[a-z0-9]+)*");
    const toml::source_region where = t->get("id")->source();
    if (!re2::RE2::FullMatch(*id, kId)) {
      Error(where, "custom rule id '" + *id +
                       "' must be upper-case letters followed by digits");
    } else if (FindBuiltinRule(*id) != nullptr) {
      Error(where, "custom rule id '" + *id + "' is a built-in rule's id");
    }
    if (!re2::RE2::FullMatch(*slug, kSlug)) {
      Error(t->get("slug")->source(), "slug '" + *slug + "' is not kebab-case");
    }
    if (!IsKnownField(*field)) {
      Error(t->get("field")->source(), "unknown field '" + *field + "'");
    }
    // A set, not a scan of `out`: 65,536 rules took half a minute.
    if (custom_ids_.contains(*id)) {
      Error(where, "duplicate custom rule id " + *id);
    }
    if (const toml::node* sev = t->get("severity")) {
      if (std::optional<Severity> s = SeverityValue(*sev, "severity")) {
        rule.severity = *s;
      }
    }
    if (const toml::node* match = t->get("match")) {
      std::optional<std::string> m = String(*match, "match");
      if (m && *m != "must" && *m != "must-not") {
        Error(match->source(), "match must be \"must\" or \"must-not\"");
      }
      rule.must_match = !m || *m == "must";
    }
    RE2::Options options;
    options.set_log_errors(false);
    rule.pattern = std::make_shared<const RE2>(*pattern, options);
    if (!rule.pattern->ok()) {
      Error(t->get("pattern")->source(),
            "rule " + *id + ": bad pattern: " + rule.pattern->error());
    }
    if (errors_.size() != errors_before) return;
    rule.id = *id;
    rule.slug = *slug;
    rule.field = *field;
    rule.message = *message;
    custom_ids_.insert(rule.id);
    out.push_back(std::move(rule));
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  const TomlDocument& doc_;
  std::vector<Diagnostic>& errors_;
  std::set<std::string> custom_ids_;  // of the rules read so far
};

bool SelectorMatchesAny(std::string_view selector,
                        const std::vector<CustomRule>& custom) {
  if (RulePolicy::NamesBuiltinRule(selector)) return true;
  return std::any_of(custom.begin(), custom.end(), [&](const CustomRule& r) {
    return RulePolicy::Matches(selector, r.id, r.slug);
  });
}

std::string Join(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    out += (i ? ", \"" : "\"") + items[i] + "\"";
  }
  return out + "]";
}

}  // namespace

std::optional<Config> ParseConfig(std::string_view path,
                                  std::string_view content,
                                  std::vector<Diagnostic>& errors) {
  TomlDocument doc(content);
  ConfigReader reader(path, doc, errors);
  if (std::optional<ParseError> error = doc.Parse()) {
    reader.Error(error->span, error->reason);
    return std::nullopt;
  }
  const toml::table& root = doc.root();
  Config config;
  config.path = std::string(path);
  std::vector<CustomRule> custom;
  const size_t errors_before = errors.size();
  // Custom rules first: selectors may name them.
  if (const toml::node* rules = root.get("rule")) {
    if (const TomlTyped<toml::array> array = doc.Get<toml::array>(*rules)) {
      for (const toml::node& node : *array) reader.ReadCustomRule(node, custom);
    } else {
      reader.Error(array.error.span,
                   "rule must be an array of tables [[rule]]");
    }
  }
  auto selectors = [&](const toml::node& node,
                       std::string_view key) -> std::vector<std::string> {
    std::optional<std::vector<std::string>> list = reader.Strings(node, key);
    if (!list) return {};
    for (const std::string& s : *list) {
      if (!SelectorMatchesAny(s, custom)) {
        reader.Error(node.source(),
                     std::string(key) + ": '" + s + "' matches no rule");
      }
    }
    return *list;
  };
  const std::string dir = fs::path(std::string(path)).parent_path().string();
  for (const auto& [key_node, value] : root) {
    const std::string key(key_node.str());
    const std::string origin = reader.Origin(value.source());
    if (key == "rule") continue;
    if (key == "select") {
      config.select = selectors(value, key);
      config.origins.push_back({key, Join(config.select), origin});
    } else if (key == "ignore") {
      config.ignore = selectors(value, key);
      config.origins.push_back({key, Join(config.ignore), origin});
    } else if (key == "fail-on") {
      config.fail_on = reader.SeverityValue(value, key);
      if (config.fail_on) {
        config.origins.push_back(
            {key, std::string(SeverityName(*config.fail_on)), origin});
      }
    } else if (key == "registry") {
      if (std::optional<std::string> r = reader.String(value, key)) {
        const fs::path p(*r);
        config.registry =
            p.is_absolute() || dir.empty() ? *r : (fs::path(dir) / p).string();
        config.origins.push_back({key, config.registry, origin});
      }
    } else if (key == "severity") {
      const TomlTyped<toml::table> table = doc.Get<toml::table>(value);
      if (!table) {
        reader.Error(table.error.span, "[severity] must be a table");
        continue;
      }
      for (const auto& [id, sev] : *table) {
        const std::string rule_id(id.str());
        bool known = FindBuiltinRule(rule_id) != nullptr;
        for (const CustomRule& c : custom) known = known || c.id == rule_id;
        if (!known) {
          reader.Error(sev.source(),
                       "severity: unknown rule id '" + rule_id + "'");
          continue;
        }
        if (std::optional<Severity> s = reader.SeverityValue(sev, rule_id)) {
          config.severity.emplace_back(rule_id, *s);
          config.origins.push_back({"severity." + rule_id,
                                    std::string(SeverityName(*s)),
                                    reader.Origin(sev.source())});
        }
      }
    } else if (key == "per-file-ignores") {
      const TomlTyped<toml::table> table = doc.Get<toml::table>(value);
      if (!table) {
        reader.Error(table.error.span, "[per-file-ignores] must be a table");
        continue;
      }
      for (const auto& [glob, list] : *table) {
        std::vector<std::string> ids = selectors(list, std::string(glob.str()));
        config.per_file_ignores.push_back({std::string(glob.str()), ids});
        config.origins.push_back({"per-file-ignores." + std::string(glob.str()),
                                  Join(ids), reader.Origin(list.source())});
      }
    } else {
      reader.Error(value.source(), "unknown key '" + key + "'");
    }
  }
  if (errors.size() != errors_before) return std::nullopt;
  // Select/ignore/severity apply to custom rules too.
  for (CustomRule& rule : custom) {
    rule.enabled = (config.select.empty() || AnyNames(config.select, rule)) &&
                   !AnyNames(config.ignore, rule);
    for (const auto& [id, sev] : config.severity) {
      if (id == rule.id) rule.severity = sev;
    }
    config.origins.push_back({"rule." + rule.id, rule.slug, config.path});
  }
  config.custom_rules = std::make_shared<const CustomRules>(std::move(custom));
  return config;
}

void Config::ApplyTo(RulePolicy& policy) const {
  // Selectors were validated against built-in and custom rules; those that
  // name only custom rules match no built-in one, which is not an error.
  std::vector<std::string> builtin_select;
  for (const std::string& s : select) {
    if (RulePolicy::NamesBuiltinRule(s)) builtin_select.push_back(s);
  }
  if (!select.empty()) {
    if (builtin_select.empty()) {
      policy.DisableAll();
    } else {
      (void)policy.Select(builtin_select);
    }
  }
  for (const std::string& s : ignore) {
    (void)policy.Ignore({s});
  }
  for (const auto& [id, severity] : this->severity) {
    if (const RuleInfo* rule = FindBuiltinRule(id)) {
      policy.OverrideSeverity(static_cast<RuleId>(rule - BuiltinRules().data()),
                              severity);
    }
  }
}

bool GlobMatches(std::string_view pattern, std::string_view path) {
  const std::string p(pattern), s(path);
  if (p.find('/') == std::string::npos) {
    const std::string name = fs::path(s).filename().string();
    return fnmatch(p.c_str(), name.c_str(), 0) == 0;
  }
  // "**" spans directories: FNM_PATHNAME off lets '*' match '/' as well.
  const int flags = p.find("**") != std::string::npos ? 0 : FNM_PATHNAME;
  return fnmatch(p.c_str(), s.c_str(), flags) == 0;
}

bool Config::IgnoredFor(std::string_view file, std::string_view rule_id,
                        std::string_view slug) const {
  if (per_file_ignores.empty()) return false;
  std::string relative(file);
  // Globs are relative to the directory of the .svclint.toml.
  fs::path dir = fs::path(path).parent_path();
  if (dir.empty()) dir = ".";
  {
    std::error_code ec;
    const fs::path rel = fs::relative(fs::path(std::string(file)), dir, ec);
    if (!ec && !rel.empty() && *rel.begin() != "..") relative = rel.string();
  }
  for (const PerFileIgnore& entry : per_file_ignores) {
    if (!GlobMatches(entry.glob, relative)) continue;
    for (const std::string& s : entry.selectors) {
      if (RulePolicy::Matches(s, rule_id, slug)) return true;
    }
  }
  return false;
}

std::optional<std::string> FindConfigFile(std::string_view start_dir) {
  std::error_code ec;
  fs::path dir =
      fs::absolute(fs::path(std::string(start_dir)), ec).lexically_normal();
  if (ec) return std::nullopt;
  const fs::path cwd = fs::current_path(ec);
  while (true) {
    const fs::path candidate = dir / ".svclint.toml";
    if (fs::is_regular_file(candidate, ec)) {
      // Shown relative to the working directory when it is below it, as
      // the linted paths are.
      const fs::path relative = candidate.lexically_relative(cwd);
      if (!cwd.empty() && !relative.empty() && *relative.begin() != "..") {
        return relative.string();
      }
      return candidate.string();
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

}  // namespace svclint
