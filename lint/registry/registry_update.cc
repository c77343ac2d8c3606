#include "lint/registry/registry_update.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "lint/base/atomic_file.h"
#include "lint/base/today.h"
#include "lint/registry/http_get.h"
#include "lint/registry/registry_builder.h"
#include "lint/registry/registry_format.h"
#include "lint/registry/registry_loader.h"

namespace svclint {
namespace {

// What download.meta holds: one "key value" per line.
struct DownloadMeta {
  std::string url;
  std::string etag;
  std::string last_modified;
};

DownloadMeta ReadMeta(const std::string& path) {
  DownloadMeta meta;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const std::pair<absl::string_view, absl::string_view> kv =
        absl::StrSplit(line, absl::MaxSplits(' ', 1));
    if (kv.first == "url") meta.url = std::string(kv.second);
    if (kv.first == "etag") meta.etag = std::string(kv.second);
    if (kv.first == "last-modified") {
      meta.last_modified = std::string(kv.second);
    }
  }
  return meta;
}

// A header value goes back into a request header: no line breaks.
std::string OneLine(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c != '\r' && c != '\n') out += c;
  }
  return out;
}

absl::Status MakeCacheDir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    return absl::UnavailableError(
        absl::StrCat("cannot create ", dir, ": ", ec.message()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<PackedDownload> PackDownloadedRegistry(std::string_view body,
                                                      std::string_view url) {
  const std::string name(url);
  if (body.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": empty download"));
  }
  absl::StatusOr<RegistryFormat> format = DetectRegistryFormat(body, name);
  if (!format.ok()) return format.status();
  if (*format != RegistryFormat::kXml) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, ":1:1: not the registry's XML (",
        *format == RegistryFormat::kCsv ? "CSV" : "plain text",
        "); registry update needs the XML, which carries the registry's date"));
  }
  absl::StatusOr<RegistrySource> source =
      ParseRegistrySource(SourceText::Copy(body), name);
  if (!source.ok()) return source.status();
  if (!DaysFromCivil(source->updated).has_value()) {
    return absl::InvalidArgumentError(absl::StrCat(
        name,
        ": no <updated> date (YYYY-MM-DD) in the registry; is it cut "
        "short?"));
  }
  if (source->records.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": the registry has no records"));
  }
  absl::StatusOr<std::string> blob =
      BuildRegistryBlob(*source, {.dedupe_strings = true});
  if (!blob.ok()) return blob.status();
  if (absl::Status s = packed::ValidateBlob(*blob); !s.ok()) return s;
  return PackedDownload{std::move(blob).value(), std::string(source->updated),
                        source->records.size()};
}

absl::StatusOr<UpdateResult> UpdateRegistryCache(
    const RegistryCachePaths& paths, const UpdateOptions& options) {
  UpdateResult result;
  result.path = paths.blob;
  HttpRequest request;
  request.url = options.url;
  request.timeout_seconds = options.timeout_seconds;
  // Conditional only when the copy we have came from this URL and opens.
  const DownloadMeta meta = ReadMeta(paths.meta);
  absl::StatusOr<std::unique_ptr<Registry>> cached =
      OpenPackedRegistry(paths.blob);
  const bool conditional = cached.ok() && meta.url == options.url &&
                           !(meta.etag.empty() && meta.last_modified.empty());
  if (conditional) {
    request.if_none_match = meta.etag;
    request.if_modified_since = meta.last_modified;
  }
  absl::StatusOr<HttpResponse> response = HttpGet(request);
  if (!response.ok()) return response.status();
  if (response->status == 304) {
    if (!conditional) {
      return absl::UnavailableError(
          absl::StrCat("cannot download ", options.url,
                       ": the server answered 304 Not Modified to an "
                       "unconditional request"));
    }
    result.outcome = UpdateOutcome::kNotModified;
    result.date = std::string((*cached)->Stats().updated);
    result.records = (*cached)->size();
    return result;
  }
  absl::StatusOr<PackedDownload> packed =
      PackDownloadedRegistry(response->body, options.url);
  if (!packed.ok()) return packed.status();

  if (absl::Status s = MakeCacheDir(paths.dir); !s.ok()) return s;
  // The packed copy is what runs read, so it goes after the XML; the meta
  // last, so a failure in between costs a full download next time, never
  // a 304 for a copy we do not have.
  if (absl::Status s = WriteFileAtomically(paths.xml, response->body);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = WriteFileAtomically(paths.blob, packed->blob); !s.ok()) {
    return s;
  }
  const std::string meta_text = absl::StrCat(
      "url ", OneLine(options.url), "\netag ", OneLine(response->etag),
      "\nlast-modified ", OneLine(response->last_modified), "\n");
  if (absl::Status s = WriteFileAtomically(paths.meta, meta_text); !s.ok()) {
    return s;
  }
  result.date = packed->date;
  result.records = packed->records;
  return result;
}

}  // namespace svclint
