// Erasure renderers: the JSON keys are the contract (docs/cli.md), the labels are for people.
#include "minipilot/formats/erase_format.h"

#include <fmt/format.h>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"

namespace minipilot {

namespace {

void write_erasure(JsonWriter& j, const Erasure& e) {
  j.begin_object().key("applicant_id").value(e.applicant_id).key("pilots").begin_array();
  for (const std::string& p : e.pilots) j.value(p);
  j.end_array().key("erased").begin_array();
  for (const std::string& f : e.erased) j.value(f);
  j.end_array().key("payments_erased").begin_array();
  for (const std::string& b : e.batches) j.value(b);
  j.end_array().key("kept").begin_array();
  for (const Retained& k : e.kept) {
    j.begin_object().key("what").value(k.what).key("why").value(k.why).key("until");
    if (k.until)
      j.value(format_date(*k.until));
    else
      j.null();
    j.end_object();
  }
  j.end_array().end_object();
}

std::string what_erased(const Erasure& e) {
  std::vector<std::string> parts;
  for (const std::string& f : e.erased) parts.push_back(erased_label(f));
  if (!e.batches.empty()) parts.push_back(trf("payee details paid in {}", fmt::join(e.batches, ", ")));
  return fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace

std::string erased_label(std::string_view field) {
  // TRANSLATORS: the kinds of personal data an erasure removes, listed one per row or after "erased".
  if (field == "email") return tr("e-mail address");
  if (field == "phone") return tr("phone number");
  if (field == "free_text") return tr("description, outcome summary and lessons");
  if (field == "amended_contact_details") return tr("earlier e-mail addresses, phone numbers and descriptions");
  // TRANSLATORS: the applicant's name, as a kind of data erased.
  if (field == "name") return tr("name");
  if (field == "iban") return tr("IBAN");
  if (field == "bic") return tr("BIC");
  if (field == "business_id") return tr("business ID");
  // TRANSLATORS: the account holder's name, when not the applicant, as a kind of data erased.
  if (field == "payee_name") return tr("payee name");
  if (field == "amended_payee_details") return tr("earlier names, payee names, IBANs, BICs and business IDs");
  return std::string(field);
}

std::string erasure_json(const std::vector<Erasure>& person) {
  JsonWriter j(2);
  j.begin_object().key("applicants").begin_array();
  for (const Erasure& e : person) write_erasure(j, e);
  j.end_array().end_object();
  return j.str() + "\n";
}

Document erasure_document(const std::vector<Erasure>& person) {
  std::vector<std::string> who;
  bool changed = false, kept = false;
  for (const Erasure& e : person) {
    who.push_back(fmt::format("{} ({})", e.applicant_id, fmt::join(e.pilots, ", ")));
    changed = changed || e.changed();
    kept = kept || !e.kept.empty();
  }
  const std::string records = fmt::format("{}", fmt::join(who, ", "));
  const size_t n = person.size();
  std::string title;
  if (!changed)
    // TRANSLATORS: {} is the applicant's number with their pilots: "12 (MP-2026-0001, MP-2026-0004)".
    title = trnf("Applicant {}: nothing left to erase now", "Applicants {}: nothing left to erase now", n, records);
  else if (!kept)
    title = trnf("Applicant {}: all personal data erased", "Applicants {}: all personal data erased", n, records);
  else
    title =
        trnf("Applicant {}: erased what may be erased now", "Applicants {}: erased what may be erased now", n, records);
  Document d{title, {}};
  const bool several = person.size() > 1;
  for (const Erasure& e : person) {
    Section now{several ? trf("Erased now (applicant {})", e.applicant_id) : tr("Erased now"), {tr("Data")}, {}, {}};
    for (const std::string& f : e.erased) now.rows.push_back({erased_label(f)});
    for (const std::string& b : e.batches) now.rows.push_back({trf("payee details of the payment in {}", b)});
    if (now.rows.empty()) now.rows.push_back({tr("nothing (already erased, or never given)")});
    d.sections.push_back(std::move(now));
    if (e.kept.empty()) continue;
    Section k{several ? trf("Kept (applicant {})", e.applicant_id) : tr("Kept"),
              {tr("Data"), tr("Why"), tr("Until")},
              {},
              {}};
    for (const Retained& r : e.kept)
      // TRANSLATORS: in the "Until" column: kept for as long as the pilot is open.
      k.rows.push_back({r.what, r.why, r.until ? date_text(*r.until) : tr("while it is open")});
    d.sections.push_back(std::move(k));
  }
  return d;
}

std::string purge_json(const Purge& p, bool dry_run) {
  JsonWriter j(2);
  j.begin_object().key("dry_run").value(dry_run).key("through_year").value(p.through_year);
  j.key("count").value(static_cast<int64_t>(p.erased.size())).key("applicants").begin_array();
  for (const Erasure& e : p.erased) write_erasure(j, e);
  j.end_array().end_object();
  return j.str() + "\n";
}

Document purge_document(const Purge& p, bool dry_run) {
  const size_t n = p.erased.size();
  Document d{dry_run ? trnf("Purge, dry run: would erase {} applicant whose retention ended (paid or closed in {} or "
                            "before)",
                            "Purge, dry run: would erase {} applicants whose retention ended (paid or closed in {} "
                            "or before)",
                            n, n, p.through_year)
                     : trnf("Purge: erased {} applicant whose retention ended (paid or closed in {} or before)",
                            "Purge: erased {} applicants whose retention ended (paid or closed in {} or before)", n, n,
                            p.through_year),
             {}};
  Section s{tr("Applicants"), {tr("Applicant"), tr("Pilots"), tr("Erased")}, {}, {Col::number, Col::text, Col::text}};
  for (const Erasure& e : p.erased)
    s.rows.push_back({std::to_string(e.applicant_id), fmt::format("{}", fmt::join(e.pilots, ", ")), what_erased(e)});
  if (!s.rows.empty()) d.sections.push_back(std::move(s));
  return d;
}

}  // namespace minipilot
