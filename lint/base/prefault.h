// Maps memory that is about to be written in one system call instead of
// one page fault per 4 KiB page: on a virtual machine a fault costs
// microseconds, and a large table filled once takes hundreds of them.
//
//   records.reserve(n);
//   PrefaultForWrite(records.data(), n * sizeof(Record));
#ifndef SVCLINT_LINT_BASE_PREFAULT_H_
#define SVCLINT_LINT_BASE_PREFAULT_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

namespace svclint {

// The whole pages inside [data, data + bytes), at most the first 2 MiB of
// them (so that a capacity reserved from a generous estimate costs little
// memory it does not use), where the system can (Linux 5.14's
// MADV_POPULATE_WRITE); elsewhere, and on failure, nothing happens and the
// pages fault in as they are written.
inline void PrefaultForWrite(void* data, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  constexpr size_t kMaxBytes = size_t{2} << 20;
  if (bytes > kMaxBytes) bytes = kMaxBytes;
  constexpr uintptr_t kPage = 4096;
  const uintptr_t at = reinterpret_cast<uintptr_t>(data);
  const uintptr_t begin = (at + kPage - 1) & ~(kPage - 1);
  const uintptr_t end = (at + bytes) & ~(kPage - 1);
  if (end > begin) {
    (void)::madvise(reinterpret_cast<void*>(begin), end - begin,
                    MADV_POPULATE_WRITE);
  }
#else
  (void)data;
  (void)bytes;
#endif
}

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_PREFAULT_H_
