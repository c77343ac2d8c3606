#include "lint/base/file_bytes.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace svclint {
namespace {

// Closes a descriptor on every return path.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
  if (this == &other) return *this;
  this->~FileBytes();
  data_ = std::exchange(other.data_, "");
  size_ = std::exchange(other.size_, 0);
  mapped_size_ = std::exchange(other.mapped_size_, 0);
  mapped_ = std::exchange(other.mapped_, false);
  heap_ = std::move(other.heap_);
  return *this;
}

FileBytes::~FileBytes() {
  if (mapped_) ::munmap(const_cast<char*>(data_), mapped_size_);
  mapped_ = false;
}

FileBytes::Result FileBytes::Read(const char* path, bool regular_only) {
  Result result;
  const Fd fd{::open(path, O_RDONLY | O_CLOEXEC)};
  if (fd.fd < 0) {
    result.error = errno;
    return result;
  }
  struct stat st {};
  if (::fstat(fd.fd, &st) != 0) {
    result.error = errno;
    return result;
  }
  const bool regular = S_ISREG(st.st_mode);
  if (regular_only && !regular) {
    result.error = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    return result;
  }
  FileBytes& out = result.bytes;
  const size_t expected = regular ? static_cast<size_t>(st.st_size) : 0;
  if (expected >= kMapThreshold) {
    // MAP_POPULATE reads the whole file in one go: a handful of faults
    // instead of one per 64 KiB of fault-around.
    void* p = ::mmap(nullptr, expected, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                     fd.fd, 0);
    if (p != MAP_FAILED) {
      out.data_ = static_cast<const char*>(p);
      out.size_ = out.mapped_size_ = expected;
      out.mapped_ = true;
      return result;
    }
  }
  // read(2) into one buffer of the expected size, growing for pipes and
  // files that grow while read; NUL-terminated for C parsers.
  size_t capacity = expected + 1;
  out.heap_ = std::make_unique_for_overwrite<char[]>(capacity + 1);
  size_t used = 0;
  while (true) {
    const ssize_t n = ::read(fd.fd, out.heap_.get() + used, capacity - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.error = errno;
      result.while_reading = true;
      out = FileBytes();
      return result;
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
    if (used == capacity) {
      capacity = capacity * 2 + 4096;
      auto bigger = std::make_unique_for_overwrite<char[]>(capacity + 1);
      std::memcpy(bigger.get(), out.heap_.get(), used);
      out.heap_ = std::move(bigger);
    }
  }
  out.heap_[used] = '\0';
  out.data_ = out.heap_.get();
  out.size_ = used;
  return result;
}

}  // namespace svclint
