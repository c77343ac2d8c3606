// What this svclint is: its version and the git commit it was built from.
// Both are generated at build time (cmake/write_build_info.cmake): the
// version from CMakeLists.txt's project(), the one place it is written, and
// the commit from git ("unknown" when built outside a checkout).
//
//   SvclintVersion()  // "0.1.0"
//   SvclintCommit()   // "098aac9e1f2b"
#ifndef SVCLINT_LINT_BASE_BUILD_INFO_H_
#define SVCLINT_LINT_BASE_BUILD_INFO_H_

#include <string_view>

namespace svclint {

std::string_view SvclintVersion();
std::string_view SvclintCommit();

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_BUILD_INFO_H_
