#include "lint/parse/toml_document.h"

#include <string>

#include "gtest/gtest.h"
#include "lint/parse/toml_depth_guard.h"

namespace svclint {
namespace {

TEST(TomlDocumentTest, SpansCountBytesNotCodePoints) {
  TomlDocument doc("a = [\"ééé\", 3]\nb = \"€\"\n");
  ASSERT_FALSE(doc.Parse().has_value());
  const toml::array& a = *doc.root()["a"].as_array();
  EXPECT_EQ(doc.Span(a[0].source()), (SourceSpan{1, 6, 1, 14}));
  EXPECT_EQ(doc.Span(a[1].source()), (SourceSpan{1, 16, 1, 17}));
  EXPECT_EQ(doc.Span(doc.root()["b"].node()->source()),
            (SourceSpan{2, 5, 2, 10}));
}

TEST(TomlDocumentTest, ByteOrderMarkIsNotACodePointButIsThreeBytes) {
  TomlDocument doc("\xEF\xBB\xBFx = 1\n");
  ASSERT_FALSE(doc.Parse().has_value());
  EXPECT_EQ(doc.Span(doc.root()["x"].node()->source()),
            (SourceSpan{1, 8, 1, 9}));
}

TEST(TomlDocumentTest, SyntaxErrorHasTheByteColumnAndToml_ppsReason) {
  TomlDocument doc("k = \"é\"\nv = [1,\n");
  const std::optional<ParseError> error = doc.Parse();
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->span.line, 2u);  // toml++ stops at the end of line 2
  EXPECT_FALSE(error->reason.empty());
}

TEST(TomlDocumentTest, TooDeepKeyIsAnErrorAtTheDotNotACrash) {
  std::string deep = "a";
  for (int i = 0; i < 200; ++i) deep += ".a";
  deep += " = 1\n";
  TomlDocument doc(deep);  // the document views the text: keep it alive
  const std::optional<ParseError> error = doc.Parse();
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->span, (SourceSpan{1, 258, 1, 259}));  // the 129th dot
  EXPECT_EQ(error->reason, kTooDeepTomlKey);
}

TEST(TomlDocumentTest, TypedGetterGivesTheValueOrItsTypeAndSpan) {
  TomlDocument doc("s = \"x\"\nn = 7\n");
  ASSERT_FALSE(doc.Parse().has_value());
  const TomlTyped<std::string> s = doc.Get<std::string>(*doc.root().get("s"));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->get(), "x");
  const TomlTyped<std::string> n = doc.Get<std::string>(*doc.root().get("n"));
  ASSERT_FALSE(n);
  EXPECT_EQ(n.error.found, "an integer");
  EXPECT_EQ(n.error.span, (SourceSpan{2, 5, 2, 6}));
  EXPECT_TRUE(doc.Get<int64_t>(*doc.root().get("n")));
}

}  // namespace
}  // namespace svclint
