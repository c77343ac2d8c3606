// RQ009 description-style: the description is the registry's one-line
// title, so it should be short (RFC 6335 §8.1.1), readable (not a string of
// acronyms) and free of words that are redundant in the registry (RFC 6335
// §5): "service" and "protocol".
//
//   description = "Example synchronisation service"  -> redundant-word,
//                                                        at "service"
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/rules/request/request_rules.h"
#include "lint/rules/request/request_util.h"

namespace svclint {
namespace {

// Registry descriptions are titles: nearly all are well under this.
constexpr size_t kMaxLength = 60;
// This many acronyms, and more acronyms than other words, is a wall of
// letters ("ACME XRPC RPC SVC for PKI").
constexpr size_t kMinAcronyms = 3;

struct Word {
  std::string_view text;
  size_t offset;
};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsAsciiAlnum(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
    if (i > start) words.push_back({text.substr(start, i - start), start});
  }
  return words;
}

// Two or more capitals and nothing lower-case: "RPC", "IPV6", "X11".
bool IsAcronym(std::string_view word) {
  size_t capitals = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

size_t CodePoints(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

void CheckDescriptionStyle(const Request& request, CheckContext& ctx) {
  const RequestValue* description = StringField(request.description);
  if (description == nullptr || IsBlank(description->text)) return;
  const std::string_view text = description->text;

  if (const size_t length = CodePoints(text); length > kMaxLength) {
    ctx.sink.Report(RuleId::kRQ009, description->TextSpan(),
                    {{"length", absl::StrCat(length)},
                     {"limit", absl::StrCat(kMaxLength)}});
  }

  const std::vector<Word> words = Words(text);
  std::vector<std::string_view> acronyms;
  for (const Word& w : words) {
    if (IsAcronym(w.text)) acronyms.push_back(w.text);
  }
  if (acronyms.size() >= kMinAcronyms && acronyms.size() * 2 > words.size()) {
    std::string list;
    for (std::string_view a : acronyms) {
      if (!list.empty()) list += ", ";
      list += a;
    }
    ctx.sink.Report(RuleId::kRQ009, description->TextSpan(),
                    {{"acronyms", list}}, {}, "acronyms");
  }

  // Each redundant word once, at its first use.
  std::vector<std::string> reported;
  for (const Word& w : words) {
    const std::string lower = AsciiLower(w.text);
    if (lower != "service" && lower != "services" && lower != "protocol" &&
        lower != "protocols") {
      continue;
    }
    if (std::find(reported.begin(), reported.end(), lower) != reported.end()) {
      continue;
    }
    reported.push_back(lower);
    const SourceSpan where =
        description->text_exact
            ? SpanAt(description->text_at, w.offset, w.text.size())
            : description->span;
    ctx.sink.Report(RuleId::kRQ009, where, {{"word", w.text}}, {},
                    "redundant-word");
  }
}

}  // namespace svclint
