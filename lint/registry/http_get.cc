#include "lint/registry/http_get.h"

#include <curl/curl.h>
#include <dlfcn.h>

#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "lint/base/build_info.h"

namespace svclint {
namespace {

// The libcurl entry points used, looked up once.
struct Curl {
  decltype(&curl_global_init) global_init = nullptr;
  decltype(&curl_easy_init) easy_init = nullptr;
  decltype(&curl_easy_setopt) easy_setopt = nullptr;
  decltype(&curl_easy_perform) easy_perform = nullptr;
  decltype(&curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&curl_easy_strerror) easy_strerror = nullptr;
  decltype(&curl_slist_append) slist_append = nullptr;
  decltype(&curl_slist_free_all) slist_free_all = nullptr;
};

template <typename Fn>
bool Resolve(void* library, const char* name, Fn& fn) {
  fn = reinterpret_cast<Fn>(dlsym(library, name));
  return fn != nullptr;
}

absl::StatusOr<const Curl*> LoadCurl() {
  static const absl::StatusOr<const Curl*> loaded =
      []() -> absl::StatusOr<const Curl*> {
    // Debian's libcurl4 (OpenSSL) first, then the GnuTLS flavour.
    void* library = nullptr;
    for (const char* soname : {"libcurl.so.4", "libcurl-gnutls.so.4"}) {
      library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
      if (library != nullptr) break;
    }
    if (library == nullptr) {
      return absl::FailedPreconditionError(
          "registry update needs libcurl (libcurl.so.4), which is not "
          "installed: apt install libcurl4");
    }
    auto* curl = new Curl;  // lives until exit, like the library
    const bool ok =
        Resolve(library, "curl_global_init", curl->global_init) &&
        Resolve(library, "curl_easy_init", curl->easy_init) &&
        Resolve(library, "curl_easy_setopt", curl->easy_setopt) &&
        Resolve(library, "curl_easy_perform", curl->easy_perform) &&
        Resolve(library, "curl_easy_getinfo", curl->easy_getinfo) &&
        Resolve(library, "curl_easy_cleanup", curl->easy_cleanup) &&
        Resolve(library, "curl_easy_strerror", curl->easy_strerror) &&
        Resolve(library, "curl_slist_append", curl->slist_append) &&
        Resolve(library, "curl_slist_free_all", curl->slist_free_all);
    if (!ok || curl->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
      return absl::FailedPreconditionError(
          "the installed libcurl (libcurl.so.4) cannot be used");
    }
    return curl;
  }();
  return loaded;
}

struct Transfer {
  HttpResponse response;
  size_t max_bytes = 0;
  bool too_large = false;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (transfer->response.body.size() + bytes > transfer->max_bytes) {
    transfer->too_large = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  transfer->response.body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const absl::string_view line(data, size * count);
  // Each response of a redirect chain starts with its status line; only
  // the last one's validators describe the body.
  if (absl::StartsWith(line, "HTTP/")) {
    transfer->response.etag.clear();
    transfer->response.last_modified.clear();
  }
  const size_t colon = line.find(':');
  if (colon == absl::string_view::npos) return line.size();
  const absl::string_view name = line.substr(0, colon);
  const absl::string_view value =
      absl::StripAsciiWhitespace(line.substr(colon + 1));
  if (absl::EqualsIgnoreCase(name, "ETag")) {
    transfer->response.etag = std::string(value);
  } else if (absl::EqualsIgnoreCase(name, "Last-Modified")) {
    transfer->response.last_modified = std::string(value);
  }
  return line.size();
}

}  // namespace

absl::StatusOr<HttpResponse> HttpGet(const HttpRequest& request) {
  absl::StatusOr<const Curl*> loaded = LoadCurl();
  if (!loaded.ok()) return loaded.status();
  const Curl& curl = **loaded;
  CURL* handle = curl.easy_init();
  if (handle == nullptr) {
    return absl::ResourceExhaustedError("libcurl: cannot start a transfer");
  }
  Transfer transfer;
  transfer.max_bytes = request.max_bytes;
  const std::string user_agent = "svclint/" + std::string(SvclintVersion());
  curl_slist* headers = nullptr;
  if (!request.if_none_match.empty()) {
    headers = curl.slist_append(
        headers, ("If-None-Match: " + request.if_none_match).c_str());
  }
  if (!request.if_modified_since.empty()) {
    headers = curl.slist_append(
        headers, ("If-Modified-Since: " + request.if_modified_since).c_str());
  }
  curl.easy_setopt(handle, CURLOPT_URL, request.url.c_str());
  curl.easy_setopt(handle, CURLOPT_USERAGENT, user_agent.c_str());
  curl.easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
  curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl.easy_setopt(handle, CURLOPT_MAXREDIRS, 5L);
  curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT,
                   request.connect_timeout_seconds);
  curl.easy_setopt(handle, CURLOPT_TIMEOUT, request.timeout_seconds);
  curl.easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");  // gzip if offered
  curl.easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE,
                   static_cast<curl_off_t>(request.max_bytes));
  curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, &OnBody);
  curl.easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
  curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, &OnHeader);
  curl.easy_setopt(handle, CURLOPT_HEADERDATA, &transfer);
  char error[CURL_ERROR_SIZE] = {};
  curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);

  const CURLcode code = curl.easy_perform(handle);
  long status = 0;
  curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
  curl.easy_cleanup(handle);
  curl.slist_free_all(headers);

  if (transfer.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    return absl::UnavailableError(
        absl::StrCat("cannot download ", request.url, ": larger than ",
                     request.max_bytes >> 20, " MiB"));
  }
  if (code == CURLE_OPERATION_TIMEDOUT) {
    return absl::DeadlineExceededError(absl::StrCat(
        "cannot download ", request.url, ": no complete answer in ",
        request.timeout_seconds, " s (",
        error[0] != '\0' ? error : curl.easy_strerror(code), ")"));
  }
  if (code != CURLE_OK) {
    return absl::UnavailableError(
        absl::StrCat("cannot download ", request.url, ": ",
                     error[0] != '\0' ? error : curl.easy_strerror(code)));
  }
  if (status != 200 && status != 304) {
    return absl::UnavailableError(absl::StrCat("cannot download ", request.url,
                                               ": the server answered HTTP ",
                                               status));
  }
  transfer.response.status = status;
  return std::move(transfer.response);
}

}  // namespace svclint
