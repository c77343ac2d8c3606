#include "lint/registry/registry_loader.h"

#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/file_bytes.h"
#include "lint/base/strings.h"
#include "lint/parse/parse_error.h"
#include "lint/parse/registry_csv.h"
#include "lint/parse/registry_text.h"
#include "lint/parse/registry_xml.h"
#include "lint/registry/registry_builder.h"

namespace svclint {
namespace {

absl::StatusOr<SourceText> ReadWholeFile(std::string_view path) {
  FileBytes::Result read =
      FileBytes::Read(std::string(path).c_str(), /*regular_only=*/true);
  if (read.error != 0) {
    return absl::NotFoundError(absl::StrCat(
        AsAbsl(path), ": cannot read registry: ", std::strerror(read.error)));
  }
  return SourceText::Adopt(std::move(read.bytes));
}

}  // namespace

absl::StatusOr<RegistryFormat> DetectRegistryFormat(std::string_view content,
                                                    std::string_view path) {
  std::string_view head = content.substr(0, 4096);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head = StripAsciiWhitespace(head);
  if (!head.empty() && head.front() == '<') return RegistryFormat::kXml;
  if (StartsWithIgnoreCase(head, "Service Name,")) return RegistryFormat::kCsv;
  if (LooksLikeRegistryText(content)) return RegistryFormat::kText;
  return ParseErrorStatus(
      path, {PointSpan({1, 1}),
             "not an IANA registry: expected the XML, CSV or plain-text form "
             "of service-names-port-numbers"});
}

absl::StatusOr<RegistrySource> ParseRegistrySource(SourceText text,
                                                   std::string_view path) {
  absl::StatusOr<RegistryFormat> format =
      DetectRegistryFormat(text.view(), path);
  if (!format.ok()) return format.status();
  switch (*format) {
    case RegistryFormat::kXml:
      return ParseRegistryXml(std::move(text), path);
    case RegistryFormat::kCsv:
      return ParseRegistryCsv(std::move(text), path);
    case RegistryFormat::kText:
      break;
  }
  return ParseRegistryText(std::move(text), path);
}

namespace {

// The XML is packed record by record as it streams: its 14,000 records
// are never all held as SourceRecords. The other formats are small.
absl::StatusOr<Registry> LoadRegistry(SourceText text, std::string_view path) {
  absl::StatusOr<RegistryFormat> format =
      DetectRegistryFormat(text.view(), path);
  if (!format.ok()) return format.status();
  if (*format != RegistryFormat::kXml) {
    absl::StatusOr<RegistrySource> source =
        ParseRegistrySource(std::move(text), path);
    if (!source.ok()) return source.status();
    return BuildRegistry(*source);
  }
  RegistrySource source;
  source.path = std::string(path);
  source.text = std::move(text);
  // The registry keeps the text and points into it: fields as the file
  // spells them are not copied again.
  RegistryTablesBuilder builder(path, source.text.size(), {},
                                source.text.view());
  if (absl::Status s = StreamRegistryXml(
          source, [&](const SourceRecord& r) { builder.Add(r); });
      !s.ok()) {
    return s;
  }
  return builder.Finish(source.updated, source.people, std::move(source.text));
}

}  // namespace

absl::StatusOr<Registry> LoadRegistryText(std::string_view content,
                                          std::string_view path) {
  return LoadRegistry(SourceText::Copy(content), path);
}

absl::StatusOr<Registry> LoadRegistryView(std::string_view content,
                                          std::string_view path) {
  return LoadRegistry(SourceText::Borrow(content), path);
}

absl::StatusOr<Registry> LoadRegistryFile(std::string_view path) {
  absl::StatusOr<SourceText> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return LoadRegistry(std::move(text).value(), path);
}

}  // namespace svclint
