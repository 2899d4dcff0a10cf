// End-to-end tests of the finance round trip (issue 16): the bank's feedback read back, batch approval, the
// workbook, payee anomalies.
#include <filesystem>

#include "e2e/checks.h"

using namespace minipilot::test;

namespace {

const std::string kXsdDir = std::string(MINIPILOT_XSD_DIR) + "/";
const std::string kBank = std::string(MINIPILOT_SOURCE_DIR) + "/tests/data/bank/";

// Areas and users of kTeamConfig, a budget for six grants, a second finance user (pekka), the payer.
std::string config(const std::string& extra = "") {
  std::string c = kTeamConfig;
  c.replace(c.find("2026 = \"1500.00\""), 16, "2026 = \"3000.00\"");
  return c + "[users.pekka]\nroles = [\"finance\"]\n" + kPayer + extra;
}

// PB-2026-001 pays MP-2026-0001..0003 and PB-2026-002 pays MP-2026-0004, as the bank files of
// tests/data/bank/ expect; the acting user is pirjo.
Workspace two_batches() {
  Workspace ws(config());
  for (int i = 1; i <= 4; ++i)
    REQUIRE(ws.mp(application("Idea " + std::to_string(i), "Hakija " + std::to_string(i))).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0003"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"approve", "MP-2026-0004"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  ws.env["MINIPILOT_NOW"] = "2026-03-05T08:00:00Z";
  return ws;
}

std::string state(Workspace& ws, const std::string& pilot) {
  return ws.sql(
      "SELECT p.status || ' ' || y.state || ' ' || y.return_code FROM pilots p JOIN payments y "
      "ON y.pilot_id = p.id WHERE p.id = '" +
      pilot + "' ORDER BY y.batch_id DESC LIMIT 1");
}

Result reconcile(Workspace& ws, std::vector<std::string> files, const std::vector<std::string>& more = {}) {
  std::vector<std::string> args{"disburse", "reconcile"};
  for (const std::string& f : files) args.push_back(kBank + f);
  args.insert(args.end(), more.begin(), more.end());
  return ws.mp(args);
}

void check_verifies(Workspace& ws) {
  const Result v = ws.mp({"verify"});
  CAPTURE(v.out);
  CHECK(v.code == 0);
  CHECK(contains(v.out, "no problems found"));
}

}  // namespace

TEST_CASE("bank files: every feedback file of the tests is valid against its ISO 20022 schema") {
  int checked = 0;
  for (const auto& e : std::filesystem::directory_iterator(kBank)) {
    const std::string name = e.path().filename().string();
    std::string xsd;
    if (name.rfind("pain002-03-", 0) == 0) xsd = "pain.002.001.03.xsd";
    if (name.rfind("pain002-10-", 0) == 0) xsd = "pain.002.001.10.xsd";
    if (name.rfind("camt054-02-", 0) == 0) xsd = "camt.054.001.02.xsd";
    if (name.rfind("camt054-08-", 0) == 0) xsd = "camt.054.001.08.xsd";
    if (xsd.empty()) continue;  // not-bank.xml, broken.xml
    CAPTURE(name);
    const Result r =
        run_process({"/usr/bin/xmllint", "--noout", "--schema", kXsdDir + xsd, e.path().string()}, "/", {});
    CAPTURE(r.err);
    CHECK(r.code == 0);
    ++checked;
  }
  CHECK(checked == 25);
}

TEST_CASE("reconcile: a rejection in each pain.002 version and a return in each camt.054 version") {
  for (const std::string file :
       {"pain002-03-reject-one.xml", "pain002-10-reject-one.xml", "camt054-02-return.xml", "camt054-08-return.xml"}) {
    CAPTURE(file);
    Workspace ws = two_batches();
    const Result r = reconcile(ws, {file});
    CAPTURE(r.err);
    CHECK(r.code == 0);
    CHECK(contains(r.out, "1 payment changed."));
    const bool closed = file.rfind("camt", 0) == 0;
    CHECK(contains(r.out, closed ? "AC04 Account closed: Tili lopetettu" : "AC01 Incorrect account number"));
    CHECK(state(ws, "MP-2026-0002") == (closed ? "approved returned AC04" : "approved returned AC01"));
    CHECK(state(ws, "MP-2026-0001") == "disbursed sent ");
    CHECK(ws.sql("SELECT COUNT(*) FROM payments WHERE live = 1") == "3");
    CHECK(ws.sql("SELECT action FROM events ORDER BY seq DESC LIMIT 2") == "reconcile\nreturn");
    check_verifies(ws);
    // The same file again changes nothing and says so.
    const std::string before = ws.dump();
    const Result again = reconcile(ws, {file});
    CHECK(again.code == 0);
    CHECK(contains(again.out, "read before, 2026-03-05"));
    CHECK(contains(again.out, "Nothing changed."));
    CHECK(ws.dump() == before);
    // The returned pilot is paid again in the next batch.
    CHECK(ws.mp({"disburse"}).code == 0);
    CHECK(state(ws, "MP-2026-0002") == "disbursed sent ");
  }
}

TEST_CASE("reconcile: several rejections, a settled payment, and JSON with the reasons' meaning") {
  Workspace ws = two_batches();
  const Result r = reconcile(ws, {"pain002-10-reject-two.xml"}, {"--format", "json"});
  CAPTURE(r.err);
  REQUIRE(r.code == 0);
  CHECK(contains(r.out, "\"outcome\": \"read\""));
  CHECK(contains(r.out, "\"returned\": 2,"));
  CHECK(contains(r.out, "\"confirmed\": 1,"));
  CHECK(contains(r.out, "\"code\": \"AC04\",\n      \"reason\": \"Account closed\""));
  CHECK(contains(r.out, "\"changed\": 3"));
  CHECK(state(ws, "MP-2026-0001") == "approved returned AC04");
  CHECK(state(ws, "MP-2026-0002") == "disbursed confirmed ");
  CHECK(state(ws, "MP-2026-0003") == "approved returned MS03");
  check_verifies(ws);
  // In Finnish, the bank's reason in Finnish.
  Workspace fi = two_batches();
  const Result f = reconcile(fi, {"pain002-03-reject-one.xml"}, {"--lang", "fi"});
  CHECK(contains(f.out, "AC01 Virheellinen tilinumero"));
}

TEST_CASE("reconcile: a rejected payment block or file returns every payment of the batch") {
  for (const std::string file : {"pain002-03-reject-block.xml", "pain002-10-reject-block.xml",
                                 "pain002-03-reject-file.xml", "pain002-10-reject-file.xml"}) {
    CAPTURE(file);
    Workspace ws = two_batches();
    const Result r = reconcile(ws, {file});
    CAPTURE(r.err);
    CHECK(r.code == 0);
    CHECK(contains(r.out, "3 payments changed."));
    const std::string code = file.find("block") != std::string::npos ? "AM04" : "FF01";
    for (const char* p : {"MP-2026-0001", "MP-2026-0002", "MP-2026-0003"})
      CHECK(state(ws, p) == "approved returned " + code);
    CHECK(state(ws, "MP-2026-0004") == "disbursed sent ");  // the other batch
    check_verifies(ws);
  }
}

TEST_CASE("reconcile: a duplicate upload (DU01) changes no payment, and says so") {
  for (const std::string file : {"pain002-03-duplicate.xml", "pain002-10-duplicate.xml"}) {
    Workspace ws = two_batches();
    const std::string payments = ws.sql("SELECT * FROM payments");
    const Result r = reconcile(ws, {file});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "as a duplicate (DU01)"));
    CHECK(contains(r.out, "Nothing changed."));
    CHECK(ws.sql("SELECT * FROM payments") == payments);
    CHECK(ws.sql("SELECT COUNT(*) FROM bank_files") == "1");  // known, so that it is not read again
  }
}

