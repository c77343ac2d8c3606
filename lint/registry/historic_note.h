// Reads the registry's notes that tie a historic service name to its
// well-formed replacement (RFC 6335 §10.1). Three phrasings occur:
//
//   acmaint_dbd: This entry is an alias to "acmaint-dbd". This entry is
//                now historic, not usable for use with many common ...
//   www-http:    This is a duplicate of the "http" service and should not
//                be used for discovery purposes.
//   kca-service: Historically, this service has been referred to as
//                "kca_service", but this service name does not meet ...
//
// The first two are written on the historic record and name the
// replacement; the third is written on the replacement and names the
// historic form. Whitespace and line breaks inside the phrases are free.
#ifndef SVCLINT_LINT_REGISTRY_HISTORIC_NOTE_H_
#define SVCLINT_LINT_REGISTRY_HISTORIC_NOTE_H_

#include <optional>
#include <string_view>

namespace svclint {

struct HistoricNote {
  enum class Kind {
    kAliasTo,      // this record is historic; `other` is the replacement
    kDuplicateOf,  // this record duplicates `other` (www, www-http)
    kFormerName,   // `other` is this record's historic, ill-formed name
  };
  Kind kind;
  std::string_view other;  // the quoted name, a view into the note
  size_t offset = 0;       // where `other` starts in the note
};

std::optional<HistoricNote> ParseHistoricNote(std::string_view note);

// Offset just past `phrase` when `text` has it at or after `from`, matching
// ASCII case-insensitively and any run of whitespace for each space in
// `phrase`; npos otherwise.
size_t FindPhrase(std::string_view text, std::string_view phrase,
                  size_t from = 0);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_HISTORIC_NOTE_H_
