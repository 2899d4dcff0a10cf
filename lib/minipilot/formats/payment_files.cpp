// Payment CSV and SEPA XML. Pure functions of a BatchView, so a re-export gives the same bytes.
#include "minipilot/formats/payment_files.h"

#include <fmt/format.h>

#include <array>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/formats/document.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

namespace {

// ASCII for U+0100..U+017F (Latin Extended-A), in code point order.
constexpr std::array<const char*, 128> kLatinExtendedA{
    "A", "a", "A", "a", "A", "a", "C",  "c",  "C", "c", "C", "c", "C", "c", "D", "d", "D",  "d",  "E", "e", "E", "e",
    "E", "e", "E", "e", "E", "e", "G",  "g",  "G", "g", "G", "g", "G", "g", "H", "h", "H",  "h",  "I", "i", "I", "i",
    "I", "i", "I", "i", "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l",  "L",  "l", "L", "l", "L",
    "l", "N", "n", "N", "n", "N", "n",  "n",  "N", "n", "O", "o", "O", "o", "O", "o", "OE", "oe", "R", "r", "R", "r",
    "R", "r", "S", "s", "S", "s", "S",  "s",  "S", "s", "T", "t", "T", "t", "T", "t", "U",  "u",  "U", "u", "U", "u",
    "U", "u", "U", "u", "U", "u", "W",  "w",  "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z",  "s"};

// Decodes the UTF-8 sequence at s[i]; returns its length, 1 for a bad byte (cp = -1).
size_t decode(std::string_view s, size_t i, int32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  const size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return cp = -1, 1;
  cp = n == 1 ? b : b & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return n;
}

void append_utf8(std::string& out, int32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string transliterate(int32_t cp) {
  if (cp < 0x20 || cp == 0x7F || cp == 0xA0) return " ";
  if (cp < 0x7F || (cp > 0xA0 && cp <= 0xFF)) {
    std::string s;
    append_utf8(s, cp);
    return s;
  }
  if (cp >= 0x100 && cp <= 0x17F) return kLatinExtendedA[static_cast<size_t>(cp - 0x100)];
  switch (cp) {
    case 0x2018:
    case 0x2019:
      return "'";
    case 0x201C:
    case 0x201D:
      return "\"";
    case 0x2013:
    case 0x2014:
      return "-";
    case 0x2026:
      return "...";
    case 0x20AC:
      return "EUR";
    default:
      return "?";
  }
}

// "2026-03-03" -> "03.03.2026".
std::string finnish_date(std::string_view iso) {
  return fmt::format("{}.{}.{}", iso.substr(8, 2), iso.substr(5, 2), iso.substr(0, 4));
}

// Output in pieces of about 64 KiB: a batch's file goes to its sink as it is
// made, never held whole (a SEPA file of 100,000 payments is 70 MB).
class Chunked {
 public:
  explicit Chunked(const Sink& sink) : sink_(sink) { buf_.reserve(kChunk + 4096); }
  std::string& buf() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= kChunk) flush();
  }
  void flush() {
    if (!buf_.empty()) sink_(buf_);
    buf_.clear();
  }

 private:
  static constexpr size_t kChunk = 64 * 1024;
  const Sink& sink_;
  std::string buf_;
};

class XmlOut {
 public:
  explicit XmlOut(Chunked& out) : chunks_(out), out_(out.buf()) {}
  // Appends by hand rather than with fmt: a batch of 100,000 payments has
  // two million elements, and this is where its SEPA file's time went.
  void open(std::string_view tag) {
    start_tag(tag);
    out_ += '\n';
    ++depth_;
  }
  void close(std::string_view tag) {
    --depth_;
    end_tag(tag);
  }
  void leaf(std::string_view tag, std::string_view text) {
    start_tag(tag);
    append_markup_escaped(out_, text);
    out_.append("</").append(tag).append(">\n");
  }
  void line(std::string_view s) {
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
    out_.append(s);
    out_ += '\n';
  }
  void start_tag(std::string_view tag) {
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
    out_.append("<").append(tag).append(">");
  }
  void end_tag(std::string_view tag) {
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
    out_.append("</").append(tag).append(">\n");
  }
  void indent() { ++depth_; }
  void dedent() { --depth_; }
  void maybe_flush() { chunks_.maybe_flush(); }

 private:
  Chunked& chunks_;
  std::string& out_;
  int depth_ = 0;
};

void agent(XmlOut& x, std::string_view tag, std::string_view bic, bool v09) {
  x.open(tag);
  x.open("FinInstnId");
  if (bic.empty()) {
    x.open("Othr");
    x.leaf("Id", "NOTPROVIDED");
    x.close("Othr");
  } else {
    x.leaf(v09 ? "BICFI" : "BIC", bic);
  }
  x.close("FinInstnId");
  x.close(tag);
}

// A party's name and, when given, an organisation id: the initiating party's
// sender id of the bank agreement (scheme BANK, as the Finnish banks' guides
// ask), the debtor's Y-tunnus (scheme TXID: the business and tax id).
void party(XmlOut& x, std::string_view tag, std::string_view name, std::string_view id = {},
           std::string_view scheme = {}) {
  x.open(tag);
  x.leaf("Nm", sepa_text(name, 70));
  if (!id.empty()) {
    x.open("Id");
    x.open("OrgId");
    x.open("Othr");
    x.leaf("Id", id);
    x.open("SchmeNm");
    x.leaf("Cd", scheme);
    x.close("SchmeNm");
    x.close("Othr");
    x.close("OrgId");
    x.close("Id");
  }
  x.close(tag);
}

