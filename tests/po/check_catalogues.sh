#!/usr/bin/env bash
# Every marked text of the sources has a translation in every po/<lang>.po: none missing, none fuzzy, none stale.
# Usage: check_catalogues.sh SOURCE_DIR
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
scripts/update-pot.sh "$tmp/minipilot.pot"
status=0
for po in po/*.po; do
  lang=$(basename "$po" .po)
  msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$tmp/$lang.po" "$po" "$tmp/minipilot.pot"
  missing=$(msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | grep -c '^msgid ' || true)
  stale=$(msgattrib --only-obsolete --no-wrap "$tmp/$lang.po" | grep -c '^#~ msgid ' || true)
  # The header is the one msgid "" that msgattrib prints when anything else is printed.
  [[ $missing -gt 0 ]] && missing=$((missing - 1))
  [[ $fuzzy -gt 0 ]] && fuzzy=$((fuzzy - 1))
  echo "$lang: $(grep -c '^msgid ' "$tmp/minipilot.pot") texts; $missing untranslated, $fuzzy fuzzy, $stale no longer in the sources"
  if [[ $missing -gt 0 ]]; then
    msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po" | grep -A1 '^msgid ' | grep -v '^msgid ""$' | head -40
    status=1
  fi
  if [[ $fuzzy -gt 0 ]]; then msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | head -40; status=1; fi
  if [[ $stale -gt 0 ]]; then msgattrib --only-obsolete --no-wrap "$tmp/$lang.po" | head -40; status=1; fi
  msgfmt --check -o /dev/null "$po" || status=1
done
exit $status
