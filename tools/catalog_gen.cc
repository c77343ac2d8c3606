// Compiles the rule catalogue (rules/*.toml) into C++ at build time.
//
//   catalog_gen OUT/rule_ids.h OUT/catalog_data.cc rules/sn.toml rules/st.toml
//
// Writes the `RuleId` enum (one enumerator per rule, in id order), the
// constant tables behind BuiltinRules() and, beside rule_ids.h, one header
// per input kind (rules_name.h, rules_type.h, ...): the declaration of each
// rule's check function and the table that registers it. A rule's
// `input = "name"` (or a list) names the inputs it checks; its function is
// Check<Slug> for the first, Check<Slug>In<Input> for any other:
//
//   SN002 name-too-long, input = "name"
//     -> void CheckNameTooLong(const NameFacts& name, CheckContext& ctx);
//        kNameRules[] = {..., {RuleId::kSN002, CheckNameTooLong}, ...} Every
//        entry is validated here, so
// a malformed catalogue fails the build with file:line:col, never the run.
// This is build tooling: toml++'s exceptions are caught in main() alone.

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Variant {
  std::string name, severity, message;
};

// An input a rule can check: the facts its check function takes.
struct InputKind {
  std::string name;     // "txt-string", as `input =` spells it
  std::string params;   // the check function's parameters
  std::string include;  // the header defining the facts type
};

// Every input kind; adding one means adding its runner in lint/rules/.
const std::vector<InputKind>& InputKinds() {
  static const std::vector<InputKind> kKinds = {
      {"name", "const NameFacts& name, CheckContext& ctx",
       "lint/rules/name/name_facts.h"},
      {"type", "const TypeFacts& type, CheckContext& ctx",
       "lint/rules/type/type_facts.h"},
      {"instance", "const InstanceFacts& instance, CheckContext& ctx",
       "lint/rules/instance/instance_facts.h"},
      {"txt-string",
       "const TxtStringFacts& string, const TxtRecordFacts& record, "
       "CheckContext& ctx",
       "lint/rules/txt/txt_facts.h"},
      {"txt", "const TxtRecordFacts& record, CheckContext& ctx",
       "lint/rules/txt/txt_facts.h"},
      {"domain", "const DomainFacts& domain, CheckContext& ctx",
       "lint/rules/domain/domain_facts.h"},
      {"request", "const Request& request, CheckContext& ctx",
       "lint/model/request.h"},
      {"request-file", "const RequestFile& file, CheckContext& ctx",
       "lint/model/request.h"},
      {"config", "const ConfigFacts& config, CheckContext& ctx",
       "lint/rules/config/config_facts.h"},
      {"registry", "const Registry& registry, CheckContext& ctx",
       "lint/registry/registry.h"},
  };
  return kKinds;
}

// "txt-string" -> "TxtString"
std::string Camel(std::string_view kebab) {
  std::string out;
  bool upper = true;
  for (char c : kebab) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
               : c;
    upper = false;
  }
  return out;
}

