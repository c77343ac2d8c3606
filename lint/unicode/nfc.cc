#include "lint/unicode/nfc.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <utility>

namespace svclint {
namespace {

struct CodePointRange {
  char32_t lo, hi;
  uint8_t value;
};
struct Decomposition {
  char32_t cp;
  uint16_t offset;  // into kDecompositionPool
  uint8_t size;
};
struct Composition {
  char32_t first, second, composite;
};

#include "lint/unicode/nfc_tables.inc"

// Below U+0300 every character is a starter that NFC leaves alone.
constexpr char32_t kFirstCombining = 0x300;
// Nothing below U+00C0 has a canonical decomposition.
constexpr char32_t kFirstDecomposable = 0xC0;

// Hangul syllables compose and decompose algorithmically (Unicode §3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161,
                   kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr char32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

uint8_t LookupRange(std::span<const CodePointRange> table, char32_t cp) {
  auto it = std::upper_bound(
      table.begin(), table.end(), cp,
      [](char32_t c, const CodePointRange& r) { return c < r.lo; });
  if (it == table.begin()) return 0;
  --it;
  return cp <= it->hi ? it->value : 0;
}

enum QuickCheck : uint8_t { kYes = 0, kNo = 1, kMaybe = 2 };

QuickCheck NfcQuickCheck(char32_t cp) {
  if (cp < kFirstCombining) return kYes;
  return static_cast<QuickCheck>(LookupRange(kQuickCheckRanges, cp));
}

void AppendDecomposition(char32_t cp, std::u32string& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    const char32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
    return;
  }
  // Latin-1 letters such as U+00E9 decompose too, so no fast path here.
  if (cp >= kFirstDecomposable) {
    auto it = std::lower_bound(
        std::begin(kDecompositions), std::end(kDecompositions), cp,
        [](const Decomposition& d, char32_t c) { return d.cp < c; });
    if (it != std::end(kDecompositions) && it->cp == cp) {
      out.append(kDecompositionPool + it->offset, it->size);
      return;
    }
  }
  out.push_back(cp);
}

// The primary composite of `first` + `second`, or 0.
char32_t Compose(char32_t first, char32_t second) {
  if (first >= kLBase && first < kLBase + kLCount && second >= kVBase &&
      second < kVBase + kVCount) {
    return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
  }
  if (first >= kSBase && first < kSBase + kSCount &&
      (first - kSBase) % kTCount == 0 && second > kTBase &&
      second < kTBase + kTCount) {
    return first + (second - kTBase);
  }
  auto it = std::lower_bound(
      std::begin(kCompositions), std::end(kCompositions),
      std::pair(first, second),
      [](const Composition& c, std::pair<char32_t, char32_t> k) {
        return std::pair(c.first, c.second) < k;
      });
  if (it != std::end(kCompositions) && it->first == first &&
      it->second == second) {
    return it->composite;
  }
  return 0;
}

}  // namespace

uint8_t CanonicalCombiningClass(char32_t cp) {
  if (cp < kFirstCombining) return 0;
  return LookupRange(kCccRanges, cp);
}

std::u32string ToNfc(std::u32string_view text) {
  std::u32string d;
  d.reserve(text.size() + 8);
  for (char32_t cp : text) AppendDecomposition(cp, d);
  // Canonical ordering: a stable sort of each run of non-starters by class.
  for (size_t i = 0; i < d.size();) {
    if (CanonicalCombiningClass(d[i]) == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < d.size() && CanonicalCombiningClass(d[j]) != 0) ++j;
    std::stable_sort(d.begin() + i, d.begin() + j, [](char32_t a, char32_t b) {
      return CanonicalCombiningClass(a) < CanonicalCombiningClass(b);
    });
    i = j;
  }
  // Canonical composition: each character joins the last starter unless a
  // character between them blocks it (class 0, or a class >= its own).
  std::u32string out;
  out.reserve(d.size());
  size_t starter = std::u32string::npos;
  int last_class = -1;  // class of the last character kept after the starter
  for (char32_t cp : d) {
    const int cls = CanonicalCombiningClass(cp);
    if (starter != std::u32string::npos) {
      const bool blocked =
          last_class != -1 && (last_class == 0 || last_class >= cls);
      if (!blocked) {
        if (const char32_t c = Compose(out[starter], cp); c != 0) {
          out[starter] = c;
          continue;
        }
      }
    }
    if (cls == 0) {
      starter = out.size();
      last_class = -1;
    } else {
      last_class = cls;
    }
    out.push_back(cp);
  }
  return out;
}

bool IsNfc(std::u32string_view text) {
  uint8_t last_class = 0;
  bool maybe = false;
  for (char32_t cp : text) {
    if (cp < kFirstCombining) {
      last_class = 0;
      continue;
    }
    const uint8_t cls = CanonicalCombiningClass(cp);
    if (cls != 0 && last_class > cls) return false;  // not canonically ordered
    switch (NfcQuickCheck(cp)) {
      case kNo:
        return false;
      case kMaybe:
        maybe = true;
        break;
      case kYes:
        break;
    }
    last_class = cls;
  }
  return !maybe || ToNfc(text) == text;
}

std::string_view NfcUnicodeVersion() { return kUnicodeVersion; }

}  // namespace svclint
