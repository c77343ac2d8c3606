// Compiles the rule catalogue (rules/*.toml) into C++ at build time.
//
//   catalog_gen OUT/rule_ids.h OUT/catalog_data.cc rules/sn.toml rules/st.toml
//
// Writes the `RuleId` enum (one enumerator per rule, in id order) and the
// constant tables behind BuiltinRules(). Every entry is validated here, so
// a malformed catalogue fails the build with file:line:col, never the run.
// This is build tooling: toml++'s exceptions are caught in main() alone.

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Variant {
  std::string name, severity, message;
};

struct Rule {
  std::string id, slug, severity, summary, message, fix, reference, docs,
      check_as;
  std::vector<std::string> flagged, clean;
  std::vector<Variant> variants;
  bool opt_in = false;  // off unless --select or `select` names it
  std::string where;    // file:line:col, for error messages
};

[[noreturn]] void Fail(const std::string& where, const std::string& what) {
  std::cerr << where << ": error: " << what << "\n";
  std::exit(1);
}

std::string Where(const std::string& file, const toml::source_region& src) {
  std::ostringstream out;
  out << file << ":" << src.begin.line << ":" << src.begin.column;
  return out.str();
}

std::string RequireString(const toml::table& t, std::string_view key,
                          const std::string& where, bool required = true) {
  const toml::node* node = t.get(key);
  if (node == nullptr) {
    if (required) Fail(where, "missing key '" + std::string(key) + "'");
    return "";
  }
  const auto* value = node->as_string();
  if (value == nullptr) {
    Fail(where, "'" + std::string(key) + "' must be a string");
  }
  std::string text = value->get();
  // Multi-line docs start with a newline after """ in TOML; trim the end.
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  if (required && text.empty()) {
    Fail(where, "'" + std::string(key) + "' must not be empty");
  }
  return text;
}

std::vector<std::string> StringList(const toml::table& t, std::string_view key,
                                    const std::string& where) {
  std::vector<std::string> out;
  const toml::node* node = t.get(key);
  if (node == nullptr) return out;
  const toml::array* array = node->as_array();
  if (array == nullptr)
    Fail(where, "'" + std::string(key) + "' must be a list");
  for (const toml::node& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr)
      Fail(where, "'" + std::string(key) + "' holds a non-string");
    out.push_back(s->get());
  }
  return out;
}

void CheckSeverity(const std::string& severity, const std::string& where) {
  if (severity != "error" && severity != "warning" && severity != "info") {
    Fail(where,
         "severity must be error, warning or info, not '" + severity + "'");
  }
}

