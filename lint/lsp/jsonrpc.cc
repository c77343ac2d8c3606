#include "lint/lsp/jsonrpc.h"

#include <charconv>

#include "lint/base/strings.h"

namespace svclint::lsp {

std::optional<RawMessage> MessageReader::Next() {
  std::optional<size_t> length;
  bool bad_length = false;
  std::string line;
  bool any_header = false;
  // Header lines end with CRLF (a bare LF is tolerated); an empty line ends
  // the block.
  while (true) {
    if (!std::getline(in_, line)) {
      if (any_header) return RawMessage{"", "end of input inside a header"};
      return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue;  // stray blank line between messages
      break;
    }
    any_header = true;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::string_view name =
        StripAsciiWhitespace(std::string_view(line).substr(0, colon));
    const std::string_view value =
        StripAsciiWhitespace(std::string_view(line).substr(colon + 1));
    if (EqualsIgnoreCase(name, "Content-Length")) {
      size_t n = 0;
      const auto [ptr, ec] =
          std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || ptr != value.data() + value.size()) {
        bad_length = true;
      } else {
        length = n;
      }
    }
  }
  if (bad_length || !length) {
    return RawMessage{"", "missing or invalid Content-Length header"};
  }
  if (*length > max_body_) {
    in_.ignore(static_cast<std::streamsize>(*length));
    return RawMessage{"", "message body too large"};
  }
  RawMessage msg;
  msg.body.resize(*length);
  in_.read(msg.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in_.gcount()) != *length) {
    return RawMessage{"", "end of input inside a message body"};
  }
  return msg;
}

void WriteMessage(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace svclint::lsp
