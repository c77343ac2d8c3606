#include "lint/parse/registry_csv.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/registry_line_index.h"

namespace svclint {
namespace {

constexpr size_t npos = std::string_view::npos;

struct Field {
  std::string_view value;  // into the text, or the arena when unescaped
  size_t offset = 0;       // first byte of the value (after a quote)
};

// Reads RFC 4180 rows from a text; quoted fields with "" or CR LF inside
// are unescaped into the arena, all others stay views.
class CsvScanner {
 public:
  CsvScanner(std::string_view text, StringArena& arena)
      : text_(text), arena_(arena) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 BOM
  }

  bool done() const { return pos_ >= text_.size(); }
  size_t pos() const { return pos_; }

  // Reads the row at pos(); returns the offset of a quote left open, or
  // npos when the row is well-formed.
  size_t ReadRow(std::vector<Field>& row) {
    row.clear();
    while (true) {
      Field& f = row.emplace_back();
      if (pos_ < text_.size() && text_[pos_] == '"') {
        const size_t open = pos_++;
        f.offset = pos_;
        bool escaped = false;
        while (true) {
          const size_t q = text_.find('"', pos_);
          if (q == npos) return open;
          if (q + 1 < text_.size() && text_[q + 1] == '"') {
            escaped = true;
            pos_ = q + 2;
            continue;
          }
          pos_ = q + 1;
          break;
        }
        std::string_view raw = text_.substr(f.offset, pos_ - 1 - f.offset);
        f.value = escaped || raw.find('\r') != npos ? Unescape(raw) : raw;
      } else {
        f.offset = pos_;
      }
      const size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n') {
        ++pos_;
      }
      if (f.value.data() == nullptr) {
        f.value = text_.substr(start, pos_ - start);
        if (!f.value.empty() && f.value.back() == '\r')
          f.value.remove_suffix(1);
      }
      if (pos_ >= text_.size()) return npos;
      if (text_[pos_++] == '\n') return npos;
    }
  }

 private:
  std::string_view Unescape(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"') ++i;
      if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
      out.push_back(raw[i]);
    }
    return arena_.Save(out);
  }

  std::string_view text_;
  StringArena& arena_;
  size_t pos_ = 0;
};

enum Column : int {
  kName,
  kNumber,
  kProtocol,
  kDescription,
  kAssignee,
  kContact,
  kRegistered,
  kModified,
  kReference,
  kServiceCode,
  kUnauthorized,
  kNote,
  kColumnCount
};

constexpr std::array<std::string_view, kColumnCount> kHeaders = {
    "Service Name",
    "Port Number",
    "Transport Protocol",
    "Description",
    "Assignee",
    "Contact",
    "Registration Date",
    "Modification Date",
    "Reference",
    "Service Code",
    "Unauthorized Use Reported",
    "Assignment Notes"};

}  // namespace

std::string_view PersonIdsFromBrackets(std::string_view text,
                                       StringArena& arena) {
  text = StripAsciiWhitespace(text);
  if (text.size() < 2 || text.front() != '[') return text;
  // The common case, one id: a view, no copy.
  if (text.find('[', 1) == npos && text.back() == ']' &&
      text.find(']') == text.size() - 1) {
    return StripAsciiWhitespace(text.substr(1, text.size() - 2));
  }
  std::string out;
  std::string_view rest = text;
  while (!rest.empty()) {
    if (rest.front() != '[') return text;
    const size_t close = rest.find(']');
    if (close == npos) return text;
    if (!out.empty()) out.append(", ");
    out.append(StripAsciiWhitespace(rest.substr(1, close - 1)));
    rest = StripAsciiWhitespace(rest.substr(close + 1));
  }
  return arena.Save(out);
}

absl::StatusOr<RegistrySource> ParseRegistryCsv(SourceText text,
                                                std::string_view path) {
  RegistrySource src;
  src.path = std::string(path);
  src.text = std::move(text);
  const std::string_view content = src.text.view();
  const LineIndex lines(content);
  CsvScanner scanner(content, src.arena);
  std::vector<Field> row;
  if (size_t open = scanner.ReadRow(row); open != npos) {
    return lines.Error(path, open, "unterminated quoted field");
  }
  std::array<int, kColumnCount> column_of;
  column_of.fill(-1);
  for (size_t i = 0; i < row.size(); ++i) {
    const std::string_view header = StripAsciiWhitespace(row[i].value);
    for (int c = 0; c < kColumnCount; ++c) {
      if (EqualsIgnoreCase(header, kHeaders[c])) column_of[c] = int(i);
    }
  }
  for (int c : {kName, kNumber, kProtocol}) {
    if (column_of[c] < 0) {
      return lines.Error(
          path, 0,
          absl::StrCat("not an IANA registry CSV: no '", AsAbsl(kHeaders[c]),
                       "' column in the header"));
    }
  }
  const size_t width = row.size();

  src.records.reserve(content.size() / 64);
  while (!scanner.done()) {
    const size_t row_start = scanner.pos();
    if (size_t open = scanner.ReadRow(row); open != npos) {
      return lines.Error(path, open, "unterminated quoted field");
    }
    if (row.size() == 1 && StripAsciiWhitespace(row[0].value).empty()) {
      continue;  // a blank line
    }
    if (row.size() != width) {
      return lines.Error(path, row_start,
                         absl::StrCat("row has ", row.size(),
                                      " fields; the header has ", width));
    }
    auto get = [&](int c) -> std::string_view {
      return column_of[c] < 0 ? std::string_view()
                              : StripAsciiWhitespace(row[column_of[c]].value);
    };
    SourceRecord& r = src.records.emplace_back();
    r.line = lines.Locate(row_start).first;
    r.name = get(kName);
    if (!r.name.empty()) {
      const Field& f = row[column_of[kName]];
      const size_t lead = static_cast<size_t>(r.name.data() - f.value.data());
      auto [line, column] = lines.Locate(f.offset + lead);
      r.name_line = line;
      r.name_column = column;
    }
    r.number = get(kNumber);
    r.protocol = get(kProtocol);
    r.description = get(kDescription);
    r.assignee = PersonIdsFromBrackets(get(kAssignee), src.arena);
    r.contact = PersonIdsFromBrackets(get(kContact), src.arena);
    r.registration_date = get(kRegistered);
    r.modification_date = get(kModified);
    r.reference = get(kReference);
    r.service_code = get(kServiceCode);
    r.unauthorized = get(kUnauthorized);
    r.note = get(kNote);
  }
  return src;
}

}  // namespace svclint
