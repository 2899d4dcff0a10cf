// Tests of validate/bank_message and domain/bank_reasons: what the bank's files say, and what its codes mean.
#include "minipilot/validate/bank_message.h"

#include <doctest/doctest.h>

#include "minipilot/core/error.h"
#include "minipilot/domain/bank_reasons.h"

using namespace minipilot;

namespace {

std::string pain002(const std::string& body, const std::string& version = "10") {
  return "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001." + version +
         "\"><CstmrPmtStsRpt><GrpHdr><MsgId>B-1</MsgId></GrpHdr><OrgnlGrpInfAndSts><OrgnlMsgId>PB-2026-001"
         "</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>" +
         body + "</CstmrPmtStsRpt></Document>";
}

ErrorKind refusal(const std::string& xml) {
  try {
    read_bank_message(xml, "x.xml");
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::internal;
}

}  // namespace

TEST_CASE("bank message: a transaction's rejection, with its code and the bank's words") {
  const BankMessage m = read_bank_message(
      pain002("<GrpSts>PART</GrpSts></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>PB-2026-001</OrgnlPmtInfId>"
              "<TxInfAndSts><OrgnlEndToEndId>mp-2026-2</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>ac01"
              "</Cd></Rsn><AddtlInf>Tili</AddtlInf><AddtlInf>virheellinen</AddtlInf></StsRsnInf></TxInfAndSts>"
              "<TxInfAndSts><OrgnlEndToEndId>MP-2026-0003</OrgnlEndToEndId><TxSts>ACCP</TxSts></TxInfAndSts>"
              "</OrgnlPmtInfAndSts>"),
      "x.xml");
  CHECK(m.kind == "pain.002.001.10");
  CHECK(m.message_id == "B-1");
  REQUIRE(m.statuses.size() == 1);  // PART and ACCP record nothing
  const BankStatus& s = m.statuses[0];
  CHECK(s.scope == BankStatus::Scope::payment);
  CHECK(s.verdict == BankStatus::Verdict::rejected);
  CHECK(s.batch_id == "PB-2026-001");
  CHECK(s.pilot_id == "MP-2026-0002");  // as this tool prints it
  CHECK(s.code == "AC01");
  CHECK(s.text == "Tili virheellinen");
}

TEST_CASE("bank message: a whole file's statuses - rejected, duplicate, settled") {
  CHECK(read_bank_message(pain002("<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>"
                                  "</OrgnlGrpInfAndSts>"),
                          "x")
            .statuses.at(0)
            .verdict == BankStatus::Verdict::rejected);
  CHECK(read_bank_message(pain002("<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>DU01</Cd></Rsn></StsRsnInf>"
                                  "</OrgnlGrpInfAndSts>"),
                          "x")
            .statuses.at(0)
            .verdict == BankStatus::Verdict::duplicate);
  const BankMessage settled = read_bank_message(pain002("<GrpSts>ACSC</GrpSts></OrgnlGrpInfAndSts>"), "x");
  CHECK(settled.statuses.at(0).verdict == BankStatus::Verdict::executed);
  CHECK(settled.statuses.at(0).scope == BankStatus::Scope::file);
}

TEST_CASE("bank message: camt.054 returns and bookings, and the account's other entries left alone") {
  const std::string camt =
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>N-1"
      "</MsgId></GrpHdr><Ntfctn>"
      "<Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><NtryDtls><TxDtls><Refs><MsgId>PB-2026-001</MsgId>"
      "<EndToEndId>MP-2026-0002</EndToEndId></Refs><RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>"
      "<Ntry><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><NtryDtls><Btch><MsgId>PB-2026-002</MsgId></Btch>"
      "</NtryDtls></Ntry>"
      "<Ntry><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts><NtryDtls><TxDtls><Refs><MsgId>PB-2026-003</MsgId>"
      "<EndToEndId>MP-2026-0009</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>"
      "<Ntry><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><NtryDtls><TxDtls><Refs><EndToEndId>LASKU-77"
      "</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>"
      "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";
  const BankMessage m = read_bank_message(camt, "n.xml");
  CHECK(m.kind == "camt.054.001.08");
  REQUIRE(m.statuses.size() == 2);
  CHECK(m.statuses[0].verdict == BankStatus::Verdict::returned);
  CHECK(m.statuses[0].code == "AC04");
  CHECK(m.statuses[1].verdict == BankStatus::Verdict::executed);
  CHECK(m.statuses[1].scope == BankStatus::Scope::block);
  CHECK(m.statuses[1].batch_id == "PB-2026-002");
  CHECK(m.foreign_entries == 1);
}

TEST_CASE("bank message: what is not one of the four messages, or lacks what is needed, is refused as invalid") {
  CHECK(refusal("") == ErrorKind::invalid);
  CHECK(refusal("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>") == ErrorKind::invalid);
  CHECK(refusal(pain002("<GrpSts>RJCT</GrpSts></OrgnlGrpInfAndSts>").substr(0, 120)) == ErrorKind::invalid);
  CHECK(refusal("<!DOCTYPE d><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"/>") ==
        ErrorKind::invalid);
  CHECK(refusal(pain002("</OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>PB-2026-001</OrgnlPmtInfId>"
                        "<TxInfAndSts><TxSts>RJCT</TxSts></TxInfAndSts></OrgnlPmtInfAndSts>")) == ErrorKind::invalid);
  std::string camt_report = pain002("</OrgnlGrpInfAndSts>");
  camt_report.replace(camt_report.find("pain.001.001.09"), 15, "camt.056.001.08");
  CHECK(refusal(camt_report) == ErrorKind::invalid);
}

TEST_CASE("bank reasons: the codes are found in both languages' table, and an unknown code is shown as it is") {
  CHECK(bank_reason_text("AC01") == "Incorrect account number");
  CHECK(bank_reason_text("ZZ99").empty());
  CHECK(bank_reason_summary("AC04", "Tili lopetettu") == "AC04 Account closed: Tili lopetettu");
  CHECK(bank_reason_summary("ZZ99", "") == "ZZ99");
  CHECK(bank_reason_summary("", "") == "the bank gave no reason");
  CHECK(looks_like_batch_id("PB-2026-001"));
  CHECK_FALSE(looks_like_batch_id("LASKU-77"));
}

TEST_CASE("bank message: a duplicate at any level changes nothing, a cancelled payment was not paid") {
  const BankMessage dup = read_bank_message(
      pain002("</OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>PB-2026-001</OrgnlPmtInfId><PmtInfSts>RJCT"
              "</PmtInfSts><StsRsnInf><Rsn><Cd>DU02</Cd></Rsn></StsRsnInf></OrgnlPmtInfAndSts>"),
      "x");
  REQUIRE(dup.statuses.size() == 1);
  CHECK(dup.statuses[0].scope == BankStatus::Scope::block);
  CHECK(dup.statuses[0].verdict == BankStatus::Verdict::duplicate);
  const BankMessage canc = read_bank_message(
      pain002("</OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><OrgnlPmtInfId>PB-2026-001</OrgnlPmtInfId><TxInfAndSts>"
              "<OrgnlEndToEndId>MP-2026-0001</OrgnlEndToEndId><TxSts>CANC</TxSts></TxInfAndSts></OrgnlPmtInfAndSts>"),
      "x");
  REQUIRE(canc.statuses.size() == 1);
  CHECK(canc.statuses[0].verdict == BankStatus::Verdict::rejected);
}

TEST_CASE("bank message: camt.054 finds our batch beside the bank's own ids, and refuses a reversal") {
  const std::string head =
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>N"
      "</MsgId></GrpHdr><Ntfctn><Ntry><CdtDbtInd>DBIT</CdtDbtInd>";
  const std::string tail =
      "<Sts>BOOK</Sts><NtryDtls><TxDtls><Refs><MsgId>BANK-REF-9</MsgId><PmtInfId>PB-2026-001</PmtInfId>"
      "<EndToEndId>MP-2026-0001</EndToEndId></Refs></TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn>"
      "</Document>";
  const BankMessage m = read_bank_message(head + tail, "x");
  REQUIRE(m.statuses.size() == 1);
  CHECK(m.statuses[0].batch_id == "PB-2026-001");
  CHECK(m.statuses[0].verdict == BankStatus::Verdict::executed);
  CHECK(refusal(head + "<RvslInd>true</RvslInd>" + tail) == ErrorKind::invalid);
}
