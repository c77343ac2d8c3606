// The environment every test runs in, set before any test (and so before
// any svclint binary a test starts, which inherits it):
//   - XDG_CACHE_HOME points at a directory that does not exist, so a
//     registry the developer fetched with `svclint registry update` does
//     not change what the tests see: the embedded snapshot is in use;
//   - SVCLINT_TODAY is the embedded registry's date, so RQ011 (registry
//     older than 90 days) stays quiet whatever the calendar says.
// Tests of those two features set them themselves.
#include <cstdlib>

namespace {

const bool kEnvironmentSet = [] {
  setenv("XDG_CACHE_HOME", "/nonexistent/svclint-test-cache", 1);
  setenv("SVCLINT_TODAY", "2026-08-17", 1);
  return true;
}();

}  // namespace
