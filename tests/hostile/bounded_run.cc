#include "tests/hostile/bounded_run.h"

#include <fcntl.h>
#include <linux/capability.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>

#include "tests/test_util.h"

namespace svclint::testing {
namespace {

constexpr size_t kMaxCapture = 1 << 20;

[[noreturn]] void Child(const std::vector<std::string>& args,
                        const Limits& limits, int out_fd, int err_fd) {
  const int in_fd =
      open(limits.stdin_path.empty() ? "/dev/null" : limits.stdin_path.c_str(),
           O_RDONLY);
  if (in_fd < 0) _exit(126);
  dup2(in_fd, 0);
  dup2(out_fd, 1);
  dup2(err_fd, 2);
  if (in_fd > 2) close(in_fd);
  close(out_fd);
  close(err_fd);
  if (limits.drop_dac_capabilities) {
    if (prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
        prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0) {
      _exit(125);
    }
  }
  if (kAddressSpaceLimited && limits.address_space_mb > 0) {
    const rlim_t bytes = static_cast<rlim_t>(limits.address_space_mb) << 20;
    const rlimit as{bytes, bytes};
    setrlimit(RLIMIT_AS, &as);
  }
  if (limits.file_size_limit > 0) {
    const rlim_t bytes = static_cast<rlim_t>(limits.file_size_limit);
    const rlimit fsize{bytes, bytes};
    setrlimit(RLIMIT_FSIZE, &fsize);
  }
  // Ignored signals stay ignored across execve.
  if (limits.ignore_sigxfsz) signal(SIGXFSZ, SIG_IGN);
  // A core dump of a 100 MB input would take longer than the run.
  const rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  unsetenv("GITHUB_ACTIONS");
  const std::string binary = BinaryPath();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (const std::string& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(binary.c_str(), argv.data());
  _exit(127);
}

}  // namespace

BoundedResult RunBounded(const std::vector<std::string>& args,
                         const Limits& limits) {
  BoundedResult result;
  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return result;
  if (pipe2(err_pipe, O_CLOEXEC) != 0) return result;
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) Child(args, limits, out_pipe[1], err_pipe[1]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  const auto deadline =
      start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                  std::chrono::duration<double>(limits.timeout_s));
  bool open[2] = {true, true};
  const int fds[2] = {out_pipe[0], err_pipe[0]};
  std::string* sinks[2] = {&result.out, &result.err};
  char buf[65536];
  while (open[0] || open[1]) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      result.timed_out = true;
      kill(pid, SIGKILL);
      break;
    }
    const int wait_ms = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now)
            .count() +
        1);
    pollfd p[2] = {{open[0] ? fds[0] : -1, POLLIN, 0},
                   {open[1] ? fds[1] : -1, POLLIN, 0}};
    if (poll(p, 2, wait_ms) < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = read(fds[i], buf, sizeof buf);
      if (n <= 0) {
        open[i] = false;
        continue;
      }
      const size_t room = kMaxCapture - std::min(kMaxCapture, sinks[i]->size());
      sinks[i]->append(buf, std::min(room, static_cast<size_t>(n)));
    }
  }
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  rusage usage{};
  // The pipes close before the child exits; wait for it, still bounded.
  while (wait4(pid, &status, result.timed_out ? 0 : WNOHANG, &usage) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      result.timed_out = true;
      kill(pid, SIGKILL);
    } else {
      usleep(1000);
    }
  }
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  result.max_rss_mb = usage.ru_maxrss / 1024;
  result.exit_code =
      WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.setup_failed = WIFEXITED(status) && WEXITSTATUS(status) == 125;
  return result;
}

}  // namespace svclint::testing
