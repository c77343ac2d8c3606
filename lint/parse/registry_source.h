// The IANA registry as read from one file, before it is indexed: every
// record's fields as text, and where the record sits in the file. The XML,
// CSV and plain-text loaders all produce this; BuildRegistryBlob
// (lint/registry/registry_builder.h) validates it and packs it into the
// tables a Registry answers queries from.
//
//   absl::StatusOr<RegistrySource> src = ParseRegistryXml(text, "iana.xml");
//   src->records[0].name == "tcpmux"; src->records[0].line == 55
//
// Fields are views into the file's bytes (SourceText) and into an arena for
// text the loader had to assemble or decode, so a 14,000-record file costs
// no per-field allocation.
#ifndef SVCLINT_LINT_PARSE_REGISTRY_SOURCE_H_
#define SVCLINT_LINT_PARSE_REGISTRY_SOURCE_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/file_bytes.h"

namespace svclint {

// The bytes a RegistrySource was read from: a file as read or mapped, a
// copy, or a view of text the caller keeps alive (the linter's own buffer,
// so a 3.9 MB registry is not held twice).
class SourceText {
 public:
  SourceText() = default;
  static SourceText Copy(std::string_view content) {
    SourceText t;
    t.copy_ = std::make_unique_for_overwrite<char[]>(content.size() + 1);
    if (!content.empty()) {
      std::memcpy(t.copy_.get(), content.data(), content.size());
    }
    t.view_ = {t.copy_.get(), content.size()};
    return t;
  }
  static SourceText Borrow(std::string_view content) {
    SourceText t;
    t.view_ = content;
    return t;
  }
  static SourceText Adopt(FileBytes file) {
    SourceText t;
    t.file_ = std::move(file);
    t.view_ = t.file_.view();
    return t;
  }

  std::string_view view() const { return view_; }
  size_t size() const { return view_.size(); }

 private:
  FileBytes file_;
  std::unique_ptr<char[]> copy_;
  std::string_view view_;
};

// Bump allocator for strings that must outlive the loader; views stay
// valid when the arena is moved.
class StringArena {
 public:
  std::string_view Save(std::string_view s) {
    if (s.size() > left_) {
      const size_t size = s.size() > kChunk / 4 ? s.size() : kChunk;
      chunks_.push_back(std::make_unique_for_overwrite<char[]>(size));
      next_ = chunks_.back().get();
      left_ = size;
    }
    if (!s.empty()) std::memcpy(next_, s.data(), s.size());
    std::string_view saved(next_, s.size());
    next_ += s.size();
    left_ -= s.size();
    return saved;
  }

 private:
  static constexpr size_t kChunk = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

// One record, fields as the file spells them (entities decoded, CSV quotes
// removed, surrounding whitespace stripped). Person fields hold ids
// ("Tom_Lane"); several ids are joined by ", ". References are written as
// the CSV does: "[RFC6335][RFC9110]".
struct SourceRecord {
  std::string_view name;      // "" for Reserved/Unassigned rows
  std::string_view protocol;  // "tcp", "udp", "sctp", "dccp" or ""
  std::string_view number;    // "5432", "225-241" or "" (name-only record)
  std::string_view description;
  std::string_view assignee;
  std::string_view contact;
  std::string_view registration_date;
  std::string_view modification_date;
  std::string_view reference;
  std::string_view service_code;  // DCCP service code, decimal, or ""
  std::string_view unauthorized;  // "Unauthorized Use Reported"
  std::string_view note;          // assignment notes; paragraphs on lines
  uint32_t line = 0;              // 1-based line where the record starts
  uint32_t name_line = 0;         // where the name's first byte is, or 0
  uint32_t name_column = 0;
};

// An entry of the registry's <people> section (or "Contact Information").
struct SourcePerson {
  std::string_view id;  // "Tom_Lane"
  std::string_view name;
  std::string_view org;
  std::string_view uri;
  std::string_view updated;
};

struct RegistrySource {
  std::string path;
  std::string_view updated;  // the registry's "last updated" date, or ""
  std::vector<SourceRecord> records;
  std::vector<SourcePerson> people;

  // What the views above point into.
  SourceText text;
  StringArena arena;
};

}  // namespace svclint

#endif  // SVCLINT_LINT_PARSE_REGISTRY_SOURCE_H_
