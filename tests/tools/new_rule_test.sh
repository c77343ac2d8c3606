#!/bin/sh
# The rule scaffold (tools/new_rule.py) run into a copy of the catalogue:
# the generator accepts the new entries, registers each check in the table
# of its input, and the scaffolded rule and test compile against the real
# headers; the checklist names the fast paths for name/type rules; a
# second run with the same id is refused.
#
#   new_rule_test.sh SOURCE_DIR CATALOG_GEN CXX [PYTHON]
set -eu
src=$1 gen=$2 cxx=$3 python=${4:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$tmp/gen/svclint"
cp -r "$src/rules" "$tmp/rules"

scaffold() {
  "$python" "$src/tools/new_rule.py" --root "$tmp" "$@"
}

# An error on names: registered, and both fast paths in the checklist.
scaffold --input name --id SN099 --slug name-scaffold-probe --severity error \
  --summary "Scaffold probe" > "$tmp/name.out" || fail "scaffold (name)"
grep -q 'lint/rules/verdict.cc' "$tmp/name.out" || fail "no verdict.cc item"
grep -q 'lint/rules/fast_type.cc' "$tmp/name.out" || fail "no fast_type.cc item"

# A warning on types: fast_type.cc (any finding) but not verdict.cc (errors).
scaffold --input type --id ST099 --slug type-scaffold-probe \
  --severity warning --summary "Scaffold probe" > "$tmp/type.out" ||
  fail "scaffold (type)"
grep -q 'lint/rules/fast_type.cc' "$tmp/type.out" || fail "no fast_type.cc item"
if grep -q 'verdict.cc' "$tmp/type.out"; then fail "verdict.cc for a warning"; fi

# Inputs without `svclint check --as` examples.
scaffold --input request --id RQ099 --slug request-scaffold-probe \
  --severity info --summary "Scaffold probe" > /dev/null ||
  fail "scaffold (request)"
scaffold --input txt-string --id TX099 --slug txt-scaffold-probe \
  --severity warning --summary "Scaffold probe" > /dev/null ||
  fail "scaffold (txt-string)"
scaffold --input config --id ST098 --slug config-scaffold-probe \
  --severity warning --summary "Scaffold probe" > /dev/null ||
  fail "scaffold (config)"

# The same id again is refused, and nothing is written.
before=$(cat "$tmp/rules/sn.toml")
if scaffold --input name --id SN099 --slug other-probe --severity error \
  --summary "Again" 2> "$tmp/again.err"; then
  fail "a duplicate id was accepted"
fi
grep -q 'SN099 exists already' "$tmp/again.err" || fail "duplicate id message"
[ "$before" = "$(cat "$tmp/rules/sn.toml")" ] || fail "sn.toml changed"

"$gen" "$tmp/gen/svclint/rule_ids.h" "$tmp/gen/catalog_data.cc" \
  "$tmp"/rules/*.toml || fail "catalog_gen rejected the scaffolded entries"
grep -q '{RuleId::kSN099, CheckNameScaffoldProbe}' \
  "$tmp/gen/svclint/rules_name.h" || fail "SN099 not in kNameRules"
grep -q '{RuleId::kST099, CheckTypeScaffoldProbe}' \
  "$tmp/gen/svclint/rules_type.h" || fail "ST099 not in kTypeRules"
grep -q '{RuleId::kRQ099, CheckRequestScaffoldProbe}' \
  "$tmp/gen/svclint/rules_request.h" || fail "RQ099 not in kRequestRules"
grep -q '{RuleId::kTX099, CheckTxtScaffoldProbe}' \
  "$tmp/gen/svclint/rules_txt_string.h" || fail "TX099 not in kTxtStringRules"
grep -q '{RuleId::kST098, CheckConfigScaffoldProbe}' \
  "$tmp/gen/svclint/rules_config.h" || fail "ST098 not in kConfigRules"

# The scaffolded files compile against the generated declarations.
for file in lint/rules/name/name_scaffold_probe.cc \
  lint/rules/type/type_scaffold_probe.cc \
  lint/rules/request/request_scaffold_probe.cc \
  lint/rules/txt/txt_scaffold_probe.cc \
  lint/rules/config/config_scaffold_probe.cc \
  tests/rules/name_scaffold_probe_test.cc \
  tests/rules/request_scaffold_probe_test.cc; do
  "$cxx" -std=c++20 -Wall -Wextra -Werror -Wno-unused-parameter \
    -fsyntax-only -I "$tmp/gen" -I "$src" "$tmp/$file" ||
    fail "$file does not compile"
done
echo "PASS"
