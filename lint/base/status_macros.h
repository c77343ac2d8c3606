// The two macros Abseil 20220623 does not ship: early return on error.
#ifndef SVCLINT_LINT_BASE_STATUS_MACROS_H_
#define SVCLINT_LINT_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define SVCLINT_CONCAT_INNER_(a, b) a##b
#define SVCLINT_CONCAT_(a, b) SVCLINT_CONCAT_INNER_(a, b)

// Returns `expr` from the enclosing function when it is not OK.
#define SVCLINT_RETURN_IF_ERROR(expr)                                   \
  do {                                                                  \
    if (absl::Status svclint_status_ = (expr); !svclint_status_.ok()) { \
      return svclint_status_;                                           \
    }                                                                   \
  } while (false)

// `SVCLINT_ASSIGN_OR_RETURN(auto x, MaybeX());` unwraps a StatusOr.
#define SVCLINT_ASSIGN_OR_RETURN(lhs, expr)                                   \
  SVCLINT_ASSIGN_OR_RETURN_IMPL_(SVCLINT_CONCAT_(svclint_or_, __LINE__), lhs, \
                                 expr)
#define SVCLINT_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return std::move(tmp).status();       \
  lhs = std::move(tmp).value()

#endif  // SVCLINT_LINT_BASE_STATUS_MACROS_H_
