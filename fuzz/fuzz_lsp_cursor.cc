// libFuzzer target: the language server's cursor readers on any text, as a
// user types it: hover (TXT key under the cursor, service under the
// cursor, findings) and completion (service types, subtypes, TXT keys,
// Avahi markup, .dnssd keys) at up to 64 offsets of the document and past
// its end. The first byte picks the file kind (.service, .dnssd, .toml);
// the rest is the document. Invariants: every item has a label, the hover
// is never empty text.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_common.h"
#include "lint/lsp/completion.h"
#include "lint/lsp/hover.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  constexpr std::string_view kPaths[] = {"/f/a.service", "/f/a.dnssd",
                                         "/f/s.toml"};
  const std::string_view path = kPaths[data[0] % 3];
  const std::string_view text = svclint::fuzz::AsText(data + 1, size - 1);
  const svclint::Registry& registry = svclint::Registry::Embedded();
  const size_t step = std::max<size_t>(1, text.size() / 64);
  for (size_t offset = 0; offset <= text.size() + step; offset += step) {
    const size_t at = std::min(offset, text.size());
    const svclint::lsp::Completions found =
        svclint::lsp::Complete(path, text.substr(0, at), registry);
    for (const svclint::lsp::CompletionItem& item : found.items) {
      svclint::fuzz::Require(!item.label.empty(), "completion without label");
    }
    const size_t newline = text.substr(0, at).rfind('\n');
    const size_t line_begin =
        newline == std::string_view::npos ? 0 : newline + 1;
    size_t line_end = text.find('\n', at);
    if (line_end == std::string_view::npos) line_end = text.size();
    const auto line = static_cast<uint32_t>(
        std::count(text.begin(), text.begin() + at, '\n') + 1);
    const svclint::lsp::HoverAt cursor{
        .path = path,
        .text = text,
        .offset = offset,  // may be past the end, as a client may send
        .line_text = text.substr(line_begin, line_end - line_begin),
        .line = line,
        .column = static_cast<uint32_t>(offset - line_begin + 1)};
    const std::optional<std::string> hover =
        svclint::lsp::HoverMarkdown(cursor, {}, registry);
    svclint::fuzz::Require(!hover || !hover->empty(), "empty hover");
  }
  return 0;
}
