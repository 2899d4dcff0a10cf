#!/usr/bin/env bash
# `cmake --install` into a scratch prefix, then: the binary runs from another folder in Finnish (its catalogue found
# under PREFIX/share/locale), man renders minipilot(1) with no roff warning, and bash, fish and zsh complete
# `minipilot ap` with apply (issue 13). Usage: install_tree.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() {
  echo "install_tree: $*" >&2
  exit 1
}

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/minipilot share/locale/fi/LC_MESSAGES/minipilot.mo share/man/man1/minipilot.1 \
  share/man/fi/man1/minipilot.1 share/bash-completion/completions/minipilot share/zsh/site-functions/_minipilot \
  share/fish/vendor_completions.d/minipilot.fish; do
  [[ -f $prefix/$f ]] || fail "cmake --install did not install $f"
done
[[ -x $prefix/bin/minipilot ]] || fail "bin/minipilot is not executable"
bin=$prefix/bin/minipilot
echo "installed under $prefix: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"

# From a folder of its own, far from the build tree: Finnish help, without the missing-catalogue warning.
mkdir "$prefix/elsewhere"
cd "$prefix/elsewhere"
fi_help=$("$bin" --lang fi --help 2>"$prefix/fi.err")
en_help=$("$bin" --lang en --help)
[[ ! -s $prefix/fi.err ]] || fail "--lang fi --help warned: $(cat "$prefix/fi.err")"
[[ $fi_help != "$en_help" ]] || fail "--lang fi --help is the English help: the catalogue was not found"
grep -q 'administer citizen-led mini-pilots' <<<"$en_help" || fail "--lang en --help lacks the description"
if grep -q 'administer citizen-led mini-pilots' <<<"$fi_help"; then fail "--lang fi --help has the English description"; fi
# Without its catalogue under the prefix it says so, unless one is installed where it was built for (the
# folder FILES of minipilot(1) names).
built_for=$(sed -n 's|^\\fI\(.*\)/fi/LC_MESSAGES/minipilot\.mo\\fR$|\1|p' "$prefix/share/man/man1/minipilot.1" | sed 's/\\-/-/g')
[[ -n $built_for ]] || fail "FILES of minipilot.1 does not name the catalogue"
if [[ ! -e $built_for/fi/LC_MESSAGES/minipilot.mo ]]; then
  mv "$prefix/share/locale" "$prefix/locale.away"
  "$bin" --lang fi --help >/dev/null 2>"$prefix/fi.err" || true
  grep -q 'catalogue was not found' "$prefix/fi.err" || fail "the catalogue was not looked for under the prefix"
  mv "$prefix/locale.away" "$prefix/share/locale"
else
  echo "note: $built_for holds a Finnish catalogue; not checked that the prefix's own is the one found"
fi

# A decision letter as PDF from the installed tree: the PDF module (Pango and Cairo, issue 18) is found
# under the prefix's LIBDIR/minipilot, from the binary's own folder.
module=$(cd "$prefix" && find . -name minipilot-pdf.so -path '*/minipilot/*')
[[ -n $module ]] || fail "cmake --install did not install the PDF module"
pg_module=$(cd "$prefix" && find . -name minipilot-pg.so -path '*/minipilot/*')
[[ "$(dirname "$pg_module")" == "$(dirname "$module")" ]] ||
  fail "cmake --install did not install the PostgreSQL module beside the PDF module: '$pg_module'"
cat > minipilot.toml <<'TOML'
[program]
name = "Asennus"
[budget]
2026 = "1500.00"
[[areas]]
id = "keskusta"
[decisions]
authority = "Hämeenlinnan kaupunki"
rectification_to = "Hyvinvointilautakunta"
rectification_address = "PL 84, 13101 Hämeenlinna"
contact = "Anna Asukasagentti"
approval_reasons = "Hakemus täyttää ehdot."
[testing]
fixed_clock = true
TOML
export MINIPILOT_NOW=2026-03-01T10:00:00Z MINIPILOT_USER=anna
"$bin" -q init
"$bin" -q apply --title "Kuoro laulaa" --applicant "Aino Aalto" --type resident
"$bin" -q approve MP-2026-0001
LD_DEBUG=files "$bin" -q letter MP-2026-0001 -o kirje.pdf 2>"$prefix/ld.err" ||
  fail "letter -o kirje.pdf failed in the installed tree"
[[ $(head -c 5 kirje.pdf) == "%PDF-" ]] || fail "the installed tree's letter is not a PDF"
grep -q "file=$prefix/${module#./} .*dynamically loaded" "$prefix/ld.err" ||
  fail "the letter did not load the installed tree's module $module: $(grep minipilot-pdf "$prefix/ld.err")"
