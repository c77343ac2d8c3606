// Reads a registry note's "Defined TXT keys: ..." part (RFC 6763 §6) into
// the list of keys, or says that it cannot be read with confidence. The
// registrants wrote these by hand, so the shapes vary:
//
//   u=<username> p=<password> path=<path>           key=<value> list
//   txtvers, Version, iTSh Version, Machine ID      comma list
//   D (device type), S (https port), T (tags)       key (meaning)
//   \n  td: Absolute pathname ...\n  type: ...      one `key: meaning` a line
//   \n  auth          plaintext | md5               one `key   meaning` a line
//   None / none. / NONE / None at present / ""      no keys
//   Proprietary / TBD                               keys not disclosed
//
// Anything else (prose, URLs, "c0, c1, ..., cn", the service's own name)
// is `kUnparsed`: the parser never guesses.
//
//   TxtKeysNote n = ParseTxtKeysNote(note, "ssh");
//   n.kind == TxtKeysNote::Kind::kKeys; n.keys == {"u", "p"}
#ifndef SVCLINT_LINT_REGISTRY_TXT_KEYS_NOTE_H_
#define SVCLINT_LINT_REGISTRY_TXT_KEYS_NOTE_H_

#include <string_view>
#include <vector>

namespace svclint {

struct TxtKeysNote {
  enum class Kind {
    kAbsent,       // the note has no "Defined TXT keys"
    kKeys,         // `keys` lists them (never empty)
    kNone,         // the note says there are none
    kUndisclosed,  // "Proprietary", "TBD": keys exist but are not listed
    kUnparsed,     // cannot be read as keys (RG004)
  };
  Kind kind = Kind::kAbsent;
  std::vector<std::string_view> keys;  // views into the note; no duplicates
  std::string_view body;  // the text after "Defined TXT keys:", stripped

  bool present() const { return kind != Kind::kAbsent; }
  // Whether the keys are known exactly (a list, or none).
  bool parsed() const { return kind == Kind::kKeys || kind == Kind::kNone; }
};

// `service` is the record's name: a note whose only "key" is the service's
// own name (e.g. "FF-ICE" on ff-ice) is read as unparsed.
TxtKeysNote ParseTxtKeysNote(std::string_view note, std::string_view service);

}  // namespace svclint

#endif  // SVCLINT_LINT_REGISTRY_TXT_KEYS_NOTE_H_
