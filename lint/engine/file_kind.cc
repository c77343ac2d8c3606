#include "lint/engine/file_kind.h"

#include "lint/base/strings.h"

namespace svclint {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

// Whether a TOML document has a `[[table]]` header at the start of a line.
bool HasArrayTable(std::string_view content, std::string_view table) {
  size_t pos = 0;
  while ((pos = content.find("[[", pos)) != std::string_view::npos) {
    size_t line_start = pos;
    while (line_start > 0 && (content[line_start - 1] == ' ' ||
                              content[line_start - 1] == '\t')) {
      --line_start;
    }
    std::string_view rest = content.substr(pos + 2);
    rest = StripAsciiWhitespace(rest.substr(0, rest.find(']')));
    if ((line_start == 0 || content[line_start - 1] == '\n') && rest == table) {
      return true;
    }
    pos += 2;
  }
  return false;
}

// Whether an INI document has a `[section]` header at the start of a line.
bool HasIniSection(std::string_view content, std::string_view section) {
  for (size_t pos = content.find(section); pos != std::string_view::npos;
       pos = content.find(section, pos + 1)) {
    if (pos == 0 || content[pos - 1] == '\n') return true;
  }
  return false;
}

}  // namespace

std::string_view FileKindName(FileKind kind) {
  switch (kind) {
    case FileKind::kRequest:
      return "request";
    case FileKind::kServices:
      return "services";
    case FileKind::kAvahi:
      return "avahi";
    case FileKind::kDnssd:
      return "dnssd";
    case FileKind::kRegistry:
      return "registry";
  }
  return "";
}

std::optional<FileKind> ParseFileKind(std::string_view name) {
  for (FileKind k : {FileKind::kRequest, FileKind::kServices, FileKind::kAvahi,
                     FileKind::kDnssd, FileKind::kRegistry}) {
    if (name == FileKindName(k)) return k;
  }
  return std::nullopt;
}

std::optional<FileKind> DetectFileKind(std::string_view path,
                                       std::string_view content) {
  const std::string_view head = content.substr(0, 4096);
  if (IsConfigFile(path)) return std::nullopt;  // linted as configuration
  if (EndsWith(path, ".dnssd")) return FileKind::kDnssd;
  if (EndsWith(path, ".service")) {
    // systemd also uses *.service; Avahi's are XML service groups.
    if (head.find("<service-group") != std::string_view::npos ||
        head.find("<?xml") != std::string_view::npos) {
      return FileKind::kAvahi;
    }
    return std::nullopt;
  }
  if (EndsWith(path, ".toml")) {
    if (HasArrayTable(content, "request")) return FileKind::kRequest;
    if (HasArrayTable(content, "service")) return FileKind::kServices;
    return std::nullopt;
  }
  if (EndsWith(path, ".xml")) {
    if (head.find("service-names-port-numbers") != std::string_view::npos) {
      return FileKind::kRegistry;
    }
    return std::nullopt;
  }
  if (EndsWith(path, ".csv")) {
    if (StartsWithIgnoreCase(head, "Service Name,Port Number")) {
      return FileKind::kRegistry;
    }
    return std::nullopt;
  }
  if (EndsWith(path, ".txt") || EndsWith(path, ".md")) {
    if (head.find("Service Name and Transport Protocol Port Number Registry") !=
        std::string_view::npos) {
      return FileKind::kRegistry;
    }
  }
  return std::nullopt;
}

bool IsConfigFile(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return path.substr(slash == std::string_view::npos ? 0 : slash + 1) ==
         ".svclint.toml";
}

std::string_view NotLintedReason(std::string_view path,
                                 std::string_view content) {
  if (IsConfigFile(path)) return "svclint's configuration";
  const std::string_view head = content.substr(0, 4096);
  if (EndsWith(path, ".service") &&
      (HasIniSection(head, "[Unit]") || HasIniSection(head, "[Service]") ||
       HasIniSection(head, "[Install]"))) {
    return "a systemd unit";
  }
  if (EndsWith(path, ".service")) return "not an Avahi service file";
  if (EndsWith(path, ".toml"))
    return "a TOML file with no [[request]] or [[service]]";
  return "not a kind of file svclint lints";
}

}  // namespace svclint
