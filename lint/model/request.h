// An IANA service-name / port assignment request (SPEC §2), as written in
// a `[[request]]` table, with the position of every key and value.
//
//   [[request]]
//   service = "example-sync"     -> request.service->value.text
//   port = 4999                  -> request.port->value.integer
//
// The model records what the file says, including values of the wrong
// type and unknown keys; rules decide what is wrong with it. Columns are
// byte columns (lint/base/source_span.h), whatever toml++ counts.
#ifndef SVCLINT_LINT_MODEL_REQUEST_H_
#define SVCLINT_LINT_MODEL_REQUEST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/source_span.h"

namespace svclint {

// The TOML type of a value.
enum class ValueKind : uint8_t {
  kString,
  kInteger,
  kFloat,
  kBoolean,
  kDateTime,  // any of TOML's date, time and date-time values
  kArray,
  kTable,
};

// "a string", "an integer", ... for messages.
constexpr std::string_view ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kString:
      return "a string";
    case ValueKind::kInteger:
      return "an integer";
    case ValueKind::kFloat:
      return "a float";
    case ValueKind::kBoolean:
      return "a boolean";
    case ValueKind::kDateTime:
      return "a date/time";
    case ValueKind::kArray:
      return "an array";
    case ValueKind::kTable:
      return "a table";
  }
  return "a value";
}

struct RequestField;

// One TOML value and where it is written.
struct RequestValue {
  ValueKind kind = ValueKind::kString;
  SourceSpan span;  // the value as written: quotes, brackets included

  // kString: the decoded text, and where its first byte sits in the file
  // (just inside the quotes). `text_exact` is false when escapes or a
  // multi-line string make byte offsets into `text` differ from the file.
  std::string text;
  Anchor text_at;
  bool text_exact = true;

  int64_t integer = 0;                // kInteger
  bool boolean = false;               // kBoolean
  std::vector<RequestValue> items;    // kArray, in file order
  std::vector<RequestField> entries;  // kTable, in file order

  bool is_string() const { return kind == ValueKind::kString; }
  // The span of the text alone (inside the quotes) for kString values.
  SourceSpan TextSpan() const;
};

// `key = value`, with both positions.
struct RequestField {
  std::string key;
  SourceSpan key_span;  // the key as written (quotes included)
  Anchor key_at;        // the key's first byte inside its quotes, if any
  RequestValue value;

  // The entry `name` of a table value, or nullptr.
  const RequestField* Find(std::string_view name) const;
};

struct Request {
  SourceSpan header;  // the `[[request]]` line (or the inline table)

  // The schema's keys (SPEC §2); absent when not written.
  std::optional<RequestField> service;
  std::optional<RequestField> transports;
  std::optional<RequestField> port;
  std::optional<RequestField> ports;
  std::optional<RequestField> port_rationale;
  std::optional<RequestField> description;
  std::optional<RequestField> reference;
  std::optional<RequestField> casting;
  std::optional<RequestField> dnssd;
  std::optional<RequestField> service_code;
  std::optional<RequestField> assignee;
  std::optional<RequestField> contact;
  std::optional<RequestField> txt_keys;
  std::optional<RequestField> notes;

  // Keys the schema does not know, in file order (RQ002).
  std::vector<RequestField> unknown;
};

// A whole request file: its `[[request]]` tables, in file order.
struct RequestFile {
  std::vector<Request> requests;
  // Top-level keys other than `request` (RQ002).
  std::vector<RequestField> unknown;
  // `request` written as something other than tables (RQ010), e.g.
  // `request = "x"` or an array holding a non-table.
  std::vector<RequestField> malformed;
  bool has_request_key = false;
};

inline SourceSpan RequestValue::TextSpan() const {
  if (kind != ValueKind::kString || !text_exact) return span;
  return SpanAt(text_at, 0, text.size());
}

inline const RequestField* RequestField::Find(std::string_view name) const {
  for (const RequestField& entry : value.entries) {
    if (entry.key == name) return &entry;
  }
  return nullptr;
}

// The schema's key names, in the order of SPEC §2.
inline constexpr std::string_view kRequestKeys[] = {
    "service",     "transports", "port",     "ports", "port_rationale",
    "description", "reference",  "casting",  "dnssd", "service_code",
    "assignee",    "contact",    "txt_keys", "notes"};
inline constexpr std::string_view kPartyKeys[] = {"name", "email"};

}  // namespace svclint

#endif  // SVCLINT_LINT_MODEL_REQUEST_H_
