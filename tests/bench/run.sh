#!/usr/bin/env bash
# make bench: times minipilot's bulk operations on synthetic data and rewrites the figures in docs/performance.md.
# Usage: tests/bench/run.sh BUILD_DIR   (BENCH_N rows, default 100000; BENCH_RUNS runs each, default 3)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-build-bench}")
bin="$build/minipilot"
gen="$build/tests/gen_applications"
n=${BENCH_N:-100000}
runs=${BENCH_RUNS:-3}
doc=${BENCH_DOC:-$root/docs/performance.md}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

cat > minipilot.toml <<'TOML'
[program]
name = "Benchmark"
[budget]
2026 = "1000000000.00"
[[areas]]
id = "keskusta"
[[areas]]
id = "hattula-tie"
[payer]
name = "Hämeenlinnan kaupunki"
iban = "FI21 1234 5600 0007 85"
bic = "NDEAFIHH"
TOML
export MINIPILOT_NOW=2026-03-01T10:00:00Z MINIPILOT_USER=bench NO_COLOR=1

"$gen" "$n" 2026 > applications.csv

# Runs `minipilot ARGS` $runs times, each on a fresh copy of the ledger file
# $1 ("" for a new empty ledger), with standard input from $2; prints
# "median_seconds max_rss_kib".
measure() {
  local from=$1 input=$2 times=() rss=0 line
  shift 2
  for ((i = 0; i < runs; i++)); do
    rm -f minipilot.db minipilot.db-wal minipilot.db-shm
    if [[ -n $from ]]; then cp "$from" minipilot.db; else "$bin" -q init; fi
    line=$( { /usr/bin/time -f '%e %M' "$bin" -q "$@" < "$input" >/dev/null; } 2>&1 | tail -1)
    times+=("${line%% *}")
    (( ${line##* } > rss )) && rss=${line##* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$median $rss"
}

# One table row: operation, seconds, peak KiB, and what the rate counts.
row() {
  local rate mib
  rate=$(awk -v n="$n" -v s="$2" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
  mib=$(awk -v k="$3" 'BEGIN { printf "%.1f", k / 1024 }')
  printf '| %s | %s | %s s | %s %s/s | %s MiB |\n' "$1" "$n" "$2" "$rate" "$4" "$mib"
}

read -r apply_s apply_k < <(measure "" /dev/null apply --file applications.csv)
[[ $(sqlite3 minipilot.db "SELECT COUNT(*) FROM pilots") == "$n" ]] || { echo "bench: apply imported the wrong count" >&2; exit 1; }
cp minipilot.db applied.db
sqlite3 applied.db "SELECT id FROM pilots" > ids.txt

read -r approve_s approve_k < <(measure applied.db ids.txt approve -)
[[ $(sqlite3 minipilot.db "SELECT COUNT(*) FROM pilots WHERE status = 'approved'") == "$n" ]] || { echo "bench: approve missed pilots" >&2; exit 1; }
cp minipilot.db approved.db

read -r disburse_s disburse_k < <(measure approved.db /dev/null disburse --csv batch.csv --sepa batch.xml)
[[ $(sqlite3 minipilot.db "SELECT COUNT(*) FROM payments WHERE live = 1") == "$n" ]] || { echo "bench: disburse missed pilots" >&2; exit 1; }
[[ $(grep -c '<CdtTrfTxInf>' batch.xml) == "$n" ]] || { echo "bench: the SEPA file lacks payments" >&2; exit 1; }

table=$(cat <<MD
<!-- bench:begin (written by tests/bench/run.sh; do not edit by hand) -->
Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m); $(date -u +%Y-%m-%d); median of $runs runs.

| operation | N | median time | rate | peak memory |
| --- | ---: | ---: | ---: | ---: |
$(row '`apply --file` (one transaction)' "$apply_s" "$apply_k" rows)
$(row '`approve -` (ids on standard input)' "$approve_s" "$approve_k" pilots)
$(row '`disburse --csv --sepa` (one batch)' "$disburse_s" "$disburse_k" payments)
<!-- bench:end -->
MD
)
if [[ -f $doc ]] && grep -q '<!-- bench:begin' "$doc"; then
  awk -v table="$table" '
    /<!-- bench:begin/ { print table; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0; next }
    !skip { print }' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
else
  printf '%s\n' "$table" >> "$doc"
fi
printf '%s\n' "$table"