std::vector<Rule> ReadCatalogue(const std::string& file) {
  toml::table root = toml::parse_file(file);
  std::vector<Rule> rules;
  for (const auto& [key, node] : root) {
    if (key.str() != "rule") {
      Fail(Where(file, node.source()),
           "unknown top-level key '" + std::string(key.str()) + "'");
    }
  }
  const toml::array* array = root["rule"].as_array();
  if (array == nullptr) Fail(file, "expected [[rule]] tables");
  static const std::set<std::string> kKeys = {
      "id",    "slug",     "severity",  "summary",  "message",
      "fix",   "docs",     "reference", "check_as", "flagged",
      "clean", "variants", "opt_in"};
  static const std::regex kIdPattern("^[A-Z]{2}[0-9]{3}$");
  static const std::regex kSlugPattern("^[a-z0-9]+(-[a-z0-9]+)*$");
  for (const toml::node& node : *array) {
    const toml::table* t = node.as_table();
    const std::string where = Where(file, node.source());
    if (t == nullptr) Fail(where, "a rule must be a table");
    for (const auto& [key, value] : *t) {
      if (!kKeys.contains(std::string(key.str()))) {
        Fail(Where(file, value.source()),
             "unknown rule key '" + std::string(key.str()) + "'");
      }
    }
    Rule rule;
    rule.where = where;
    rule.id = RequireString(*t, "id", where);
    if (!std::regex_match(rule.id, kIdPattern)) {
      Fail(where, "id '" + rule.id + "' is not two letters and three digits");
    }
    rule.slug = RequireString(*t, "slug", where);
    if (!std::regex_match(rule.slug, kSlugPattern)) {
      Fail(where, "slug '" + rule.slug + "' is not kebab-case");
    }
    rule.severity = RequireString(*t, "severity", where);
    CheckSeverity(rule.severity, where);
    rule.summary = RequireString(*t, "summary", where);
    rule.message = RequireString(*t, "message", where);
    rule.fix = RequireString(*t, "fix", where, /*required=*/false);
    rule.reference = RequireString(*t, "reference", where);
    rule.docs = RequireString(*t, "docs", where);
    rule.check_as = RequireString(*t, "check_as", where, /*required=*/false);
    static const std::set<std::string> kKinds = {"",        "name",     "type",
                                                 "subtype", "instance", "txt"};
    if (!kKinds.contains(rule.check_as)) {
      Fail(where, "check_as must be name, type, subtype, instance or txt");
    }
    if (const toml::node* opt_in = t->get("opt_in")) {
      const std::optional<bool> value = opt_in->value<bool>();
      if (!value) Fail(where, "opt_in must be true or false");
      rule.opt_in = *value;
    }
    rule.flagged = StringList(*t, "flagged", where);
    rule.clean = StringList(*t, "clean", where);
    if (const toml::table* variants = (*t)["variants"].as_table()) {
      for (const auto& [name, value] : *variants) {
        const toml::table* v = value.as_table();
        const std::string vwhere = Where(file, value.source());
        if (v == nullptr) Fail(vwhere, "a variant must be a table");
        Variant variant{std::string(name.str()),
                        RequireString(*v, "severity", vwhere),
                        RequireString(*v, "message", vwhere)};
        CheckSeverity(variant.severity, vwhere);
        rule.variants.push_back(std::move(variant));
      }
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

// A C++ string literal for `text`; octal escapes keep UTF-8 bytes exact.
std::string Literal(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n\"\n    \"";
    } else if (c >= 0x20 && c < 0x7f && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

std::string SeverityEnum(const std::string& severity) {
  if (severity == "error") return "Severity::kError";
  if (severity == "warning") return "Severity::kWarning";
  return "Severity::kInfo";
}

// Leaves an unchanged file alone, so Ninja (restat) does not rebuild
// everything that includes it when only the generator was rebuilt.
void WriteFile(const std::string& path, const std::string& content) {
  {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream old;
    old << in.rdbuf();
    if (in && old.str() == content) return;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  if (!out) Fail(path, "cannot write");
}

std::string StringArray(const std::string& name,
                        const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string out = "constexpr std::string_view " + name + "[] = {\n";
  for (const std::string& item : items) out += "    " + Literal(item) + ",\n";
  return out + "};\n";
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 4) {
    std::cerr
        << "usage: catalog_gen rule_ids.h catalog_data.cc rules.toml...\n";
    return 2;
  }
  std::vector<Rule> rules;
  for (int i = 3; i < argc; ++i) {
    std::vector<Rule> more = ReadCatalogue(argv[i]);
    rules.insert(rules.end(), more.begin(), more.end());
  }
  std::sort(rules.begin(), rules.end(),
            [](const Rule& a, const Rule& b) { return a.id < b.id; });
  std::map<std::string, std::string> slugs;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (i > 0 && rules[i].id == rules[i - 1].id) {
      Fail(rules[i].where, "duplicate id " + rules[i].id + " (also at " +
                               rules[i - 1].where + ")");
    }
    if (auto [it, fresh] = slugs.emplace(rules[i].slug, rules[i].where);
        !fresh) {
      Fail(rules[i].where,
           "duplicate slug " + rules[i].slug + " (also at " + it->second + ")");
    }
  }

  std::string ids =
      "// Generated by tools/catalog_gen.cc from rules/*.toml. Do not edit.\n"
      "#ifndef SVCLINT_GEN_RULE_IDS_H_\n#define SVCLINT_GEN_RULE_IDS_H_\n\n"
      "#include <cstddef>\n#include <cstdint>\n\nnamespace svclint {\n\n"
      "enum class RuleId : uint16_t {\n";
  for (const Rule& rule : rules)
    ids += "  k" + rule.id + ",  // " + rule.slug + "\n";
  ids += "};\n\ninline constexpr size_t kBuiltinRuleCount = " +
         std::to_string(rules.size()) +
         ";\n\n}  // namespace svclint\n\n#endif  // SVCLINT_GEN_RULE_IDS_H_\n";

  std::string data =
      "// Generated by tools/catalog_gen.cc from rules/*.toml. Do not edit.\n"
      "#include <iterator>\n\n#include \"lint/catalog/catalog.h\"\n"
      "#include \"lint/catalog/opt_in.h\"\n\nnamespace svclint {\nnamespace "
      "{\n\n";
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    const std::string n = std::to_string(i);
    data += StringArray("kFlagged" + n, rule.flagged);
    data += StringArray("kClean" + n, rule.clean);
    if (!rule.variants.empty()) {
      data += "constexpr RuleVariant kVariants" + n + "[] = {\n";
      for (const Variant& v : rule.variants) {
        data += "    {" + Literal(v.name) + ", " + SeverityEnum(v.severity) +
                ", " + Literal(v.message) + "},\n";
      }
      data += "};\n";
    }
  }
  data += "\nconstexpr RuleInfo kRules[] = {\n";
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    const std::string n = std::to_string(i);
    data += "    {" + Literal(rule.id) + ", " + Literal(rule.slug) + ", " +
            SeverityEnum(rule.severity) + ",\n     " + Literal(rule.summary) +
            ",\n     " + Literal(rule.message) + ",\n     " +
            Literal(rule.fix) + ",\n     " + Literal(rule.reference) +
            ",\n     " + Literal(rule.docs) + ",\n     " +
            Literal(rule.check_as) + ",\n     " +
            (rule.flagged.empty() ? "{}" : "kFlagged" + n) + ", " +
            (rule.clean.empty() ? "{}" : "kClean" + n) + ", " +
            (rule.variants.empty() ? "{}" : "kVariants" + n) + "},\n";
  }
  data += "};\n\nconstexpr bool kOptIn[] = {";
  for (const Rule& rule : rules) data += rule.opt_in ? "true, " : "false, ";
  data +=
      "};\n\n}  // namespace\n\nstd::span<const RuleInfo> BuiltinRules() { "
      "return kRules; }\n\nbool IsOptInRule(size_t index) {\n"
      "  return index < std::size(kOptIn) && kOptIn[index];\n}\n\n"
      "}  // namespace svclint\n";
  if (rules.empty()) Fail(argv[3], "the catalogue defines no rule");

  WriteFile(argv[1], ids);
  WriteFile(argv[2], data);
  return 0;
} catch (const toml::parse_error& e) {
  std::cerr << *e.source().path << ":" << e.source().begin.line << ":"
            << e.source().begin.column << ": error: " << e.description()
            << "\n";
  return 1;
}