TEST_CASE("reconcile: executed payments are confirmed, a later return still returns them, and void is refused") {
  for (const std::string v : {"02", "08"}) {
    CAPTURE(v);
    Workspace ws = two_batches();
    const Result booked = reconcile(ws, {"camt054-" + v + "-booked.xml"});
    CAPTURE(booked.err);
    CHECK(booked.code == 0);
    CHECK(contains(booked.out, "0 returned, 3 confirmed"));
    CHECK(ws.sql("SELECT COUNT(*) FROM payments WHERE state = 'confirmed' AND live = 1") == "3");
    check_refused(ws, {"disburse", "void", "PB-2026-001", "--reason", "x"}, 5,
                  "reported the payment of MP-2026-0001 executed");
    // A pain.002 rejection after the booking does not unpay it: paying again could pay twice.
    const Result rejected = reconcile(ws, {"pain002-10-reject-one.xml"});
    CHECK(contains(rejected.err, "stays confirmed"));
    CHECK(state(ws, "MP-2026-0002") == "disbursed confirmed ");
    // The money coming back is a return.
    CHECK(reconcile(ws, {"camt054-" + v + "-return.xml"}).code == 0);
    CHECK(state(ws, "MP-2026-0002") == "approved returned AC04");
    check_verifies(ws);
  }
  Workspace ws = two_batches();
  CHECK(reconcile(ws, {"pain002-10-accepted.xml"}).code == 0);
  // A confirmation written into the file behind the tool's back is caught.
  ws.sql(
      "UPDATE payments SET state = 'confirmed', confirmed_at = '2026-03-05T08:00:00Z' WHERE batch_id = 'PB-2026-002'");
  const Result tampered = ws.mp({"verify"});
  CHECK(tampered.code == 9);
  CHECK(contains(tampered.out, "no event records the bank's confirmation"));
  ws.sql("UPDATE payments SET state = 'sent', confirmed_at = NULL WHERE batch_id = 'PB-2026-002'");
  ws.sql("UPDATE batches SET confirmed_at = 'x', confirmed_by = 'pekka' WHERE id = 'PB-2026-002'");
  CHECK(contains(ws.mp({"verify"}).out, "no event records who confirmed it"));
  CHECK(ws.sql("SELECT COUNT(*) FROM payments WHERE state = 'confirmed'") == "3");
  Workspace v03 = two_batches();  // the .03 schema allows only RJCT: an empty report confirms nothing
  CHECK(contains(reconcile(v03, {"pain002-03-accepted.xml"}).out, "0 returned, 0 confirmed"));
}

