#include "lint/parse/dnssd_unit.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/config_value.h"
#include "lint/parse/text_positions.h"

namespace svclint {
namespace {

// systemd's LONG_LINE_MAX: longer (logical) lines are an error.
constexpr size_t kMaxLine = 1u << 20;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One logical line: its bytes (continuations joined) and each byte's
// file offset.
struct LogicalLine {
  std::string text;
  std::vector<uint32_t> offsets;
  size_t first_line_offset = 0;  // where its first physical line starts

  void Append(std::string_view bytes, size_t offset) {
    text.append(bytes);
    for (size_t i = 0; i < bytes.size(); ++i) {
      offsets.push_back(static_cast<uint32_t>(offset + i));
    }
  }
  // Raw offset just past bytes [.., j) (j > 0), or of byte j when empty.
  size_t EndOffset(size_t i, size_t j) const {
    if (j > i) return offsets[j - 1] + 1;
    return i < offsets.size() ? offsets[i] : first_line_offset;
  }
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// systemd's cunescape_one(): decodes the escape after a backslash at
// s[0]; returns how many bytes it used (0: invalid, kept verbatim).
size_t CUnescapeOne(std::string_view s, std::string& out) {
  if (s.empty()) return 0;
  auto hex = [&](size_t from, size_t n, uint32_t& v) {
    if (s.size() < from + n) return false;
    v = 0;
    for (size_t k = from; k < from + n; ++k) {
      const int d = HexValue(s[k]);
      if (d < 0) return false;
      v = v << 4 | static_cast<uint32_t>(d);
    }
    return true;
  };
  out.clear();
  switch (s[0]) {
    case 'a':
      out.assign(1, '\a');
      return 1;
    case 'b':
      out.assign(1, '\b');
      return 1;
    case 'f':
      out.assign(1, '\f');
      return 1;
    case 'n':
      out.assign(1, '\n');
      return 1;
    case 'r':
      out.assign(1, '\r');
      return 1;
    case 't':
      out.assign(1, '\t');
      return 1;
    case 'v':
      out.assign(1, '\v');
      return 1;
    case 's':
      out.assign(1, ' ');
      return 1;
    case '\\':
    case '"':
    case '\'':
      out.assign(1, s[0]);
      return 1;
    case 'x': {
      uint32_t v;
      if (!hex(1, 2, v) || v == 0) return 0;
      out.assign(1, static_cast<char>(v));  // an 8-bit byte, as systemd
      return 3;
    }
    case 'u':
    case 'U': {
      const size_t n = s[0] == 'u' ? 4 : 8;
      uint32_t v;
      if (!hex(1, n, v) || v == 0 || v > 0x10FFFF ||
          (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
      }
      AppendUtf8(v, out);
      return n + 1;
    }
    default:
      break;
  }
  if (s[0] >= '0' && s[0] <= '7') {
    if (s.size() < 3) return 0;
    uint32_t v = 0;
    for (size_t k = 0; k < 3; ++k) {
      if (s[k] < '0' || s[k] > '7') return 0;
      v = v << 3 | static_cast<uint32_t>(s[k] - '0');
    }
    if (v == 0 || v > 255) return 0;
    out.assign(1, static_cast<char>(v));
    return 3;
  }
  return 0;
}

struct Word {
  ValueBuilder bytes;
  size_t begin = 0;  // raw offsets of the word as written
  size_t end = 0;
};

class DnssdLoader {
 public:
  DnssdLoader(std::string_view path, std::string_view content)
      : path_(path), content_(content), positions_(content) {}

  absl::StatusOr<ServiceConfigFile> Load();

 private:
  absl::Status Error(size_t offset, std::string_view reason) const {
    return positions_.Error(path_, offset, reason);
  }
  // The value of bytes [i, j) of `line`.
  ConfigValue Slice(const LogicalLine& line, size_t i, size_t j) const {
    ValueBuilder b;
    for (size_t k = i; k < j; ++k) b.Append(line.text[k], line.offsets[k]);
    const size_t begin =
        i < line.offsets.size() ? line.offsets[i] : line.EndOffset(i, j);
    return std::move(b).Build(content_, positions_, begin,
                              line.EndOffset(i, j));
  }
  absl::Status ParseLine(const LogicalLine& line);
  absl::Status Assign(const LogicalLine& line, size_t key_begin, size_t key_end,
                      size_t value_begin, size_t value_end);
  // systemd's extract_first_word(EXTRACT_UNQUOTE | EXTRACT_CUNESCAPE |
  // EXTRACT_UNESCAPE_RELAX) over bytes [i, j) of `line`.
  absl::StatusOr<std::vector<Word>> Words(const LogicalLine& line, size_t i,
                                          size_t j) const;
  absl::Status AddTxtRecord(const LogicalLine& line, size_t i, size_t j,
                            bool base64);

  std::string_view path_;
  std::string_view content_;
  TextPositions positions_;
  ServiceConfigFile file_;
  ServiceConfig service_;
  bool seen_service_ = false;
  enum class Section { kNone, kService, kIgnored } section_ = Section::kNone;
};

absl::StatusOr<std::vector<Word>> DnssdLoader::Words(const LogicalLine& line,
                                                     size_t i, size_t j) const {
  std::vector<Word> words;
  const std::string_view text = line.text;
  std::string unescaped;
  while (true) {
    while (i < j && IsBlank(text[i])) ++i;
    if (i >= j) break;
    Word& w = words.emplace_back();
    w.begin = line.offsets[i];
    char quote = 0;
    size_t quote_at = 0;
    while (i < j) {
      const char c = text[i];
      if (c == '\\') {
        const size_t n =
            CUnescapeOne(text.substr(i + 1, j - (i + 1)), unescaped);
        if (n == 0) {
          // UNESCAPE_RELAX: an unknown escape stays as written; a '\' at the
          // very end too (outside quotes; inside, the quote is unterminated).
          w.bytes.Append('\\', line.offsets[i]);
          if (i + 1 < j) w.bytes.Append(text[i + 1], line.offsets[i + 1]);
          i += 2;
        } else {
          w.bytes.Append(unescaped, line.offsets[i]);
          i += 1 + n;
        }
        continue;
      }
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.bytes.Append(c, line.offsets[i]);
        }
        ++i;
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        quote_at = line.offsets[i];
        ++i;
        continue;
      }
      if (IsBlank(c)) break;
      w.bytes.Append(c, line.offsets[i]);
      ++i;
    }
    if (quote != 0) {
      return Error(quote_at,
                   "unterminated quote; systemd ignores the whole line");
    }
    w.end = line.EndOffset(0, std::min(i, j));
  }
  return words;
}

absl::Status DnssdLoader::AddTxtRecord(const LogicalLine& line, size_t i,
                                       size_t j, bool base64) {
  absl::StatusOr<std::vector<Word>> words = Words(line, i, j);
  if (!words.ok()) return words.status();
  ConfigTxtRecord record;
  for (Word& w : *words) {
    const std::string_view text = w.bytes.text();
    const size_t eq = text.find('=');
    ValueBuilder b;
    const size_t key_end = eq == std::string_view::npos ? text.size() : eq;
    for (size_t k = 0; k < key_end; ++k) {
      b.Append(text[k], w.bytes.offsets()[k]);
    }
    const std::string_view value =
        eq == std::string_view::npos ? std::string_view() : text.substr(eq + 1);
    // resolved-dnssd.c: "key=" with an empty value publishes the bare key.
    if (!value.empty()) {
      b.Append('=', w.bytes.offsets()[eq]);
      if (!base64) {
        for (size_t k = eq + 1; k < text.size(); ++k) {
          b.Append(text[k], w.bytes.offsets()[k]);
        }
      } else {
        std::string padded(value), decoded;
        while (padded.size() % 4 != 0) padded.push_back('=');
        if (!DecodeBase64(padded, decoded)) {
          return Error(w.bytes.offsets()[eq + 1],
                       "invalid base64 in TxtData= value");
        }
        for (size_t k = 0; k < decoded.size(); ++k) {
          const size_t source =
              std::min(eq + 1 + k / 3 * 4 + k % 3, text.size() - 1);
          b.Append(decoded[k], w.bytes.offsets()[source]);
        }
      }
    }
    record.strings.push_back(
        std::move(b).Build(content_, positions_, w.begin, w.end));
  }
  // systemd adds no record for a line that yields no strings.
  if (record.strings.empty()) return absl::OkStatus();
  // Deleting a word takes the blanks before it (or, for the first, after
  // it) on the same physical line. A lone word has no clean cut: without
  // it, `TxtText=` would reset every record.
  auto blanks = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (content_[k] != ' ' && content_[k] != '\t') return false;
    }
    return to > from;
  };
  const std::vector<Word>& w = *words;
  for (size_t i = 0; w.size() > 1 && i < w.size(); ++i) {
    if (i > 0 && blanks(w[i - 1].end, w[i].begin)) {
      record.strings[i].element = positions_.Span(w[i - 1].end, w[i].end);
    } else if (i + 1 < w.size() && blanks(w[i].end, w[i + 1].begin)) {
      record.strings[i].element = positions_.Span(w[i].begin, w[i + 1].begin);
    }
  }
  const SourceSpan first =
      positions_.Span(words->front().begin, words->front().begin);
  const SourceSpan last = positions_.Span(words->back().end, words->back().end);
  record.span = {first.line, first.column, last.line, last.column};
  service_.txt_records.push_back(std::move(record));
  return absl::OkStatus();
}

