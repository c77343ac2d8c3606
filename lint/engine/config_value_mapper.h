// Runs the validators over values read from a config file and puts their
// findings (and fixes) where the values are written.
//
// Validators see a value and an Anchor, and place findings with
// SpanAt(anchor, offset, length). For a value written verbatim on one line
// the anchor is its position; an Avahi `&amp;`, a TOML "\u00e9" or a .dnssd
// continuation line decodes to other bytes than the file shows, so such a
// value's anchor carries a ValueLocator that finds each byte through the
// value's byte offsets (ConfigValue::byte_offsets). Spans, and positions a
// message cites, are located when the validator asks; nothing is mapped
// afterwards. A fix survives only if the bytes it replaces are written
// verbatim in the file and its replacement needs no quoting in the file's
// syntax; otherwise the finding is kept without its fix, so --fix never
// writes a wrong edit.
//
//   ValueMapper mapper(content, positions, FileKind::kAvahi, ctx, sink);
//   const ValueMapper::Slot slot{&service.type.value(), 0, type.size()};
//   mapper.Run({&slot, 1}, [&](std::span<const Anchor> at, CheckContext& c) {
//     CheckServiceType(service.type->text, at[0], c);
//   });
#ifndef SVCLINT_LINT_ENGINE_CONFIG_VALUE_MAPPER_H_
#define SVCLINT_LINT_ENGINE_CONFIG_VALUE_MAPPER_H_

#include <functional>
#include <optional>
#include <span>
#include <string_view>

#include "lint/diag/sink.h"
#include "lint/engine/file_kind.h"
#include "lint/engine/lint_file.h"
#include "lint/model/service_config.h"
#include "lint/parse/text_positions.h"
#include "lint/rules/check_context.h"

namespace svclint {

class ValueMapper {
 public:
  // Bytes [begin, end) of `value->text`: what one anchor stands for.
  struct Slot {
    const ConfigValue* value = nullptr;
    size_t begin = 0;
    size_t end = 0;
  };

  // All references must outlive the mapper.
  ValueMapper(std::string_view content, const TextPositions& positions,
              FileKind kind, const LintContext& ctx, DiagnosticSink& sink)
      : content_(content),
        positions_(positions),
        kind_(kind),
        ctx_(ctx),
        sink_(sink) {}

  // Runs `check` with slot i's text anchored at at[i] (its position when
  // the value is verbatim, a locator otherwise), reporting into the sink;
  // drops the fixes that cannot be written safely.
  void Run(std::span<const Slot> slots,
           const std::function<void(std::span<const Anchor> at,
                                    CheckContext& ctx)>& check);

 private:
  class SlotLocator;

  // File offsets of the value bytes [begin, end) of `slot`; `end` extends
  // over the whole entity or escape the last byte was written as.
  size_t RawBegin(const Slot& slot, size_t byte) const;
  size_t RawEnd(const Slot& slot, size_t begin_byte, size_t end_byte) const;
  // `edit` when its bytes [eb, ee) of `slot` are written verbatim (moved to
  // the raw bytes an insertion goes next to); nullopt otherwise.
  std::optional<Edit> CheckEdit(const Slot& slot, size_t eb, size_t ee,
                                const Edit& edit) const;
  bool SafeReplacement(std::string_view text) const;

  std::string_view content_;
  const TextPositions& positions_;
  FileKind kind_;
  const LintContext& ctx_;
  DiagnosticSink& sink_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_CONFIG_VALUE_MAPPER_H_
