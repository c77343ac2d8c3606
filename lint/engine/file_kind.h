// What a file is: detected from its name and content, or forced (--kind).
#ifndef SVCLINT_LINT_ENGINE_FILE_KIND_H_
#define SVCLINT_LINT_ENGINE_FILE_KIND_H_

#include <optional>
#include <string_view>

namespace svclint {

enum class FileKind { kRequest, kServices, kAvahi, kDnssd, kRegistry };

std::string_view FileKindName(FileKind kind);
std::optional<FileKind> ParseFileKind(std::string_view name);

// Detects the kind of `path` from its name and the first bytes of
// `content`; nullopt when it is none of svclint's kinds (directories are
// walked without complaint about such files).
//   *.service (XML)  -> avahi      *.dnssd -> dnssd
//   *.toml with [[request]] -> request, with [[service]] -> services
//   *.xml/*.csv/*.txt that look like the IANA registry -> registry
std::optional<FileKind> DetectFileKind(std::string_view path,
                                       std::string_view content);

// Whether `path` names svclint's configuration file, `.svclint.toml`.
bool IsConfigFile(std::string_view path);

// Why a file DetectFileKind gives no kind is left alone, for the note
// `lint --verbose` prints: "a systemd unit", "svclint's configuration", ...
std::string_view NotLintedReason(std::string_view path,
                                 std::string_view content);

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_FILE_KIND_H_
