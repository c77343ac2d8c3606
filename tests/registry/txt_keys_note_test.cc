// Table tests of the "Defined TXT keys" reader: every shape the registry
// uses, with the notes quoted from the 2026-08-17 snapshot.
#include "lint/registry/txt_keys_note.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace svclint {
namespace {

using Kind = TxtKeysNote::Kind;

struct Case {
  std::string_view service;
  std::string_view note;
  Kind kind;
  std::vector<std::string_view> keys;
};

class TxtKeysNoteTest : public ::testing::TestWithParam<Case> {};

TEST_P(TxtKeysNoteTest, Reads) {
  const Case& c = GetParam();
  const TxtKeysNote n = ParseTxtKeysNote(c.note, c.service);
  EXPECT_EQ(n.kind, c.kind) << c.service << ": " << c.note;
  EXPECT_EQ(n.keys, c.keys) << c.service;
}

const Case kCases[] = {
    // key=<value> lists, with remarks and odd values.
    {"http",
     "Defined TXT keys: u=<username> p=<password> path=<path to document>",
     Kind::kKeys,
     {"u", "p", "path"}},
    {"xul-http",
     "Defined TXT keys: u=<username> p=<password> path=<path to document> "
     "(Same as for _http._tcp)",
     Kind::kKeys,
     {"u", "p", "path"}},
    {"workgroup",
     "Defined TXT keys: version=? description=?",
     Kind::kKeys,
     {"version", "description"}},
    {"acs-ctl-ds",
     "Defined TXT keys: MAC=, GW-MAC",
     Kind::kKeys,
     {"MAC", "GW-MAC"}},
    {"ncpu",
     "Defined TXT keys: u=username; k=keypattern; f=fstabFILE",
     Kind::kKeys,
     {"u", "k", "f"}},
    {"lxi",
     "Defined TXT keys: txtvers, *IDN?=<response defined by IEEE 488; e.g., "
     "manufacturer, model, serial number, version>",
     Kind::kKeys,
     {"txtvers", "*IDN?"}},
    {"timezone",
     "This is an extension of the http service.  Defined\n      TXT keys: "
     "path=<context path> (as per Section 6 of [RFC6763]).",
     Kind::kKeys,
     {"path"}},
    {"bidib",
     "Defined TXT keys: bidib,node,interface,uid,prod,user - "
     "http://bidib.org/transport/bidib_net_e.html",
     Kind::kKeys,
     {"bidib", "node", "interface", "uid", "prod", "user"}},
    // Comma lists, multi-word keys, remarks.
    {"daap",
     "Defined TXT keys: txtvers, Version, iTSh Version, Machine ID, Database "
     "ID, Machine Name, Password",
     Kind::kKeys,
     {"txtvers", "Version", "iTSh Version", "Machine ID", "Database ID",
      "Machine Name", "Password"}},
    {"voalte2",
     "Defined TXT keys: txtvers, name, (others not publicly documented)",
     Kind::kKeys,
     {"txtvers", "name"}},
    {"wdp",
     "Defined TXT keys: D (device type), S (https port), A (architecture),\n"
     "    T (tags)",
     Kind::kKeys,
     {"D", "S", "A", "T"}},
    {"tbricks",
     "Defined TXT keys: txtvers=1, sesna, seid,\n    cotype, sysna",
     Kind::kKeys,
     {"txtvers", "sesna", "seid", "cotype", "sysna"}},
    // Space-separated bare keys; a lone key.
    {"duckrace",
     "Defined TXT keys: txtvers uuid devicename",
     Kind::kKeys,
     {"txtvers", "uuid", "devicename"}},
    {"eeg", "Defined TXT keys:  Type", Kind::kKeys, {"Type"}},
    // One entry a line: key=<...>, key: meaning, key   meaning, bullets.
    {"visel",
     "Defined TXT keys:   Version=<service version>\n  Type=<service type>\n"
     "  SString1=<serviceString>",
     Kind::kKeys,
     {"Version", "Type", "SString1"}},
    {"xgate-rmi",
     "Defined TXT keys:   tech=value (string)\n  model=value (string)",
     Kind::kKeys,
     {"tech", "model"}},
    {"wot",
     "Defined TXT keys:\ntd: Absolute pathname of the Thing Description\n"
     "      Description Directory.\ntype: Type of the Thing Description, i.e. "
     "\"Thing\" or \"Directory\". If omitted, the type is assumed\n"
     "      to be Thing.",
     Kind::kKeys,
     {"td", "type"}},
    {"iax",
     "Defined TXT keys:\n  auth          plaintext | md5 | rsakeys\n"
     "  userid        alphanumeric, additionally '_', '+', '-'\n"
     "All of these TXT record keys are optional, they may be omitted.",
     Kind::kKeys,
     {"auth", "userid"}},
    {"enphase-envoy",
     "Defined TXT keys: - txtvers\n      - protovers",
     Kind::kKeys,
     {"txtvers", "protovers"}},
    {"soda",
     "Defined TXT keys: a. ssid=<Wi-Fi SSID of the device>\n"
     "b. bssid=<Wi-Fi BSSID of the device>",
     Kind::kKeys,
     {"ssid", "bssid"}},
    {"pblr",
     "Defined TXT keys: \nenabled=<true|false> API is enabled/disabled\n"
     "version=<x.y> API version",
     Kind::kKeys,
     {"enabled", "version"}},
    {"jnx-kcsync",
     "Defined TXT keys: hash=<40hex characters>\n      salt=<40hex "
     "characters>\n      Example:\n      hash=5e7580598c0d70",
     Kind::kKeys,
     {"hash", "salt"}},
    {"pgpkey-http",
     "Defined TXT keys: path=<path on the server>\n"
     "                  normally: \"path=/pks/\"",
     Kind::kKeys,
     {"path"}},
    // No keys.
    {"ssh-none", "Defined TXT keys: None", Kind::kNone, {}},
    {"radioport", "Defined TXT keys: NONE", Kind::kNone, {}},
    {"autotunnel", "Defined TXT Keys: None", Kind::kNone, {}},
    {"llrp",
     "Defined TXT keys: None. RFID reader Low Level Reader Protocol",
     Kind::kNone,
     {}},
    {"devonsync", "Defined TXT keys: None at present", Kind::kNone, {}},
    {"msrps", "Defined TXT keys: ", Kind::kNone, {}},
    {"tsbiis",
     "Defined TXT keys: there is no TXT keys defined for this protocol",
     Kind::kNone,
     {}},
    {"ola",
     "Subtypes: _www-http\n      Defined TXT keys: None",
     Kind::kNone,
     {}},
    {"ptnetprosrv2",
     "Defined TXT keys: None\nProfiling and performance analysis protocol.",
     Kind::kNone,
     {}},
    // Keys that exist but are not listed.
    {"busycal", "Defined TXT keys: Proprietary", Kind::kUndisclosed, {}},
    {"uddi", "Defined TXT keys: TBD", Kind::kUndisclosed, {}},
    // Not readable as keys.
    {"ipp", "Defined TXT keys: See BonjourPrinting.pdf.", Kind::kUnparsed, {}},
    {"ciao", "Defined TXT keys: see www.ciaoapp.com", Kind::kUnparsed, {}},
    {"vapix-http",
     "Defined TXT keys: https://help.axis.com/en-us/axis-os#axis-bonjour",
     Kind::kUnparsed,
     {}},
    {"ff-ice", "Defined TXT keys: FF-ICE", Kind::kUnparsed, {}},
    {"fisk", "Defined TXT keys: fisk-srv", Kind::kUnparsed, {}},
    {"irc-iot", "Defined TXT keys: _irc-iot", Kind::kUnparsed, {}},
    {"payload-app",
     "Defined TXT keys: _payload._tcp.local, _payload._udp.local",
     Kind::kUnparsed,
     {}},
    {"psap", "Defined TXT keys: c0, c1, ..., cn", Kind::kUnparsed, {}},
    {"mavlink", "Defined TXT keys: 0", Kind::kUnparsed, {}},
    {"strobe-sync",
     "Defined TXT keys: Application will rely upon Bonjour version 3.1.0.1",
     Kind::kUnparsed,
     {}},
    {"mieleacs",
     "Defined TXT keys: txtvers and proprietary keys",
     Kind::kUnparsed,
     {}},
    {"mn-passage",
     "Defined TXT keys: inherited from bonjour/iOS multipeer connectivity",
     Kind::kUnparsed,
     {}},
    {"ims-ni",
     "Defined TXT keys:  SN (serial number), PVER (protocol version))",
     Kind::kUnparsed,
     {}},
    {"commfort",
     "Defined TXT keys: commfort, chat, client-server,\n      local chat, LAN",
     Kind::kUnparsed,
     {}},
    {"hg",
     "Defined TXT keys: None\n  path=<file system pathname to repository>",
     Kind::kUnparsed,
     {}},
    {"guid",
     "Defined TXT keys: Varies; Depends on type of service being offered",
     Kind::kUnparsed,
     {}},
    {"fix",
     "Defined TXT keys:   Currently valid enumerated values:\n   txtvers=1",
     Kind::kUnparsed,
     {}},
    // No "Defined TXT keys" at all.
    {"mxs-like", "  mxs.system.id=<system id>", Kind::kAbsent, {}},
    {"plain", "This entry is an alias to \"x\".", Kind::kAbsent, {}},
};

INSTANTIATE_TEST_SUITE_P(Registry, TxtKeysNoteTest,
                         ::testing::ValuesIn(kCases));

TEST(TxtKeysNoteTest, KeysAreViewsIntoTheNoteWithoutDuplicates) {
  const std::string note = "Defined TXT keys: a=1 A=2 b";
  const TxtKeysNote n = ParseTxtKeysNote(note, "x");
  EXPECT_EQ(n.kind, Kind::kUnparsed);  // "b" after key=value items is prose
  const std::string dup = "Defined TXT keys: x, X, y";
  const TxtKeysNote d = ParseTxtKeysNote(dup, "x");
  ASSERT_EQ(d.keys.size(), 2u);
  EXPECT_EQ(d.keys[0].data(), dup.data() + 18);
  EXPECT_EQ(d.body, "x, X, y");
  EXPECT_TRUE(d.parsed());
}

}  // namespace
}  // namespace svclint
