// TX003, TX006 and TX008 against what the service's own definition says:
// the registry's "Defined TXT keys" (with its "None" notes and templates)
// and the Bonjour Printing keys. On the embedded registry.

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lint/catalog/catalog.h"
#include "lint/catalog/opt_in.h"
#include "lint/diag/rule_policy.h"
#include "lint/rules/txt/defined_keys.h"
#include "lint/rules/txt/spec_txt_keys.h"
#include "tests/rules/rules_test_util.h"

namespace svclint::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The findings of `rule` only.
std::vector<TxtHit> Only(std::string_view rule,
                         const std::vector<std::string>& strings,
                         std::string_view service) {
  std::vector<TxtHit> out;
  for (const TxtHit& h : TxtHits(strings, service)) {
    if (std::get<0>(h) == rule) out.push_back(h);
  }
  return out;
}

TEST(DefinedKeysTest, TemplatesMatchTheirNumberedInstances) {
  EXPECT_TRUE(KeyMatchesDefined("dkX", "dk0"));
  EXPECT_TRUE(KeyMatchesDefined("dkX", "DK12"));
  EXPECT_TRUE(KeyMatchesDefined("sysN", "sys3"));
  EXPECT_TRUE(KeyMatchesDefined("path", "PATH"));
  EXPECT_FALSE(KeyMatchesDefined("dkX", "dk"));
  EXPECT_FALSE(KeyMatchesDefined("dkX", "dkA"));
  EXPECT_FALSE(KeyMatchesDefined("dkX", "dk0x"));
  // HomeKit's `c#` is a key, not a template of c0, c1, ...
  EXPECT_FALSE(KeyMatchesDefined("c#", "c1"));
  EXPECT_TRUE(KeyMatchesDefined("c#", "c#"));
  // "MAC" (ni-sysapi) ends in an upper-case letter after an upper-case one:
  // a key, not a template.
  EXPECT_FALSE(KeyMatchesDefined("MAC", "MA1"));
}

TEST(DefinedKeysTest, TX008IsOptIn) {
  const RulePolicy defaults;
  EXPECT_FALSE(defaults.Enabled(RuleId::kTX008));
  EXPECT_TRUE(defaults.Enabled(RuleId::kTX003));
  RulePolicy selected;
  ASSERT_TRUE(selected.Select({"TX008"}).ok());
  EXPECT_TRUE(selected.Enabled(RuleId::kTX008));
  EXPECT_FALSE(selected.Enabled(RuleId::kTX003));
  RulePolicy family;
  ASSERT_TRUE(family.Select({"TX"}).ok());
  EXPECT_TRUE(family.Enabled(RuleId::kTX008));
  const RuleInfo* tx008 = FindBuiltinRule("TX008");
  ASSERT_NE(tx008, nullptr);
  EXPECT_TRUE(IsOptInRule(static_cast<size_t>(tx008 - BuiltinRules().data())));
  EXPECT_FALSE(IsOptInRule(0));
}

TEST(DefinedKeysTest, TX008ReportsKeysOutsideAListedSet) {
  EXPECT_THAT(Only("TX008", {"u=jane", "x=1"}, "ssh"),
              ElementsAre(TxtHit{"TX008", 2, 1, 2}));
  EXPECT_THAT(Messages(RunTxt({"x=1"}, "ssh"), "TX008"),
              ElementsAre("key 'x' is not among the TXT keys the registry "
                          "defines for 'ssh': u, p"));
}

TEST(DefinedKeysTest, TX008NoneMeansNoKeysListed) {
  // raop, googlecast and workstation say "Defined TXT keys: None".
  EXPECT_THAT(Only("TX008", {"txtvers=1", "ch=2", "cn=0,1", "tp=UDP"}, "raop"),
              IsEmpty());
  EXPECT_THAT(
      Only("TX008", {"id=abc", "md=Chromecast", "fn=Kitchen"}, "googlecast"),
      IsEmpty());
}

TEST(DefinedKeysTest, TX008TxtversAndTemplates) {
  EXPECT_THAT(Only("TX008", {"txtvers=1", "path=/"}, "http"), IsEmpty());
  // adisk: "sys, dkX"; samba publishes dk0, dk1, ... and sys.
  EXPECT_THAT(Only("TX008",
                   {"dk0=adVN=TimeMachine,adVF=0x82", "dk1=adVN=b,adVF=0x82",
                    "sys=adVF=0x100"},
                   "adisk"),
              IsEmpty());
  EXPECT_THAT(Only("TX008", {"dkz=1"}, "adisk"),
              ElementsAre(TxtHit{"TX008", 1, 1, 4}));
}

TEST(DefinedKeysTest, TX003SkipsKeysTheServiceDefines) {
  // home-assistant's entry defines location_name (13 characters).
  EXPECT_THAT(Only("TX003", {"location_name=Home", "uuid=1"}, "home-assistant"),
              IsEmpty());
  EXPECT_THAT(Only("TX003", {"requires_api_password=true"}, "home-assistant"),
              ElementsAre(TxtHit{"TX003", 1, 1, 22}));
  // The Bonjour Printing keys, for every printing service.
  for (std::string_view service : {"ipp", "ipps", "printer"}) {
    EXPECT_THAT(
        Only("TX003", {"printer-state=3", "printer-type=0x801046"}, service),
        IsEmpty())
        << service;
  }
  // Without a service, a long key is still a SHOULD.
  EXPECT_THAT(Messages(RunTxt({"printer-state=3"}), "TX003"),
              ElementsAre("key 'printer-state' is 13 characters; keys SHOULD "
                          "be at most 9"));
}