struct Rule {
  std::string id, slug, severity, summary, message, fix, reference, docs,
      check_as;
  std::vector<std::string> inputs;
  std::vector<std::string> flagged, clean;
  std::vector<Variant> variants;
  std::string where;  // file:line:col, for error messages
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
      "clean", "variants", "input"};
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
    if (const toml::node* input = t->get("input");
        input && input->is_string()) {
      rule.inputs.push_back(input->as_string()->get());
    } else {
      rule.inputs = StringList(*t, "input", where);
    }
    for (const std::string& input : rule.inputs) {
      const auto& kinds = InputKinds();
      if (std::none_of(kinds.begin(), kinds.end(),
                       [&](const InputKind& k) { return k.name == input; })) {
        std::string known;
        for (const InputKind& k : kinds) known += " " + k.name;
        Fail(where, "unknown input '" + input + "'; known:" + known);
      }
      if (std::count(rule.inputs.begin(), rule.inputs.end(), input) > 1) {
        Fail(where, "input '" + input + "' is listed twice");
      }
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

std::string JoinInputs(const Rule& rule) {
  std::string out;
  for (const std::string& input : rule.inputs) {
    out += (out.empty() ? "" : ",") + input;
  }
  return out;
}

// The check function `rule` registers for `input`.
std::string CheckFunction(const Rule& rule, const std::string& input) {
  std::string name = "Check" + Camel(rule.slug);
  if (input != rule.inputs.front()) name += "In" + Camel(input);
  return name;
}

// rules_<input>.h: the declarations and the table of one input kind.
std::string InputHeader(const InputKind& kind, const std::vector<Rule>& rules) {
  std::string file = kind.name;
  std::replace(file.begin(), file.end(), '-', '_');
  std::string upper = file;
  for (char& c : upper) c = static_cast<char>(std::toupper(c));
  const std::string guard = "SVCLINT_GEN_RULES_" + upper + "_H_";
  const std::string camel = Camel(kind.name);
  std::string out =
      "// Generated by tools/catalog_gen.cc from rules/*.toml. Do not edit.\n"
      "// The rules whose `input` lists \"" +
      kind.name + "\", in id order.\n#ifndef " + guard + "\n#define " + guard +
      "\n\n#include \"" + kind.include +
      "\"\n#include \"lint/rules/rule_entry.h\"\n\nnamespace svclint {\n\n"
      "using " +
      camel + "Check = void(" + kind.params + ");\n\n";
  std::string table;
  for (const Rule& rule : rules) {
    if (std::find(rule.inputs.begin(), rule.inputs.end(), kind.name) ==
        rule.inputs.end()) {
      continue;
    }
    const std::string fn = CheckFunction(rule, kind.name);
    out += "// " + rule.id + " " + rule.slug + "\nvoid " + fn + "(" +
           kind.params + ");\n";
    table += "    {RuleId::k" + rule.id + ", " + fn + "},\n";
  }
  if (table.empty()) {
    out += "\ninline constexpr std::span<const RuleEntry<" + camel +
           "Check>> k" + camel + "Rules;\n";
  } else {
    out += "\ninline constexpr RuleEntry<" + camel + "Check> k" + camel +
           "Rules[] = {\n" + table + "};\n";
  }
  return out + "\n}  // namespace svclint\n\n#endif  // " + guard + "\n";
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
      "#include \"lint/catalog/catalog.h\"\n\nnamespace svclint {\nnamespace "
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
  data +=
      "};\n\n}  // namespace\n\nstd::span<const RuleInfo> BuiltinRules() { "
      "return kRules; }\n\n}  // namespace svclint\n";
  if (rules.empty()) Fail(argv[3], "the catalogue defines no rule");

  WriteFile(argv[1], ids);
  WriteFile(argv[2], data);
  std::string dir = argv[1];
  dir = dir.substr(0, dir.find_last_of('/') + 1);
  std::string inputs =
      "// Generated by tools/catalog_gen.cc from rules/*.toml. Do not edit.\n"
      "#ifndef SVCLINT_GEN_RULE_INPUTS_H_\n#define "
      "SVCLINT_GEN_RULE_INPUTS_H_\n\n"
      "#include <string_view>\n\nnamespace svclint {\n\n"
      "// What each rule's checks read (`input` in rules/*.toml), by RuleId:\n"
      "// \"request,request-file,config\", or empty for a rule the engine\n"
      "// reports itself.\ninline constexpr std::string_view kRuleInputs[] = "
      "{\n";
  for (const Rule& rule : rules) {
    inputs += "    " + Literal(JoinInputs(rule)) + ",  // " + rule.id + "\n";
  }
  inputs +=
      "};\n\n}  // namespace svclint\n\n#endif  // "
      "SVCLINT_GEN_RULE_INPUTS_H_\n";
  WriteFile(dir + "rule_inputs.h", inputs);
  for (const InputKind& kind : InputKinds()) {
    std::string file = kind.name;
    std::replace(file.begin(), file.end(), '-', '_');
    WriteFile(dir + "rules_" + file + ".h", InputHeader(kind, rules));
  }
  return 0;
} catch (const toml::parse_error& e) {
  std::cerr << *e.source().path << ":" << e.source().begin.line << ":"
            << e.source().begin.column << ": error: " << e.description()
            << "\n";
  return 1;
}
