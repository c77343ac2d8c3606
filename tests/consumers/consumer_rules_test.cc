// The consumer rules (AV, SD) and severity by consumer, through the real
// binary: exact ids, positions and messages on the oracle's fixtures, and
// the versions `.svclint.toml [consumers]` sets.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

namespace fs = std::filesystem;
using ::svclint::testing::RunSvclint;
using ::svclint::testing::SourceDir;

// svclint's text output for one fixture of corpus/consumers/, without the
// path prefix.
std::vector<std::string> Findings(const std::string& fixture,
                                  const std::vector<std::string>& extra = {}) {
  const std::string path = SourceDir() + "/corpus/consumers/" + fixture;
  std::vector<std::string> args = {"lint", "--fail-on", "info"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(path);
  const auto result = RunSvclint(args);
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin < result.out.size()) {
    size_t end = result.out.find('\n', begin);
    if (end == std::string::npos) end = result.out.size();
    std::string line = result.out.substr(begin, end - begin);
    if (line.starts_with(path + ":")) line = line.substr(path.size() + 1);
    if (!line.empty()) out.push_back(line);
    begin = end + 1;
  }
  return out;
}

TEST(AvahiConsumerRules, TypeWithADomainOrAShortLabel) {
  EXPECT_EQ(Findings("avahi/type-domain.rejected.service"),
            std::vector<std::string>{
                "7:11: error: avahi-daemon 0.8 refuses the type "
                "'_http._tcp.local.' (a domain after the type; write it in "
                "<domain-name>) and drops the whole service group "
                "[AV001 avahi-type-refused]"});
  const auto short_label = Findings("avahi/type-short-label.rejected.service");
  ASSERT_FALSE(short_label.empty());
  EXPECT_EQ(short_label.front(),
            "7:11: error: avahi-daemon 0.8 refuses the type '_x._tcp' (a "
            "service label of two bytes or less) and drops the whole service "
            "group [AV001 avahi-type-refused]");
}

TEST(AvahiConsumerRules, HostNames) {
  EXPECT_EQ(Findings("avahi/host-single-label.rejected.service"),
            std::vector<std::string>{
                "8:16: error: <host-name> 'printer' is a single label; "
                "avahi-daemon 0.8 wants a fully qualified name and drops the "
                "whole service group [AV003 avahi-host-not-fqdn]"});
  EXPECT_EQ(Findings("avahi/host-address.rejected.service"),
            std::vector<std::string>{
                "8:16: error: <host-name> '192.168.1.20' is an IP address; "
                "avahi-daemon 0.8 wants a fully qualified name and drops the "
                "whole service group [AV003 avahi-host-not-fqdn]"});
  EXPECT_TRUE(Findings("avahi/host-address.accepted.service").empty());
}

TEST(AvahiConsumerRules, CollisionOnlyWhereProtocolsOverlap) {
  EXPECT_EQ(Findings("avahi/duplicate-type.rejected.service"),
            std::vector<std::string>{
                "11:11: error: a second <service> of type '_http._tcp' in "
                "this group (any) gets the same instance name as the one on "
                "line 7; avahi-daemon 0.8 drops the whole group (Local name "
                "collision) [AV004 avahi-name-collision]"});
  EXPECT_TRUE(
      Findings("avahi/duplicate-type-protocols.accepted.service").empty());
}

TEST(AvahiConsumerRules, SubtypeTxtPortAndName) {
  EXPECT_EQ(Findings("avahi/subtype-short.partial.service"),
            std::vector<std::string>{
                "8:14: error: avahi-daemon 0.8 refuses the subtype label '_x' "
                "(two bytes or less) and publishes the service without it "
                "[AV002 avahi-subtype-refused]"});
  EXPECT_EQ(
      Findings("avahi/txt-only-empty.rejected.service"),
      std::vector<std::string>{
          "9:1: error: an empty <txt-record> is an empty TXT string; "
          "avahi-daemon 0.8 refuses the record and drops the whole "
          "service group (Invalid record) [AV005 avahi-txt-empty-string]"});
  EXPECT_EQ(Findings("avahi/port-trailing-text.accepted.service"),
            std::vector<std::string>{
                "8:11: warning: avahi-daemon 0.8 reads <port> '8080/tcp' with "
                "atoi() as port 8080 [AV006 avahi-port-lenient]"});
  EXPECT_TRUE(Findings("avahi/port-blank.accepted.service").empty());
  EXPECT_EQ(Findings("avahi/wildcard-too-long.rejected.service"),
            std::vector<std::string>{
                "5:33: error: <name> is 66 bytes with the host name "
                "'raspberrypi' (11 bytes) for each %h; over 63, avahi-daemon "
                "0.8 drops the whole group (Invalid service name) "
                "[AV007 avahi-name-expands-too-long]"});
  EXPECT_EQ(Findings("avahi/wildcard-literal.accepted.service"),
            std::vector<std::string>{
                "5:9: warning: '%h' is published as written: avahi-daemon 0.8 "
                "replaces it only with replace-wildcards=\"yes\" "
                "[AV008 avahi-wildcard-literal]"});
}