absl::Status DnssdLoader::Assign(const LogicalLine& line, size_t key_begin,
                                 size_t key_end, size_t value_begin,
                                 size_t value_end) {
  const std::string_view key =
      std::string_view(line.text).substr(key_begin, key_end - key_begin);
  const bool empty = value_begin >= value_end;
  auto set = [&](std::optional<ConfigValue>& field) {
    if (empty) {
      field.reset();
    } else {
      field = Slice(line, value_begin, value_end);
    }
  };
  if (key == "Name") {
    set(service_.instance);
    service_.instance_templated = false;
    service_.instance_literals.clear();
    if (!service_.instance) return absl::OkStatus();
    // Specifiers are '%' and one character; "%%" is a literal '%', but it
    // too shifts every later byte, so it splits the literal text as well.
    const std::string_view text = service_.instance->text;
    size_t from = 0;
    for (size_t at = text.find('%'); at != std::string_view::npos;
         at = text.find('%', from)) {
      service_.instance_templated = true;
      if (at > from) {
        service_.instance_literals.push_back(
            {static_cast<uint32_t>(from), static_cast<uint32_t>(at)});
      }
      from = std::min(at + 2, text.size());
    }
    if (service_.instance_templated && from < text.size()) {
      service_.instance_literals.push_back(
          {static_cast<uint32_t>(from), static_cast<uint32_t>(text.size())});
    }
  } else if (key == "Type") {
    set(service_.type);
  } else if (key == "SubType") {
    service_.subtypes.clear();
    if (!empty) {
      service_.subtypes.push_back(
          {Slice(line, value_begin, value_end), /*full=*/false});
    }
  } else if (key == "Port") {
    set(service_.port);
    service_.port_number.reset();
    if (service_.port) service_.port_number = ParseDecimal(service_.port->text);
  } else if (key == "Priority") {
    set(service_.priority);
  } else if (key == "Weight") {
    set(service_.weight);
  } else if (key == "TxtText" || key == "TxtData") {
    if (empty) {
      service_.txt_records.clear();
      return absl::OkStatus();
    }
    return AddTxtRecord(line, value_begin, value_end, key == "TxtData");
  } else if (!key.starts_with("X-")) {
    static constexpr std::string_view kKeys[] = {
        "Name",     "Type",   "SubType", "Port",
        "Priority", "Weight", "TxtText", "TxtData"};
    file_.issues.push_back({ConfigIssue::Kind::kUnknownField, std::string(key),
                            "[Service]", "",
                            positions_.Span(line.offsets[key_begin],
                                            line.EndOffset(key_begin, key_end)),
                            std::string(ClosestWord(key, kKeys))});
  }
  return absl::OkStatus();
}