void account(XmlOut& x, std::string_view tag, std::string_view iban) {
  x.open(tag);
  x.open("Id");
  x.leaf("IBAN", iban);
  x.close("Id");
  x.close(tag);
}

void transaction(XmlOut& x, const PaymentView& p) {
  x.open("CdtTrfTxInf");
  x.open("PmtId");
  x.leaf("EndToEndId", p.pilot_id);
  x.close("PmtId");
  x.open("Amt");
  x.line(fmt::format("<InstdAmt Ccy=\"EUR\">{}</InstdAmt>", format_money(p.amount)));
  x.close("Amt");
  party(x, "Cdtr", p.payee_name);
  account(x, "CdtrAcct", p.iban);
  x.open("RmtInf");
  x.leaf("Ustrd", sepa_text(p.message, 140));
  x.close("RmtInf");
  x.close("CdtTrfTxInf");
}

}  // namespace

std::string sepa_text(std::string_view text, size_t max_chars) {
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < text.size() && count < max_chars;) {
    int32_t cp = 0;
    i += decode(text, i, cp);
    const std::string piece = transliterate(cp);  // whole characters: ASCII or 2-byte Latin-1
    for (size_t k = 0; k < piece.size() && count < max_chars;) {
      const size_t len = (static_cast<unsigned char>(piece[k]) & 0x80) ? 2 : 1;
      if (!(piece[k] == ' ' && (out.empty() || out.back() == ' '))) {
        out.append(piece, k, len);
        ++count;
      }
      k += len;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? "?" : out;
}

void write_payment_csv(const BatchView& b, const Sink& sink) {
  const char d = b.csv.delimiter;
  Chunked chunks(sink);
  std::string& out = chunks.buf();
  if (b.csv.bom) out = "\xEF\xBB\xBF";
  const auto row = [&](std::initializer_list<std::pair<std::string, bool>> cells) {
    bool first = true;
    for (const auto& [text, numeric] : cells) {
      if (!first) out += d;
      first = false;
      out += csv_cell(text, d, numeric);
    }
    out += "\r\n";
  };
  row({{"batch_id", false},
       {"pilot_id", false},
       {"payee_name", false},
       {"iban", false},
       {"bic", false},
       {"amount", false},
       {"currency", false},
       {"execution_date", false},
       {"message", false}});
  for (const PaymentView& p : b.payments) {
    row({{b.id, false},
         {p.pilot_id, false},
         {p.payee_name, false},
         {iban_print_form(p.iban), false},
         {p.bic, false},
         {format_money(p.amount, b.csv.decimal_separator), true},
         {"EUR", false},
         {finnish_date(b.execution_date), false},
         {p.message, false}});
    chunks.maybe_flush();
  }
  chunks.flush();
}

std::string payment_csv(const BatchView& b) {
  std::string out;
  write_payment_csv(b, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

std::string payment_sepa(const BatchView& b, std::string_view version) {
  std::string out;
  write_payment_sepa(b, version, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

void write_payment_sepa(const BatchView& b, std::string_view version, const Sink& sink) {
  if (b.payer.iban.empty())
    throw Error(ErrorKind::config, trf("batch {} has no payer for a SEPA file", b.id),
                tr("add [payer] with name and iban to the configuration"));
  const bool v09 = version == "09";
  const std::string count = std::to_string(b.payments.size());
  const std::string sum = format_money(b.total());
  Chunked chunks(sink);
  XmlOut x(chunks);
  x.line(R"(<?xml version="1.0" encoding="UTF-8"?>)");
  x.line(fmt::format(R"(<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.{}">)", version));
  x.indent();
  x.open("CstmrCdtTrfInitn");
  x.open("GrpHdr");
  x.leaf("MsgId", b.id);
  x.leaf("CreDtTm", b.created_at);
  x.leaf("NbOfTxs", count);
  x.leaf("CtrlSum", sum);
  party(x, "InitgPty", b.payer.name, b.payer.initiating_party_id, "BANK");
  x.close("GrpHdr");
  x.open("PmtInf");
  x.leaf("PmtInfId", b.id);
  x.leaf("PmtMtd", "TRF");
  x.leaf("NbOfTxs", count);
  x.leaf("CtrlSum", sum);
  x.open("PmtTpInf");
  x.open("SvcLvl");
  x.leaf("Cd", "SEPA");
  x.close("SvcLvl");
  x.close("PmtTpInf");
  if (v09) {
    x.open("ReqdExctnDt");
    x.leaf("Dt", b.execution_date);
    x.close("ReqdExctnDt");
  } else {
    x.leaf("ReqdExctnDt", b.execution_date);
  }
  party(x, "Dbtr", b.payer.name, b.payer.business_id, "TXID");
  account(x, "DbtrAcct", b.payer.iban);
  agent(x, "DbtrAgt", b.payer.bic, v09);
  x.leaf("ChrgBr", "SLEV");
  for (const PaymentView& p : b.payments) {
    transaction(x, p);
    x.maybe_flush();
  }
  x.close("PmtInf");
  x.close("CstmrCdtTrfInitn");
  x.dedent();
  x.line("</Document>");
  chunks.flush();
}

}  // namespace minipilot
