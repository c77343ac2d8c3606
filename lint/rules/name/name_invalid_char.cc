// SN003 name-invalid-char: RFC 6335 §5.1, a service name "MUST contain only
// US-ASCII letters 'A' - 'Z' and 'a' - 'z', digits '0' - '9', and hyphens".
// One finding per name, as one name is one thing to rename: it names every
// run of invalid characters and its column, and spans first to last.
//
//   whois++              -> "... contains '++' at column 6 ...", [6, 8)
//   esphome_zb_gw_efr32  -> "... contains '_' at columns 8, 11 and 14 ...",
//                           [8, 15)
//   my.service_x         -> "... contains '.' at column 3 and '_' at
//                           column 11 ...", [3, 12)
#include <vector>

#include "lint/rules/name/name_rules.h"
#include "lint/rules/rule_text.h"

namespace svclint {
namespace {

struct InvalidRun {
  std::string_view text;
  size_t offset;
};

// "a, b and c".
std::string JoinAnd(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// "'_' at columns 8, 11 and 14" when every run is the same text, else
// "'.' at column 3 and '_' at column 11".
std::string DescribeRuns(const std::vector<InvalidRun>& runs, Anchor at) {
  bool same = true;
  for (const InvalidRun& r : runs) same = same && r.text == runs[0].text;
  std::vector<std::string> items;
  if (same) {
    for (const InvalidRun& r : runs) items.push_back(ColumnText(at, r.offset));
    return Quoted(runs[0].text) +
           (runs.size() == 1 ? " at column " : " at columns ") + JoinAnd(items);
  }
  for (const InvalidRun& r : runs) {
    items.push_back(Quoted(r.text) + " at column " + ColumnText(at, r.offset));
  }
  return JoinAnd(items);
}

}  // namespace

void CheckNameInvalidChar(const NameFacts& name, CheckContext& ctx) {
  if (!name.has_invalid) return;
  const std::string_view s = name.name;
  std::vector<InvalidRun> runs;
  size_t i = 0;
  while (i < s.size()) {
    if (IsServiceNameChar(s[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && !IsServiceNameChar(s[i])) ++i;
    runs.push_back({s.substr(begin, i - begin), begin});
  }
  if (runs.empty()) return;
  const size_t first = runs.front().offset;
  const size_t end = runs.back().offset + runs.back().text.size();
  ctx.sink.Report(
      RuleId::kSN003, SpanAt(name.at, first, end - first),
      {{"name", InputText(s)}, {"chars", DescribeRuns(runs, name.at)}});
}

}  // namespace svclint