absl::Status DnssdLoader::ParseLine(const LogicalLine& line) {
  const std::string_view text = line.text;
  size_t i = 0, j = text.size();
  while (i < j && IsBlank(text[i])) ++i;
  while (j > i && IsBlank(text[j - 1])) --j;
  if (i == j) return absl::OkStatus();
  if (text[i] == '[') {
    if (text[j - 1] != ']') {
      return Error(line.offsets[i], "invalid section header: no closing ']'");
    }
    const std::string_view name = text.substr(i + 1, j - i - 2);
    if (name == "Service") {
      section_ = Section::kService;
      if (!seen_service_) {
        service_.span =
            positions_.Span(line.offsets[i], line.offsets[j - 1] + 1);
        seen_service_ = true;
      }
    } else {
      section_ = Section::kIgnored;
      if (!name.starts_with("X-")) {
        static constexpr std::string_view kSections[] = {"Service"};
        const bool typo = !ClosestWord(name, kSections).empty();
        file_.issues.push_back(
            {ConfigIssue::Kind::kUnknownField,
             absl::StrCat("[", AsAbsl(name), "]"),
             "this unit; systemd-resolved reads only [Service]", "",
             positions_.Span(line.offsets[i], line.offsets[j - 1] + 1),
             typo ? "[Service]" : ""});
      }
    }
    return absl::OkStatus();
  }
  const size_t eq = text.find('=', i);
  if (eq == std::string_view::npos || eq >= j) {
    return Error(line.offsets[i], "missing '=' in assignment");
  }
  size_t key_end = eq;
  while (key_end > i && IsBlank(text[key_end - 1])) --key_end;
  if (key_end == i) return Error(line.offsets[i], "missing key before '='");
  size_t value_begin = eq + 1;
  while (value_begin < j && IsBlank(text[value_begin])) ++value_begin;
  if (section_ == Section::kIgnored) return absl::OkStatus();
  if (section_ == Section::kNone) {
    file_.issues.push_back(
        {ConfigIssue::Kind::kUnknownField,
         std::string(text.substr(i, key_end - i)),
         "no section; systemd-resolved ignores it", "",
         positions_.Span(line.offsets[i], line.EndOffset(i, key_end))});
    return absl::OkStatus();
  }
  return Assign(line, i, key_end, value_begin, j);
}

