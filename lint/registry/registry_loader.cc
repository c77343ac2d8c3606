#include "lint/registry/registry_loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"
#include "lint/parse/parse_error.h"
#include "lint/parse/registry_csv.h"
#include "lint/parse/registry_text.h"
#include "lint/parse/registry_xml.h"
#include "lint/registry/registry_builder.h"

namespace svclint {
namespace {

absl::StatusOr<SourceText> ReadWholeFile(std::string_view path) {
  const std::string p(path);
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  auto fail = [&](int err) {
    return absl::NotFoundError(absl::StrCat(
        AsAbsl(path), ": cannot read registry: ", std::strerror(err)));
  };
  if (fd < 0) return fail(errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    const int err = S_ISDIR(st.st_mode) ? EISDIR : errno;
    ::close(fd);
    return fail(err);
  }
  SourceText text;
  size_t capacity = static_cast<size_t>(st.st_size) + 1;
  text.data = std::make_unique_for_overwrite<char[]>(capacity + 1);
  while (true) {
    const ssize_t n =
        ::read(fd, text.data.get() + text.size, capacity - text.size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return fail(err);
    }
    if (n == 0) break;
    text.size += static_cast<size_t>(n);
    if (text.size == capacity) {  // the file grew while we read it
      auto bigger = std::make_unique_for_overwrite<char[]>(capacity * 2 + 1);
      std::memcpy(bigger.get(), text.data.get(), text.size);
      text.data = std::move(bigger);
      capacity *= 2;
    }
  }
  ::close(fd);
  text.data[text.size] = '\0';
  return text;
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

absl::StatusOr<Registry> LoadRegistryText(std::string_view content,
                                          std::string_view path) {
  absl::StatusOr<RegistrySource> source =
      ParseRegistrySource(SourceText::Copy(content), path);
  if (!source.ok()) return source.status();
  return BuildRegistry(*source);
}

absl::StatusOr<Registry> LoadRegistryFile(std::string_view path) {
  absl::StatusOr<SourceText> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  absl::StatusOr<RegistrySource> source =
      ParseRegistrySource(std::move(text).value(), path);
  if (!source.ok()) return source.status();
  return BuildRegistry(*source);
}

}  // namespace svclint