TEST_CASE("reconcile: several files in one transaction, and an unknown batch or payment refuses them all") {
  Workspace ws = two_batches();
  const Result both = reconcile(ws, {"pain002-10-reject-one.xml", "camt054-08-other-batch.xml"});
  CHECK(both.code == 0);
  CHECK(contains(both.out, "2 payments changed."));
  CHECK(state(ws, "MP-2026-0004") == "approved returned MS03");
  Workspace fresh = two_batches();
  check_refused(fresh,
                {"disburse", "reconcile", kBank + "pain002-10-reject-one.xml", kBank + "pain002-03-unknown-batch.xml"},
                4, "names the batch PB-2026-009, which this ledger does not have");
  // The same file twice in one command is read once.
  const Result twice = reconcile(fresh, {"camt054-02-return.xml", "camt054-02-return.xml"});
  CHECK(contains(twice.out, "given twice in this command"));
  CHECK(contains(twice.out, "1 payment changed."));
  // A payment the batch does not have.
  Workspace one(config());
  REQUIRE(one.mp(application("Idea 1", "Hakija 1")).code == 0);
  REQUIRE(one.mp({"approve", "MP-2026-0001"}).code == 0);
  one.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(one.mp({"disburse"}).code == 0);
  check_refused(one, {"disburse", "reconcile", kBank + "pain002-10-reject-one.xml"}, 4,
                "names a payment of PB-2026-001 to MP-2026-0002, which that batch does not have");
}

