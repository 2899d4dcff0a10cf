// Batch renderers.
#include "minipilot/formats/batch_format.h"

#include <fmt/format.h>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/bank_reasons.h"
#include "minipilot/formats/chain_format.h"
#include "minipilot/validate/bank.h"

namespace minipilot {

namespace {

void write_batch(JsonWriter& j, const BatchView& b, bool dry_run) {
  j.key("batch_id").value(b.id).key("state").value(dry_run ? "would_pay" : b.state);
  j.key("execution_date").value(b.execution_date).key("created_at").value(b.created_at);
  j.key("created_by").value(b.created_by).key("confirmed_at").string_or_null(b.confirmed_at);
  j.key("confirmed_by").string_or_null(b.confirmed_by).key("voided_at").string_or_null(b.voided_at);
  j.key("void_reason").string_or_null(b.void_reason);
  j.key("count").value(static_cast<int64_t>(b.payments.size()));
  j.key("total_cents").value(b.total().value);
  j.key("paid_cents").value(dry_run ? 0 : b.paid().value);
  j.key("payments").begin_array();
  for (const PaymentView& p : b.payments) {
    j.begin_object().key("pilot_id").value(p.pilot_id).key("payee_name").value(p.payee_name);
    j.key("iban").value(p.iban).key("bic").string_or_null(p.bic);
    j.key("amount_cents").value(p.amount.value).key("state").value(dry_run ? "would_pay" : payment_state(b, p));
    j.key("confirmed_at").string_or_null(p.confirmed_at);
    j.key("returned_at").string_or_null(p.returned_at).key("return_reason").string_or_null(p.return_reason);
    j.key("return_code").string_or_null(p.return_code);
    j.end_object();
  }
  j.end_array();
}

// A payment's state for people: a return with the bank's reason, "voided" in a voided batch.
std::string payment_state_words(const BatchView& b, const PaymentView& p, bool dry_run) {
  // TRANSLATORS: the state of one payment in a dry run of disburse: nothing was sent.
  if (dry_run) return tr("would pay");
  // A reason typed in by hand has no code: the summary is then that text alone.
  if (p.state == "returned") return trf("returned: {}", bank_reason_summary(p.return_code, p.return_reason));
  return state_text(payment_state(b, p));
}

std::string batch_state_words(const BatchView& b, bool dry_run) {
  // TRANSLATORS: the state of a batch in a dry run of disburse.
  if (dry_run) return tr("would pay: nothing was recorded or written");
  if (b.state == "voided") return b.void_reason.empty() ? state_text(b.state) : trf("voided: {}", b.void_reason);
  if (b.state == "prepared")
    // TRANSLATORS: a prepared batch under batch approval.
    return tr("prepared: another finance user confirms it before its files are written");
  // TRANSLATORS: an exported batch and who confirmed it, when (a user id and a time).
  if (!b.confirmed_by.empty()) return trf("exported, confirmed by {} {}", b.confirmed_by, time_shown(b.confirmed_at));
  return state_text(b.state);
}

// People read a batch's first payments; the files and --format json have them all.
constexpr size_t kPaymentsShown = 50;

Section payments_section(const BatchView& b, const std::string& title, bool dry_run) {
  Section s{title,
            {tr("Pilot"), tr("Payee"), tr("IBAN"), tr("Amount"), tr("State")},
            {},
            {Col::text, Col::text, Col::text, Col::money, Col::text}};
  for (const PaymentView& p : b.payments) {
    if (s.rows.size() == kPaymentsShown) {
      s.rows.push_back({trf("… and {} more", b.payments.size() - kPaymentsShown), "", "", "", ""});
      break;
    }
    s.rows.push_back({p.pilot_id, or_erased(p.payee_name), or_erased(iban_print_form(p.iban)), format_money(p.amount),
                      payment_state_words(b, p, dry_run)});
  }
  return s;
}

}  // namespace

std::string batch_json(const BatchView& b, bool dry_run, const ChainHead* head,
                       const std::vector<LeftOutRow>& left_out) {
  JsonWriter j(2);
  j.begin_object().key("dry_run").value(dry_run);
  write_batch(j, b, dry_run);
  j.key("left_out").begin_array();
  for (const LeftOutRow& l : left_out)
    j.begin_object()
        .key("pilot_id")
        .value(l.pilot_id)
        .key("why")
        .value(l.why)
        .key("reason")
        .value(l.reason)
        .end_object();
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

Document batch_document(const BatchView& b, bool dry_run, const ChainHead* head) {
  // TRANSLATORS: when and by whom (a user id): "2026-03-12T09:00:00Z by pirjo".
  const std::string made = trf("{} by {}", time_shown(b.created_at), b.created_by);
  Document d{
      dry_run ? trf("Dry run: batch {} would pay (nothing was recorded or written)", b.id) : trf("Batch {}", b.id), {}};
  d.sections.push_back({tr("Batch"),
                        {},
                        {{tr("Payments"), std::to_string(b.payments.size())},
                         {tr("Total"), money_text(b.total())},
                         {tr("Execution date"), date_shown(b.execution_date)},
                         {tr("Made"), made},
                         {tr("State"), batch_state_words(b, dry_run)}},
                        {}});
  if (head) d.sections.back().rows.push_back({tr("Chain head"), chain_head_text(*head)});
  d.sections.push_back(payments_section(b, tr("Payments"), dry_run));
  return d;
}

std::string batches_json(const std::vector<BatchView>& batches, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object().key("batches").begin_array();
  for (const BatchView& b : batches) {
    j.begin_object();
    write_batch(j, b, false);
    j.end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

Document batches_document(const std::vector<BatchView>& batches) {
  Document d{tr("Payment batches"), {}};
  Section all{tr("Batches"),
              {tr("Batch"), tr("State"), tr("Execution"), tr("Made by"), tr("Payments"), tr("Total")},
              {},
              {Col::text, Col::text, Col::text, Col::text, Col::number, Col::money}};
  for (const BatchView& b : batches)
    all.rows.push_back({b.id, batch_state_words(b, false), date_shown(b.execution_date), b.created_by,
                        std::to_string(b.payments.size()), format_money(b.total())});
  d.sections.push_back(std::move(all));
  for (const BatchView& b : batches) d.sections.push_back(payments_section(b, b.id, false));
  return d;
}

std::string payees_json(const std::vector<PayeeTotal>& rows, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object().key("payees").begin_array();
  for (const PayeeTotal& r : rows) {
    j.begin_object().key("year").value(r.year).key("payee_name").value(r.payee_name);
    j.key("business_id").string_or_null(r.business_id).key("iban").value(r.iban).key("ibans").begin_array();
    for (const std::string& i : r.ibans) j.value(i);
    j.end_array().key("shared_iban").value(r.shared_iban);
    j.key("payments").value(r.payments).key("total_cents").value(r.total.value).end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

Document payees_document(const std::vector<PayeeTotal>& rows) {
  Section s{tr("Payees"),
            {tr("Year"), tr("Payee"), tr("Business ID"), tr("IBAN"), tr("Payments"), tr("Total"), tr("Note")},
            {},
            {Col::number, Col::text, Col::text, Col::text, Col::number, Col::money, Col::text}};
  for (const PayeeTotal& r : rows) {
    std::string ibans;
    for (const std::string& i : r.ibans) ibans += (ibans.empty() ? "" : ", ") + or_erased(iban_print_form(i));
    s.rows.push_back({std::to_string(r.year), or_erased(r.payee_name), r.business_id, ibans, std::to_string(r.payments),
                      format_money(r.total),
                      // TRANSLATORS: a mark in the payees report: another payee (another name or business ID) is paid
                      // to the same account. Short: a column of a table.
                      r.shared_iban ? tr("shared IBAN") : ""});
  }
  return Document{tr("Payments per payee and year"), {std::move(s)}};
}

}  // namespace minipilot
