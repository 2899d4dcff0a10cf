#!/usr/bin/env bash
# Installs the Debian packages minipilot needs to build and test (--demo: only to build), and nothing when all are present.
set -euo pipefail

# What building minipilot needs (make demo installs only these).
build=(
  g++ make cmake pkg-config
  libcli11-dev libfmt-dev libtomlplusplus-dev libsqlitecpp-dev libsqlite3-dev doctest-dev
  libssl-dev     # SHA-256 (libcrypto) for the event hash chain
  gettext        # msgfmt compiles the message catalogues, xgettext lists the texts to translate
  libicu-dev     # names sorted as the language sorts them
  libhowardhinnant-date-dev tzdata  # the local calendar on the system's tz database
  libcairo2-dev libpango1.0-dev fonts-dejavu-core  # decision letters as PDF: Pango lays out, Cairo writes
  libxml2-dev        # the bank's feedback (pain.002, camt.054) read back
  libxlsxwriter-dev  # the batch as an Excel workbook
  nlohmann-json3-dev # other cities' lessons catalogues (JSON) read back
  libpqxx-dev        # a shared ledger on PostgreSQL (libpqxx 6.4 over libpq)
)
# What the tests need besides.
packages=(
  "${build[@]}"
  sqlite3        # the tests compare `sqlite3 .dump` before and after a refused command
  time           # make bench measures peak memory with GNU time
  libxml2-utils  # xmllint validates every SEPA file and HTML report the tests write
  python3-html5lib  # ...and html5lib parses each HTML report as HTML5, strictly
  chromium       # a test renders the HTML report headless and looks at the picture
  libpng-dev     # ...which it reads with libpng
  man-db groff-base  # the install test renders minipilot(1) with man and checks it with groff -ww
  zsh fish bash-completion  # ...and asks each shell to complete from the installed scripts
  poppler-utils  # pdftotext, pdfinfo and pdffonts read the decision letters back
  python3-openpyxl  # reads the payment workbooks back, as a spreadsheet would
  faketime       # moves one process's clock: a shared ledger's events take the server's time, not the office's
)

# make fuzz also needs clang and its libFuzzer runtime; make bench the accounting
# tools it compares with. Neither is needed by make test.
case ${1:-} in
  --demo) packages=("${build[@]}") ;;
  --fuzz) packages+=(clang libclang-rt-14-dev) ;;
  --bench) packages+=(hledger ledger) ;;
esac

installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }
missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "install-deps: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The PostgreSQL server whose throwaway clusters the shared-ledger tests start (tests/pg/cluster.sh). Where it
# cannot be installed, those tests say so and are skipped; so its failure here does not stop the other tests.
if [[ "${1:-}" != --demo ]] && ! installed postgresql; then
  echo "install-deps: installing postgresql (for the shared-ledger tests)" >&2
  if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql; }; then
    echo "install-deps: postgresql could not be installed: the shared-ledger tests will be skipped" >&2
  fi
fi
