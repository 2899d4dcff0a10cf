// Reading pain.002 and camt.054 with libxml2's pull parser: element paths, not string searching.
#include "minipilot/validate/bank_message.h"

#include <libxml/xmlreader.h>

#include <memory>
#include <optional>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/ids.h"

namespace minipilot {

namespace {

constexpr std::string_view kNamespacePrefix = "urn:iso:std:iso:20022:tech:xsd:";

enum class Family { pain002, camt054 };

std::optional<Family> family_of(std::string_view kind) {
  if (kind == "pain.002.001.03" || kind == "pain.002.001.10") return Family::pain002;
  if (kind == "camt.054.001.02" || kind == "camt.054.001.08") return Family::camt054;
  return std::nullopt;
}

// A status or return reason: the first code given (ISO or the bank's own), and every free text.
struct Reason {
  std::string code, text;
  void add_text(const std::string& t) {
    if (t.empty()) return;
    if (!text.empty()) text += ' ';
    text += t;
  }
};

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// pain.002's status codes (ExternalPaymentGroupStatus1Code, ExternalPaymentTransactionStatus1Code).
// The reason codes that mean "the bank holds the first copy already": the second changes nothing.
bool duplicate_reason(const std::string& reason) {
  return reason == "DU01" || reason == "DU02" || reason == "DU03" || reason == "DU04" || reason == "DU05" ||
         reason == "DUPL" || reason == "AM05";
}

BankStatus::Verdict verdict_of_status(const std::string& status, const std::string& reason) {
  using V = BankStatus::Verdict;
  if (status == "RJCT") return duplicate_reason(reason) ? V::duplicate : V::rejected;
  if (status == "CANC") return V::rejected;  // cancelled: the money did not leave
  if (status == "ACSC" || status == "ACCC") return V::executed;
  return V::pending;  // ACCP, ACTC, ACSP, ACWC, ACWP, PART, PDNG, RCVD, ...
}

// One status-bearing part of a pain.002 (group, payment block, transaction) or camt.054 (entry, details).
struct Part {
  std::string batch, pmt_inf, pilot, status, credit_debit;
  Reason reason;
  bool has_return = false;
  bool has_tx_details = false;
  bool reversal = false;  ///< camt.054 Ntry/RvslInd: the entry undoes an earlier one
};

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name) : name_(name) {
    reader_.reset(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA));
    if (!reader_) fail(tr("it cannot be read as XML"));
  }

  BankMessage read() {
    BankMessage m;
    std::vector<std::string> path;  // element names below the message element (CstmrPmtStsRpt, BkToCstmrDbtCdtNtfctn)
    std::string text;
    int ret = 0;
    bool root_seen = false;
    std::optional<Family> family;
    while ((ret = xmlTextReaderRead(reader_.get())) == 1) {
      const int type = xmlTextReaderNodeType(reader_.get());
      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        fail(tr("it has a document type declaration, which a bank never sends"));
      if (type == XML_READER_TYPE_ELEMENT) {
        const std::string local = str(xmlTextReaderConstLocalName(reader_.get()));
        if (!root_seen) {
          root_seen = true;
          const std::string ns = str(xmlTextReaderConstNamespaceUri(reader_.get()));
          if (local != "Document" || ns.rfind(kNamespacePrefix, 0) != 0 ||
              !(family = family_of(ns.substr(kNamespacePrefix.size()))))
            fail(tr("it is not a pain.002 status report or a camt.054 notification"));
          m.kind = ns.substr(kNamespacePrefix.size());
          family_ = *family;
          continue;
        }
        path.push_back(local);
        text.clear();
        start(path);
        if (xmlTextReaderIsEmptyElement(reader_.get())) {
          end(path, "", m);
          path.pop_back();
        }
      } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
        text += str(xmlTextReaderConstValue(reader_.get()));
      } else if (type == XML_READER_TYPE_END_ELEMENT && !path.empty()) {
        end(path, trim(text), m);
        text.clear();
        path.pop_back();
      }
    }
    if (ret != 0 || !root_seen) fail(tr("it is not well-formed XML"));
    if (m.message_id.empty()) fail(tr("it has no message id (GrpHdr/MsgId)"));
    if (family_ == Family::pain002 && !group_seen_) fail(tr("it names no original payment file (OrgnlGrpInfAndSts)"));
    return m;
  }

 private:
  struct Free {
    void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
  };

  [[noreturn]] void fail(const std::string& why) const {
    // TRANSLATORS: a bank file and why it is refused: "pain002.xml is not a bank feedback file: it is not well-formed
    // XML"
    throw Error(ErrorKind::invalid, trf("{} is not a bank feedback file minipilot can read: {}", name_, why),
                tr("give the bank's pain.002 status report or camt.054 notification of a batch's payments"));
  }

  static std::string str(const xmlChar* s) { return s ? std::string(reinterpret_cast<const char*>(s)) : std::string(); }

  static std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
  }

  // The path below the message element, from element `from` on, is `suffix` exactly.
  static bool at(const std::vector<std::string>& path, size_t from, std::initializer_list<std::string_view> suffix) {
    if (path.size() != from + suffix.size()) return false;
    size_t i = from;
    for (std::string_view s : suffix)
      if (path[i++] != s) return false;
    return true;
  }

  void start(const std::vector<std::string>& path) {
    // path[0] is the message element (CstmrPmtStsRpt, BkToCstmrDbtCdtNtfctn).
    if (family_ == Family::pain002) {
      if (at(path, 1, {"OrgnlGrpInfAndSts"})) group_ = Part{};
      if (at(path, 1, {"OrgnlPmtInfAndSts"})) block_ = Part{};
      if (at(path, 1, {"OrgnlPmtInfAndSts", "TxInfAndSts"})) tx_ = Part{};
    } else {
      if (at(path, 1, {"Ntfctn", "Ntry"})) entry_ = Part{};
      if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls"})) details_ = Part{};
      if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "TxDtls"})) {
        tx_ = Part{};
        details_.has_tx_details = true;
      }
    }
  }

  // Reason elements below a status-bearing part: StsRsnInf (pain.002) or RtrInf (camt.054).
  static bool reason_leaf(const std::vector<std::string>& path, size_t depth, std::string_view info, Reason& r,
                          const std::string& text) {
    if (path.size() < depth + 2 || path[depth] != info) return false;
    if (at(path, depth, {info, "Rsn", "Cd"}) || at(path, depth, {info, "Rsn", "Prtry"})) {
      if (r.code.empty()) r.code = upper(text);
      return true;
    }
    if (at(path, depth, {info, "AddtlInf"})) r.add_text(text);
    return true;
  }

  void end(const std::vector<std::string>& path, const std::string& text, BankMessage& m) {
    if (at(path, 1, {"GrpHdr", "MsgId"})) m.message_id = text;
    if (family_ == Family::pain002)
      end_pain(path, text, m);
    else
      end_camt(path, text, m);
  }

  void end_pain(const std::vector<std::string>& path, const std::string& text, BankMessage& m) {
    using S = BankStatus::Scope;
    const size_t g = 2, b = 2, t = 3;  // depth of the group's, block's and transaction's children
    if (path.size() > 1 && path[1] == "OrgnlGrpInfAndSts") {
      if (at(path, 1, {"OrgnlGrpInfAndSts", "OrgnlMsgId"})) group_.batch = text;
      if (at(path, 1, {"OrgnlGrpInfAndSts", "OrgnlMsgNmId"})) original_kind_ = text;
      if (at(path, 1, {"OrgnlGrpInfAndSts", "GrpSts"})) group_.status = upper(text);
      reason_leaf(path, g, "StsRsnInf", group_.reason, text);
      if (at(path, 1, {"OrgnlGrpInfAndSts"})) {
        group_seen_ = true;
        if (group_.batch.empty()) fail(tr("it names no original message (OrgnlMsgId)"));
        if (original_kind_.rfind("pain.001", 0) != 0)
          fail(trf("it reports on a {} message, not on a payment file (pain.001)",
                   original_kind_.empty() ? "?" : original_kind_));
        emit(m, S::file, group_.batch, "", group_);
      }
      return;
    }
    if (path.size() > 1 && path[1] == "OrgnlPmtInfAndSts") {
      if (path.size() > 2 && path[2] == "TxInfAndSts") {
        if (at(path, t - 1, {"TxInfAndSts", "OrgnlEndToEndId"})) tx_.pilot = text;
        if (at(path, t - 1, {"TxInfAndSts", "TxSts"})) tx_.status = upper(text);
        reason_leaf(path, t, "StsRsnInf", tx_.reason, text);
        if (at(path, 1, {"OrgnlPmtInfAndSts", "TxInfAndSts"})) {
          if (tx_.pilot.empty() && verdict_of_status(tx_.status, tx_.reason.code) != BankStatus::Verdict::pending)
            fail(tr("a transaction's status names no payment (OrgnlEndToEndId)"));
          emit(m, S::payment, block_.pmt_inf.empty() ? group_.batch : block_.pmt_inf, tx_.pilot, tx_);
        }
        return;
      }
      if (at(path, 1, {"OrgnlPmtInfAndSts", "OrgnlPmtInfId"})) block_.pmt_inf = text;
      if (at(path, 1, {"OrgnlPmtInfAndSts", "PmtInfSts"})) {
        block_.status = upper(text);
        // The block's own status comes before its transactions: a whole block's verdict is known in time.
      }
      reason_leaf(path, b, "StsRsnInf", block_.reason, text);
      if (at(path, 1, {"OrgnlPmtInfAndSts"})) emit(m, S::block, block_.pmt_inf, "", block_);
    }
  }

  void end_camt(const std::vector<std::string>& path, const std::string& text, BankMessage& m) {
    if (path.size() < 3 || path[1] != "Ntfctn" || path[2] != "Ntry") return;
    // path: [msg, Ntfctn, Ntry, ...]
    if (at(path, 1, {"Ntfctn", "Ntry", "CdtDbtInd"})) entry_.credit_debit = upper(text);
    if (at(path, 1, {"Ntfctn", "Ntry", "RvslInd"})) entry_.reversal = text == "true" || text == "1";
    // Sts holds the code itself in .02 and in Sts/Cd in .08 (whose Sts then ends with no text of its own).
    if ((at(path, 1, {"Ntfctn", "Ntry", "Sts"}) && !text.empty()) || at(path, 1, {"Ntfctn", "Ntry", "Sts", "Cd"}))
      entry_.status = upper(text);
    if (path.size() > 3 && path[3] == "NtryDtls") {
      if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "Btch", "MsgId"})) details_.batch = text;
      if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "Btch", "PmtInfId"})) details_.pmt_inf = text;
      if (path.size() > 4 && path[4] == "TxDtls") {
        if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "TxDtls", "Refs", "MsgId"})) tx_.batch = text;
        if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "TxDtls", "Refs", "PmtInfId"})) tx_.pmt_inf = text;
        if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "TxDtls", "Refs", "EndToEndId"})) tx_.pilot = text;
        if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "TxDtls", "CdtDbtInd"})) tx_.credit_debit = upper(text);
        if (path.size() > 5 && path[5] == "RtrInf") tx_.has_return = true;
        reason_leaf(path, 5, "RtrInf", tx_.reason, text);
        if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls", "TxDtls"})) camt_transaction(m);
        return;
      }
      if (at(path, 1, {"Ntfctn", "Ntry", "NtryDtls"}) && !details_.has_tx_details) camt_batch_booking(m);
    }
  }

  // The batch a camt.054 reference names: the transaction's own, else its entry details' batch.
  std::string camt_batch() const {
    for (const std::string* s : {&tx_.batch, &tx_.pmt_inf, &details_.batch, &details_.pmt_inf})
      if (looks_like_batch_id(*s)) return *s;  // a bank's own id in MsgId may stand beside ours in PmtInfId
    return "";
  }

  void camt_transaction(BankMessage& m) {
    using V = BankStatus::Verdict;
    const std::string batch = camt_batch();
    if (!looks_like_batch_id(batch)) {
      if (tx_.has_return && looks_like_pilot(tx_.pilot))
        fail(trf("the return of {} names no batch (Refs/MsgId or PmtInfId)", tx_.pilot));
      ++m.foreign_entries;  // another transaction on the city's account
      return;
    }
    if (tx_.pilot.empty()) fail(trf("a transaction of {} names no payment (Refs/EndToEndId)", batch));
    if (entry_.reversal)
      // A reversal undoes an earlier booking (a return, or the payment itself): not guessed at here.
      fail(trf("it reverses an earlier booking of {} in {} (RvslInd), which minipilot does not apply", tx_.pilot,
               batch));
    BankStatus s{BankStatus::Scope::payment, V::pending, batch, tx_.pilot, tx_.reason.code, tx_.reason.text};
    const std::string& direction = tx_.credit_debit.empty() ? entry_.credit_debit : tx_.credit_debit;
    if (entry_.status == "BOOK") {
      if (tx_.has_return)
        s.verdict = V::returned;
      else if (direction == "DBIT")
        s.verdict = V::executed;
    }
    if (s.verdict == V::pending) return;  // pending or informational entries, incoming money: nothing to record
    normalise(s);
    m.statuses.push_back(std::move(s));
  }

  // An entry whose details name only the batch (Btch), without transactions: the whole batch booked.
  void camt_batch_booking(BankMessage& m) {
    const std::string batch = details_.batch.empty() ? details_.pmt_inf : details_.batch;
    if (!looks_like_batch_id(batch)) {
      ++m.foreign_entries;
      return;
    }
    if (entry_.status != "BOOK" || entry_.credit_debit != "DBIT") return;
    if (entry_.reversal)
      fail(trf("it reverses an earlier booking of {} (RvslInd), which minipilot does not apply", batch));
    BankStatus s{BankStatus::Scope::block, BankStatus::Verdict::executed, batch, "", "", ""};
    normalise(s);
    m.statuses.push_back(std::move(s));
  }

  static bool looks_like_pilot(const std::string& id) { return parse_pilot_id(id).ok(); }

  void emit(BankMessage& m, BankStatus::Scope scope, const std::string& batch, const std::string& pilot,
            const Part& p) {
    BankStatus s{scope, verdict_of_status(p.status, p.reason.code), batch, pilot, p.reason.code, p.reason.text};
    if (s.verdict == BankStatus::Verdict::pending) return;
    if (batch.empty()) fail(tr("a status names no original payment block (OrgnlPmtInfId)"));
    normalise(s);
    m.statuses.push_back(std::move(s));
  }

  // Our ids in their printed form; an id that is not ours is kept as the bank wrote it, to be named.
  static void normalise(BankStatus& s) {
    if (const Checked<BatchId> b = parse_batch_id(s.batch_id); b.ok()) s.batch_id = format_batch_id(b.value);
    if (const Checked<PilotId> p = parse_pilot_id(s.pilot_id); p.ok()) s.pilot_id = format_pilot_id(p.value);
  }

  std::string name_;
  std::unique_ptr<xmlTextReader, Free> reader_;
  Family family_ = Family::pain002;
  Part group_, block_, tx_, entry_, details_;
  std::string original_kind_;
  bool group_seen_ = false;
};

}  // namespace

bool looks_like_batch_id(std::string_view text) { return !text.empty() && parse_batch_id(text).ok(); }

BankMessage read_bank_message(std::string_view bytes, std::string_view name) { return Reader(bytes, name).read(); }

}  // namespace minipilot