TEST_CASE("reconcile: what is not the bank's feedback is refused, and nothing changes") {
  Workspace ws = two_batches();
  write_text(ws.dir() / "empty.xml", "");
  write_text(ws.dir() / "excel.csv",
             "\xEF\xBB\xBF"
             "batch_id;pilot_id\r\nPB-2026-001;MP-2026-0001\r\n");
  write_text(ws.dir() / "doctype.xml",
             "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"y\">]><Document "
             "xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"/>");
  std::filesystem::create_directory(ws.dir() / "folder");
  check_refused(ws, {"disburse", "reconcile", kBank + "broken.xml"}, 3, "it is not well-formed XML");
  check_refused(ws, {"disburse", "reconcile", kBank + "not-bank.xml"}, 3,
                "it is not a pain.002 status report or a camt.054 notification");
  check_refused(ws, {"disburse", "reconcile", kBank + "pain002-10-no-ids.xml"}, 3,
                "names no payment (OrgnlEndToEndId)");
  check_refused(ws, {"disburse", "reconcile", "empty.xml"}, 3, "empty.xml is not a bank feedback file");
  check_refused(ws, {"disburse", "reconcile", "excel.csv"}, 3, "excel.csv is not a bank feedback file");
  check_refused(ws, {"disburse", "reconcile", "doctype.xml"}, 3, "document type declaration");
  check_refused(ws, {"disburse", "reconcile", "folder"}, 3, "it is a folder, not a file");
  check_refused(ws, {"disburse", "reconcile", "missing.xml"}, 3, "missing.xml");
  check_refused(ws, {"disburse", "reconcile", kBank + "pain002-10-reject-one.xml", kBank + "broken.xml"}, 3,
                "broken.xml");
  check_refused(ws, {"disburse", "reconcile"}, 2, "file");
  ws.env["MINIPILOT_USER"] = "anna";
  check_refused(ws, {"disburse", "reconcile", kBank + "pain002-10-reject-one.xml"}, 7, "anna");
}

TEST_CASE("disburse return: several pilots in one command, all or none") {
  Workspace ws = two_batches();
  const Result r = ws.mp({"disburse", "return", "MP-2026-0001", "MP-2026-0004", "--reason", "tili suljettu"});
  CAPTURE(r.err);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "returned MP-2026-0001 of PB-2026-001"));
  CHECK(contains(r.out, "returned MP-2026-0004 of PB-2026-002"));
  check_refused(ws, {"disburse", "return", "MP-2026-0002", "MP-2026-0001", "--reason", "x"}, 5,
                "MP-2026-0001 has no payment on its way to return");
  check_refused(ws, {"disburse", "return", "MP-2026-0002", "MP-2026-0099", "--reason", "x"}, 4, "MP-2026-0099");
  CHECK(ws.mp({"disburse", "return", "-", "--reason", "palautui"}, "MP-2026-0002\nMP-2026-0003\n").code == 0);
  CHECK(ws.sql("SELECT COUNT(*) FROM payments WHERE live = 1") == "0");
  check_verifies(ws);
}