TEST(AvahiConsumerRules, RegistrationProblemsAreWarningsNamingTheConsumer) {
  EXPECT_EQ(Findings("avahi/apt-proxy.accepted.service"),
            std::vector<std::string>{
                "7:15: warning: service name 'apt_proxy' contains '_' at "
                "column 15; only letters, digits and '-' are allowed; "
                "avahi-daemon 0.8 publishes it, but it cannot be registered "
                "at IANA [SN003 name-invalid-char]"});
}

TEST(AvahiConsumerRules, EncodingsAsExpatReadsThem) {
  EXPECT_TRUE(Findings("avahi/latin1-declared.accepted.service").empty());
  EXPECT_TRUE(Findings("avahi/bom-crlf.accepted.service").empty());
  EXPECT_EQ(Findings("avahi/latin1-undeclared.rejected.service"),
            std::vector<std::string>{
                "5:12: error: cannot parse avahi file: not well-formed "
                "(invalid token) [IO001 parse-error]"});
}

TEST(DnssdConsumerRules, SpecifiersAndExpansion) {
  EXPECT_EQ(Findings("dnssd/specifier-avahi.rejected.dnssd"),
            std::vector<std::string>{
                "3:13: error: '%h' is not a Name= specifier (%a %b %B %H %m "
                "%o %v %w %W %%); systemd-resolved 252 ignores this Name= and "
                "refuses the unit [SD001 dnssd-unknown-specifier]"});
  EXPECT_TRUE(Findings("dnssd/specifier-percent.accepted.dnssd").empty());
  EXPECT_EQ(Findings("dnssd/specifier-machine-id.rejected.dnssd"),
            std::vector<std::string>{
                "3:6: error: Name= is at least 67 bytes once expanded (%m as "
                "32 bytes); over 63, systemd-resolved 252 ignores it and "
                "refuses the unit [SD007 dnssd-name-expands-too-long]"});
}

TEST(DnssdConsumerRules, TypesSystemdRefuses) {
  EXPECT_EQ(Findings("dnssd/type-underscore.rejected.dnssd"),
            (std::vector<std::string>{
                "4:6: error: systemd-resolved 252 refuses Type=_apt_proxy._tcp "
                "('_apt_proxy' has '_'; only letters, digits and '-' are "
                "allowed); the assignment is ignored and the unit is not "
                "loaded [SD002 dnssd-type-refused]",
                "4:10: warning: service name 'apt_proxy' contains '_' at "
                "column 10; only letters, digits and '-' are allowed; "
                "systemd-resolved 252 refuses it too (SD002) "
                "[SN003 name-invalid-char]"}));
  const auto digit = Findings("dnssd/type-leading-digit.rejected.dnssd");
  ASSERT_FALSE(digit.empty());
  EXPECT_EQ(digit.front(),
            "4:6: error: systemd-resolved 252 refuses Type=_1password._tcp "
            "('_1password' does not start with a letter after '_'); the "
            "assignment is ignored and the unit is not loaded "
            "[SD002 dnssd-type-refused]");
}

TEST(DnssdConsumerRules, KeysAndLines) {
  EXPECT_EQ(Findings("dnssd/key-case.rejected.dnssd"),
            (std::vector<std::string>{
                "2:1: error: required field 'Name' is missing "
                "[RQ001 field-missing]",
                "3:1: error: systemd-resolved 252 matches keys "
                "case-sensitively: 'name' is not 'Name' and is ignored "
                "[SD006 dnssd-case-mismatch]"}));
  EXPECT_EQ(Findings("dnssd/txt-lines.accepted.dnssd"),
            std::vector<std::string>{
                "7:1: warning: this TxtText= line is TXT record 2; "
                "systemd-resolved publishes one TXT record per line, and most "
                "clients read only one [SD005 dnssd-txt-several-records]"});
  EXPECT_EQ(Findings("dnssd/bom.partial.dnssd"),
            std::vector<std::string>{
                "1:1: warning: systemd-resolved 252 does not see this comment "
                "after the byte-order mark: it logs \"Assignment outside of "
                "section\" and ignores the line [SD008 dnssd-bom-comment]"});
}

