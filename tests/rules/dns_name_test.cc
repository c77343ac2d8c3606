// Table tests of the DNS name and DNS-SD name parsers: each row is an input
// and a compact dump of what was parsed.

#include "lint/parse/dns_name.h"

#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "lint/parse/dnssd_name.h"
#include "lint/parse/txt_record.h"

namespace svclint {
namespace {

// "label@offset/wire|..." plus "." when absolute and "!kind@offset" per
// bad escape, then the wire size.
std::string Dump(const DnsName& n) {
  std::string out;
  for (size_t i = 0; i < n.labels.size(); ++i) {
    absl::StrAppend(&out, i ? "|" : "", std::string(n.LabelText(i)), "@",
                    n.labels[i].offset, "/", n.labels[i].wire_size);
  }
  if (n.absolute) out += ".";
  for (const BadEscape& e : n.bad_escapes) {
    absl::StrAppend(&out, " !", static_cast<int>(e.kind), "@", e.offset, "+",
                    e.size);
  }
  absl::StrAppend(&out, " =", n.wire_size);
  return out;
}

TEST(DnsNameTest, SplitsLabels) {
  struct Case {
    std::string_view in, out;
  } cases[] = {
      {"", " =1"},
      {".", ". =1"},
      {"_http._tcp", "_http@0/5|_tcp@6/4 =12"},
      {"_http._tcp.local.", "_http@0/5|_tcp@6/4|local@11/5. =18"},
      {R"(My\.Printer._ipp._tcp.local.)",
       R"(My\.Printer@0/10|_ipp@12/4|_tcp@17/4|local@22/5. =28)"},
      {R"(a\\b.c)", R"(a\\b@0/3|c@5/1 =7)"},
      {R"(Space\032Here.x)", R"(Space\032Here@0/10|x@14/1 =14)"},
      {"a..b", "a@0/1|@2/0|b@3/1 =6"},
      {".a", "@0/0|a@1/1 =4"},
      {"a..", "a@0/1|@2/0. =4"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Dump(ParseDnsName(c.in)), c.out) << c.in;
  }
}

TEST(DnsNameTest, RecordsBadEscapesAndGoesOn) {
  struct Case {
    std::string_view in, out;
  } cases[] = {
      {R"(a\q.b)", R"(a\q@0/2|b@4/1 !0@1+2 =6)"},
      {R"(a\256.b)", R"(a\256@0/2|b@6/1 !1@1+4 =6)"},
      {R"(a\25x.b)", R"(a\25x@0/3|b@6/1 !1@1+3 =7)"},
      {R"(ab\)", R"(ab\@0/3 !2@2+1 =5)"},
      // A bad escape still swallows the character after it, so "\."-like
      // sequences never split a label by accident.
      {"a\\\xC3\xA9.b", "a\\\xC3\xA9@0/2|b@5/1 !0@1+3 =6"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Dump(ParseDnsName(c.in)), c.out) << c.in;
  }
}

TEST(DnsNameTest, DecodesEscapes) {
  EXPECT_EQ(DecodeEscape(R"(\.)", 0).value, '.');
  EXPECT_EQ(DecodeEscape(R"(\\)", 0).value, '\\');
  EXPECT_EQ(DecodeEscape(R"(\000)", 0).value, 0);
  EXPECT_EQ(DecodeEscape(R"(\255)", 0).value, 255);
  EXPECT_TRUE(DecodeEscape(R"(\255)", 0).valid);
  EXPECT_FALSE(DecodeEscape(R"(\256)", 0).valid);
  EXPECT_FALSE(DecodeEscape(R"(\a)", 0).valid);
  EXPECT_EQ(DecodeEscape(R"(\)", 0).kind, BadEscape::Kind::kDangling);
}

// Roles, one letter per label: I instance, T subtype, S _sub, V service,
// P protocol, D domain, M meta-query, N nested, X stray, B misplaced _sub,
// R repeated protocol. Then service/protocol/sub indices.
std::string Roles(std::string_view in, bool with_instance) {
  const DnssdName d = ParseDnssdName(in, with_instance);
  std::string out;
  for (size_t i = 0; i < d.size(); ++i) out += "ITSVPDMNXBR"[int(d.role(i))];
  absl::StrAppend(&out, " v", d.service, " p", d.protocol, " s", d.sub);
  if (with_instance) absl::StrAppend(&out, " i", d.instance_end);
  return out;
}

TEST(DnssdNameTest, GivesEachLabelItsRole) {
  struct Case {
    std::string_view in;
    bool instance;
    std::string_view out;
  } cases[] = {
      {"_http._tcp", false, "VP v0 p1 s-1"},
      {"_http._tcp.local.", false, "VPD v0 p1 s-1"},
      {"_ipp._tcp.example.com", false, "VPDD v0 p1 s-1"},
      {"_printer._sub._http._tcp", false, "TSVP v2 p3 s1"},
      {"_daap._http._tcp", false, "NVP v1 p2 s-1"},
      {"Printer._ipp._tcp", false, "XVP v1 p2 s-1"},
      {"_foo._sctp", false, "VP v0 p1 s-1"},
      {"_http", false, "V v0 p-1 s-1"},
      {"http", false, "V v0 p-1 s-1"},
      {"http._tcp", false, "VP v0 p1 s-1"},
      {"_http.tcp", false, "VP v0 p1 s-1"},
      {"_tcp.local", false, "PD v-1 p0 s-1"},
      {"_http._tcp._udp", false, "VPR v0 p1 s-1"},
      {"_http._tcp._sub", false, "VPB v0 p1 s-1"},
      {"_sub._http._tcp", false, "SVP v1 p2 s0"},
      // The subtype is read from the right (RFC 6763 §7.1): the `_sub`
      // next to the service marks it, whatever comes before.
      {"_a._sub._b._sub._http._tcp", false, "TTTSVP v4 p5 s3"},
      {"_sub._sub._http._tcp", false, "TSVP v2 p3 s1"},
      {"_printer._sub", false, "TB v-1 p-1 s-1"},
      {"_services._dns-sd._udp.local", false, "MMMD v1 p2 s-1"},
      {"b._dns-sd._udp", false, "MMM v1 p2 s-1"},
      {"b._dns-sd._udp", true, "MMM v1 p2 s-1 i0"},
      {R"(My\.Printer._ipp._tcp.local.)", true, "IVPD v1 p2 s-1 i1"},
      {"Two.Labels._ipp._tcp", true, "IIVP v2 p3 s-1 i2"},
      {"_ipp._tcp", true, "VP v0 p1 s-1 i0"},
      {"Printer._ipp._sctp", true, "IVP v1 p2 s-1 i1"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Roles(c.in, c.instance), c.out) << c.in;
  }
}

TEST(DnssdNameTest, ServiceNameAndTransport) {
  const DnssdName d = ParseDnssdName("_printer._sub._HTTP._Tcp", false);
  EXPECT_EQ(d.ServiceName(), "HTTP");
  EXPECT_EQ(d.ServiceNameOffset(), 15u);
  EXPECT_EQ(d.transport, Transport::kTcp);
  EXPECT_EQ(ParseDnssdName("_x._udp", false).transport, Transport::kUdp);
  EXPECT_EQ(ParseDnssdName("_x._sctp", false).transport, Transport::kNone);
  EXPECT_EQ(ParseDnssdName("http._tcp", false).ServiceName(), "http");
}

TEST(TxtRecordTest, SplitsKeyAndValue) {
  TxtEntry e = ParseTxtString("path=/queue=1");
  EXPECT_EQ(e.key, "path");
  EXPECT_EQ(e.value, "/queue=1");
  EXPECT_TRUE(e.has_value);
  EXPECT_EQ(e.value_offset, 5u);
  e = ParseTxtString("duplex");
  EXPECT_EQ(e.key, "duplex");
  EXPECT_FALSE(e.has_value);
  e = ParseTxtString("=x");
  EXPECT_TRUE(e.key.empty());
  EXPECT_EQ(e.value, "x");
  e = ParseTxtString("key=");
  EXPECT_TRUE(e.has_value);
  EXPECT_TRUE(e.value.empty());
}

}  // namespace
}  // namespace svclint
