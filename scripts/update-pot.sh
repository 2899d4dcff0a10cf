#!/usr/bin/env bash
# Writes the message template (the .pot) from every marked text of cmd/ and lib/; run from the source folder.
# Marks: tr("…"), trf("…", …), trn("…", "…", n), trnf("…", "…", n, …), trc("context", "…") and N_("…").
set -euo pipefail
out=${1:-po/minipilot.pot}
mapfile -t sources < <(find cmd lib -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
xgettext --language=C++ --from-code=UTF-8 --no-wrap --sort-by-file \
  --keyword= --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trnf:1,2 --keyword=trc:1c,2 --keyword=NC_:1c,2 --keyword=N_ \
  --package-name=minipilot --msgid-bugs-address=minipilot@example.fi \
  --add-comments=TRANSLATORS: -o "$out" "${sources[@]}"
