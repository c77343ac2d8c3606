// One HTTP(S) GET, conditional on the copy the caller has, for
// `svclint registry update`.
//
//   absl::StatusOr<HttpResponse> r = HttpGet({.url = kIanaRegistryUrl,
//                                             .if_none_match = etag});
//   r->status == 304  // not modified
//
// libcurl is opened with dlopen() on the first call, not linked: the
// other commands then start without loading it and its ~25 libraries
// (start-up is most of a `svclint check`, SPEC §8), and the Debian package
// needs libcurl only as a Recommends. Without libcurl this says so.
#ifndef SVCLINT_LINT_REGISTRY_HTTP_GET_H_
#define SVCLINT_LINT_REGISTRY_HTTP_GET_H_

#include <cstddef>
#include <string>

#include "absl/status/statusor.h"

namespace svclint {

struct HttpRequest {
  std::string url;
  std::string if_none_match;      // the ETag of the copy we have, or ""
  std::string if_modified_since;  // its Last-Modified, or ""
  long connect_timeout_seconds = 15;
  long timeout_seconds = 120;  // the whole transfer, redirects included
  size_t max_bytes = size_t{64} << 20;  // IANA's file is about 4 MB
};

struct HttpResponse {
  long status = 0;  // 200, or 304 when the conditions matched
  std::string body;
  std::string etag;
  std::string last_modified;
};

// Follows up to 5 redirects over http and https only. Unavailable for
// transport failures, timeouts, oversized bodies and statuses other than
// 200 and 304, with the URL in the message.
absl::StatusOr<HttpResponse> HttpGet(const HttpRequest& request);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_HTTP_GET_H_