TEST(DnssdConsumerRules, SubTypeDependsOnTheConfiguredVersion) {
  EXPECT_EQ(Findings("dnssd/subtype-repeated.partial.dnssd"),
            (std::vector<std::string>{
                "5:9: warning: systemd-resolved 252 does not know SubType= "
                "(read since systemd 254); it ignores the line and publishes "
                "no subtype [SD003 dnssd-subtype-unsupported]",
                "6:1: warning: SubType= is set again here (first on line 5); "
                "systemd-resolved keeps only this last value "
                "[SD004 dnssd-key-repeated]",
                "6:9: warning: systemd-resolved 252 does not know SubType= "
                "(read since systemd 254); it ignores the line and publishes "
                "no subtype [SD003 dnssd-subtype-unsupported]"}));
  // With systemd 254 declared, SubType= is read: the Avahi form is an error.
  const fs::path dir = fs::temp_directory_path() / "svclint-consumers-254";
  fs::create_directories(dir);
  std::ofstream(dir / ".svclint.toml") << "[consumers]\nsystemd = \"254\"\n";
  fs::copy_file(
      SourceDir() + "/corpus/consumers/dnssd/subtype-avahi-form.partial.dnssd",
      dir / "printer.dnssd", fs::copy_options::overwrite_existing);
  const auto result = RunSvclint(
      {"lint", "--fail-on", "info", (dir / "printer.dnssd").string()});
  EXPECT_EQ(result.out, (dir / "printer.dnssd").string() +
                            ":5:9: error: SubType= takes the bare label "
                            "('_universal'); systemd-resolved 254 joins "
                            "'_universal._sub._ipp._tcp' with '._sub.' and the "
                            "type into a broken name "
                            "[SD003 dnssd-subtype-unsupported]\n");
  fs::remove_all(dir);
}

TEST(ConsumersConfig, RefusesABadVersionOrConsumer) {
  const fs::path dir = fs::temp_directory_path() / "svclint-consumers-bad";
  fs::create_directories(dir);
  std::ofstream(dir / ".svclint.toml")
      << "[consumers]\nsystemd = \"new\"\nmdnsd = \"1\"\n";
  std::ofstream(dir / "a.dnssd") << "[Service]\nName=A\nType=_http._tcp\n";
  const auto result = RunSvclint({"lint", (dir / "a.dnssd").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("systemd must be a version such as \"252\""),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("unknown consumer 'mdnsd'"), std::string::npos)
      << result.out;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace svclint

namespace svclint {
namespace {

// A TOML service list names its consumer; without one (any consumer),
// RFC 6335 name syntax stays an error.
TEST(ConsumersConfig, TomlServiceListsNameTheirConsumer) {
  const fs::path dir = fs::temp_directory_path() / "svclint-consumers-toml";
  fs::create_directories(dir);
  const std::string service =
      "[[service]]\ninstance = \"Proxy\"\ntype = \"_apt_proxy._tcp\"\n"
      "port = 3142\n";
  auto lint = [&](const std::string& head) {
    std::ofstream(dir / "services.toml") << head << service;
    return RunSvclint({"lint", "--quiet", "--ignore", "ST007",
                       (dir / "services.toml").string()})
        .out;
  };
  const std::string path = (dir / "services.toml").string();
  EXPECT_EQ(lint(""), path +
                          ":3:13: error: service name 'apt_proxy' contains "
                          "'_' at column 13; only letters, digits and '-' "
                          "are allowed [SN003 name-invalid-char]\n");
  EXPECT_EQ(lint("consumer = \"avahi\"\n"),
            path +
                ":4:13: warning: service name 'apt_proxy' contains '_' at "
                "column 13; only letters, digits and '-' are allowed; "
                "avahi-daemon 0.8 publishes it, but it cannot be registered "
                "at IANA [SN003 name-invalid-char]\n");
  const std::string systemd = lint("consumer = \"systemd\"\n");
  EXPECT_NE(systemd.find(":4:9: error: systemd-resolved 252 refuses "
                         "Type=_apt_proxy._tcp"),
            std::string::npos)
      << systemd;
  EXPECT_NE(systemd.find("systemd-resolved 252 refuses it too (SD002)"),
            std::string::npos)
      << systemd;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace svclint
