#include "lint/base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace svclint {

absl::Status WriteFileAtomically(const std::string& path,
                                 std::string_view content) {
  struct stat st;
  const bool existed = ::stat(path.c_str(), &st) == 0;
  std::string tmp = path + ".svclint-XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) {
    return absl::UnavailableError(
        path + ": cannot create a temporary file: " + std::strerror(errno));
  }
  auto fail = [&](const char* what) {
    const int err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    return absl::UnavailableError(path + ": " + what + ": " +
                                  std::strerror(err));
  };
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n =
        ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    written += static_cast<size_t>(n);
  }
  if (existed && ::fchmod(fd, st.st_mode & 07777) != 0)
    return fail("chmod failed");
  if (::fsync(fd) != 0) return fail("fsync failed");
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    return absl::UnavailableError(path + ": close failed");
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return absl::UnavailableError(path +
                                  ": rename failed: " + std::strerror(err));
  }
  return absl::OkStatus();
}

}  // namespace svclint
