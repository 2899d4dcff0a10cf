#!/usr/bin/env bash
# Cron-ready monthly reports: the year's summary (the council's page in HTML, JSON
# for scripts), the month's applications, the month's lessons for the web pages,
# the outcome reports late today, and the whole lessons catalogue for other cities.
#
# Usage: examples/monthly-report.sh [YYYY-MM [OUTDIR]]
#   YYYY-MM  the month to report (default: last month, by the UTC calendar)
#   OUTDIR   where the files go (default: ./reports); created if missing
# Environment: MINIPILOT (the binary; default `minipilot` on PATH), and the
# usual MINIPILOT_CONFIG / MINIPILOT_USER (a viewer is enough).
#
# Writes OUTDIR/YYYY-MM/{summary.html,summary.json,pilots.json,pilots.csv,
# outcomes-public.html,outcomes-public.json,overdue.html,lessons.json}. Each file is written atomically:
# a failed run leaves the previous month's files as they were. Exits non-zero
# on the first failure, with minipilot's error on stderr (cron mails it).
#
# crontab, on the 1st of each month at 06:00:
#   0 6 1 * *  cd /srv/minipilot && MINIPILOT_USER=raportti examples/monthly-report.sh >/dev/null
set -euo pipefail

mp=${MINIPILOT:-minipilot}
month=${1:-$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%Y-%m)}
out=${2:-reports}

if [[ ! $month =~ ^(2[0-9]{3})-(0[1-9]|1[0-2])$ ]]; then
  echo "monthly-report: error: '$month' is not a month; write it as 2026-03" >&2
  exit 2
fi
year=${BASH_REMATCH[1]}
first="$month-01"
last=$(date -u -d "$first +1 month -1 day" +%F)
dir="$out/$month"
mkdir -p "$dir"

report() {  # FORMAT FILE REPORT-ARGS...
  local format=$1 file=$2
  shift 2
  "$mp" --quiet --format "$format" -o "$dir/$file" report "$@"
}

report html summary.html summary --year "$year"
report json summary.json summary --year "$year"
report json pilots.json pilots --from "$first" --to "$last"
report csv pilots.csv pilots --from "$first" --to "$last"
report html outcomes-public.html outcomes --public --from "$first" --to "$last"
report json outcomes-public.json outcomes --public --from "$first" --to "$last"
report html overdue.html overdue --public
report json lessons.json outcomes --public
echo "monthly-report: wrote $dir ($first to $last)"
