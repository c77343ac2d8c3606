#include "lint/registry/registry_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "lint/registry/registry_impl.h"

namespace svclint {
namespace {

std::string ErrnoText() { return std::strerror(errno); }

// The packed copy mapped for the life of the process: the pages are
// shared with the page cache, so opening it costs no copy.
absl::StatusOr<const Registry*> MapPackedRegistry(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return absl::NotFoundError(path + ": " + ErrnoText());
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return absl::InvalidArgumentError(path + ": empty or unreadable");
  }
  const size_t size = static_cast<size_t>(st.st_size);
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) {
    return absl::InvalidArgumentError(path + ": " + ErrnoText());
  }
  absl::StatusOr<std::unique_ptr<Registry::Impl>> impl =
      Registry::Impl::Borrow({static_cast<const char*>(mapped), size});
  if (!impl.ok()) {
    ::munmap(mapped, size);
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", impl.status().message()));
  }
  return new Registry(std::move(impl).value());  // lives until exit
}

RegistryInUse Choose() {
  RegistryInUse in_use = EmbeddedRegistry();
  absl::StatusOr<RegistryCachePaths> paths = RegistryCacheLocation();
  if (!paths.ok()) return in_use;
  struct stat st {};
  if (::stat(paths->blob.c_str(), &st) != 0) return in_use;  // no update yet
  absl::StatusOr<const Registry*> cached = MapPackedRegistry(paths->blob);
  if (!cached.ok()) {
    std::fprintf(stderr,
                 "svclint: warning: ignoring the cached registry (%s); "
                 "`svclint registry update` replaces it\n",
                 std::string(cached.status().message()).c_str());
    return in_use;
  }
  const std::string_view date = (*cached)->Stats().updated;
  // ISO dates compare as strings. At the same date the embedded copy wins:
  // it needs no file, and the data is the same.
  if (date > in_use.date) {
    in_use = {*cached, paths->blob, date};
  }
  return in_use;
}

}  // namespace

absl::StatusOr<RegistryCachePaths> RegistryCacheLocation() {
  std::string base;
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  if (xdg != nullptr && xdg[0] == '/') {
    base = xdg;
  } else if (home != nullptr && home[0] == '/') {
    base = std::string(home) + "/.cache";
  } else {
    return absl::FailedPreconditionError(
        "no cache directory: set XDG_CACHE_HOME or HOME to an absolute path");
  }
  RegistryCachePaths paths;
  paths.dir = base + "/svclint";
  paths.xml = paths.dir + "/service-names-port-numbers.xml";
  paths.blob = paths.dir + "/registry.bin";
  paths.meta = paths.dir + "/download.meta";
  return paths;
}

RegistryInUse EmbeddedRegistry() {
  const Registry& embedded = Registry::Embedded();
  return {&embedded, "embedded", embedded.Stats().updated};
}

const RegistryInUse& DefaultRegistry() {
  static const RegistryInUse* const in_use = new RegistryInUse(Choose());
  return *in_use;
}

absl::StatusOr<std::unique_ptr<Registry>> OpenPackedBlob(std::string blob) {
  absl::StatusOr<std::unique_ptr<Registry::Impl>> impl =
      Registry::Impl::Own(std::move(blob));
  if (!impl.ok()) return impl.status();
  return std::make_unique<Registry>(std::move(impl).value());
}

absl::StatusOr<std::unique_ptr<Registry>> OpenPackedRegistry(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot read");
  std::ostringstream content;
  content << in.rdbuf();
  absl::StatusOr<std::unique_ptr<Registry>> registry =
      OpenPackedBlob(std::move(content).str());
  if (!registry.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", registry.status().message()));
  }
  return registry;
}

}  // namespace svclint
