#include "lint/cli/registry_commands.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "lint/base/strings.h"

namespace svclint {
namespace {

std::vector<std::string_view> SplitIds(std::string_view list) {
  std::vector<std::string_view> ids;
  while (!list.empty()) {
    const size_t comma = list.find(',');
    ids.push_back(StripAsciiWhitespace(list.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return ids;
}

// Whitespace runs (line breaks included) collapsed to one space.
std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : StripAsciiWhitespace(s)) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_space) {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Where(const RecordView& r) {
  std::string where;
  if (r.has_port) {
    where = absl::StrCat(r.port_lo);
    if (r.port_hi != r.port_lo) absl::StrAppend(&where, "-", r.port_hi);
    if (r.transport != Transport::kNone) where += "/";
  }
  where += TransportName(r.transport);
  return where.empty() ? "-" : where;
}

std::string People(const Registry& registry, std::string_view ids) {
  std::string out;
  for (std::string_view id : SplitIds(ids)) {
    if (!out.empty()) out += ", ";
    out += registry.PersonName(id);
  }
  return out;
}

void PrintRecord(const Registry& registry, const RecordView& r,
                 std::ostream& out) {
  out << (r.name.empty() ? "-" : r.name) << ' ' << Where(r);
  if (!r.description.empty()) out << "  " << OneLine(r.description);
  if (!r.assignee.empty()) {
    out << "  (assignee: " << People(registry, r.assignee) << ")";
  }
  out << '\n';
}

nlohmann::json PeopleJson(const Registry& registry, std::string_view ids) {
  nlohmann::json list = nlohmann::json::array();
  if (ids.empty()) return list;
  for (std::string_view id : SplitIds(ids)) {
    list.push_back({{"id", std::string(id)},
                    {"name", std::string(registry.PersonName(id))}});
  }
  return list;
}

nlohmann::json RecordJson(const Registry& registry, const RecordView& r) {
  auto str_or_null = [](std::string_view s) -> nlohmann::json {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(s));
  };
  nlohmann::json j;
  j["name"] = str_or_null(r.name);
  j["port"] = r.has_port ? nlohmann::json(r.port_lo) : nlohmann::json(nullptr);
  j["port_hi"] =
      r.has_port ? nlohmann::json(r.port_hi) : nlohmann::json(nullptr);
  j["transport"] = str_or_null(TransportName(r.transport));
  j["description"] = std::string(r.description);
  j["reserved"] = r.reserved();
  j["unassigned"] = r.unassigned();
  j["assignee"] = PeopleJson(registry, r.assignee);
  j["contact"] = PeopleJson(registry, r.contact);
  j["reference"] = str_or_null(r.reference);
  j["registration_date"] = str_or_null(r.registration_date);
  j["modification_date"] = str_or_null(r.modification_date);
  j["service_code"] = r.service_code ? nlohmann::json(*r.service_code)
                                     : nlohmann::json(nullptr);
  j["note"] = str_or_null(r.note);
  j["line"] = r.line;
  return j;
}

}  // namespace

int RunRegistryLookup(const Registry& registry, std::string_view query,
                      bool json, std::ostream& out, std::ostream& err) {
  std::optional<RegistryQuery> q = ParseRegistryQuery(query);
  if (!q) {
    err << "svclint: bad lookup '" << query
        << "': expected NAME, PORT or PORT/PROTO (PORT 0-65535, PROTO one "
           "of tcp, udp, sctp, dccp)\n";
    return 2;
  }
  const RegistryLookup lookup = LookUp(registry, *q);
  const std::vector<RecordView>& records = lookup.records;
  const std::optional<std::string_view>& replacement = lookup.replacement;
  const DefinedTxtKeys* txt = lookup.txt;
  const bool found = lookup.found();
  if (json) {
    nlohmann::json j;
    j["query"] = std::string(StripAsciiWhitespace(query));
    j["kind"] = q->port ? "port" : "name";
    if (replacement) j["historic_alias_of"] = std::string(*replacement);
    if (txt != nullptr) {
      nlohmann::json keys = nlohmann::json::array();
      for (std::string_view k : txt->keys) keys.push_back(std::string(k));
      j["txt_keys"] = {{"keys", keys},
                       {"parsed", txt->parsed},
                       {"undisclosed", txt->undisclosed},
                       {"note", std::string(txt->note)}};
    }
    nlohmann::json list = nlohmann::json::array();
    for (const RecordView& r : records) list.push_back(RecordJson(registry, r));
    j["records"] = std::move(list);
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
    return found ? 0 : 1;
  }
  if (!found) {
    err << "svclint: no registry record for '" << StripAsciiWhitespace(query)
        << "'\n";
    return 1;
  }
  if (replacement) {
    out << StripAsciiWhitespace(query) << " is a historic alias of "
        << *replacement << '\n';
  }
  for (const RecordView& r : records) PrintRecord(registry, r, out);
  if (txt != nullptr) {
    out << "TXT keys: ";
    if (txt->parsed && txt->keys.empty()) {
      out << "none";
    } else if (!txt->parsed) {
      out << "(not listed) " << OneLine(txt->note);
    }
    for (size_t i = 0; i < txt->keys.size(); ++i) {
      out << (i ? ", " : "") << txt->keys[i];
    }
    out << '\n';
  }
  return 0;
}

int RunRegistryStats(const Registry& registry, bool json, std::ostream& out,
                     std::string_view origin) {
  const RegistryStats s = registry.Stats();
  constexpr Transport kAll[] = {Transport::kTcp, Transport::kUdp,
                                Transport::kSctp, Transport::kDccp};
  if (json) {
    nlohmann::json per;
    for (Transport t : kAll) {
      per[std::string(TransportName(t))] = s.per_transport[int(t)];
    }
    per["none"] = s.per_transport[int(Transport::kNone)];
    nlohmann::json j = {{"records", s.records},
                        {"names", s.names},
                        {"per_transport", per},
                        {"assigned_ports",
                         {{"system", s.system_ports},
                          {"user", s.user_ports},
                          {"dynamic", s.dynamic_ports}}},
                        {"reserved", s.reserved},
                        {"unassigned", s.unassigned},
                        {"name_only", s.name_only},
                        {"aliases", s.aliases},
                        {"txt_definitions", s.txt_definitions},
                        {"updated", std::string(s.updated)}};
    if (!origin.empty()) j["source"] = std::string(origin);
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
    return 0;
  }
  auto row = [&](std::string_view label, auto value) {
    out << label << std::string(label.size() < 30 ? 30 - label.size() : 1, ' ')
        << value << '\n';
  };
  row("records", s.records);
  row("distinct names", s.names);
  for (Transport t : kAll) {
    row(std::string("  ") + std::string(TransportName(t)),
        s.per_transport[int(t)]);
  }
  row("  no protocol", s.per_transport[int(Transport::kNone)]);
  row("system ports (0-1023)", s.system_ports);
  row("user ports (1024-49151)", s.user_ports);
  row("dynamic ports (49152-65535)", s.dynamic_ports);
  row("reserved", s.reserved);
  row("unassigned", s.unassigned);
  row("name-only records", s.name_only);
  row("historic aliases", s.aliases);
  row("TXT key definitions", s.txt_definitions);
  row("updated", s.updated.empty() ? std::string_view("-") : s.updated);
  if (!origin.empty()) row("source", origin);
  return 0;
}

}  // namespace svclint
