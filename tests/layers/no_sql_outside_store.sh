#!/bin/sh
# No SQL and no SQLite outside the store: core/ to config/ below it, ops/, reports/, formats/ and cmd/ above it hold none (issue 12).
# Prints every offending line; exits 1 when there is one.
cd "$1" || exit 2
found=$(grep -nE "SQLite::|SQLiteCpp|sqlite3\.h|\"(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|BEGIN) |json_extract" \
  lib/minipilot/core lib/minipilot/domain lib/minipilot/validate lib/minipilot/config \
  lib/minipilot/ops lib/minipilot/reports lib/minipilot/formats cmd -r)
if [ -n "$found" ]; then
  echo "$found"
  exit 1
fi
echo "no SQL outside the store"
