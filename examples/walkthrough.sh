#!/usr/bin/env bash
# make demo: the resident agent's first week on a fresh ledger, from applications to the summary.
# Usage: examples/walkthrough.sh [path/to/minipilot]   (runs in ./demo, or $DEMO_DIR)
set -euo pipefail

bin=$(realpath "${1:-build/minipilot}")
here=$(cd "$(dirname "$0")" && pwd)
work=${DEMO_DIR:-demo}
rm -rf "$work"
mkdir -p "$work"
cd "$work"

export MINIPILOT_USER=anna NO_COLOR=1
export MINIPILOT_NOW=2026-03-02T09:00:00Z

step() { printf '\n## %s\n' "$1"; }
# Echo the command as one would type it: arguments with spaces in quotes.
run() {
  local shown="" a
  for a in "$@"; do
    [[ $a =~ [[:space:]] ]] && a="\"$a\""
    shown+=" $a"
  done
  printf '$ minipilot%s\n' "$shown"
  "$bin" "$@"
}

step "The programme's configuration: areas, agents, budget (config/minipilot.example.toml)"
# The demo's days are fixed with $MINIPILOT_NOW, which only a configuration that
# says so honours: a real programme's clock cannot be set back.
sed 's/^fixed_clock = false/fixed_clock = true /' "$here/../config/minipilot.example.toml" > minipilot.toml
grep -q '^fixed_clock = true' minipilot.toml
run init

step "Monday: a resident calls in an idea; the week's forms arrive as a spreadsheet"
run apply --title "Talviuinti Vanajavedellä" --applicant "Aino Järvinen" --type resident \
  --area keskusta --iban "FI21 1234 5600 0007 85" --email aino@example.fi
run apply --file "$here/applications.csv"

step "A typo in an IBAN is caught before anything is stored (exit 3)"
run apply --title "Kylän joulukalenteri" --applicant "Eero Koskinen" --type resident \
  --area keskusta --iban "FI21 1234 5600 0007 86" || echo "(exit $?)"

step "Thursday: the agent decides"
export MINIPILOT_NOW=2026-03-05T14:00:00Z
run approve MP-2026-0001 MP-2026-0002 MP-2026-0004 --note "Selkeä kokeilu, pieni riski"
run reject MP-2026-0005 --reason "Sama palvelu on jo kirjaston ohjelmassa"
echo MP-2026-0003 | run --as ville approve - --note "Hattulantien alueen päätös"

step "Finance may not approve (exit 7): decisions belong to the area's agent"
run --as pirjo approve MP-2026-0006 || echo "(exit $?)"

step "The applicant of one approved pilot withdraws"
run withdraw MP-2026-0004 --reason "Kahvila suljettiin"

step "Friday: finance pays the approved grants"
export MINIPILOT_NOW=2026-03-06T10:00:00Z
run --as pirjo disburse --dry-run
run --as pirjo disburse --csv maksut.csv --sepa maksut.xml
printf '$ head -3 maksut.csv\n'
head -3 maksut.csv

step "The bank returns one payment; the agent corrects the IBAN; it is paid again"
run --as pirjo disburse return MP-2026-0003 --reason "Tili lopetettu"
run --as ville amend MP-2026-0003 --iban "FI37 1590 3000 0007 76"
run --as pirjo disburse --csv maksut-2.csv --sepa maksut-2.xml
run report payees

step "July: a pilot reports back (failure would be allowed too)"
export MINIPILOT_NOW=2026-07-01T09:00:00Z
run complete MP-2026-0002 --outcome partial --participants 40 \
  --summary "Kirjastoauto kävi torilla kuusi lauantaita." --lessons "Aamupäivä toimi, iltapäivä ei."

step "One pilot and its history"
run show MP-2026-0002

step "What waits, and what was learnt (the public catalogue has no personal data)"
run report pilots --status submitted
run report outcomes --public

step "The summary for the council, also as a page with charts"
run report summary
run --format html -o summary.html report summary
printf '$ ls -l summary.html\n'
ls -l summary.html | awk '{ print $5, $NF }'

step "Two residents ask to be erased: the rejected one wholly, the paid one as far as the law allows (what is kept, until when)"
run --as admin applicant erase MP-2026-0005
run --as admin applicant erase MP-2026-0001
run --as admin purge --dry-run

step "The auditor's check"
run verify
