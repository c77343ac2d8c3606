#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` lays out exactly the five files; the
# man page renders without groff warnings; the bash completion loads
# (`complete -p svclint`) and completes commands, option values and rule
# ids; the zsh and fish completions parse (when those shells are here).
#
#   tests/dist/install_test.sh build
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

# --- the layout ---
expected='bin/svclint
share/bash-completion/completions/svclint
share/fish/vendor_completions.d/svclint.fish
share/man/man1/svclint.1
share/zsh/site-functions/_svclint'
actual=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)
[ "$actual" = "$expected" ] || fail "installed files:"$'\n'"$actual"
[ -x "$prefix/bin/svclint" ] || fail "bin/svclint is not executable"
version=$(XDG_CACHE_HOME=$prefix/cache "$prefix/bin/svclint" --version)
grep -qE '^svclint [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]+|unknown\)$' <<<"$version" ||
  fail "--version: $version"

# --- the man page ---
page=$prefix/share/man/man1/svclint.1
warnings=$(MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "groff warnings: $warnings"
# Justified text has runs of spaces: squeeze them.
text=$(MANWIDTH=100 man -l "$page" 2>/dev/null | tr -s ' ')
for want in 'NAME' 'svclint - lint DNS-SD service types' 'SYNOPSIS' \
  'svclint registry update [OPTIONS]' 'EXIT STATUS' 'FILES' \
  '$XDG_CACHE_HOME/svclint/registry.bin' 'svclint registry lookup' \
  '--format FORMAT' '--fail-on SEVERITY' 'SN001 name-empty (error)' 'RULES'; do
  grep -qF -- "$want" <<<"$text" || fail "man page lacks '$want'"
done
# Every rule is in the page, and every command.
XDG_CACHE_HOME=$prefix/cache "$prefix/bin/svclint" rules --json |
  grep -oE '"id": "[A-Z]+[0-9]+"' | grep -oE '[A-Z]+[0-9]+' |
  while read -r id; do
    grep -qE "^ $id " <<<"$text" || fail "man page lacks rule $id"
  done
for cmd in check lint rules explain 'registry lookup' 'registry stats' \
  'registry update' lsp; do
  grep -qF "svclint $cmd" <<<"$text" || fail "man page lacks 'svclint $cmd'"
done

# --- bash completion ---
completion=$prefix/share/bash-completion/completions/svclint
complete_words() {  # complete_words WORD... : COMPREPLY for the last word
  bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _svclint; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
spec=$(bash --norc --noprofile -c 'source "$1"; complete -p svclint' _ "$completion")
[ "$spec" = "complete -o bashdefault -o default -F _svclint svclint" ] ||
  fail "complete -p svclint: $spec"
[ "$(complete_words svclint re | tr '\n' ' ')" = "registry " ] ||
  fail "command: $(complete_words svclint re)"
[ "$(complete_words svclint registry '' | tr '\n' ' ')" = "lookup stats update " ] ||
  fail "registry subcommands: $(complete_words svclint registry '')"
[ "$(complete_words svclint check --format '' | tr '\n' ' ')" = "text json sarif github " ] ||
  fail "--format values: $(complete_words svclint check --format '')"
[ "$(complete_words svclint explain SN00 | head -3 | tr '\n' ' ')" = "SN001 SN002 SN003 " ] ||
  fail "explain rule ids: $(complete_words svclint explain SN00)"
[ "$(complete_words svclint lint --select SN001,ST00 | head -2 | tr '\n' ' ')" = "SN001,ST001 SN001,ST002 " ] ||
  fail "--select list: $(complete_words svclint lint --select SN001,ST00)"
# Captured before grep -q: with pipefail, grep quitting at its first match
# would fail the pipe (SIGPIPE) whenever the writer had more to write.
slugs=$(complete_words svclint explain name-too)
grep -qx name-too-long <<<"$slugs" || fail "explain slugs: $slugs"
update_options=$(complete_words svclint registry update --)
grep -qx -- --url <<<"$update_options" || fail "update options: $update_options"
complete_words svclint --format=j svclint >/dev/null  # no error on odd input

# --- zsh and fish: they parse ---
if command -v zsh >/dev/null; then
  zsh -n "$prefix/share/zsh/site-functions/_svclint" || fail "zsh -n"
fi
if command -v fish >/dev/null; then
  fish_completion=$prefix/share/fish/vendor_completions.d/svclint.fish
  fish -n "$fish_completion" || fail "fish -n"
  fish_complete() { fish -c 'source $argv[1]; complete -C $argv[2]' "$fish_completion" "$1"; }
  first=$(fish_complete 'svclint explain SN00')
  [ "${first%%$'\n'*}" = $'SN001\tname-empty' ] || fail "fish rule ids: $first"
  [ "$(fish_complete 'svclint registry ' | cut -f1 | tr '\n' ' ')" = "lookup stats update " ] ||
    fail "fish registry subcommands: $(fish_complete 'svclint registry ')"
fi
echo "install layout, man page and completions: ok"
