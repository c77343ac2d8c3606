#include "tests/lsp/lsp_client.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/test_util.h"

namespace svclint::testing {

LspClient::LspClient() {
  int in_pipe[2], out_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0) return;
  const std::string binary = BinaryPath();
  pid_ = fork();
  if (pid_ == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1]}) close(fd);
    execl(binary.c_str(), binary.c_str(), "lsp", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  to_server_ = in_pipe[1];
  from_server_ = out_pipe[0];
  signal(SIGPIPE, SIG_IGN);
}

LspClient::~LspClient() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    Wait();
  }
}

void LspClient::SendRaw(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n =
        write(to_server_, bytes.data() + done, bytes.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

void LspClient::Send(const nlohmann::json& message) {
  const std::string body = message.dump();
  SendRaw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

std::optional<nlohmann::json> LspClient::Read(int timeout_ms) {
  while (true) {
    const size_t header_end = buffer_.find("\r\n\r\n");
    if (header_end != std::string::npos) {
      const size_t cl = buffer_.find("Content-Length: ");
      const size_t length = std::stoul(buffer_.substr(cl + 16));
      if (buffer_.size() >= header_end + 4 + length) {
        std::string body = buffer_.substr(header_end + 4, length);
        buffer_.erase(0, header_end + 4 + length);
        return nlohmann::json::parse(body);
      }
    }
    pollfd fd{from_server_, POLLIN, 0};
    if (poll(&fd, 1, timeout_ms) <= 0) return std::nullopt;
    char chunk[65536];
    const ssize_t n = read(from_server_, chunk, sizeof chunk);
    if (n <= 0) return std::nullopt;
    buffer_.append(chunk, static_cast<size_t>(n));
  }
}

int LspClient::Wait() {
  if (to_server_ >= 0) {
    close(to_server_);
    to_server_ = -1;
  }
  int status = 0;
  if (pid_ > 0) {
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  if (from_server_ >= 0) {
    close(from_server_);
    from_server_ = -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace svclint::testing
