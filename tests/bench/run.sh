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
TOML
export MINIPILOT_NOW=2026-03-01T10:00:00Z MINIPILOT_USER=bench NO_COLOR=1

"$gen" "$n" 2026 > applications.csv

# Runs a command $runs times on a fresh ledger; prints "median_seconds max_rss_kib".
measure() {
  local times=() rss=0 line
  for ((i = 0; i < runs; i++)); do
    rm -f minipilot.db minipilot.db-wal minipilot.db-shm
    "$bin" -q init
    line=$( { /usr/bin/time -f '%e %M' "$bin" -q "$@" >/dev/null; } 2>&1 | tail -1)
    times+=("${line%% *}")
    (( ${line##* } > rss )) && rss=${line##* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$median $rss"
}

read -r secs rss < <(measure apply --file applications.csv)
count=$(sqlite3 minipilot.db "SELECT COUNT(*) FROM pilots")
[[ $count == "$n" ]] || { echo "bench: expected $n pilots, found $count" >&2; exit 1; }
rate=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%d", (s > 0 ? n / s : 0) }')
mib=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')

table=$(cat <<MD
<!-- bench:begin (written by tests/bench/run.sh; do not edit by hand) -->
Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m); $(date -u +%Y-%m-%d); median of $runs runs.

| operation | N | median time | rate | peak memory |
| --- | ---: | ---: | ---: | ---: |
| \`apply --file\` (one transaction) | $n | ${secs} s | ${rate} rows/s | ${mib} MiB |
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
