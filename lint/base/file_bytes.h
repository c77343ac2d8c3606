// A whole file's bytes, read once: large regular files are mapped (no copy,
// no fresh anonymous pages to fault in: on a VM a page fault costs more
// than reading the page), the rest read into memory.
//
//   FileBytes::Result read = FileBytes::Read("iana.xml", false);
//   if (read.error != 0) return Fail(std::strerror(read.error));
//   std::string_view text = read.bytes.view();
//
// A mapped file that another process truncates while it is being read
// raises SIGBUS, as for any reader that maps (ripgrep, git); the registry
// and the files svclint lints are not written while they are linted.
#ifndef SVCLINT_LINT_BASE_FILE_BYTES_H_
#define SVCLINT_LINT_BASE_FILE_BYTES_H_

#include <cstddef>
#include <memory>
#include <string_view>

namespace svclint {

class FileBytes {
 public:
  // Files at least this large are mapped.
  static constexpr size_t kMapThreshold = size_t{1} << 20;

  // The bytes of `path`, or `error` set to the errno that stopped the read
  // (EISDIR or EINVAL for a directory or device when `regular_only`).
  // Callers word the error their way, so the errno is returned as is.
  struct Result;
  static Result Read(const char* path, bool regular_only);

  FileBytes() = default;
  FileBytes(FileBytes&& other) noexcept { *this = std::move(other); }
  FileBytes& operator=(FileBytes&& other) noexcept;
  ~FileBytes();

  std::string_view view() const { return {data_, size_}; }
  bool mapped() const { return mapped_; }

 private:
  const char* data_ = "";
  size_t size_ = 0;
  size_t mapped_size_ = 0;
  bool mapped_ = false;
  std::unique_ptr<char[]> heap_;  // when read, not mapped
};

struct FileBytes::Result {
  FileBytes bytes;
  int error = 0;               // errno; 0 on success
  bool while_reading = false;  // the file opened, then read(2) failed
};

}  // namespace svclint

#endif  // SVCLINT_LINT_BASE_FILE_BYTES_H_
