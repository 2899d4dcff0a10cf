// The workbook through libxlsxwriter, which writes only to a file: a temporary one, streamed on and removed.
#include "minipilot/formats/payment_xlsx.h"

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "minipilot/core/error.h"
#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/time.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

namespace {

// A temporary file's path, removed when this goes out of scope.
class TempPath {
 public:
  TempPath() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/minipilot-xlsx-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
      throw Error(ErrorKind::busy, trf("cannot make a temporary file for the workbook: {}", std::strerror(errno)),
                  tr("check that TMPDIR (or /tmp) is writable"));
    ::close(fd);
    path_ = pattern;
  }
  ~TempPath() {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  const std::string& str() const { return path_; }

 private:
  std::string path_;
};

void check(lxw_error e) {
  if (e != LXW_NO_ERROR)
    throw Error(ErrorKind::busy, trf("cannot write the workbook: {}", lxw_strerror(e)),
                tr("check that TMPDIR (or /tmp) has space"));
}

lxw_datetime date_cell(const std::string& iso) {
  const Checked<Date> d = parse_date(iso);
  const CivilDate c = civil(d.ok() ? d.value : Date{});
  return lxw_datetime{c.year, static_cast<int>(c.month), static_cast<int>(c.day), 0, 0, 0.0};
}

class Workbook {
 public:
  explicit Workbook(const std::string& path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go to disk as they are written: 100,000 payments in a few MB
    wb_ = workbook_new_opt(path.c_str(), &options);
    if (!wb_)
      throw Error(ErrorKind::busy, tr("cannot start the workbook"), tr("check that TMPDIR (or /tmp) is writable"));
  }
  ~Workbook() {
    if (wb_) workbook_close(wb_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  lxw_workbook* get() { return wb_; }
  void close() {
    lxw_workbook* wb = wb_;
    wb_ = nullptr;
    check(workbook_close(wb));
  }

 private:
  lxw_workbook* wb_ = nullptr;
};

void payments_sheet(lxw_workbook* wb, const BatchView& b, lxw_format* bold) {
  // The same names and labels in every language, as the CSV's header: a payment file is not translated (spec §4).
  lxw_worksheet* ws = workbook_add_worksheet(wb, "payments");
  if (!ws) throw Error(ErrorKind::internal, "libxlsxwriter refused the sheet 'payments'");
  lxw_format* amount = workbook_add_format(wb);
  format_set_num_format_index(amount, 2);  // 0.00, with the reader's decimal separator
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format_index(date, 14);  // the reader's short date
  constexpr const char* kHeader[] = {"batch_id", "pilot_id", "payee_name",     "iban",   "bic",
                                     "amount",   "currency", "execution_date", "message"};
  constexpr double kWidth[] = {13, 14, 30, 24, 12, 10, 9, 14, 60};
  for (lxw_col_t c = 0; c < 9; ++c) {
    check(worksheet_set_column(ws, c, c, kWidth[c], nullptr));
    check(worksheet_write_string(ws, 0, c, kHeader[c], bold));
  }
  worksheet_freeze_panes(ws, 1, 0);
  const lxw_datetime exec = date_cell(b.execution_date);
  lxw_row_t r = 1;
  for (const PaymentView& p : b.payments) {
    check(worksheet_write_string(ws, r, 0, b.id.c_str(), nullptr));
    check(worksheet_write_string(ws, r, 1, p.pilot_id.c_str(), nullptr));
    check(worksheet_write_string(ws, r, 2, p.payee_name.c_str(), nullptr));
    check(worksheet_write_string(ws, r, 3, iban_print_form(p.iban).c_str(), nullptr));
    if (!p.bic.empty()) check(worksheet_write_string(ws, r, 4, p.bic.c_str(), nullptr));
    // Cents to euros: exact for every amount a grant can have (below 2^53 cents).
    check(worksheet_write_number(ws, r, 5, static_cast<double>(p.amount.value) / 100.0, amount));
    check(worksheet_write_string(ws, r, 6, "EUR", nullptr));
    check(worksheet_write_datetime(ws, r, 7, const_cast<lxw_datetime*>(&exec), date));
    check(worksheet_write_string(ws, r, 8, p.message.c_str(), nullptr));
    ++r;
  }
}

void summary_sheet(lxw_workbook* wb, const BatchView& b, const ChainHead& head, lxw_format* bold) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "summary");
  if (!ws) throw Error(ErrorKind::internal, "libxlsxwriter refused the sheet 'summary'");
  lxw_format* amount = workbook_add_format(wb);
  format_set_num_format_index(amount, 4);  // #,##0.00
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format_index(date, 14);
  check(worksheet_set_column(ws, 0, 0, 22, nullptr));
  check(worksheet_set_column(ws, 1, 1, 80, nullptr));
  lxw_row_t r = 0;
  const auto text = [&](const std::string& label, const std::string& value) {
    check(worksheet_write_string(ws, r, 0, label.c_str(), bold));
    if (!value.empty()) check(worksheet_write_string(ws, r, 1, value.c_str(), nullptr));
    ++r;
  };
  text("batch_id", b.id);
  text("state", b.state);
  check(worksheet_write_string(ws, r, 0, "execution_date", bold));
  const lxw_datetime exec = date_cell(b.execution_date);
  check(worksheet_write_datetime(ws, r++, 1, const_cast<lxw_datetime*>(&exec), date));
  text("created_at", b.created_at);
  text("created_by", b.created_by);
  if (!b.confirmed_by.empty()) {
    text("confirmed_at", b.confirmed_at);
    text("confirmed_by", b.confirmed_by);
  }
  check(worksheet_write_string(ws, r, 0, "count", bold));
  check(worksheet_write_number(ws, r++, 1, static_cast<double>(b.payments.size()), nullptr));
  check(worksheet_write_string(ws, r, 0, "total", bold));
  check(worksheet_write_number(ws, r++, 1, static_cast<double>(b.total().value) / 100.0, amount));
  text("currency", "EUR");
  text("chain_head", fmt::format("{}:{}", head.seq, head.hash));
}

}  // namespace

void write_payment_xlsx(const BatchView& b, const ChainHead& head, const Sink& sink) {
  const TempPath tmp;
  {
    Workbook wb(tmp.str());
    lxw_doc_properties props{};
    std::string title = "minipilot " + b.id;
    props.title = title.data();
    // The creation time is the batch's: the document's properties do not change with the day of an export.
    const Checked<Timestamp> made = parse_timestamp(b.created_at);
    props.created = static_cast<time_t>(made.ok() ? made.value.seconds : 0);
    check(workbook_set_properties(wb.get(), &props));
    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    payments_sheet(wb.get(), b, bold);
    summary_sheet(wb.get(), b, head, bold);
    wb.close();
  }
  std::ifstream in(tmp.str(), std::ios::binary);
  if (!in.is_open()) throw Error(ErrorKind::busy, tr("cannot read the workbook back from its temporary file"));
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    sink(std::string_view(buffer, static_cast<size_t>(in.gcount())));
    if (!in) break;
  }
  if (in.bad()) throw Error(ErrorKind::busy, tr("cannot read the workbook back from its temporary file"));
}

}  // namespace minipilot
