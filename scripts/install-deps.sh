#!/usr/bin/env bash
# Installs the Debian packages minipilot needs to build and test, and nothing when all are present.
set -euo pipefail

packages=(
  g++ make cmake pkg-config
  libcli11-dev libfmt-dev libtomlplusplus-dev libsqlitecpp-dev libsqlite3-dev doctest-dev
  libssl-dev     # SHA-256 (libcrypto) for the event hash chain
  sqlite3        # the tests compare `sqlite3 .dump` before and after a refused command
  time           # make bench measures peak memory with GNU time
  libxml2-utils  # xmllint validates every SEPA file and HTML report the tests write
  chromium       # a test renders the HTML report headless and looks at the picture
  libpng-dev     # ...which it reads with libpng
)

# make fuzz also needs clang and its libFuzzer runtime; make bench the accounting
# tools it compares with. Neither is needed by make test.
case ${1:-} in
  --fuzz) packages+=(clang libclang-rt-14-dev) ;;
  --bench) packages+=(hledger ledger) ;;
esac

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