TEST_CASE("batch approval: the maker prepares, another finance user confirms and writes the files") {
  Workspace ws(config("[controls]\nbatch_approval = true\n"));
  for (int i = 1; i <= 3; ++i)
    REQUIRE(ws.mp(application("Idea " + std::to_string(i), "Hakija " + std::to_string(i))).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0003"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  check_refused(ws, {"disburse", "--sepa", "b.xml"}, 2, "writes no file");
  const Result made = ws.mp({"disburse"});
  CAPTURE(made.err);
  REQUIRE(made.code == 0);
  CHECK(contains(made.out, "prepared: another finance user confirms it"));
  CHECK(ws.sql("SELECT state FROM batches") == "prepared");
  CHECK(ws.sql("SELECT status FROM pilots GROUP BY status") == "disbursed");
  CHECK(contains(ws.mp({"disburse"}).out, "nothing to pay"));  // a pilot of a prepared batch is in no other
  check_refused(ws, {"disburse", "export", "PB-2026-001", "--sepa", "b.xml"}, 5, "waits for confirmation");
  check_refused(ws, {"disburse", "void", "PB-2026-001", "--reason", "x"}, 5, "cancel it");
  check_refused(ws, {"disburse", "reconcile", kBank + "pain002-10-reject-one.xml"}, 5, "has not been sent to the bank");
  check_refused(ws, {"disburse", "return", "MP-2026-0002", "--reason", "x"}, 5, "has not been sent to the bank");
  check_refused(ws, {"disburse", "confirm", "PB-2026-001", "--sepa", "b.xml"}, 7, "pirjo made PB-2026-001");
  CHECK_FALSE(std::filesystem::exists(ws.dir() / "b.xml"));
  ws.env["MINIPILOT_USER"] = "anna";
  check_refused(ws, {"disburse", "confirm", "PB-2026-001"}, 7, "anna");
  ws.env["MINIPILOT_USER"] = "pekka";
  const Result confirmed = ws.mp({"disburse", "confirm", "PB-2026-001", "--sepa", "b.xml", "--csv", "b.csv"});
  CAPTURE(confirmed.err);
  CHECK(confirmed.code == 0);
  CHECK(contains(confirmed.out, "confirmed PB-2026-001: 3 payments, 1,500.00 €"));
  CHECK(ws.sql("SELECT state, confirmed_by FROM batches") == "exported|pekka");
  const Result xsd = run_process({"/usr/bin/xmllint", "--noout", "--schema", kXsdDir + "pain.001.001.09.xsd", "b.xml"},
                                 ws.dir().path(), {});
  CHECK(xsd.code == 0);
  CHECK(contains(read_text(ws.dir() / "b.xml"), "<IBAN>FI4250001510000023</IBAN>"));
  check_refused(ws, {"disburse", "confirm", "PB-2026-001"}, 5, "pekka confirmed it");
  check_refused(ws, {"disburse", "cancel", "PB-2026-001"}, 5, "disburse void PB-2026-001");
  CHECK(contains(ws.mp({"report", "payments"}).out, "exported, confirmed by pekka"));
  CHECK(contains(ws.mp({"log"}).out, "PB-2026-001 confirmed: 3 payments"));
  check_verifies(ws);
}

TEST_CASE("batch approval: a prepared batch is cancelled, its pilots approved again, and never exported") {
  Workspace ws(config("[controls]\nbatch_approval = true\n"));
  for (int i = 1; i <= 2; ++i)
    REQUIRE(ws.mp(application("Idea " + std::to_string(i), "Hakija " + std::to_string(i))).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  const Result c = ws.mp({"disburse", "cancel", "PB-2026-001", "--reason", "väärä päivä"});
  CAPTURE(c.err);
  CHECK(c.code == 0);
  CHECK(contains(c.out, "cancelled PB-2026-001: its 2 pilots are approved and unpaid again"));
  CHECK(ws.sql("SELECT status FROM pilots GROUP BY status") == "approved");
  CHECK(ws.sql("SELECT state FROM batches") == "voided");
  check_refused(ws, {"disburse", "export", "PB-2026-001", "--csv", "b.csv"}, 5, "was voided");
  check_refused(ws, {"disburse", "cancel", "PB-2026-001"}, 5, "it was voided");
  ws.env["MINIPILOT_USER"] = "pekka";
  check_refused(ws, {"disburse", "confirm", "PB-2026-001"}, 5, "it was voided");
  const Result p = ws.mp({"report", "payments", "--format", "json"});
  CHECK(contains(p.out, "\"state\": \"voided\""));
  CHECK_FALSE(contains(p.out, "\"state\": \"sent\""));
  CHECK(contains(ws.mp({"log"}).out, "PB-2026-001 cancelled before it was sent"));
  check_verifies(ws);
}

TEST_CASE("disburse --xlsx: a workbook a spreadsheet reads with typed cells, the same at every export") {
  Workspace ws(config());
  for (int i = 1; i <= 2; ++i)
    REQUIRE(ws.mp(application("=Idea " + std::to_string(i), "Hakija " + std::to_string(i))).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  if (!ws.shared()) check_refused(ws, {"disburse", "--xlsx", "minipilot.db"}, 3, "minipilot.db");
  std::filesystem::create_directory(ws.dir() / "kansio");
  check_refused(ws, {"disburse", "--xlsx", "kansio"}, 8, "cannot write kansio: it is a folder");
  const Result r = ws.mp({"disburse", "--xlsx", "b.xlsx"});
  CAPTURE(r.err);
  REQUIRE(r.code == 0);
  // openpyxl reads it as Excel would: the cells' types, the header's style, the frozen row.
  const std::string reader =
      "import openpyxl, sys\n"
      "wb = openpyxl.load_workbook(sys.argv[1])\n"
      "p, s = wb.worksheets\n"
      "print(p.title, s.title, p.freeze_panes, p['A1'].font.b)\n"
      "for row in p.iter_rows():\n"
      "    print('|'.join(f'{type(c.value).__name__}:{c.value}:{c.number_format}' for c in row))\n"
      "for row in s.iter_rows():\n"
      "    print('|'.join(f'{type(c.value).__name__}:{c.value}' for c in row))\n";
  write_text(ws.dir() / "read.py", reader);
  const Result x = run_process({"/usr/bin/python3", "read.py", "b.xlsx"}, ws.dir().path(), {});
  CAPTURE(x.err);
  REQUIRE(x.code == 0);
  CAPTURE(x.out);
  CHECK(contains(x.out, "payments summary A2 True\n"));
  CHECK(contains(x.out, "str:batch_id:General|str:pilot_id:General|str:payee_name:General|str:iban:General"));
  CHECK(contains(x.out,
                 "str:PB-2026-001:General|str:MP-2026-0001:General|str:Hakija 1:General|"
                 "str:FI21 1234 5600 0007 85:General|NoneType:None:General|int:500:0.00|str:EUR:General|"
                 "datetime:2026-03-02 00:00:00:mm-dd-yy|str:Minipilotti MP-2026-0001: =Idea 1:General"));
  CHECK(contains(x.out, "str:count|int:2\n"));
  CHECK(contains(x.out, "str:total|int:1000\n"));
  CHECK(contains(x.out,
                 "str:chain_head|str:" + ws.sql("SELECT seq || ':' || hash FROM events ORDER BY seq DESC LIMIT 1")));
  // Exported again after more events: the same cells.
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp(application("Idea 3", "Hakija 3")).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse", "export", "PB-2026-001", "--xlsx", "again.xlsx"}).code == 0);
  CHECK(run_process({"/usr/bin/python3", "read.py", "again.xlsx"}, ws.dir().path(), {}).out == x.out);
  // And in Finnish: a payment file is not translated.
  REQUIRE(ws.mp({"--lang", "fi", "disburse", "export", "PB-2026-001", "--xlsx", "fi.xlsx"}).code == 0);
  CHECK(run_process({"/usr/bin/python3", "read.py", "fi.xlsx"}, ws.dir().path(), {}).out == x.out);
}

TEST_CASE("payee anomalies: the city's own IBAN is refused, a shared IBAN is named") {
  Workspace ws(config());
  std::vector<std::string> own = application("Oma tili", "Hakija 1");
  own[10] = "FI42 5000 1510 0000 23";
  check_refused(ws, own, 3, "is the city's own account ([payer] iban)");
  write_text(ws.dir() / "a.csv", "title;applicant;type;area;iban\r\nA;Aino;resident;keskusta;FI4250001510000023\r\n");
  check_refused(ws, {"apply", "--file", "a.csv"}, 3, "the city's own account");
  const Result first = ws.mp(application("Idea 1", "Hakija 1"));
  CHECK(first.err.empty());
  const Result second = ws.mp(application("Idea 2", "Hakija 2"));
  CHECK(second.code == 0);
  CHECK(contains(second.err,
                 "warning: FI21 1234 5600 0007 85 is the account of several payees: MP-2026-0001 Hakija 1, "
                 "MP-2026-0002 Hakija 2"));
  // The same person again (names compared case-folded) is no anomaly.
  std::vector<std::string> same = application("Idea 3", "Hakija 5");
  same[10] = "DE89 3704 0044 0532 0130 00";
  CHECK(ws.mp(same).err.empty());
  same[2] = "Idea 5";
  same[4] = "HAKIJA 5";
  const Result again = ws.mp(same);
  CHECK(again.code == 0);
  CHECK(again.err.empty());
  std::vector<std::string> other = application("Idea 4", "Hakija 4");
  other[10] = "FI37 1590 3000 0007 76";
  REQUIRE(ws.mp(other).code == 0);
  check_refused(ws, {"amend", "MP-2026-0005", "--iban", "FI42 5000 1510 0000 23"}, 3, "the city's own account");
  const Result amended = ws.mp({"amend", "MP-2026-0005", "--iban", "FI21 1234 5600 0007 85"});
  CHECK(amended.code == 0);
  CHECK(contains(amended.err, "MP-2026-0005 Hakija 4"));
  REQUIRE(ws.mp({"approve", "MP-2026-0001", "MP-2026-0002", "MP-2026-0005"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"hold", "MP-2026-0005", "--reason", "selvitetään tili"}).code == 0);
  const Result dry = ws.mp({"disburse", "--dry-run", "--format", "json"});
  CHECK(contains(dry.err, "is the account of several payees"));
  CHECK(contains(dry.out, "\"state\": \"would_pay\""));
  CHECK_FALSE(contains(dry.out, "\"state\": \"sent\""));
  CHECK(contains(dry.out, "\"left_out\": [\n    {\n      \"pilot_id\": \"MP-2026-0005\",\n      \"why\": \"on_hold\""));
  CHECK(ws.sql("SELECT COUNT(*) FROM batches") == "0");
  REQUIRE(ws.mp({"disburse"}).code == 0);
  const Result payees = ws.mp({"report", "payees", "--format", "json"});
  CHECK(contains(payees.out, "\"shared_iban\": true"));
}

TEST_CASE("report payments --area: the payments of one area's pilots, for cost allocation") {
  Workspace ws(config());
  REQUIRE(ws.mp(application("Idea 1", "Hakija 1")).code == 0);
  std::vector<std::string> j = application("Idea 2", "Hakija 2");
  j[8] = "jukola";
  ws.env["MINIPILOT_USER"] = "ville";
  REQUIRE(ws.mp(j).code == 0);
  REQUIRE(ws.mp({"approve", "MP-2026-0002"}).code == 0);
  ws.env["MINIPILOT_USER"] = "anna";
  REQUIRE(ws.mp({"approve", "MP-2026-0001"}).code == 0);
  ws.env["MINIPILOT_USER"] = "pirjo";
  REQUIRE(ws.mp({"disburse"}).code == 0);
  const Result r = ws.mp({"report", "payments", "--area", "jukola", "--format", "json"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "MP-2026-0002"));
  CHECK_FALSE(contains(r.out, "MP-2026-0001"));
  check_refused(ws, {"report", "payments", "--area", "nowhere"}, 4, "no area 'nowhere'");
}

TEST_CASE("batch approval: without [users] it is refused, since anyone could say they are a second person") {
  Workspace ws(std::string(kSingleUserConfig) + "[controls]\nbatch_approval = true\n", false);
  const Result r = ws.mp({"init"});
  CHECK(r.code == 10);
  CHECK(contains(r.err, "batch approval needs [users]"));
}