TEST(DefinedKeysTest, TX006PrintersMayUseFourHundredBytes) {
  // Three strings of 100 bytes: 303 bytes, over the typical 200.
  const std::vector<std::string> record = {
      absl::StrCat("note=", std::string(95, 'x')),
      absl::StrCat("product=", std::string(92, 'y')),
      absl::StrCat("ty=", std::string(97, 'z'))};
  EXPECT_THAT(Only("TX006", record, "ipp"), IsEmpty());
  EXPECT_THAT(Only("TX006", record, "http"),
              ElementsAre(TxtHit{"TX006", 1, 1, 1}));
}

TEST(DefinedKeysTest, SpecTablesNameTheirServices) {
  const SpecTxtKeys* printing = FindSpecTxtKeys("IPPS");
  ASSERT_NE(printing, nullptr);
  EXPECT_TRUE(printing->printing_family);
  EXPECT_THAT(printing->keys, ::testing::Contains("printer-type"));
  const SpecTxtKeys* scanning = FindSpecTxtKeys("uscan");
  ASSERT_NE(scanning, nullptr);
  EXPECT_TRUE(scanning->printing_family);
  EXPECT_THAT(scanning->keys, ::testing::Contains("representation"));
  EXPECT_EQ(FindSpecTxtKeys("uscans"), scanning);
  for (std::string_view service :
       {"matter", "matterc", "matterd", "meshcop", "hap"}) {
    const SpecTxtKeys* spec = FindSpecTxtKeys(service);
    ASSERT_NE(spec, nullptr) << service;
    EXPECT_FALSE(spec->printing_family) << service;
    EXPECT_FALSE(spec->spec.empty()) << service;
  }
  EXPECT_EQ(FindSpecTxtKeys("http"), nullptr);
  EXPECT_EQ(FindSpecTxtKeys(""), nullptr);
}

TEST(DefinedKeysTest, TX003SkipsTheEsclKeysOfScanners) {
  // A Canon MF440's _uscan record (corpus/real/services/uscan-canon-mf440).
  const std::vector<std::string> record = {
      "mopria-certified-scan=1.2",
      "representation=http://Canon78b5c8.local/icon.png", "rs=eSCL"};
  EXPECT_THAT(Only("TX003", record, "uscan"), IsEmpty());
  EXPECT_THAT(Only("TX003", record, "uscans"), IsEmpty());
  // The same keys on a type whose specification does not define them.
  EXPECT_THAT(Only("TX003", record, "http"),
              ElementsAre(TxtHit{"TX003", 1, 1, 22}));
}

TEST(DefinedKeysTest, SpecKeysCountAsDefinedForTheirServices) {
  EXPECT_TRUE(ServiceDefinesKey(nullptr, "matterc", "SII"));
  EXPECT_TRUE(ServiceDefinesKey(nullptr, "meshcop", "xa"));
  EXPECT_TRUE(ServiceDefinesKey(nullptr, "hap", "c#"));
  EXPECT_TRUE(ServiceDefinesKey(nullptr, "uscan", "Representation"));
  EXPECT_FALSE(ServiceDefinesKey(nullptr, "uscan", "printer-type"));
  EXPECT_FALSE(ServiceDefinesKey(nullptr, "matterc", "CRA"));
}

TEST(DefinedKeysTest, TX003OneFindingPerRecordNamingEveryLongKey) {
  // ESPHome's native API record: five long keys, one finding at the first.
  const std::vector<std::string> record = {
      "version=1.14.3", "friendly_name=Kitchen", "config_hash=b5d0e9",
      "mac=a1b2c3d4e5f6",
      "api_encryption=Noise_NNpsk0_25519_ChaChaPoly_SHA256"};
  EXPECT_THAT(Only("TX003", record, "esphomelib"),
              ElementsAre(TxtHit{"TX003", 2, 1, 14}));
  EXPECT_THAT(Messages(RunTxt(record, "esphomelib"), "TX003"),
              ElementsAre("3 keys are over 9 characters: 'friendly_name' "
                          "(13), 'config_hash' (11) and 'api_encryption' "
                          "(14); keys SHOULD be at most 9"));
  EXPECT_THAT(Messages(RunTxt({"external_url=x", "internal_url=y"}), "TX003"),
              ElementsAre("2 keys are over 9 characters: 'external_url' (12) "
                          "and 'internal_url' (12); keys SHOULD be at most 9"));
  // A defined key is not counted: one long key left is the plain message.
  EXPECT_THAT(Messages(RunTxt({"location_name=Home", "requires_api_password=1"},
                              "home-assistant"),
                       "TX003"),
              ElementsAre("key 'requires_api_password' is 21 characters; "
                          "keys SHOULD be at most 9"));
}

TEST(DefinedKeysTest, TX006ScannersMayUseFourHundredBytes) {
  const std::vector<std::string> record = {
      absl::StrCat("note=", std::string(95, 'x')),
      absl::StrCat("representation=", std::string(85, 'y')),
      absl::StrCat("ty=", std::string(97, 'z'))};
  EXPECT_THAT(Only("TX006", record, "uscan"), IsEmpty());
  EXPECT_THAT(Only("TX006", record, "uscans"), IsEmpty());
  // Matter's keys are defined by its specification, but its records are
  // not printing's: the typical 200 bytes hold.
  EXPECT_THAT(Only("TX006", record, "matterc"),
              ElementsAre(TxtHit{"TX006", 1, 1, 1}));
}

}  // namespace
}  // namespace svclint::testing
