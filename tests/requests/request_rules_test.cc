// The request rules in process, on the embedded registry: the issue's
// examples, and the rules whose edges are easy to get wrong (references,
// port ranges, secure/insecure pairs against the real registry, emails,
// service codes).

#include <chrono>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lint/diag/rule_policy.h"
#include "lint/engine/lint_file.h"
#include "lint/registry/registry.h"
#include "lint/rules/request/request_util.h"
#include "lint/rules/request/requested_ports.h"

namespace svclint {
namespace {

// A complete, clean request; `extra` lines are appended to it and may
// replace nothing (TOML forbids repeated keys), so the base leaves out the
// fields the tests vary.
std::string MakeRequest(const std::string& service, const std::string& extra) {
  return "[[request]]\n"
         "service = \"" +
         service +
         "\"\n"
         "description = \"Kestrel Sensor Feed\"\n"
         "casting = \"none\"\n"
         "assignee = { name = \"Kestrel\", email = \"ports@kestrel.example\" "
         "}\n"
         "contact = { name = \"Jonas\", email = \"jonas@kestrel.example\" }\n" +
         extra;
}

std::vector<Diagnostic> Lint(const std::string& text,
                             const Registry* registry = &Registry::Embedded()) {
  static const RulePolicy policy;
  LintContext ctx;
  ctx.registry = registry;
  ctx.policy = &policy;
  return LintText("req.toml", text, FileKind::kRequest, ctx).diagnostics;
}

std::vector<const Diagnostic*> Only(const std::vector<Diagnostic>& all,
                                    const std::string& rule) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : all) {
    if (d.rule_id == rule) out.push_back(&d);
  }
  return out;
}

std::string Ids(const std::vector<Diagnostic>& all) {
  std::string out;
  for (const Diagnostic& d : all) out += d.rule_id + " " + d.message + "\n";
  return out;
}

constexpr char kRationale[] =
    "port_rationale = \"Clients reach it before any discovery runs.\"\n";

TEST(RequestRulesTest, PostgresqlIsTakenByNameAndPort) {
  const auto all = Lint(MakeRequest("postgresql",
                                    "transports = [\"tcp\"]\n"
                                    "port = 5432\n"
                                    "reference = \"RFC 9999\"\n") +
                        kRationale);
  const auto taken = Only(all, "RQ003");
  ASSERT_EQ(taken.size(), 1u) << Ids(all);
  EXPECT_EQ(taken[0]->message,
            "service name 'postgresql' is already registered: 'postgresql' "
            "(Tom Lane) (registry of 2026-08-17)");
  EXPECT_EQ(taken[0]->span, (SourceSpan{2, 12, 2, 22}));
  const auto port = Only(all, "PR004");
  ASSERT_EQ(port.size(), 1u) << Ids(all);
  EXPECT_EQ(port[0]->message,
            "port 5432/tcp is already assigned to 'postgresql' (Tom Lane) "
            "(registry of 2026-08-17)");
  EXPECT_EQ(port[0]->span.line, 8u);
  EXPECT_EQ(port[0]->span.column, 8u);
  EXPECT_EQ(port[0]->severity, Severity::kError);
}

TEST(RequestRulesTest, DynamicPortIsNeverAssigned) {
  const auto all = Lint(MakeRequest("kestrel-feed",
                                    "transports = [\"udp\"]\n"
                                    "port = 50000\n"
                                    "reference = \"RFC 9999\"\n") +
                        kRationale);
  const auto dynamic = Only(all, "PR002");
  ASSERT_EQ(dynamic.size(), 1u) << Ids(all);
  EXPECT_EQ(dynamic[0]->message,
            "Dynamic Port 50000 cannot be assigned: IANA never assigns "
            "ports in 49152-65535");
}

TEST(RequestRulesTest, SystemPortWithoutIetfReferenceIsAnError) {
  const std::string base = MakeRequest("kestrel-web",
                                       "transports = [\"tcp\"]\n"
                                       "port = 80\n") +
                           kRationale;
  const auto vendor = Lint(base + "reference = \"https://example.com\"\n");
  const auto pr003 = Only(vendor, "PR003");
  ASSERT_EQ(pr003.size(), 1u) << Ids(vendor);
  EXPECT_EQ(pr003[0]->severity, Severity::kError);
  EXPECT_NE(pr003[0]->message.find("'https://example.com' is not an RFC"),
            std::string::npos);

  const auto rfc = Lint(base + "reference = \"RFC 7230\"\n");
  ASSERT_EQ(Only(rfc, "PR003").size(), 1u);
  EXPECT_EQ(Only(rfc, "PR003")[0]->severity, Severity::kWarning);

  const auto none = Lint(base);
  ASSERT_EQ(Only(none, "PR003").size(), 1u);
  EXPECT_EQ(Only(none, "PR003")[0]->severity, Severity::kError);
}