# The binary without its tree: the module is not looked for anywhere else, and the refusal says so.
mkdir alone
cp "$bin" alone/minipilot
if alone/minipilot -q letter MP-2026-0001 -o alone.pdf 2>"$prefix/alone.err"; then fail "a binary without its module wrote a PDF"; fi
grep -q "PDF" "$prefix/alone.err" || fail "a binary without its module did not say why: $(cat "$prefix/alone.err")"
[[ ! -e alone.pdf ]] || fail "a binary without its module left alone.pdf"
# A shared ledger's URL loads the tree's PostgreSQL module (no server here: it cannot connect, exit 8); the binary
# alone cannot load it (exit 1) and says so.
url="postgresql:///minipilot?host=$prefix/no-server"
set +e
LD_DEBUG=files "$bin" --db "$url" log 2>"$prefix/pg.err"
code=$?
alone/minipilot --db "$url" log 2>"$prefix/pg-alone.err"
alone_code=$?
set -e
[[ $code -eq 8 ]] || fail "a shared ledger without a server gave exit $code, not 8: $(grep error "$prefix/pg.err")"
grep -q "file=$prefix/${pg_module#./} .*dynamically loaded" "$prefix/pg.err" ||
  fail "a shared ledger did not load the installed tree's module $pg_module"
[[ $alone_code -eq 1 ]] && grep -q "PostgreSQL" "$prefix/pg-alone.err" ||
  fail "a binary without its PostgreSQL module gave exit $alone_code: $(cat "$prefix/pg-alone.err")"
if command -v pdftotext >/dev/null; then
  pdftotext kirje.pdf - | grep -q "Kuoro laulaa" || fail "the installed tree's PDF letter lacks the pilot's title"
fi
unset MINIPILOT_NOW MINIPILOT_USER

# The man pages: rendered by man, every command there, no roff warning.
for page in man1/minipilot.1 fi/man1/minipilot.1; do
  text=$(MANWIDTH=80 MANPAGER=cat PAGER=cat LC_ALL=C.UTF-8 man -l "$prefix/share/man/$page" 2>&1)
  for c in apply approve completion 'disburse void' verify; do
    grep -q "$c" <<<"$text" || fail "man -l $page does not show '$c'"
  done
  warnings=$(groff -man -ww -z "$prefix/share/man/$page" 2>&1)
  [[ -z $warnings ]] || fail "groff warns about $page: $warnings"
done
grep -q '^.TH MINIPILOT 1 ' "$prefix/share/man/man1/minipilot.1" || fail "minipilot.1 has no .TH MINIPILOT 1"

# bash: the function that `complete -F` names answers "minipilot ap" and completes file names for --csv.
script=$prefix/share/bash-completion/completions/minipilot
reply() {
  bash --norc --noprofile -c 'source "$1"; shift
    complete -p minipilot >/dev/null || exit 3
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
    _minipilot; printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$@"
}
grep -qx apply <<<"$(reply minipilot ap)" || fail "bash does not complete 'minipilot ap' with apply: $(reply minipilot ap)"
grep -qx void <<<"$(reply minipilot disburse v)" || fail "bash does not complete 'minipilot disburse v' with void"
grep -qx "$prefix/share" <<<"$(reply minipilot disburse --csv "$prefix/sh")" || fail "bash does not complete --csv FILE"
grep -qx json <<<"$(reply minipilot --format j)" || fail "bash does not complete --format j with json"

# fish: complete -C answers it too.
script=$prefix/share/fish/vendor_completions.d/minipilot.fish
fish_reply=$(fish --no-config -c "source '$script'; complete -C 'minipilot ap'" | cut -f1)
grep -qx apply <<<"$fish_reply" || fail "fish does not complete 'minipilot ap' with apply: $fish_reply"
fish_reply=$(fish --no-config -c "source '$script'; complete -C 'minipilot disburse '" | cut -f1)
grep -qx void <<<"$fish_reply" || fail "fish does not complete 'minipilot disburse ' with void: $fish_reply"

# zsh: the file parses, holds apply, and from $fpath completes "minipilot ap" with it.
script=$prefix/share/zsh/site-functions/_minipilot
zsh -n "$script" || fail "zsh cannot parse _minipilot"
head -1 "$script" | grep -qx '#compdef minipilot' || fail "_minipilot does not start with #compdef minipilot"
grep -q "'apply:" "$script" || fail "_minipilot does not hold apply"
zsh_reply=$(timeout 30 zsh "$here/zsh_complete.zsh" "$prefix/share/zsh/site-functions" 'minipilot ap')
grep -qx apply <<<"$zsh_reply" || fail "zsh does not complete 'minipilot ap' with apply: $zsh_reply"

echo "install_tree: all checks passed"
