// The XML and CSV loaders agree. On fixtures cut from the same records of
// both files, field by field; on the whole shipped files (the CSV is an
// older export than the XML) every disagreement must have a reason.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/parse/registry_csv.h"
#include "lint/parse/registry_xml.h"
#include "tests/test_util.h"

namespace svclint {
namespace {

using ::svclint::testing::ReadFile;
using ::svclint::testing::SourceDir;

// Whitespace runs collapsed: the XML keeps its indentation and <br/>s.
std::string Norm(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The fields that differ between two loads of one record.
std::string Differences(const SourceRecord& a, const SourceRecord& b) {
  std::string diff;
  auto check = [&](const char* field, std::string_view x, std::string_view y) {
    if (Norm(x) != Norm(y)) diff += std::string(field) + " ";
  };
  check("description", a.description, b.description);
  check("assignee", a.assignee, b.assignee);
  check("contact", a.contact, b.contact);
  check("registration_date", a.registration_date, b.registration_date);
  check("modification_date", a.modification_date, b.modification_date);
  check("reference", a.reference, b.reference);
  check("service_code", a.service_code, b.service_code);
  check("unauthorized", a.unauthorized, b.unauthorized);
  check("note", a.note, b.note);
  return diff;
}

// Records keyed by name, number, protocol and occurrence.
std::map<std::string, const SourceRecord*> ByKey(const RegistrySource& src) {
  std::map<std::string, const SourceRecord*> out;
  std::map<std::string, int> seen;
  for (const SourceRecord& r : src.records) {
    std::string key = std::string(r.name) + "|" + std::string(r.number) + "|" +
                      std::string(r.protocol);
    const int n = seen[key]++;
    absl::StrAppend(&key, "#", n);
    out[key] = &r;
  }
  return out;
}

RegistrySource LoadXml(const std::string& file) {
  absl::StatusOr<RegistrySource> s =
      ParseRegistryXml(std::string_view(ReadFile(SourceDir() + file)), file);
  EXPECT_TRUE(s.ok()) << s.status();
  return s.ok() ? std::move(s).value() : RegistrySource();
}
RegistrySource LoadCsv(const std::string& file) {
  absl::StatusOr<RegistrySource> s =
      ParseRegistryCsv(std::string_view(ReadFile(SourceDir() + file)), file);
  EXPECT_TRUE(s.ok()) << s.status();
  return s.ok() ? std::move(s).value() : RegistrySource();
}

TEST(RegistryAgreementTest, FixturesAgreeFieldByField) {
  const RegistrySource xml = LoadXml("/corpus/registry/sample.xml");
  const RegistrySource csv = LoadCsv("/corpus/registry/sample.csv");
  ASSERT_EQ(xml.records.size(), csv.records.size());
  const auto csv_by_key = ByKey(csv);
  for (const auto& [key, x] : ByKey(xml)) {
    auto it = csv_by_key.find(key);
    ASSERT_NE(it, csv_by_key.end()) << key;
    EXPECT_EQ(Differences(*x, *it->second), "")
        << key << " at line " << x->line;
  }
}

// The newest date anywhere in the CSV: when it was exported.
std::string Newest(const RegistrySource& src) {
  std::string newest;
  for (const SourceRecord& r : src.records) {
    newest = std::max({newest, std::string(r.registration_date),
                       std::string(r.modification_date)});
  }
  return newest;
}

int HighestRfc(std::string_view text) {
  static const std::regex kRfc("RFC([0-9]{4})");
  int highest = 0;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kRfc);
       it != std::sregex_iterator(); ++it) {
    highest = std::max(highest, std::stoi((*it)[1]));
  }
  return highest;
}

// Person ids IANA renamed in the people section since the CSV export
// ("ThreeGPP_2" -> "_3GPP_2", "Ken_McDonell_2" -> "Ken_McDonell").
bool RenamedId(std::string_view xml_ids, std::string_view csv_ids) {
  static const std::regex kSuffix("_[0-9]+$");
  auto canon = [](std::string_view ids) {
    std::string s(ids);
    s = std::regex_replace(s, std::regex("ThreeGPP|_3GPP|GPP"), "3GPP");
    return std::regex_replace(s, kSuffix, "");
  };
  return canon(xml_ids) == canon(csv_ids);
}

TEST(RegistryAgreementTest, ShippedFilesDisagreeOnlyWhereTheXmlIsNewer) {
  const RegistrySource xml =
      LoadXml("/corpus/iana/service-names-port-numbers.xml");
  const RegistrySource csv =
      LoadCsv("/corpus/iana/service-names-port-numbers.csv");
  const std::string exported = Newest(csv);
  EXPECT_EQ(exported, "2025-03-28");
  int highest_csv_rfc = 0;
  for (const SourceRecord& r : csv.records) {
    highest_csv_rfc = std::max(highest_csv_rfc, HighestRfc(r.reference));
  }
  const auto csv_by_key = ByKey(csv);
  int matched = 0, differing = 0;
  for (const auto& [key, x] : ByKey(xml)) {
    auto it = csv_by_key.find(key);
    if (it == csv_by_key.end()) continue;
    ++matched;
    const SourceRecord& c = *it->second;
    const std::string diff = Differences(*x, c);
    if (diff.empty()) continue;
    ++differing;
    // Why the two copies may differ:
    const bool changed_since =
        x->modification_date > exported || x->registration_date > exported;
    const bool newer_rfc = HighestRfc(x->reference) > highest_csv_rfc;
    const bool draft_became_rfc =
        diff == "reference " &&
        (c.reference.find("RFC-ietf-") != std::string_view::npos ||
         x->reference.find("RFC-ietf-") != std::string_view::npos);
    const bool ids_renamed = (diff == "assignee " || diff == "contact " ||
                              diff == "assignee contact ") &&
                             RenamedId(x->assignee, c.assignee) &&
                             RenamedId(x->contact, c.contact);
    EXPECT_TRUE(changed_since || newer_rfc || draft_became_rfc || ids_renamed)
        << key << " (XML line " << x->line << ", CSV line " << c.line
        << ") differs in " << diff;
  }
  // Nearly all records are in both copies, and nearly all agree.
  EXPECT_GT(matched, 14400);
  EXPECT_LE(differing, 70) << "of " << matched;
}

}  // namespace
}  // namespace svclint
