#!/usr/bin/env bash
# make fuzz: runs each libFuzzer harness for FUZZ_SECONDS (default 60) from the
# seed corpus in tests/fuzz/corpus/<harness>/, and the regression inputs in
# tests/fuzz/regressions/<harness>/ first. New inputs go to BUILD/corpus/, crashes
# to BUILD/artifacts/; a crash stops the run with the harness's exit code.
# Usage: tests/fuzz/run.sh BUILD_DIR
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-build-fuzz}")
seconds=${FUZZ_SECONDS:-60}
mkdir -p "$build/artifacts"
for name in config csv parsers; do
  work="$build/corpus/$name"
  mkdir -p "$work"
  regress="$root/tests/fuzz/regressions/$name"
  if [[ -d $regress ]] && compgen -G "$regress/*" > /dev/null; then
    "$build/tests/fuzz/fuzz_$name" "$regress"/*  # every past crash must pass now
  fi
  echo "fuzz: $name for ${seconds}s" >&2
  "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$name-" "$work" "$root/tests/fuzz/corpus/$name" 2>&1 |
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' || true
  if compgen -G "$build/artifacts/$name-*" > /dev/null; then
    echo "fuzz: $name found a crash: $(ls "$build"/artifacts/"$name"-*)" >&2
    exit 1
  fi
done
echo "fuzz: no crash found" >&2
