// The catalogue's consistency: the contract's ids exist, texts are complete,
// and every rule's examples behave as documented when run through the real
// checks.

#include "lint/catalog/catalog.h"

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "lint/base/strings.h"
#include "lint/engine/check_inputs.h"
#include "lint/registry/registry.h"

namespace svclint {
namespace {

// SPEC §3: these ids are the contract and must never disappear.
constexpr std::string_view kContractIds[] = {
    "SN001", "SN002", "SN003", "SN004", "SN005", "SN006", "SN007", "SN008",
    "SN009", "SN010", "ST001", "ST002", "ST003", "ST004", "ST005", "ST006",
    "ST007", "ST008", "ST009", "SI001", "SI002", "SI003", "SI004", "SI005",
    "TX001", "TX002", "TX003", "TX004", "TX005", "TX006", "TX007", "TX008",
    "TX009", "TX010", "TX011", "TX012", "PR001", "PR002", "PR003", "PR004",
    "PR005", "PR006", "PR007", "PR008", "PR009", "PR010", "RQ001", "RQ002",
    "RQ003", "RQ004", "RQ005", "RQ006", "RQ007", "RQ008", "RQ009", "RG001",
    "RG002", "RG003", "RG004", "CF001", "CF002", "IO001"};

TEST(CatalogTest, EveryContractIdIsDefined) {
  for (std::string_view id : kContractIds) {
    EXPECT_NE(FindBuiltinRule(id), nullptr) << id;
  }
}

TEST(CatalogTest, RulesAreSortedUniqueAndComplete) {
  std::set<std::string_view> slugs;
  std::string_view previous;
  for (const RuleInfo& rule : BuiltinRules()) {
    EXPECT_LT(previous, rule.id);
    previous = rule.id;
    EXPECT_TRUE(slugs.insert(rule.slug).second) << rule.slug;
    EXPECT_FALSE(rule.summary.empty()) << rule.id;
    EXPECT_FALSE(rule.message.empty()) << rule.id;
    EXPECT_GT(rule.docs.size(), 80u) << rule.id << " needs real docs";
    EXPECT_FALSE(rule.reference.empty()) << rule.id;
    EXPECT_EQ(FindBuiltinRule(rule.slug), &rule);
    EXPECT_EQ(FindBuiltinRule(AsciiLower(rule.id)), &rule);
  }
}

TEST(CatalogTest, FormatMessageFillsPlaceholders) {
  const MessageArg args[] = {{"name", "abc"}, {"length", "16"}};
  EXPECT_EQ(FormatMessage("name '{name}' is {length}; {other}", args),
            "name 'abc' is 16; {other}");
  EXPECT_EQ(FormatMessage("{", args), "{");
  EXPECT_EQ(FormatMessage("{{name}}", args), "{abc}");
  EXPECT_EQ(FormatMessage("{name", args), "{name");
  EXPECT_EQ(FormatMessage("}{name}{", args), "}abc{");
  EXPECT_EQ(FormatMessage("", args), "");
  EXPECT_EQ(FormatMessage("{name}{length}", args), "abc16");
}

// Runs one catalogue example the way `svclint check --as KIND` would.
std::vector<Diagnostic> RunExample(const RuleInfo& rule,
                                   std::string_view example,
                                   const RulePolicy& policy) {
  CheckOptions options;
  options.policy = &policy;
  options.registry = &Registry::Embedded();
  options.as = ParseInputKind(rule.check_as);
  std::vector<std::string> inputs;
  if (options.as == InputKind::kTxt) {
    // A TXT example is a whole record: its strings joined by " | ".
    for (absl::string_view s : absl::StrSplit(AsAbsl(example), " | ")) {
      inputs.emplace_back(s);
    }
  } else {
    inputs.emplace_back(example);
  }
  return CheckInputs(inputs, "<args>", options);
}

bool Fires(const std::vector<Diagnostic>& diagnostics, std::string_view id) {
  for (const Diagnostic& d : diagnostics) {
    if (d.rule_id == id) return true;
  }
  return false;
}

TEST(CatalogTest, ExamplesBehaveAsDocumented) {
  const RulePolicy policy;
  for (const RuleInfo& rule : BuiltinRules()) {
    if (rule.check_as.empty()) continue;
    for (std::string_view example : rule.flagged) {
      EXPECT_TRUE(Fires(RunExample(rule, example, policy), rule.id))
          << rule.id << " should flag '" << example << "'";
    }
    for (std::string_view example : rule.clean) {
      EXPECT_FALSE(Fires(RunExample(rule, example, policy), rule.id))
          << rule.id << " should not flag '" << example << "'";
    }
  }
}

}  // namespace
}  // namespace svclint

namespace svclint {
namespace {

TEST(ReferenceUrlTest, FirstRfcAndItsSection) {
  EXPECT_EQ(ReferenceUrl("RFC 6335 §5.1, §5.2"),
            "https://www.rfc-editor.org/rfc/rfc6335.html#section-5.1");
  EXPECT_EQ(ReferenceUrl("RFC 6763 §6.1; RFC 1035 §3.3.14"),
            "https://www.rfc-editor.org/rfc/rfc6763.html#section-6.1");
  EXPECT_EQ(ReferenceUrl("RFC 5198; RFC 3629 §3"),
            "https://www.rfc-editor.org/rfc/rfc5198.html");
  EXPECT_EQ(ReferenceUrl("svclint SPEC §5"), "");
  EXPECT_EQ(ReferenceUrl(""), "");
}

TEST(ReferenceUrlTest, ConsumerSourcesLinkTheVersionSvclintMatches) {
  EXPECT_EQ(ReferenceUrl("avahi-common/domain.c avahi_is_valid_fqdn; "
                         "avahi-core/entry.c"),
            "https://github.com/avahi/avahi/blob/v0.8/avahi-common/domain.c");
  EXPECT_EQ(ReferenceUrl("src/resolve/resolved-dnssd.c dnssd_load"),
            "https://github.com/systemd/systemd/blob/v252/src/resolve/"
            "resolved-dnssd.c");
  EXPECT_EQ(ReferenceUrl("avahi-daemon"), "");  // no file named
}

TEST(ReferenceUrlTest, EveryRuleCitingASourceHasOne) {
  for (const RuleInfo& rule : BuiltinRules()) {
    if (rule.id.starts_with("AV") || rule.id.starts_with("SD")) {
      EXPECT_NE(ReferenceUrl(rule.reference), "") << rule.id;
    }
  }
}

TEST(ReferenceUrlTest, EveryRfcRuleHasOne) {
  for (const RuleInfo& rule : BuiltinRules()) {
    if (rule.reference.find("RFC") == std::string_view::npos) continue;
    EXPECT_NE(ReferenceUrl(rule.reference), "") << rule.id;
  }
}

}  // namespace
}  // namespace svclint