absl::StatusOr<ServiceConfigFile> DnssdLoader::Load() {
  LogicalLine line;
  bool continuing = false;
  size_t pos = content_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (pos < content_.size()) {
    // systemd's read_line(): a line ends at LF, CR, CR LF or NUL.
    size_t end = pos;
    while (end < content_.size() && content_[end] != '\n' &&
           content_[end] != '\r' && content_[end] != '\0') {
      ++end;
    }
    size_t next = end + 1;
    if (end + 1 < content_.size() && content_[end] == '\r' &&
        content_[end + 1] == '\n') {
      ++next;
    }
    const std::string_view physical = content_.substr(pos, end - pos);
    const size_t lead = physical.find_first_not_of(" \t");
    if (lead != std::string_view::npos &&
        (physical[lead] == '#' || physical[lead] == ';')) {
      pos = next;  // a comment, even in the middle of a continuation
      continue;
    }
    if (!continuing) {
      line = LogicalLine();
      line.first_line_offset = pos;
    }
    if (line.text.size() + physical.size() > kMaxLine) {
      return Error(pos, "line too long (systemd's limit is 1 MiB)");
    }
    line.Append(physical, pos);
    // An odd run of trailing backslashes continues the line; systemd turns
    // the last one into a space.
    size_t slashes = 0;
    while (slashes < line.text.size() &&
           line.text[line.text.size() - 1 - slashes] == '\\') {
      ++slashes;
    }
    continuing = slashes % 2 == 1;
    if (continuing) {
      line.text.back() = ' ';
    } else if (absl::Status s = ParseLine(line); !s.ok()) {
      return s;
    }
    pos = next;
  }
  if (continuing) {
    if (absl::Status s = ParseLine(line); !s.ok()) return s;
  }
  if (!seen_service_) {
    file_.issues.push_back({ConfigIssue::Kind::kMissingField, "[Service]", "",
                            "", positions_.Span(0, 0)});
    return std::move(file_);
  }
  if (!service_.instance) {
    file_.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "Name", "", "", service_.span});
  }
  if (!service_.type) {
    file_.issues.push_back(
        {ConfigIssue::Kind::kMissingField, "Type", "", "", service_.span});
  }
  file_.services.push_back(std::move(service_));
  return std::move(file_);
}

}  // namespace

absl::StatusOr<ServiceConfigFile> ParseDnssdUnit(std::string_view path,
                                                 std::string_view content) {
  return DnssdLoader(path, content).Load();
}

}  // namespace svclint
