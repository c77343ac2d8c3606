// The rules for IANA assignment requests (PR001-PR010, RQ001-RQ011): one
// function per rule, one file per function (lint/rules/request/<slug>.cc),
// and the explicit list the request linter runs, in id order.
//
//   for (const RequestRule& rule : RequestRules()) {
//     if (rule.check_file) rule.check_file(file, ctx);
//     if (rule.check_request)
//       for (const Request& r : file.requests) rule.check_request(r, ctx);
//   }
//
// Adding a rule: its entry in rules/pr.toml or rules/rq.toml, its .cc, its
// line in RequestRules() (request_rules.cc), and a fixture in
// corpus/requests/.
#ifndef SVCLINT_LINT_RULES_REQUEST_REQUEST_RULES_H_
#define SVCLINT_LINT_RULES_REQUEST_REQUEST_RULES_H_

#include <span>

#include "lint/model/request.h"
#include "lint/rules/check_context.h"
#include "svclint/rule_ids.h"

namespace svclint {

struct RequestRule {
  RuleId id;
  // Runs once for each request; may be null.
  void (*check_request)(const Request& request, CheckContext& ctx);
  // Runs once for the whole file; may be null.
  void (*check_file)(const RequestFile& file, CheckContext& ctx);
};

// Every request rule, in id order.
std::span<const RequestRule> RequestRules();

// PR: port policy.
void CheckPortOutOfRange(const Request& request, CheckContext& ctx);
void CheckPortDynamicRange(const Request& request, CheckContext& ctx);
void CheckPortSystemRange(const Request& request, CheckContext& ctx);
void CheckPortTaken(const Request& request, CheckContext& ctx);
void CheckPortReserved(const Request& request, CheckContext& ctx);
void CheckPortRangeRequested(const Request& request, CheckContext& ctx);
void CheckTransportMissing(const Request& request, CheckContext& ctx);
void CheckSecureInsecurePair(const Request& request, CheckContext& ctx);
void CheckDnssdPortUnneeded(const Request& request, CheckContext& ctx);
void CheckPortRationaleMissing(const Request& request, CheckContext& ctx);

// RQ: request content.
void CheckFieldMissing(const Request& request, CheckContext& ctx);
void CheckFileHasRequest(const RequestFile& file, CheckContext& ctx);
void CheckFieldUnknown(const Request& request, CheckContext& ctx);
void CheckFileUnknownKeys(const RequestFile& file, CheckContext& ctx);
void CheckNameTaken(const Request& request, CheckContext& ctx);
void CheckNameSimilar(const Request& request, CheckContext& ctx);
void CheckEmailInvalid(const Request& request, CheckContext& ctx);
void CheckTxtKeysUndefined(const Request& request, CheckContext& ctx);
void CheckCastingMissing(const Request& request, CheckContext& ctx);
void CheckDccpServiceCode(const Request& request, CheckContext& ctx);
void CheckDescriptionStyle(const Request& request, CheckContext& ctx);
void CheckFieldType(const Request& request, CheckContext& ctx);
void CheckFileRequestType(const RequestFile& file, CheckContext& ctx);
void CheckFileRegistryStale(const RequestFile& file, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_REQUEST_REQUEST_RULES_H_
