#!/usr/bin/env python3
"""Writes corpus/hostile/: small hostile inputs, one file per case, in every
file kind svclint reads (the extension picks the kind, as `svclint lint`
detects it; *.svclint.toml are configurations, read with --config).

The files are checked in; this script documents how each was made and
regenerates them byte for byte (`python3 corpus/hostile/generate.py`).
Anything large (100 MB lines, 65,536-entry files, million-level nesting),
unreadable paths, FIFOs and symlink loops is made at run time by
tests/hostile/hostile_test.cc instead. That test lints every file here and
asserts a clear result (exit 2 with `path:line:col:`, or findings) within
bounded time and memory.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# What makes each kind recognisable (so detection hands the rest of the
# file to the kind's parser).
REQUEST = b"[[request]]\n"
SERVICES = b"[[service]]\n"
AVAHI = b'<?xml version="1.0" standalone="no"?>\n<service-group>\n'
DNSSD = b"[Service]\n"
REG_XML = (b"<?xml version='1.0' encoding='UTF-8'?>\n"
           b'<registry xmlns="http://www.iana.org/assignments" '
           b'id="service-names-port-numbers">\n')
REG_CSV = (b"Service Name,Port Number,Transport Protocol,Description,Assignee,"
           b"Contact,Registration Date,Modification Date,Reference,"
           b"Service Code,Unauthorized Use Reported,Assignment Notes\n")
REG_TXT = (b"Service Name and Transport Protocol Port Number Registry\n\n"
           b"Service Name Port Number Transport Protocol Description Assignee "
           b"Contact Registration Date Modification Date Reference "
           b"Service Code Unauthorized Use Reported Assignment Notes\n")

# Invalid UTF-8: overlong '/', a UTF-16 surrogate, a lone continuation
# byte, a truncated sequence, a 5-byte form, bytes never valid, an
# over-U+10FFFF code point.
BAD_UTF8 = b"\xc0\xaf \xed\xa0\x80 \x80 \xe2\x82 \xf8\x88\x80\x80\x80 \xfe\xff \xf4\x90\x80\x80"

files = {}


def put(name, data):
    assert name not in files, name
    files[name] = data


# --- empty --------------------------------------------------------------
for ext in ["toml", "service", "dnssd", "xml", "csv", "txt", "svclint.toml"]:
    put("empty." + ext, b"")
# Only a byte-order mark, only newlines, only a header.
put("bom_only.dnssd", b"\xef\xbb\xbf")
put("newlines_only.service", b"\n" * 4096)
put("request_header_only.toml", REQUEST)
put("services_header_only.toml", SERVICES)
put("registry_header_only.csv", REG_CSV)
put("registry_header_only.txt", REG_TXT)
put("registry_root_only.xml", REG_XML)

# --- binary garbage -----------------------------------------------------
rng = random.Random(8)  # issue 8: fixed seed, same bytes every time
garbage = bytes(rng.getrandbits(8) for _ in range(4096))
for ext in ["toml", "service", "dnssd", "xml", "csv", "txt", "svclint.toml"]:
    put("garbage." + ext, garbage)
# Garbage after the bytes that make the kind recognisable.
put("request_garbage.toml", REQUEST + garbage)
put("services_garbage.toml", SERVICES + garbage)
put("avahi_garbage.service", AVAHI + garbage)
put("dnssd_garbage.dnssd", DNSSD + garbage)
put("registry_garbage.xml", REG_XML + garbage)
put("registry_garbage.csv", REG_CSV + garbage)
put("registry_garbage.txt", REG_TXT + garbage)
# An ELF header: somebody linted a binary.
put("elf.service", b"\x7fELF\x02\x01\x01" + bytes(57) + b"<?xml" + garbage[:512])

# --- invalid UTF-8 ------------------------------------------------------
put("request_bad_utf8.toml", REQUEST +
    b'service = "ex\xff\xfeample"\ntransports = ["tcp"]\n'
    b'description = "' + BAD_UTF8 + b'"\n')
put("request_bad_utf8_key.toml", REQUEST + b'"k\xc0\xafey" = 1\n')
put("services_bad_utf8.toml", SERVICES +
    b'instance = "Office ' + BAD_UTF8 + b'"\ntype = "_ipp._tcp"\n'
    b'txt = ["k\xff=v", "\xed\xa0\x80=1"]\n')
put("avahi_bad_utf8.service", AVAHI +
    b"<name>Printer \xc0\xaf\xed\xa0\x80</name>\n<service>\n"
    b"<type>_ipp\xff._tcp</type>\n<port>631</port>\n"
    b"<txt-record>k\xfe=\x80</txt-record>\n</service>\n</service-group>\n")
put("dnssd_bad_utf8.dnssd", DNSSD +
    b"Name=Web " + BAD_UTF8 + b"\nType=_http._tcp\nPort=80\n"
    b"TxtText=k\xff=v \"q\xc0\xaf\"\n")
put("registry_bad_utf8.xml", REG_XML +
    b"<record><name>n\xff\xfe</name><protocol>tcp</protocol>"
    b"<number>1234</number><description>" + BAD_UTF8 +
    b"</description></record>\n</registry>\n")
put("registry_bad_utf8.csv", REG_CSV +
    b"bad\xffname,1234,tcp," + BAD_UTF8 + b",,,,,,,,\n")
put("registry_bad_utf8.txt", REG_TXT +
    b"bad\xffname 1234 tcp " + BAD_UTF8 + b"\n")
put("config_bad_utf8.svclint.toml",
    b'select = ["S\xffN"]\n[per-file-ignores]\n"\xc0\xaf*.service" = ["SN007"]\n')
# UTF-16 with its byte-order mark: all text, none of it UTF-8.
put("utf16.service", "\ufeff<?xml version=\"1.0\"?>\n<service-group>"
    "<name>x</name></service-group>\n".encode("utf-16-le"))
put("utf16.dnssd", "\ufeff[Service]\nName=x\nType=_http._tcp\n"
    .encode("utf-16-le"))

# --- NUL bytes ----------------------------------------------------------
put("request_nul.toml", REQUEST +
    b'service = "exa\x00mple"\ntransports = ["tcp\x00"]\n\x00\n')
put("services_nul.toml", SERVICES +
    b'instance = "Office\x00Printer"\ntype = "_ipp._tcp"\n'
    b'txt = ["a=\x00", "\x00"]\n')
put("avahi_nul.service", AVAHI + b"<name>Pri\x00nter</name>\n<service>"
    b"<type>_ipp._tcp</type><port>631</port></service>\n</service-group>\n")
put("dnssd_nul.dnssd", DNSSD + b"Name=Web\x00Server\nType=_http.\x00_tcp\n"
    b"TxtText=a=\x00b\n")
put("registry_nul.xml", REG_XML + b"<record><name>a\x00b</name>"
    b"<protocol>tcp</protocol><number>1\x002</number></record>\n</registry>\n")
put("registry_nul.csv", REG_CSV + b"a\x00b,12\x0034,tcp,x,,,,,,,,\n")
put("registry_nul.txt", REG_TXT + b"a\x00b 1234 tcp x\n")
put("config_nul.svclint.toml", b'select = ["SN\x00"]\nignore = ["\x00"]\n')
put("nul_only.toml", b"\x00" * 1024)

# --- deep nesting (small enough to keep; deeper ones are generated) ------
depth = 5000
put("request_deep_array.toml",
    REQUEST + b"notes = " + b"[" * depth + b"]" * depth + b"\n")
put("services_deep_inline_table.toml",
    SERVICES + b"txt = " + b"{a=" * depth + b"1" + b"}" * depth + b"\n")
put("request_deep_dotted_key.toml",
    REQUEST + b".".join([b"a"] * depth) + b" = 1\n")
put("services_deep_table_header.toml",
    SERVICES + b"[" + b".".join([b"t"] * depth) + b"]\nx = 1\n")
put("config_deep.svclint.toml",
    b"select = " + b"[" * depth + b"]" * depth + b"\n")
put("avahi_deep.service",
    AVAHI + b"<service>" * depth + b"</service>" * depth + b"\n</service-group>\n")
put("avahi_deep_unclosed.service", AVAHI + b"<a>" * depth)
put("registry_deep.xml",
    REG_XML + b"<record>" * depth + b"</record>" * depth + b"\n</registry>\n")
put("registry_deep_note.xml", REG_XML + b"<record><name>x</name><note>" +
    b"<paragraph>" * depth + b"</paragraph>" * depth +
    b"</note></record>\n</registry>\n")

# --- XML entity expansion -------------------------------------------------
laughs = b'<!ENTITY lol0 "lol">\n' + b"".join(
    b'<!ENTITY lol%d "%s">\n' % (i, b"".join(b"&lol%d;" % (i - 1)
                                             for _ in range(10)))
    for i in range(1, 10))
put("avahi_billion_laughs.service",
    b'<?xml version="1.0"?>\n<!DOCTYPE service-group [\n' + laughs +
    b"]>\n<service-group><name>&lol9;</name><service><type>_http._tcp</type>"
    b"<port>80</port><txt-record>k=&lol9;</txt-record></service>"
    b"</service-group>\n")
put("registry_billion_laughs.xml",
    b"<?xml version='1.0'?>\n<!DOCTYPE registry [\n" + laughs +
    b"]>\n<registry id=\"service-names-port-numbers\"><record><name>&lol9;"
    b"</name><protocol>tcp</protocol><number>1</number>"
    b"<description>&lol9;</description></record></registry>\n")
# External entities must not be fetched or read (XXE).
put("avahi_external_entity.service",
    b'<?xml version="1.0"?>\n<!DOCTYPE service-group [\n'
    b'<!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
    b'<!ENTITY net SYSTEM "http://198.51.100.1/x">\n]>\n'
    b"<service-group><name>&xxe;</name><service><type>_http._tcp</type>"
    b"<port>80</port><txt-record>k=&net;</txt-record></service>"
    b"</service-group>\n")
# Character references to what XML forbids: NUL, surrogates, > U+10FFFF.
put("avahi_bad_char_refs.service", AVAHI +
    b"<name>&#0;&#xD800;&#x110000;&#99999999999;&#x;&#;</name>\n"
    b"<service><type>_http._tcp</type><port>80</port></service>"
    b"</service-group>\n")

# --- odd line endings and sizes --------------------------------------------
put("avahi_cr_only.service", (AVAHI + b"<name>x</name>\n<service>\n"
    b"<type>_x._tcp</type>\n<port>1</port>\n</service>\n</service-group>\n")
    .replace(b"\n", b"\r"))
put("dnssd_cr_only.dnssd", b"[Service]\rName=x\rType=_http._tcp\rPort=80\r")
put("dnssd_continuations.dnssd", DNSSD + b"Name=a\\\n" * 2000 + b"b\n")
put("request_crlf_mixed.toml",
    REQUEST.replace(b"\n", b"\r\n") + b'service = "x"\r\r\n\n\r')
# A control character where a key starts: toml++ 3.3.0 asserted there.
put("request_control_in_header.toml", b"[\x1brequest]\nservice = \"x\"\n")
put("services_control_in_key.toml", b"[[service]]\n\x01name = \"x\"\n")
# Numbers at the edges.
put("request_huge_numbers.toml", REQUEST +
    b"port = 99999999999999999999999999\nservice_code = -9223372036854775809\n"
    b"transports = [\"tcp\"]\nports = \"65535-0\"\n")
put("avahi_huge_port.service", AVAHI + b"<name>x</name><service>"
    b"<type>_x._tcp</type><port>184467440737095516160</port></service>"
    b"</service-group>\n")
put("dnssd_huge_port.dnssd", DNSSD +
    b"Name=x\nType=_x._tcp\nPort=-1\nPort=99999999999999999999\n")
put("registry_huge_numbers.csv", REG_CSV +
    b"x,99999999999999999999,tcp,d,,,,,,99999999999999999999,,\n"
    b"y,5-99999999999999999999,udp,d,,,,,,,,\n")
put("registry_huge_numbers.xml", REG_XML +
    b"<record><name>x</name><protocol>tcp</protocol>"
    b"<number>99999999999999999999-1</number></record>\n</registry>\n")
# A CSV quote that never closes.
put("registry_unclosed_quote.csv", REG_CSV + b'x,1,tcp,"never closed\n' * 50)
# Suppression comments in bulk, and broken.
put("services_suppressions.toml", SERVICES +
    b'instance = "x" # svclint: disable=\n'
    b'type = "_X._tcp" # svclint: disable=,,,\xff,' + b"SN007," * 500 + b"\n"
    b"# svclint: disable-next-line=" + b"A" * 5000 + b"\n"
    b"# svclint: disable-file=*\n")
# Regular expressions that would take exponential time in a backtracking
# engine (RE2 is linear), and a glob that would in a naive matcher.
put("config_evil_patterns.svclint.toml",
    b'[per-file-ignores]\n"' + b"*a" * 40 + b'*b" = ["SN007"]\n'
    b'"' + b"**/" * 40 + b'x" = ["SN"]\n'
    b'[[rule]]\nid = "ORG001"\nslug = "evil"\nseverity = "warning"\n'
    b'field = "service.name"\npattern = "(a+)+$"\nmatch = "must-not"\n'
    b'message = "m"\n'
    b'[[rule]]\nid = "ORG002"\nslug = "evil-two"\nseverity = "warning"\n'
    b'field = "txt.key"\npattern = "' + b"(x?)" * 200 + b"x" * 200 + b'"\n'
    b'match = "must"\nmessage = "{value}"\n')
put("config_bad_regex.svclint.toml",
    b'[[rule]]\nid = "ORG001"\nslug = "bad"\nseverity = "warning"\n'
    b'field = "service.name"\npattern = "(((("\nmatch = "must"\nmessage = "m"\n')


# Encodings as Expat (and avahi-daemon) reads them (issue 13): one it does
# not know, and a large declared ISO-8859-1 file whose every byte becomes
# two in UTF-8, with an odd-length hex TXT value.
put("avahi_unknown_encoding.service",
    b'<?xml version="1.0" encoding="x-unknown-charset"?>\n'
    b"<service-group><name>\xff\xfe</name></service-group>\n")
put("avahi_latin1_huge.service",
    b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<service-group><name>'
    + b"\xe9" * 200000
    + b"</name><service><type>_a\xe9._tcp</type>"
    b'<txt-record value-format="binary-hex">k=' + b"0" * 100001
    + b"</txt-record></service></service-group>\n")

def main():
    for name in os.listdir(HERE):
        if name not in ("generate.py", "README.md"):
            os.remove(os.path.join(HERE, name))
    for name, data in sorted(files.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(files)} files, {sum(map(len, files.values()))} bytes")


if __name__ == "__main__":
    main()
