#include "lint/lsp/subtype_completion.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "lint/base/strings.h"
#include "lint/lsp/cursor_context.h"
#include "lint/lsp/hover.h"
#include "lint/lsp/known_subtypes.h"

namespace svclint::lsp {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::optional<Completions> CompleteSubtype(std::string_view path,
                                           std::string_view text_before,
                                           const Registry& registry) {
  const size_t newline = text_before.rfind('\n');
  const std::string_view line = newline == std::string_view::npos
                                    ? text_before
                                    : text_before.substr(newline + 1);
  const TypedValue value = SplitTypedValue(line);
  bool full = false;
  switch (EditedKindOf(path)) {
    case EditedKind::kAvahi:
      if (!EndsWith(value.lead, "<subtype>")) return std::nullopt;
      full = true;  // avahi-daemon takes "_x._sub._type._tcp"
      break;
    case EditedKind::kDnssd:
      // systemd-resolved joins the bare label with "._sub." and Type=.
      if (value.lead != "SubType=") return std::nullopt;
      break;
    case EditedKind::kToml:
      if (!InTomlArrayString(line, "subtypes")) return std::nullopt;
      break;
    case EditedKind::kOther:
      return std::nullopt;
  }
  Completions out;
  const std::optional<std::string_view> type =
      ServiceTypeAround(text_before, text_before.size());
  if (!type) return out;
  const std::string_view service = *ServiceNameOf(*type);
  size_t rank = 0;
  for (const KnownSubtype& s : KnownSubtypes(service, registry)) {
    std::string label =
        full ? absl::StrCat(s.label, "._sub.", AsAbsl(*type)) : s.label;
    if (!StartsWithIgnoreCase(label, value.typed)) continue;
    out.items.push_back(
        {std::move(label),
         absl::StrCat("subtype of ", AsAbsl(*type), ": ", s.source),
         absl::StrFormat("%05d", rank++)});
  }
  return out;
}

}  // namespace svclint::lsp
