#!/usr/bin/env bash
# make demo: the resident agent's first week on a fresh ledger, from applications to the summary, in Finnish
# (the programme's language), with one report in English to show --lang en.
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

step "Ohjelman asetukset: alueet, asukasagentit, määräraha (config/minipilot.example.toml)"
# The demo's days are fixed with $MINIPILOT_NOW, which only a configuration that
# says so honours: a real programme's clock cannot be set back.
sed 's/^fixed_clock = false/fixed_clock = true /' "$here/../config/minipilot.example.toml" > minipilot.toml
grep -q '^fixed_clock = true' minipilot.toml
run init

step "Maanantai: asukas soittaa ideastaan, ja viikon lomakkeet tulevat taulukkona"
run apply --title "Talviuinti Vanajavedellä" --applicant "Aino Järvinen" --type resident \
  --area keskusta --iban "FI21 1234 5600 0007 85" --email aino@example.fi
run apply --file "$here/applications.csv"

step "Kirjoitusvirhe tilinumerossa huomataan ennen kuin mitään tallennetaan (paluuarvo 3)"
run apply --title "Kylän joulukalenteri" --applicant "Eero Koskinen" --type resident \
  --area keskusta --iban "FI21 1234 5600 0007 86" || echo "(exit $?)"

step "Tiistai: hakija tarkentaa otsikkoa ja jatkaa kokeilua; korjaus jää historiaan, ja hakemus löytyy hakusanalla"
export MINIPILOT_NOW=2026-03-03T09:30:00Z
run amend MP-2026-0002 --title "Kirjastoauto torille lauantaiaamuisin" --end 31.7.2026
run report pilots --search "KIRJASTO"

step "Torstai: asukasagentti päättää"
export MINIPILOT_NOW=2026-03-05T14:00:00Z
run approve MP-2026-0001 MP-2026-0002 MP-2026-0004 --note "Selkeä kokeilu, pieni riski"
run reject MP-2026-0005 --code duplicate --reason "Sama palvelu on jo kirjaston ohjelmassa"
echo MP-2026-0003 | run --as ville approve - --note "Hattulantien alueen päätös"

step "Päätöskirjeet hakijoille oikaisuvaatimusohjeineen, ja päätösluettelo lautakunnalle"
run letter MP-2026-0005
mkdir -p kirjeet
run letter MP-2026-0001 MP-2026-0002 --dir kirjeet
run report decisions

step "Talous ei voi hyväksyä (paluuarvo 7): päätökset kuuluvat alueen asukasagentille"
run --as pirjo approve MP-2026-0006 || echo "(exit $?)"

step "Yhden hyväksytyn pilotin hakija peruu hakemuksensa"
run withdraw MP-2026-0004 --reason "Kahvila suljettiin"

step "Perjantai: talous maksaa hyväksytyt avustukset"
export MINIPILOT_NOW=2026-03-06T10:00:00Z
run --as pirjo disburse --dry-run
run --as pirjo disburse --csv maksut.csv --sepa maksut.xml --xlsx maksut.xlsx
printf '$ head -3 maksut.csv\n'
head -3 maksut.csv

step "Pankki palauttaa yhden maksun, asukasagentti korjaa tilinumeron, ja avustus maksetaan uudelleen"
run --as pirjo disburse return MP-2026-0003 --reason "Tili lopetettu"
run --as ville amend MP-2026-0003 --iban "FI37 1590 3000 0007 76"
run --as pirjo disburse --csv maksut-2.csv --sepa maksut-2.xml
run report payees

step "Heinäkuu: pilotti kertoo tuloksensa (epäonnistuminenkin olisi sallittu)"
export MINIPILOT_NOW=2026-07-01T09:00:00Z
run complete MP-2026-0002 --outcome partial --participants 40 \
  --summary "Kirjastoauto kävi torilla kuusi lauantaita." --lessons "Aamupäivä toimi, iltapäivä ei." \
  --tags "kirjasto, lapset"

step "Elokuu: kenen loppuraportti on myöhässä (yhteystiedot vain alueen asukasagentille)"
export MINIPILOT_NOW=2026-08-20T09:00:00Z
run report overdue --mine

step "Toisen kaupungin opit rekisteriin ja haku yhdessä omien kanssa"
run --as admin lessons import "$here/lessons-tampere.json"
run lessons list --tag kirjasto

step "Yksi pilotti ja sen historia"
run show MP-2026-0002

step "Mitä odottaa käsittelyä ja mitä opittiin (julkisessa luettelossa ei ole henkilötietoja)"
run report pilots --status submitted
run report outcomes --public

step "Yhteenveto valtuustolle, myös kaavioin varustettuna sivuna"
run report summary
step "The same summary in English, for a partner city (--lang en)"
run --lang en report summary
run --format html -o summary.html report summary
printf '$ ls -l summary.html\n'
ls -l summary.html | awk '{ print $5, $NF }'

step "Kaksi asukasta pyytää tietojensa poistamista: hylätyn tiedot poistetaan kokonaan, maksetun niin pitkälle kuin laki sallii (mitä säilytetään ja kuinka kauan)"
run --as admin applicant erase MP-2026-0005
run --as admin applicant erase MP-2026-0001
run --as admin purge --dry-run

step "Tarkastajan tarkistus"
run verify
