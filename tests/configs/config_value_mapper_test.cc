#include "lint/engine/config_value_mapper.h"

#include <string>

#include "gtest/gtest.h"
#include "lint/diag/rule_policy.h"
#include "lint/parse/avahi_service.h"
#include "lint/parse/dnssd_unit.h"
#include "tests/configs/config_test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::Covered;
using Slot = ValueMapper::Slot;

// Runs a fake check that flags bytes [offset, offset + length) of slot 0
// and proposes to replace them with `replacement`.
std::vector<Diagnostic> Flag(std::string_view content, FileKind kind,
                             const Slot& slot, size_t offset, size_t length,
                             std::string replacement = "x") {
  const RulePolicy policy;
  const LintContext ctx{nullptr, &policy, nullptr};
  DiagnosticSink sink("f", policy);
  const TextPositions positions(content);
  ValueMapper mapper(content, positions, kind, ctx, sink);
  mapper.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
    c.sink.Report(RuleId::kRQ001, SpanAt(at[0], offset, length),
                  {{"field", "f"}},
                  {Edit{SpanAt(at[0], offset, length), replacement}});
  });
  return sink.TakeDiagnostics();
}

ServiceConfigFile Avahi(std::string_view content) {
  absl::StatusOr<ServiceConfigFile> f = ParseAvahiService("f", content);
  EXPECT_TRUE(f.ok()) << f.status();
  return f.ok() ? *std::move(f) : ServiceConfigFile();
}

constexpr std::string_view kEntities =
    "<service-group><name>n</name><service>\n"
    "<type>_H&#84;TP._tcp</type></service></service-group>";

TEST(ValueMapperTest, VerbatimValueKeepsSpanAndFix) {
  const std::string content =
      "<service-group><name>n</name><service>\n"
      "<type>_HTTP._tcp</type></service></service-group>";
  const ServiceConfigFile f = Avahi(content);
  const ConfigValue& type = *f.services[0].type;
  const std::vector<Diagnostic> d = Flag(
      content, FileKind::kAvahi, {&type, 0, type.text.size()}, 1, 4, "http");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, (SourceSpan{2, 8, 2, 12}));
  ASSERT_TRUE(d[0].fix.has_value());
  EXPECT_EQ(Covered(content, d[0].fix->edits[0].span), "HTTP");
}

TEST(ValueMapperTest, EntityIsCoveredButNeverEdited) {
  const std::string content(kEntities);
  const ServiceConfigFile f = Avahi(content);
  const ConfigValue& type = *f.services[0].type;
  ASSERT_EQ(type.text, "_HTTP._tcp");
  std::vector<Diagnostic> d = Flag(content, FileKind::kAvahi,
                                   {&type, 0, type.text.size()}, 1, 4, "http");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(Covered(content, d[0].span), "H&#84;TP");
  EXPECT_FALSE(d[0].fix.has_value());
  // Bytes after the entity are plain again: their fix survives.
  d = Flag(content, FileKind::kAvahi, {&type, 0, type.text.size()}, 6, 4,
           "udp");
  ASSERT_TRUE(d[0].fix.has_value());
  EXPECT_EQ(Covered(content, d[0].fix->edits[0].span), "_tcp");
}

TEST(ValueMapperTest, ReplacementNeedingQuotingIsDropped) {
  const std::string content =
      "<service-group><name>n</name><service><type>_a._tcp</type>"
      "</service></service-group>";
  const ServiceConfigFile f = Avahi(content);
  const ConfigValue& type = *f.services[0].type;
  const std::vector<Diagnostic> d = Flag(
      content, FileKind::kAvahi, {&type, 0, type.text.size()}, 1, 1, "a&b");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].fix.has_value());
}

TEST(ValueMapperTest, ContinuationLineValue) {
  const std::string content = "[Service]\nType=_x._tcp\nName=ab\\\n  cd\n";
  absl::StatusOr<ServiceConfigFile> f = ParseDnssdUnit("f", content);
  ASSERT_TRUE(f.ok());
  const ConfigValue& name = *f->services[0].instance;
  ASSERT_EQ(name.text, "ab   cd");
  const std::vector<Diagnostic> d =
      Flag(content, FileKind::kDnssd, {&name, 0, name.text.size()}, 5, 2, "CD");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, (SourceSpan{4, 3, 4, 5}));
  ASSERT_TRUE(d[0].fix.has_value());
  EXPECT_EQ(Covered(content, d[0].fix->edits[0].span), "cd");
}

}  // namespace
}  // namespace svclint
