// Runs the validators over values read from a config file and puts their
// findings (and fixes) where the values are written.
//
// Validators see a value and an Anchor, and place findings at anchor +
// byte offset. That is exact only for a value written verbatim on one
// line; an Avahi `&amp;`, a TOML "\u00e9" or a .dnssd continuation line
// breaks it. So the mapper gives such a value a private anchor on a scratch
// line, runs the check into a scratch sink, and maps every span (and every
// position a message cites) back through the value's byte offsets
// (ConfigValue::byte_offsets). A fix
// survives only if the bytes it replaces are written verbatim in the file
// and its replacement needs no quoting in the file's syntax; otherwise the
// finding is kept without its fix, so --fix never writes a wrong edit.
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

  // Runs `check` against a scratch sink, with slot i's text anchored at
  // at[i] (its real position when the value is verbatim); spans on real
  // lines (a record span, a TXT string's element) pass through. Moves the
  // findings, mapped, into the sink.
  void Run(std::span<const Slot> slots,
           const std::function<void(std::span<const Anchor> at,
                                    CheckContext& ctx)>& check);

 private:
  // File offset of scratch position (line, column), clamped to its slot;
  // nullopt when it is not on a scratch line. `end` maps an exclusive end.
  std::optional<size_t> MapPoint(std::span<const Slot> slots, uint32_t line,
                                 uint32_t column, bool end,
                                 size_t begin_byte) const;
  std::optional<SourceSpan> MapSpan(std::span<const Slot> slots,
                                    const SourceSpan& span) const;
  std::optional<Edit> MapEdit(std::span<const Slot> slots,
                              const Edit& edit) const;
  // `message` with scratch positions ("1073741825:3", and "column 4" in a
  // finding on scratch line `own_line`) made real.
  std::string MapMessage(std::span<const Slot> slots, uint32_t own_line,
                         std::string_view message) const;
  bool SafeReplacement(std::string_view text) const;

  std::string_view content_;
  const TextPositions& positions_;
  FileKind kind_;
  const LintContext& ctx_;
  DiagnosticSink& sink_;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_ENGINE_CONFIG_VALUE_MAPPER_H_
