#include "lint/parse/config_value.h"

#include <algorithm>
#include <limits>

#include "lint/base/strings.h"

namespace svclint {

ConfigValue ValueBuilder::Build(std::string_view content,
                                const TextPositions& positions, size_t begin,
                                size_t end) && {
  ConfigValue v;
  const size_t first = offsets_.empty() ? begin : offsets_.front();
  end = std::max(end, first);
  v.offset = static_cast<uint32_t>(first);
  // The span covers the value as written, e.g. with the quotes around a
  // .dnssd word; `offset` is where its first byte comes from.
  v.span = positions.Span(std::min(begin, first), end);
  // Verbatim: consecutive offsets, one line, and the very same bytes.
  bool verbatim = text_.find('\n') == std::string::npos &&
                  first + text_.size() <= content.size() &&
                  content.substr(first, text_.size()) == text_;
  for (size_t i = 0; verbatim && i < offsets_.size(); ++i) {
    verbatim = offsets_[i] == first + i;
  }
  if (!verbatim) {
    v.byte_offsets = std::move(offsets_);
    v.byte_offsets.push_back(static_cast<uint32_t>(end));
  }
  v.text = std::move(text_);
  return v;
}

ConfigValue VerbatimValue(std::string_view content,
                          const TextPositions& positions, size_t begin,
                          size_t end) {
  ValueBuilder b;
  for (size_t i = begin; i < end && i < content.size(); ++i) {
    b.Append(content[i], i);
  }
  return std::move(b).Build(content, positions, begin, end);
}

namespace {

int Base64Digit(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

SourceSpan CutSpan(std::string_view content, const TextPositions& positions,
                   size_t begin, size_t end) {
  size_t line_begin = begin;
  while (line_begin > 0 &&
         (content[line_begin - 1] == ' ' || content[line_begin - 1] == '\t')) {
    --line_begin;
  }
  size_t line_end = end;
  while (line_end < content.size() &&
         (content[line_end] == ' ' || content[line_end] == '\t' ||
          content[line_end] == '\r')) {
    ++line_end;
  }
  const bool starts_line = line_begin == 0 || content[line_begin - 1] == '\n';
  const bool ends_line = line_end < content.size() && content[line_end] == '\n';
  if (starts_line && ends_line) return positions.Span(line_begin, line_end + 1);
  // Take the blanks on one side, so what follows keeps its indentation.
  return starts_line ? positions.Span(begin, line_end)
                     : positions.Span(line_begin, end);
}

std::string_view ClosestWord(std::string_view word,
                             std::span<const std::string_view> known) {
  // Case, '-' and '_' do not count; then one edit for a short word, two
  // for a longer one, a swap of neighbours being one edit ("Nmae"): the
  // optimal string alignment distance.
  auto fold = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c != '-' && c != '_') out.push_back(AsciiToLower(c));
    }
    return out;
  };
  const std::string a = fold(word);
  if (a.size() > 64) return {};
  std::string_view best;
  size_t best_distance = a.size() <= 4 ? 1 : 2;
  for (std::string_view candidate : known) {
    const std::string b = fold(candidate);
    const size_t w = b.size() + 1;
    std::vector<size_t> d((a.size() + 1) * w);
    for (size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
    for (size_t j = 0; j <= b.size(); ++j) d[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
      for (size_t j = 1; j <= b.size(); ++j) {
        const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
        size_t v = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1,
                             d[(i - 1) * w + j - 1] + cost});
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          v = std::min(v, d[(i - 2) * w + j - 2] + 1);
        }
        d[i * w + j] = v;
      }
    }
    if (d[a.size() * w + b.size()] <= best_distance) {
      best = candidate;
      best_distance = d[a.size() * w + b.size()];
    }
  }
  return best;
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | ((cp >> 18) & 0x07)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool DecodeBase64(std::string_view in, std::string& out) {
  out.clear();
  if (in.size() % 4 != 0) return false;
  size_t padding = 0;
  if (!in.empty() && in.back() == '=') ++padding;
  if (in.size() >= 2 && in[in.size() - 2] == '=') ++padding;
  uint32_t acc = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    int d = 0;
    if (i >= in.size() - padding) {
      if (in[i] != '=') return false;
    } else {
      d = Base64Digit(in[i]);
      if (d < 0) return false;
    }
    acc = (acc << 6) | static_cast<uint32_t>(d);
    if (i % 4 == 3) {
      out.push_back(static_cast<char>((acc >> 16) & 0xFF));
      out.push_back(static_cast<char>((acc >> 8) & 0xFF));
      out.push_back(static_cast<char>(acc & 0xFF));
      acc = 0;
    }
  }
  out.resize(out.size() - padding);
  return true;
}

bool DecodeHex(std::string_view in, std::string& out) {
  out.clear();
  if (in.size() % 2 != 0) return false;
  for (size_t i = 0; i < in.size(); i += 2) {
    const int hi = HexDigit(in[i]);
    const int lo = HexDigit(in[i + 1]);
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<char>(hi << 4 | lo));
  }
  return true;
}

std::optional<int64_t> ParseDecimal(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  constexpr int64_t kCap = std::numeric_limits<int64_t>::max() / 10 - 10;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    if (value < kCap) value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace svclint
