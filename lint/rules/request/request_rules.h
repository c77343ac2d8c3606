// The rules for IANA assignment requests (PR001-PR010, RQ001-RQ011): one
// function per rule, one file per function (lint/rules/request/<slug>.cc),
// registered in rules/pr.toml and rules/rq.toml by what they read:
// `input = "request"` runs once for each request (svclint/rules_request.h),
// `input = "request-file"` once for the whole file
// (svclint/rules_request_file.h).
//
//   RunRequestRules(file, ctx);   // every enabled rule, in id order
//
// Adding a rule: tools/new_rule.py (see docs/adding_a_rule.md), and a
// fixture in corpus/requests/.
#ifndef SVCLINT_LINT_RULES_REQUEST_REQUEST_RULES_H_
#define SVCLINT_LINT_RULES_REQUEST_REQUEST_RULES_H_

#include "lint/model/request.h"
#include "lint/rules/check_context.h"
#include "svclint/rules_request.h"
#include "svclint/rules_request_file.h"

namespace svclint {

// Runs each enabled rule on `file`, in id order: a file rule once, then a
// request rule on every request.
void RunRequestRules(const RequestFile& file, CheckContext& ctx);

}  // namespace svclint

#endif  // SVCLINT_LINT_RULES_REQUEST_REQUEST_RULES_H_