TEST(RequestRulesTest, CleanRequestHasNoFindings) {
  const auto all = Lint(MakeRequest("kestrel-feed",
                                    "transports = [\"tcp\"]\n"
                                    "port = 47123\n"
                                    "reference = \"RFC 9999\"\n") +
                        kRationale);
  EXPECT_TRUE(all.empty()) << Ids(all);
}

TEST(RequestRulesTest, FilesWithoutRequests) {
  EXPECT_EQ(Only(Lint(""), "RQ001").size(), 1u);
  EXPECT_EQ(Only(Lint("request = []\n"), "RQ001").size(), 1u);
  const auto odd = Lint("request = [1]\n");
  ASSERT_EQ(Only(odd, "RQ010").size(), 1u) << Ids(odd);
  EXPECT_TRUE(Only(odd, "RQ001").empty());
}

TEST(RequestRulesTest, WorksWithoutARegistry) {
  const auto all = Lint(MakeRequest("postgresql",
                                    "transports = [\"tcp\"]\n"
                                    "port = 5432\n"
                                    "reference = \"RFC 9999\"\n") +
                            kRationale,
                        nullptr);
  EXPECT_TRUE(Only(all, "RQ003").empty());
  EXPECT_TRUE(Only(all, "PR004").empty());
}

TEST(RequestRulesTest, HugeRangeIsSummarisedAndFast) {
  const auto start = std::chrono::steady_clock::now();
  const auto all = Lint(MakeRequest("kestrel-all",
                                    "transports = [\"tcp\", \"udp\"]\n"
                                    "ports = \"0-65535\"\n"
                                    "reference = \"RFC 9999\"\n") +
                        kRationale);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  // 8 ports per transport, then one summary per transport.
  EXPECT_EQ(Only(all, "PR004").size(), 18u) << Ids(all);
  EXPECT_EQ(Only(all, "PR005").size(), 18u) << Ids(all);
  EXPECT_EQ(Only(all, "PR006").size(), 1u);
  EXPECT_EQ(Only(all, "PR002").size(), 1u);
  EXPECT_EQ(Only(all, "PR003").size(), 1u);
}

TEST(RequestRulesTest, IetfReferences) {
  for (const char* yes :
       {"RFC 6335", "rfc6335", "RFC-6335", "[RFC6335] section 8",
        "draft-ietf-tsvwg-port-use-11", "draft-smith-foo-bar",
        "https://datatracker.ietf.org/doc/draft-ietf-dnssd-srp/",
        "https://www.rfc-editor.org/rfc/rfc9000.html"}) {
    EXPECT_TRUE(IsIetfReference(yes)) << yes;
  }
  for (const char* no :
       {"", "https://example.com/spec", "https://example.com/draft-spec",
        "ACME RFC-style spec", "xrfc1234", "internal document"}) {
    EXPECT_FALSE(IsIetfReference(no)) << no;
  }
}

TEST(RequestRulesTest, RequestedPorts) {
  Request r;
  r.port = RequestField{};
  r.port->value.kind = ValueKind::kInteger;
  r.port->value.integer = 4999;
  EXPECT_EQ(AnalyzePorts(r).Describe(), "port 4999");
  r.port->value.integer = -1;
  ASSERT_EQ(AnalyzePorts(r).problems.size(), 1u);

  r.port.reset();
  r.ports = RequestField{};
  r.ports->value.kind = ValueKind::kString;
  for (const char* good : {"5000-5003", " 5000 - 5003 ", "5000"}) {
    r.ports->value.text = good;
    EXPECT_TRUE(AnalyzePorts(r).problems.empty()) << good;
  }
  r.ports->value.text = "5000-5003";
  EXPECT_EQ(AnalyzePorts(r).count(), 4u);
  EXPECT_EQ(AnalyzePorts(r).Describe(), "ports 5000-5003");
  for (const char* bad : {"5003-5000", "5000-", "-5", "a-b", "0-65536",
                          "5000-5003-5005", "", "100000"}) {
    r.ports->value.text = bad;
    const RequestedPorts p = AnalyzePorts(r);
    EXPECT_TRUE(p.ranges.empty()) << bad;
    ASSERT_EQ(p.problems.size(), 1u) << bad;
    EXPECT_EQ(p.problems[0].kind, PortProblem::Kind::kMalformedRange);
  }
}

