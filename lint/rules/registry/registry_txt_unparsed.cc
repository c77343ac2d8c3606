// RG004 registry-txt-unparsed: a "Defined TXT keys" note that cannot be
// read as keys without guessing (see lint/registry/txt_keys_note.h for
// what can). "None", "Proprietary" and "TBD" are readable, not findings.
#include <string>

#include "lint/registry/txt_keys_note.h"
#include "lint/rules/registry/registry_rules.h"

namespace svclint {
namespace {

// The note's body on one line, cut to a readable length, in quotes.
std::string Excerpt(std::string_view body) {
  constexpr size_t kMax = 60;
  std::string out = "\"";
  bool space = false;
  size_t kept = 0;
  for (char c : body) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = kept > 0;
      continue;
    }
    if (kept >= kMax) {
      out += "...";
      break;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    ++kept;
  }
  return out + "\"";
}

}  // namespace

void CheckRegistryTxtUnparsed(const Registry& registry, CheckContext& ctx) {
  for (uint32_t i = 0; i < registry.size(); ++i) {
    const RecordView r = registry.record(i);
    if (r.note.empty() || r.name.empty()) continue;
    const TxtKeysNote n = ParseTxtKeysNote(r.note, r.name);
    if (n.kind != TxtKeysNote::Kind::kUnparsed) continue;
    const std::string excerpt = Excerpt(n.body);
    ctx.sink.Report(RuleId::kRG004, RecordNameSpan(r),
                    {{"name", r.name}, {"note", excerpt}});
  }
}

}  // namespace svclint
