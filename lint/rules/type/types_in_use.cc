#include "lint/rules/type/types_in_use.h"

#include "lint/base/strings.h"

namespace svclint {
namespace {

// Each row names the document that defines the type and the clients that
// browse for it; the registry (checked 2026-08-17) has no record of any.
constexpr TypeInUse kTypesInUse[] = {
    // Mopria eSCL Scan Technical Specification, "Discovery": scanners
    // advertise _uscan._tcp (and _uscans._tcp over TLS); macOS Image
    // Capture and sane-airscan (airscan-dnssd.c) browse both.
    {"uscan", Transport::kTcp, "Mopria eSCL Scan Technical Specification"},
    {"uscans", Transport::kTcp, "Mopria eSCL Scan Technical Specification"},
    // Spotify Connect ZeroConf API (developer.spotify.com, "ZeroConf API"):
    // the Spotify apps browse _spotify-connect._tcp.
    {"spotify-connect", Transport::kTcp, "Spotify Connect ZeroConf API"},
    // ESPHome's native API (esphome/components/mdns); Home Assistant's
    // esphome integration browses _esphomelib._tcp (its manifest.json).
    {"esphomelib", Transport::kTcp, "ESPHome native API"},
    // OctoPrint's bundled Discovery plugin publishes _octoprint._tcp;
    // slicers (Cura's OctoPrint plugin, PrusaSlicer) browse for it.
    {"octoprint", Transport::kTcp, "OctoPrint Discovery plugin"},
    // WLED (wled00/wled.cpp, MDNS.addService("wled", "tcp", 80)); Home
    // Assistant's wled integration browses _wled._tcp.
    {"wled", Transport::kTcp, "WLED firmware"},
    // Nanoleaf OpenAPI, "Discovery": panels advertise _nanoleafapi._tcp.
    {"nanoleafapi", Transport::kTcp, "Nanoleaf OpenAPI"},
};

}  // namespace

const TypeInUse* FindTypeInUse(std::string_view name, Transport transport) {
  if (transport == Transport::kNone) return nullptr;
  // `_udp` is every transport but TCP (RFC 6763 §7).
  const Transport dnssd =
      transport == Transport::kTcp ? Transport::kTcp : Transport::kUdp;
  for (const TypeInUse& type : kTypesInUse) {
    if (type.transport == dnssd && EqualsIgnoreCase(type.name, name)) {
      return &type;
    }
  }
  return nullptr;
}

std::span<const TypeInUse> TypesInUse() { return kTypesInUse; }

}  // namespace svclint
