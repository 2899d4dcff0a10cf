// Tests of formats/payment_files: SEPA text rules and the two file formats on a hand-made batch.
#include "minipilot/formats/payment_files.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "minipilot/core/error.h"

using namespace minipilot;

namespace {
BatchView batch() {
  BatchView b;
  b.id = "PB-2026-007";
  b.execution_date = "2026-03-09";
  b.created_at = "2026-03-05T12:00:00Z";
  b.created_by = "pirjo";
  b.state = "exported";
  b.payer = Payer{"Hämeenlinnan kaupunki", "FI2112345600000785", ""};
  b.sepa_version = "09";
  b.payments = {{"MP-2026-0001", "Åke Öhman", "FI3715903000000776", "", Cents{50000}, "Minipilotti MP-2026-0001: A & B",
                 "sent", "", ""},
                {"MP-2026-0002", "Ilkka", "FI2112345600000785", "NDEAFIHH", Cents{45050}, "M", "returned",
                 "2026-03-10T08:00:00Z", "x"}};
  return b;
}
}  // namespace

TEST_CASE("sepa text: keeps å ä ö and Latin-1, transliterates Latin Extended-A, marks the rest") {
  CHECK(sepa_text("Äänekoski Åbo Öljy", 70) == "Äänekoski Åbo Öljy");
  CHECK(sepa_text("Zoë Šťastná Łukasz Œuvre", 70) == "Zoë Stastná Lukasz OEuvre");
  CHECK(sepa_text("Pyörä 🚲 ja 李", 70) == "Pyörä ? ja ?");
  CHECK(sepa_text("“Lainaus” – 10 €", 70) == "\"Lainaus\" - 10 EUR");
  CHECK(sepa_text("a\tb   c ", 70) == "a b c");
  CHECK(sepa_text("", 70) == "?");
}

TEST_CASE("sepa text: cuts to the limit in characters, never inside one") {
  CHECK(sepa_text(std::string(200, 'x'), 70) == std::string(70, 'x'));
  std::string umlauts;
  for (int i = 0; i < 80; ++i) umlauts += "ä";
  const std::string cut = sepa_text(umlauts, 70);
  CHECK(cut.size() == 140);  // 70 two-byte characters
}

TEST_CASE("payment csv: header, Finnish amounts and dates, print-form IBANs, every payment") {
  const std::string csv = payment_csv(batch());
  CHECK(csv ==
        "\xEF\xBB\xBF"
        "batch_id;pilot_id;payee_name;iban;bic;amount;currency;execution_date;message\r\n"
        "PB-2026-007;MP-2026-0001;Åke Öhman;FI37 1590 3000 0007 76;;500,00;EUR;09.03.2026;Minipilotti MP-2026-0001: A "
        "& B\r\n"
        "PB-2026-007;MP-2026-0002;Ilkka;FI21 1234 5600 0007 85;NDEAFIHH;450,50;EUR;09.03.2026;M\r\n");
}

TEST_CASE("payment csv: the dialect is the batch's") {
  BatchView b = batch();
  b.csv = CsvDialect{',', '.', false};
  CHECK(payment_csv(b).rfind("batch_id,pilot_id", 0) == 0);
  CHECK(payment_csv(b).find(",450.50,EUR,") != std::string::npos);
}

TEST_CASE("sepa: counts and control sums in both places, XML escaped, no creditor agent") {
  const std::string x = payment_sepa(batch(), "09");
  CHECK(x.find("<NbOfTxs>2</NbOfTxs>") != std::string::npos);
  CHECK(x.find("<CtrlSum>950.50</CtrlSum>", x.find("<PmtInf>")) != std::string::npos);
  CHECK(x.find("<CtrlSum>950.50</CtrlSum>") < x.find("<PmtInf>"));
  CHECK(x.find("A &amp; B") != std::string::npos);
  CHECK(x.find("CdtrAgt") == std::string::npos);
  CHECK(x.find("<Othr>\n            <Id>NOTPROVIDED</Id>") != std::string::npos);
  CHECK(x.find("<ChrgBr>SLEV</ChrgBr>") != std::string::npos);
  CHECK(payment_sepa(batch(), "03").find("<ReqdExctnDt>2026-03-09</ReqdExctnDt>") != std::string::npos);
}

TEST_CASE("sepa: a batch without a payer cannot become a SEPA file") {
  BatchView b = batch();
  b.payer = Payer{};
  CHECK_THROWS_AS(payment_sepa(b, "09"), Error);
}

TEST_CASE("payment files: a large batch goes to its sink in pieces of about 64 KiB, the same bytes as whole") {
  BatchView b = batch();
  const PaymentView first = b.payments.front();
  b.payments.clear();
  for (int i = 1; i <= 3000; ++i) {
    PaymentView p = first;
    p.pilot_id = "MP-2026-" + std::to_string(10000 + i);
    b.payments.push_back(p);
  }
  for (const bool sepa : {false, true}) {
    CAPTURE(sepa);
    std::string joined;
    size_t pieces = 0, largest = 0;
    const Sink sink = [&](std::string_view piece) {
      ++pieces;
      largest = std::max(largest, piece.size());
      joined.append(piece);
    };
    if (sepa)
      write_payment_sepa(b, "09", sink);
    else
      write_payment_csv(b, sink);
    CHECK(joined == (sepa ? payment_sepa(b, "09") : payment_csv(b)));
    CHECK(pieces > 3);                  // not one whole string at the end
    CHECK(largest < 64 * 1024 + 4096);  // never much more than a chunk
  }
}

TEST_CASE("payment files: a batch without a payer hands nothing to the sink before refusing") {
  BatchView b = batch();
  b.payer = Payer{};
  size_t pieces = 0;
  CHECK_THROWS_AS(write_payment_sepa(b, "09", [&](std::string_view) { ++pieces; }), Error);
  CHECK(pieces == 0);
}
