#include "lint/parse/parse_error.h"

#include "absl/status/statusor.h"
#include "gtest/gtest.h"

namespace svclint {
namespace {

TEST(ParseErrorTest, StatusCarriesTheSpanAndReasonBesideItsMessage) {
  const ParseError error{{3, 9, 3, 10}, "expected value: 1:2 is not one"};
  const absl::Status status = ParseErrorStatus("req.toml", error);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "req.toml:3:9: expected value: 1:2 is not one");
  EXPECT_EQ(ParseErrorOf(status), error);
}

TEST(ParseErrorTest, SurvivesStatusOrPropagation) {
  const absl::StatusOr<int> failed =
      ParseErrorStatus("x.csv", {PointSpan({812, 1}), "bad port"});
  const absl::Status copied = failed.status();
  ASSERT_TRUE(ParseErrorOf(copied).has_value());
  EXPECT_EQ(ParseErrorOf(copied)->span, (SourceSpan{812, 1, 812, 2}));
}

TEST(ParseErrorTest, OtherStatusesHaveNone) {
  EXPECT_FALSE(ParseErrorOf(absl::OkStatus()).has_value());
  EXPECT_FALSE(
      ParseErrorOf(absl::InvalidArgumentError("x:1:2: looks positioned"))
          .has_value());
}

}  // namespace
}  // namespace svclint
