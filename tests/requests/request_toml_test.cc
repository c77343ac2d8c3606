// The request parser: TOML -> model, positions in byte columns, and
// syntax errors as "path:line:col: reason" statuses.

#include "lint/parse/request_toml.h"

#include <string>

#include "gtest/gtest.h"

namespace svclint {
namespace {

RequestFile Parse(const std::string& text) {
  absl::StatusOr<RequestFile> file = ParseRequestToml("f.toml", text);
  EXPECT_TRUE(file.ok()) << file.status();
  return file.ok() ? *std::move(file) : RequestFile{};
}

std::string ErrorOf(const std::string& text) {
  absl::StatusOr<RequestFile> file = ParseRequestToml("f.toml", text);
  EXPECT_FALSE(file.ok());
  return file.ok() ? "" : std::string(file.status().message());
}

TEST(RequestTomlTest, ReadsSeveralRequestsWithTypedValues) {
  const RequestFile file = Parse(
      "[[request]]\n"
      "service = \"example-sync\"\n"
      "transports = [\"tcp\", \"udp\"]\n"
      "port = 4999\n"
      "dnssd = true\n"
      "\n"
      "[[request]]\n"
      "service = 'second'\n");
  ASSERT_EQ(file.requests.size(), 2u);
  const Request& first = file.requests[0];
  EXPECT_EQ(first.header, (SourceSpan{1, 1, 1, 12}));
  ASSERT_TRUE(first.service.has_value());
  EXPECT_EQ(first.service->value.text, "example-sync");
  EXPECT_EQ(first.service->key_span, (SourceSpan{2, 1, 2, 8}));
  EXPECT_EQ(first.service->value.span, (SourceSpan{2, 11, 2, 25}));
  EXPECT_EQ(first.service->value.text_at.column, 12u);
  EXPECT_EQ(first.service->value.TextSpan(), (SourceSpan{2, 12, 2, 24}));
  ASSERT_TRUE(first.transports.has_value());
  ASSERT_EQ(first.transports->value.items.size(), 2u);
  EXPECT_EQ(first.transports->value.items[1].text, "udp");
  EXPECT_EQ(first.transports->value.items[1].span.column, 22u);
  EXPECT_EQ(first.port->value.kind, ValueKind::kInteger);
  EXPECT_EQ(first.port->value.integer, 4999);
  EXPECT_TRUE(first.dnssd->value.boolean);
  EXPECT_EQ(file.requests[1].header.line, 7u);
  EXPECT_EQ(file.requests[1].service->value.text, "second");
  EXPECT_TRUE(file.requests[1].service->value.text_exact);
}

TEST(RequestTomlTest, KeepsTableEntriesInFileOrder) {
  // toml::table iterates by key; the model must not.
  const RequestFile file = Parse(
      "[[request]]\n"
      "txt_keys = { zz = \"last in the alphabet\", txtvers = \"v\", "
      "aa = \"a\" }\n");
  ASSERT_EQ(file.requests.size(), 1u);
  const auto& entries = file.requests[0].txt_keys->value.entries;
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].key, "zz");
  EXPECT_EQ(entries[1].key, "txtvers");
  EXPECT_EQ(entries[2].key, "aa");
}

TEST(RequestTomlTest, ColumnsCountBytesNotCodePoints) {
  const RequestFile file = Parse(
      "[[request]]\n"
      "contact = { name = \"Zoë Ångström\", email = \"z@example.com\" }\n");
  ASSERT_EQ(file.requests.size(), 1u);
  const RequestField* email = file.requests[0].contact->Find("email");
  ASSERT_NE(email, nullptr);
  // "Zoë Ångström" is 12 code points and 15 bytes.
  EXPECT_EQ(email->key_span.column, 39u);
  EXPECT_EQ(email->value.text_at.column, 48u);
  EXPECT_EQ(email->value.span.end_column, 62u);
}

TEST(RequestTomlTest, ByteOrderMarkCountsAsBytes) {
  const RequestFile file = Parse("\xEF\xBB\xBFtitle = 1\n[[request]]\n");
  ASSERT_EQ(file.unknown.size(), 1u);
  EXPECT_EQ(file.unknown[0].key, "title");
  EXPECT_EQ(file.unknown[0].key_span.column, 4u);
}

