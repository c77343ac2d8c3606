// Runs the real svclint binary under limits, for the hostile-input tests:
// a wall-clock timeout (the child is killed when it runs over), an address
// space limit (RLIMIT_AS), and the peak resident memory measured by the
// kernel (wait4's ru_maxrss).
//
//   BoundedResult r = RunBounded({"lint", path}, {.timeout_s = 20});
//   EXPECT_FALSE(r.timed_out);  EXPECT_LT(r.max_rss_mb, 512);
//
// For --fix safety it can also cap the size of files the child writes.
//
// Under AddressSanitizer the address-space limit cannot be used (ASan
// reserves terabytes of shadow memory up front), so it is left off there
// and only the measured peak is checked; kAddressSpaceLimited says which.
#ifndef SVCLINT_TESTS_HOSTILE_BOUNDED_RUN_H_
#define SVCLINT_TESTS_HOSTILE_BOUNDED_RUN_H_

#include <string>
#include <vector>

namespace svclint::testing {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderAsan = true;
#else
inline constexpr bool kUnderAsan = false;
#endif
#else
inline constexpr bool kUnderAsan = false;
#endif
inline constexpr bool kAddressSpaceLimited = !kUnderAsan;

struct Limits {
  double timeout_s = 20;
  long address_space_mb = 1024;  // RLIMIT_AS; ignored under ASan
  // Drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (from the bounding set,
  // so execve cannot give them back) before running svclint: root then
  // obeys file permissions like anyone else.
  bool drop_dac_capabilities = false;
  std::string stdin_path;  // feed this file as stdin; /dev/null when empty
  // RLIMIT_FSIZE in bytes (0: none). A write past it fails with EFBIG when
  // SIGXFSZ is ignored, and otherwise kills the process mid-write.
  long file_size_limit = 0;
  bool ignore_sigxfsz = false;
};

struct BoundedResult {
  int exit_code = -1;  // 128 + signal when killed by one
  bool timed_out = false;
  // The child could not drop its capabilities (exit code 125 from the
  // child before exec): the caller should skip.
  bool setup_failed = false;
  double seconds = 0;
  long max_rss_mb = 0;
  std::string out;  // stdout, at most the first 1 MiB
  std::string err;  // stderr, at most the first 1 MiB
};

BoundedResult RunBounded(const std::vector<std::string>& args,
                         const Limits& limits);

}  // namespace svclint::testing

#endif  // SVCLINT_TESTS_HOSTILE_BOUNDED_RUN_H_
