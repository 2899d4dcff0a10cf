// Reconciliation renderers.
#include "minipilot/formats/reconcile_format.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/domain/bank_reasons.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

namespace {

const char* outcome_key(ReconciledFile::Outcome o) {
  switch (o) {
    case ReconciledFile::Outcome::read_before:
      return "read_before";
    case ReconciledFile::Outcome::duplicate:
      return "duplicate";
    case ReconciledFile::Outcome::given_twice:
      return "given_twice";
    case ReconciledFile::Outcome::read:
      break;
  }
  return "read";
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// What one file did, in a sentence.
std::string file_words(const ReconciledFile& f) {
  switch (f.outcome) {
    case ReconciledFile::Outcome::read_before:
      // TRANSLATORS: a bank file read a second time: when and by whom (a user id) it was read first.
      return trf("read before, {} by {}: nothing changed", time_shown(f.read_at), f.read_by);
    case ReconciledFile::Outcome::given_twice:
      return tr("given twice in this command: read once");
    case ReconciledFile::Outcome::duplicate:
      // TRANSLATORS: the bank refused a payment file as a duplicate (reason code DU01).
      return tr(
          "the bank refused the upload as a duplicate (DU01): it holds that payment file already; no "
          "payment changed");
    case ReconciledFile::Outcome::read:
      break;
  }
  std::string words = trnf("{} returned", "{} returned", static_cast<unsigned long>(f.returned), f.returned) + ", " +
                      trnf("{} confirmed", "{} confirmed", static_cast<unsigned long>(f.confirmed), f.confirmed);
  if (f.unchanged > 0)
    // TRANSLATORS: statuses in a bank file that were recorded already.
    words += ", " + trnf("{} known already", "{} known already", static_cast<unsigned long>(f.unchanged), f.unchanged);
  if (f.foreign > 0)
    // TRANSLATORS: entries of a bank notification about the account's other transactions, not about minipilot's.
    words += ", " + trnf("{} other transaction left alone", "{} other transactions left alone",
                         static_cast<unsigned long>(f.foreign), f.foreign);
  return words;
}

}  // namespace

std::string reconciliation_json(const Reconciliation& r) {
  JsonWriter j(2);
  j.begin_object().key("files").begin_array();
  for (const ReconciledFile& f : r.files) {
    j.begin_object().key("file").value(f.name).key("message").value(f.kind).key("message_id").value(f.message_id);
    j.key("batches").begin_array();
    for (const std::string& b : f.batches) j.value(b);
    j.end_array();
    j.key("outcome").value(outcome_key(f.outcome));
    j.key("read_at").string_or_null(f.read_at).key("read_by").string_or_null(f.read_by);
    j.key("returned").value(f.returned).key("confirmed").value(f.confirmed);
    j.key("unchanged").value(f.unchanged).key("foreign").value(f.foreign);
    j.end_object();
  }
  j.end_array().key("payments").begin_array();
  for (const ReconciledPayment& p : r.payments) {
    j.begin_object().key("file").value(p.file).key("pilot_id").value(p.pilot_id).key("batch_id").value(p.batch_id);
    j.key("state").value(p.returned ? "returned" : "confirmed");
    j.key("code").string_or_null(p.code);
    const std::string meaning = bank_reason_text(p.code);
    j.key("reason").string_or_null(meaning).key("bank_text").string_or_null(p.text);
    j.end_object();
  }
  j.end_array().key("changed").value(r.changed());
  write_chain_head(j, r.chain_head);
  j.end_object();
  return j.str() + "\n";
}

Document reconciliation_document(const Reconciliation& r) {
  // TRANSLATORS: the title of what disburse reconcile did.
  Document d{tr("The bank's feedback"), {}};
  Section files{tr("Files"),
                {tr("File"), tr("Message type"), tr("Batch"), tr("What it did")},
                {},
                {Col::text, Col::text, Col::text, Col::text}};
  for (const ReconciledFile& f : r.files) files.rows.push_back({f.name, f.kind, joined(f.batches), file_words(f)});
  d.sections.push_back(std::move(files));
  if (!r.payments.empty()) {
    Section changed{tr("Payments changed"),
                    {tr("Pilot"), tr("Batch"), tr("State"), tr("The bank's reason")},
                    {},
                    {Col::text, Col::text, Col::text, Col::text}};
    for (const ReconciledPayment& p : r.payments)
      changed.rows.push_back({p.pilot_id, p.batch_id,
                              p.returned ? tr("returned: approved and unpaid again") : state_text("confirmed"),
                              p.returned ? bank_reason_summary(p.code, p.text) : ""});
    d.sections.push_back(std::move(changed));
  }
  d.lead = r.changed() == 0 ? tr("Nothing changed.")
                            : trnf("{} payment changed.", "{} payments changed.",
                                   static_cast<unsigned long>(r.changed()), r.changed());
  d.footer = chain_head_footer(r.chain_head);
  return d;
}

}  // namespace minipilot
