// What the config rules (registered by `input = "config"`) see: one loaded
// service configuration (an Avahi .service file, a systemd .dnssd unit or
// a services TOML list) with the loader's structural issues, how the
// format spells the fields findings name, and where each value's bytes
// are in the file.
//
//   const ConfigFacts facts{file, "<name>", "<type>", positions};
//   facts.SpanOf(*service.type, 0, 4);   // the type's first four bytes
#ifndef SVCLINT_LINT_RULES_CONFIG_CONFIG_FACTS_H_
#define SVCLINT_LINT_RULES_CONFIG_CONFIG_FACTS_H_

#include <cstddef>
#include <string_view>

#include "lint/base/source_span.h"
#include "lint/model/service_config.h"
#include "lint/parse/text_positions.h"

namespace svclint {

struct ConfigFacts {
  const ServiceConfigFile& file;
  std::string_view instance_field;  // "<name>", "Name", "instance"
  std::string_view type_field;      // "<type>", "Type", "type"
  const TextPositions& positions;   // of the file `file` was loaded from

  // Where bytes [begin, end) of `value.text` are written, through the
  // value's byte offsets (so an entity or escape keeps its real columns).
  SourceSpan SpanOf(const ConfigValue& value, size_t begin, size_t end) const {
    return positions.Span(value.OffsetOfByte(begin), value.OffsetOfByte(end));
  }
};

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_CONFIG_CONFIG_FACTS_H_
