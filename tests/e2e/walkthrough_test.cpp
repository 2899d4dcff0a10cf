// The README's demo is a test too: the walkthrough must run to the end on a fresh ledger, in Finnish.
#include "e2e/checks.h"

using namespace minipilot::test;

TEST_CASE("walkthrough: examples/walkthrough.sh runs end to end and verifies") {
  TempDir dir;
  const Result r =
      run_process({"/bin/bash", std::string(MINIPILOT_SOURCE_DIR) + "/examples/walkthrough.sh", MINIPILOT_BIN},
                  dir.path(), {{"DEMO_DIR", (dir / "demo").string()}});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "tuotiin 5 hakemusta: MP-2026-0002 … MP-2026-0006"));
  CHECK(contains(r.out, "(exit 3)"));
  CHECK(contains(r.out, "korjattu: pilotin MP-2026-0002 otsikko\nkorjattu: pilotin MP-2026-0002 päättymispäivä\n"));
  CHECK(contains(r.out, "Pilotit — haku 'KIRJASTO'\n\n1 pilotti\n"));
  CHECK(contains(r.out, "(exit 7)"));
  CHECK(contains(r.out, "hyväksytty: MP-2026-0003"));
  CHECK(contains(r.out, "Maksuerä PB-2026-001\n"));
  CHECK(contains(r.out, "pilotin MP-2026-0003 maksu maksuerästä PB-2026-001 palautui"));
  CHECK(contains(r.out, "Maksuerä PB-2026-002\n"));
  CHECK(contains(r.out, "pilotti MP-2026-0002 on valmis, tulos: onnistui osittain"));
  CHECK(contains(r.out,
                 "Pilotit — tila saapunut\nMääräraha 2026: jäljellä 28\u00a0500,00\u00a0€, riittää vielä 57 "
                 "avustukseen\n\n1 pilotti\n"));  // the queue, with what the budget allows (issue 14)
  CHECK(contains(r.out,
                 "hyväksytty 3 pilottia:\n  MP-2026-0001 (päätös 2026/1)\n  MP-2026-0002 (päätös 2026/2)\n"
                 "  MP-2026-0004 (päätös 2026/3)\n"));
  // The letters and the decision list (issue 15).
  CHECK(contains(r.out, "Hakemus hylätään. Avustusta ei myönnetä."));
  CHECK(contains(r.out, "Oikaisuvaatimusohje"));
  CHECK(contains(r.out, "hakemuksen MP-2026-0002 päätöskirje kirjoitettu: kirjeet/MP-2026-0002.pdf\n"));
  CHECK(contains(r.out, "Päätösluettelo 2026"));
  CHECK(contains(r.out, "Kirjastoauto kävi torilla kuusi lauantaita."));  // report outcomes --public
  // What the city learns (issue 17): whose report is late, another city's lessons beside its own.
  CHECK(contains(r.out, "$ minipilot report overdue --mine\nMyöhässä olevat loppuraportit"));
  CHECK(contains(r.out, "Tampere: tuotiin 2 oppia\n"));
  CHECK(contains(r.out, "Tampere · Hervanta · onnistui · Lainakirjasto bussipysäkillä"));
  CHECK(contains(r.out, "Hämeenlinna · Keskusta · onnistui osittain"));
  CHECK(contains(r.out, " summary.html\n"));
  CHECK(contains(r.out, "Hakija 5 (MP-2026-0005): kaikki henkilötiedot poistettu"));
  CHECK(contains(r.out, "Hakija 1 (MP-2026-0001): poistettu kaikki, minkä saa nyt poistaa"));
  CHECK(contains(r.out, "maksettu: PB-2026-001 (kirjanpitolaki)  31.12.2036"));
  CHECK(contains(r.out, "Rekisteri tarkistettu: ongelmia ei löytynyt"));
  CHECK(contains(r.err, "Tilinumeron (IBAN) tarkistusnumerot eivät täsmää"));
  // Finnish forms, and the one English command.
  CHECK(contains(r.out, "Määräraha                      30\u00a0000,00\u00a0€\n"));
  CHECK(contains(r.out, "Muodostettu  6.3.2026 klo 12.00 (käyttäjä pirjo)\n"));
  CHECK(contains(r.out, "$ minipilot --lang en report summary\n"));
  CHECK(contains(r.out, "Budget                   30,000.00 €\n"));
}