// The registry is the false-positive detector: pairs it holds that are not
// secure variants must not be flagged, real ones must.
TEST(RequestRulesTest, SecurePairsAgainstTheRealRegistry) {
  struct Case {
    const char* name;
    const char* description;
    bool flagged;
  };
  const Case cases[] = {
      {"bootps", "Bootstrap Protocol Server", false},           // bootp
      {"press", "PEG PRESS Server", false},                     // pres
      {"afs", "AFS License Manager", false},                    // af
      {"nqs", "Network Queueing", false},                       // nq
      {"nss", "Network Security Service", false},               // ns
      {"ipps", "Internet Printing Protocol over HTTPS", true},  // ipp
      {"syslog-ssl", "Syslog", true},                           // syslog
      {"secure-amqp", "AMQP", true},                            // amqp
      {"turn", "Traversal Using Relays", true},                 // turns
      {"opcua", "OPC UA", true},                                // opcua-tls
      {"kestrel-feed", "Kestrel Sensor Feed", false},
  };
  for (const Case& c : cases) {
    const std::string text = "[[request]]\nservice = \"" + std::string(c.name) +
                             "\"\ndescription = \"" + c.description + "\"\n";
    const auto all = Lint(text);
    EXPECT_EQ(Only(all, "PR008").size(), c.flagged ? 1u : 0u) << c.name << "\n"
                                                              << Ids(all);
  }
}

TEST(RequestRulesTest, Emails) {
  auto problems = [](const std::string& email) {
    const std::string text =
        "[[request]]\nassignee = { name = \"A\", email = \"" + email + "\" }\n";
    return Only(Lint(text), "RQ005").size();
  };
  for (const char* good : {"jane@example.com", "jane.doe+iana@mail.example.org",
                           "j_d@xn--bcher-kva.example", "o'brien@example.ie"}) {
    EXPECT_EQ(problems(good), 0u) << good;
  }
  for (const char* bad :
       {"jane", "jane@", "@example.com", "jane@example", "jane@@example.com",
        "Jane <jane@example.com>", "mailto:jane@example.com",
        "jane@example.com, joe@example.com", "jane..doe@example.com",
        ".jane@example.com", "jane@-example.com", "jane@example..com",
        " jane@example.com", "jane@exa_mple.com"}) {
    EXPECT_EQ(problems(bad), 1u) << bad;
  }
}

TEST(RequestRulesTest, DccpServiceCodes) {
  auto messages = [](const std::string& code) {
    const std::string text =
        "[[request]]\ntransports = [\"dccp\"]\nservice_code = " + code + "\n";
    std::vector<std::string> out;
    // The findings must outlive the loop: Only() points into them.
    const std::vector<Diagnostic> all = Lint(text);
    for (const Diagnostic* d : Only(all, "RQ008")) {
      out.push_back(d->message);
    }
    return out;
  };
  EXPECT_TRUE(messages("1179796058").empty());
  EXPECT_TRUE(messages("\"SC:FRBZ\"").empty());
  EXPECT_EQ(messages("4294967295").size(), 1u);
  EXPECT_EQ(messages("4294967296").size(), 1u);  // not 32-bit
  EXPECT_EQ(messages("-1").size(), 1u);
  EXPECT_EQ(messages("1073741823").size(), 1u);  // last Private Use code
  EXPECT_TRUE(messages("1073741824").empty());
  const auto taken = messages("1145656131");
  ASSERT_EQ(taken.size(), 1u);
  EXPECT_NE(taken[0].find("'discard'"), std::string::npos) << taken[0];
}

TEST(RequestRulesTest, UnknownKeysSuggestCloseOnes) {
  const auto all =
      Lint("[[request]]\ntransport = [\"tcp\"]\ntxtkeys = {}\nwhatever = 1\n");
  const auto unknown = Only(all, "RQ002");
  ASSERT_EQ(unknown.size(), 3u) << Ids(all);
  EXPECT_EQ(unknown[0]->message,
            "unknown key 'transport' in [[request]]; did you mean "
            "'transports'?");
  EXPECT_EQ(unknown[1]->message,
            "unknown key 'txtkeys' in [[request]]; did you mean 'txt_keys'?");
  EXPECT_EQ(unknown[2]->message, "unknown key 'whatever' in [[request]]");
}

}  // namespace
}  // namespace svclint
