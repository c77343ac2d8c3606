// RQ002 field-unknown: a key the request schema (SPEC §2) does not know,
// in a [[request]] table, in its assignee/contact tables, or at the top of
// the file. A close known key is suggested.
//
//   transport = ["tcp"]   -> "unknown key 'transport' in [[request]]; did
//                             you mean 'transports'?"
//
// In a service config (input "config"): the keys, sections and tables the
// loader did not know, with the close known one when there is one.
#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/strings.h"
#include "lint/rules/config/config_facts.h"
#include "lint/rules/request/request_rules.h"

namespace svclint {
namespace {

// Levenshtein distance, for suggestions between short keys.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      const size_t cost =
          AsciiToLower(a[i - 1]) == AsciiToLower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The known key closest to `key`, when it is close enough to be a typo.
std::string_view Suggest(std::string_view key,
                         std::span<const std::string_view> known) {
  std::string_view best;
  size_t best_distance = key.size() <= 4 ? 1 : 2;
  for (std::string_view candidate : known) {
    // `txtkeys` -> `txt_keys`, `port-rationale` -> `port_rationale`.
    std::string a = AsciiLower(key), b = AsciiLower(candidate);
    std::erase_if(a, [](char c) { return c == '_' || c == '-'; });
    std::erase_if(b, [](char c) { return c == '_' || c == '-'; });
    const size_t distance = a == b ? 0 : EditDistance(a, b);
    if (distance <= best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

void ReportUnknown(const RequestField& field, std::string_view table,
                   std::span<const std::string_view> known, CheckContext& ctx) {
  const std::string_view suggestion = Suggest(field.key, known);
  if (suggestion.empty()) {
    ctx.sink.Report(RuleId::kRQ002, field.key_span,
                    {{"key", field.key}, {"table", table}});
  } else {
    ctx.sink.Report(
        RuleId::kRQ002, field.key_span,
        {{"key", field.key}, {"table", table}, {"suggestion", suggestion}}, {},
        "suggest");
  }
}

void CheckParty(const std::optional<RequestField>& party,
                std::string_view table, CheckContext& ctx) {
  if (!party.has_value() || party->value.kind != ValueKind::kTable) return;
  for (const RequestField& entry : party->value.entries) {
    if (std::find(std::begin(kPartyKeys), std::end(kPartyKeys), entry.key) ==
        std::end(kPartyKeys)) {
      ReportUnknown(entry, table, kPartyKeys, ctx);
    }
  }
}

}  // namespace

void CheckFieldUnknown(const Request& request, CheckContext& ctx) {
  for (const RequestField& field : request.unknown) {
    ReportUnknown(field, "[[request]]", kRequestKeys, ctx);
  }
  CheckParty(request.assignee, "assignee", ctx);
  CheckParty(request.contact, "contact", ctx);
}

void CheckFieldUnknownInRequestFile(const RequestFile& file,
                                    CheckContext& ctx) {
  static constexpr std::string_view kTopLevel[] = {"request"};
  for (const RequestField& field : file.unknown) {
    ReportUnknown(field, "the top level of a request file", kTopLevel, ctx);
  }
}

void CheckFieldUnknownInConfig(const ConfigFacts& config, CheckContext& ctx) {
  for (const ConfigIssue& issue : config.file.issues) {
    if (issue.kind != ConfigIssue::Kind::kUnknownField) continue;
    if (issue.suggestion.empty()) {
      ctx.sink.Report(RuleId::kRQ002, issue.span,
                      {{"key", issue.field}, {"table", issue.where}});
    } else {
      ctx.sink.Report(RuleId::kRQ002, issue.span,
                      {{"key", issue.field},
                       {"table", issue.where},
                       {"suggestion", issue.suggestion}},
                      {}, "suggest");
    }
  }
}

}  // namespace svclint
