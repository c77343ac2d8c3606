// Shared helpers for the test suite: where the sources are, and running the
// real `svclint` binary as a user would.
#ifndef SVCLINT_TESTS_TEST_UTIL_H_
#define SVCLINT_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

namespace svclint::testing {

// The repository root (corpus/, rules/ live there).
std::string SourceDir();
// The path of the built svclint binary.
std::string BinaryPath();

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs svclint with `args` (no shell involved), feeding `stdin_text`.
RunResult RunSvclint(const std::vector<std::string>& args,
                     const std::string& stdin_text = "");

// Reads a whole file; an empty string when it cannot.
std::string ReadFile(const std::string& path);

// True when SVCLINT_UPDATE_GOLDEN=1: golden tests rewrite their
// expectations instead of comparing (review the diff like a snapshot).
bool UpdatingGoldens();

}  // namespace svclint::testing

#endif  // SVCLINT_TESTS_TEST_UTIL_H_