TEST(RequestTomlTest, TabsAreOneByte) {
  const RequestFile file = Parse("[[request]]\n\tservice =\t\"x\"\n");
  EXPECT_EQ(file.requests[0].service->key_span.column, 2u);
  EXPECT_EQ(file.requests[0].service->value.text_at.column, 13u);
}

TEST(RequestTomlTest, QuotedKeysAnchorInsideTheQuotes) {
  const RequestFile file =
      Parse("[[request]]\ntxt_keys = { \"my key\" = \"x\" }\n");
  const RequestField& key = file.requests[0].txt_keys->value.entries[0];
  EXPECT_EQ(key.key, "my key");
  EXPECT_EQ(key.key_span.column, 14u);
  EXPECT_EQ(key.key_at.column, 15u);
}

TEST(RequestTomlTest, EscapesMakeStringOffsetsInexact) {
  const RequestFile file = Parse(
      "[[request]]\n"
      "service = \"a\\u0041\"\n"
      "description = \"\"\"\nmulti\nline\"\"\"\n"
      "reference = 'C:\\path'\n");
  const Request& r = file.requests[0];
  EXPECT_EQ(r.service->value.text, "aA");
  EXPECT_FALSE(r.service->value.text_exact);
  EXPECT_EQ(r.service->value.TextSpan(), r.service->value.span);
  EXPECT_FALSE(r.description->value.text_exact);
  EXPECT_TRUE(r.reference->value.text_exact);
  EXPECT_EQ(r.reference->value.text, "C:\\path");
}

TEST(RequestTomlTest, RecordsUnknownAndMalformedAsFacts) {
  const RequestFile file = Parse(
      "version = 2\n"
      "[[request]]\n"
      "servise = \"typo\"\n"
      "port = \"80\"\n");
  ASSERT_EQ(file.unknown.size(), 1u);
  EXPECT_EQ(file.unknown[0].key, "version");
  ASSERT_EQ(file.requests.size(), 1u);
  ASSERT_EQ(file.requests[0].unknown.size(), 1u);
  EXPECT_EQ(file.requests[0].unknown[0].key, "servise");
  EXPECT_FALSE(file.requests[0].service.has_value());
  EXPECT_EQ(file.requests[0].port->value.kind, ValueKind::kString);

  const RequestFile odd = Parse("request = \"not a table\"\n");
  EXPECT_TRUE(odd.has_request_key);
  EXPECT_TRUE(odd.requests.empty());
  ASSERT_EQ(odd.malformed.size(), 1u);

  const RequestFile single = Parse("[request]\nservice = \"one\"\n");
  ASSERT_EQ(single.requests.size(), 1u);
  EXPECT_EQ(single.requests[0].service->value.text, "one");

  const RequestFile empty = Parse("");
  EXPECT_FALSE(empty.has_request_key);
  EXPECT_TRUE(empty.requests.empty());
}

TEST(RequestTomlTest, TooDeepTableHeaderIsAnErrorNotACrash) {
  std::string deep = "[";
  for (int i = 0; i < 100000; ++i) deep += i == 0 ? "a" : ".a";
  deep += "]\n";
  EXPECT_EQ(ErrorOf(deep),
            "f.toml:1:259: more than 128 dotted keys on one line: too deeply "
            "nested");
}

TEST(RequestTomlTest, SyntaxErrorsCarryPathLineAndByteColumn) {
  EXPECT_EQ(ErrorOf("[[request]]\nservice =\n").rfind("f.toml:2:10: ", 0), 0u)
      << ErrorOf("[[request]]\nservice =\n");
  // toml++ would say column 19 (code points); the byte column is 20.
  const std::string error = ErrorOf("[[request]]\ndescription = \"é\" x\n");
  EXPECT_EQ(error.rfind("f.toml:2:20: ", 0), 0u) << error;
  const std::string dup = ErrorOf("[[request]]\nport = 1\nport = 2\n");
  EXPECT_EQ(dup.rfind("f.toml:3:", 0), 0u) << dup;
  const std::string bad_utf8 = ErrorOf("a = \"\xff\"\n");
  EXPECT_EQ(bad_utf8.rfind("f.toml:1:", 0), 0u) << bad_utf8;
}

}  // namespace
}  // namespace svclint
