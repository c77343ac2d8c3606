#include "lint/diag/finding.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "lint/catalog/catalog.h"
#include "lint/unicode/printable.h"

namespace svclint {

void FindingStore::Add(RuleId id, Severity severity, uint8_t variant,
                       SourceSpan span, std::span<const FindingArg> args,
                       std::vector<Edit> edits) {
  Finding& f = findings_.emplace_back();
  f.span = span;
  f.id = id;
  f.severity = severity;
  f.variant = variant;
  f.arg_count = static_cast<uint8_t>(args.size());
  f.first_arg = static_cast<uint32_t>(args_.size());
  for (const FindingArg& a : args) {
    StoredArg& stored = args_.emplace_back();
    stored.key = a.key;
    stored.kind = a.kind;
    if (a.kind == FindingArg::Kind::kNumber) {
      stored.number = a.number;
    } else {
      // Input is shown Printable: its first 120 bytes, and a UTF-8
      // sequence starting among them, decide the text and the "...".
      const std::string_view bytes =
          a.kind == FindingArg::Kind::kInput
              ? a.text.substr(0, kPrintableMaxBytes + 4)
              : a.text;
      stored.offset = static_cast<uint32_t>(text_.size());
      stored.size = static_cast<uint32_t>(bytes.size());
      text_.append(bytes);
    }
  }
  if (!edits.empty()) {
    f.fix = static_cast<int32_t>(fixes_.size());
    fixes_.push_back(std::move(edits));
  }
}

void FindingStore::AddFormed(Diagnostic diagnostic) {
  Finding& f = findings_.emplace_back();
  f.span = diagnostic.span;
  f.severity = diagnostic.severity;
  f.formed = static_cast<int32_t>(formed_.size());
  formed_.push_back(std::move(diagnostic));
}

void FindingStore::Clear() {
  findings_.clear();
  args_.clear();
  text_.clear();
  fixes_.clear();
  formed_.clear();
}

std::string_view FindingStore::PathOf(const Finding& f) const {
  const Diagnostic* d = Formed(f);
  return d ? std::string_view(d->path) : std::string_view(path_);
}

std::string_view FindingStore::RuleIdOf(const Finding& f) const {
  const Diagnostic* d = Formed(f);
  return d ? std::string_view(d->rule_id) : BuiltinRule(f.id).id;
}

std::string_view FindingStore::SlugOf(const Finding& f) const {
  const Diagnostic* d = Formed(f);
  return d ? std::string_view(d->slug) : BuiltinRule(f.id).slug;
}

bool FindingStore::HasFix(const Finding& f) const {
  const Diagnostic* d = Formed(f);
  return d ? d->fix.has_value() : f.fix >= 0;
}

void FindingStore::AppendMessage(const Finding& f, std::string& out) const {
  if (const Diagnostic* d = Formed(f)) {
    out += d->message;
    return;
  }
  const RuleInfo& rule = BuiltinRule(f.id);
  AppendFormatted(f.variant == kDefaultMessage
                      ? rule.message
                      : rule.variants[f.variant].message,
                  f, out);
}

// FormatMessage (catalog.h) over stored arguments: each `{key}` replaced by
// its value; an unknown key, or a '{' without '}', is left as written.
void FindingStore::AppendFormatted(std::string_view message_template,
                                   const Finding& f, std::string& out) const {
  const std::span<const StoredArg> args(args_.data() + f.first_arg,
                                        f.arg_count);
  ExpandMessage(
      message_template,
      [&](std::string_view key, std::string& to) {
        const auto arg =
            std::find_if(args.begin(), args.end(),
                         [&](const StoredArg& a) { return a.key == key; });
        if (arg == args.end()) return false;
        const std::string_view bytes(text_.data() + arg->offset, arg->size);
        switch (arg->kind) {
          case FindingArg::Kind::kText:
            to.append(bytes);
            break;
          case FindingArg::Kind::kInput:
            AppendPrintable(bytes, kPrintableMaxBytes, to);
            break;
          case FindingArg::Kind::kNumber:
            absl::StrAppend(&to, arg->number);
            break;
        }
        return true;
      },
      out);
}

Diagnostic FindingStore::ToDiagnostic(const Finding& f) const {
  if (const Diagnostic* d = Formed(f)) return *d;
  const RuleInfo& rule = BuiltinRule(f.id);
  Diagnostic d;
  d.path = path_;
  d.span = f.span;
  d.rule_id = std::string(rule.id);
  d.slug = std::string(rule.slug);
  d.severity = f.severity;
  AppendMessage(f, d.message);
  if (f.fix >= 0) {
    Fix fix;
    AppendFormatted(rule.fix, f, fix.title);
    fix.edits = fixes_[static_cast<size_t>(f.fix)];
    d.fix = std::move(fix);
  }
  return d;
}

void FindingStore::AppendDiagnostics(std::vector<Diagnostic>& out) const {
  // No reserve(): called once per flush, an exact reserve would copy the
  // whole vector each time (quadratic on a file of many findings).
  for (const Finding& f : findings_) out.push_back(ToDiagnostic(f));
}

bool FindingStore::Less(const Finding& a, const Finding& b) const {
  const std::string_view path_a = PathOf(a), path_b = PathOf(b);
  if (path_a != path_b) return path_a < path_b;
  if (!(a.span == b.span)) return a.span < b.span;
  const std::string_view id_a = RuleIdOf(a), id_b = RuleIdOf(b);
  if (id_a != id_b) return id_a < id_b;
  // The same rule at the same place twice: the message decides (rare).
  std::string message_a, message_b;
  AppendMessage(a, message_a);
  AppendMessage(b, message_b);
  return message_a < message_b;
}

void FindingStore::SortFrom(size_t begin) {
  if (findings_.size() - begin < 2) return;
  std::stable_sort(
      findings_.begin() + static_cast<ptrdiff_t>(begin), findings_.end(),
      [this](const Finding& a, const Finding& b) { return Less(a, b); });
}

}  // namespace svclint
