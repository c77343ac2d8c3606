#include "lint/rules/request/requested_ports.h"

#include <charconv>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"

namespace svclint {
namespace {

constexpr int64_t kMaxPort = 65535;

// A decimal number of at most 5 digits, or nullopt.
std::optional<uint32_t> ParsePortNumber(std::string_view text) {
  text = StripAsciiWhitespace(text);
  if (text.empty() || text.size() > 5) return std::nullopt;
  uint32_t value = 0;
  const auto [ptr, ec] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    return std::nullopt;
  }
  if (value > kMaxPort) return std::nullopt;
  return value;
}

void AddInteger(const RequestValue& value, RequestedPorts& out) {
  if (value.integer < 0 || value.integer > kMaxPort) {
    out.problems.push_back({PortProblem::Kind::kOutOfRange, value.span,
                            absl::StrCat(value.integer)});
    return;
  }
  const auto port = static_cast<uint32_t>(value.integer);
  out.ranges.push_back({port, port, value.span});
}

// "5000-5003" (spaces allowed around the parts) or a single "5000".
void AddRangeString(const RequestValue& value, RequestedPorts& out) {
  const std::string_view text = value.text;
  const size_t dash = text.find('-');
  std::optional<uint32_t> lo, hi;
  if (dash == std::string_view::npos) {
    lo = hi = ParsePortNumber(text);
  } else {
    lo = ParsePortNumber(text.substr(0, dash));
    hi = ParsePortNumber(text.substr(dash + 1));
  }
  if (!lo || !hi || *lo > *hi) {
    out.problems.push_back(
        {PortProblem::Kind::kMalformedRange, value.span, value.text});
    return;
  }
  out.ranges.push_back({*lo, *hi, value.span});
}

}  // namespace

std::string PortRange::Text() const {
  return lo == hi ? absl::StrCat(lo) : absl::StrCat(lo, "-", hi);
}

uint64_t RequestedPorts::count() const {
  uint64_t n = 0;
  for (const PortRange& r : ranges) n += r.size();
  return n;
}

std::string RequestedPorts::Describe() const {
  if (ranges.empty()) return any_user ? "a User port" : "a port";
  std::string out = count() == 1 ? "port " : "ports ";
  for (size_t i = 0; i < ranges.size(); ++i) {
    if (i > 0) out += ", ";
    out += ranges[i].Text();
  }
  if (any_user) out += " and a User port";
  return out;
}

std::string CapitalPorts(uint32_t lo, uint32_t hi) {
  return lo == hi ? absl::StrCat("Port ", lo)
                  : absl::StrCat("Ports ", lo, "-", hi);
}

RequestedPorts AnalyzePorts(const Request& request) {
  RequestedPorts out;
  if (request.port.has_value()) {
    out.has_port_key = true;
    out.key_span = request.port->key_span;
    const RequestValue& value = request.port->value;
    if (value.kind == ValueKind::kInteger) {
      AddInteger(value, out);
    } else if (value.is_string()) {
      if (EqualsIgnoreCase(StripAsciiWhitespace(value.text), "user")) {
        out.any_user = true;
      } else if (!ParsePortNumber(value.text)) {
        // A number in quotes is RQ010's (wrong type); anything else is not
        // a port at all.
        out.problems.push_back(
            {PortProblem::Kind::kNotAPort, value.span, value.text});
      }
    }
  }
  if (request.ports.has_value()) {
    out.has_ports_key = true;
    if (!out.has_port_key ||
        std::tie(request.ports->key_span.line, request.ports->key_span.column) <
            std::tie(out.key_span.line, out.key_span.column)) {
      out.key_span = request.ports->key_span;
    }
    const RequestValue& value = request.ports->value;
    if (value.is_string()) {
      AddRangeString(value, out);
    } else if (value.kind == ValueKind::kArray) {
      for (const RequestValue& item : value.items) {
        if (item.kind == ValueKind::kInteger) AddInteger(item, out);
      }
    } else if (value.kind == ValueKind::kInteger) {
      AddInteger(value, out);
    }
  }
  return out;
}

}  // namespace svclint
