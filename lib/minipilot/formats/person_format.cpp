// The right of access in two forms: raw columns for scripts, labelled values for the person.
#include "minipilot/formats/person_format.h"

#include <fmt/format.h>

#include <array>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/core/money.h"

namespace minipilot {

namespace {

void write_row(JsonWriter& j, const Row& r) {
  j.begin_object();
  for (const Cell& c : r) {
    j.key(c.column);
    if (c.kind == Cell::Kind::null)
      j.null();
    else if (c.kind == Cell::Kind::integer)
      j.value(c.integer);
    else
      j.value(c.text);
  }
  j.end_object();
}

void write_rows(JsonWriter& j, std::string_view key, const std::vector<Row>& rows) {
  j.key(key).begin_array();
  for (const Row& r : rows) write_row(j, r);
  j.end_array();
}

bool is_money(const std::string& column) {
  return column.size() > 6 && column.compare(column.size() - 6, 6, "_cents") == 0;
}

// The labels of the columns the ledger holds about a person (applicants,
// pilots, applicant_changes, payments), as label() writes them in English.
// TRANSLATORS: the labels of stored values in a person's copy of their data (GDPR right of access).
constexpr std::array kLabels{N_("Id"),
                             N_("Name"),
                             N_("Type"),
                             N_("Email"),
                             N_("Phone"),
                             N_("Business id"),
                             N_("IBAN"),
                             N_("BIC"),
                             N_("Salt"),
                             N_("Year"),
                             N_("Seq"),
                             N_("Title"),
                             N_("Description"),
                             N_("Area"),
                             N_("Applicant id"),
                             N_("Start date"),
                             N_("End date"),
                             N_("Status"),
                             N_("Match key"),
                             N_("Submitted at"),
                             N_("Submitted by"),
                             N_("Decided at"),
                             N_("Decided by"),
                             N_("Decision note"),
                             N_("Grant (EUR)"),
                             N_("Approved year"),
                             N_("Closed at"),
                             N_("Closed reason"),
                             N_("Outcome"),
                             N_("Participants"),
                             N_("Outcome summary"),
                             N_("Lessons"),
                             N_("Completed at"),
                             N_("Hold reason"),
                             N_("Iban set by"),
                             N_("Month"),
                             N_("Field"),
                             N_("Old value"),
                             N_("New value"),
                             N_("Batch id"),
                             N_("Pilot id"),
                             N_("Payee name"),
                             N_("Amount (EUR)"),
                             N_("Message"),
                             N_("State"),
                             N_("Live"),
                             N_("Returned at"),
                             N_("Returned by"),
                             N_("Return reason"),
                             N_("Execution date")};

// "submitted_at" -> "Submitted at", "grant_cents" -> "Grant (EUR)", in the
// chosen language when the column is one of kLabels.
std::string label(const std::string& column) {
  std::string out = is_money(column) ? column.substr(0, column.size() - 6) + " (EUR)" : column;
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  if (out == "Iban") out = "IBAN";
  if (out == "Bic") out = "BIC";
  for (const char* known : kLabels)
    if (out == known) return tr(known);
  return out;
}

bool ends_with(const std::string& s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// A stored value as the person reads it: amounts in euros, times and dates,
// statuses, applicant types, outcomes and payment states in the chosen
// language; everything else as stored.
std::string value(const Cell& c) {
  if (c.kind == Cell::Kind::null) return "-";
  if (c.kind == Cell::Kind::integer)
    return is_money(c.column) ? money_number(Cents{c.integer}) : std::to_string(c.integer);
  if (c.text.empty()) return "-";
  if (ends_with(c.column, "_at")) return time_shown(c.text);
  if (ends_with(c.column, "_date")) return date_shown(c.text);
  if (c.column == "status") return status_text(c.text);
  if (c.column == "type") return applicant_type_text(c.text);
  if (c.column == "outcome") return outcome_text(c.text);
  if (c.column == "state") return state_text(c.text);
  return c.text;
}

std::string cell(const Row& r, const char* column) {
  for (const Cell& c : r)
    if (c.column == column) return value(c);
  return "-";
}

Section pairs(std::string title, const Row& r) {
  Section s{std::move(title), {}, {}, {}};
  for (const Cell& c : r) s.rows.push_back({label(c.column), value(c)});
  return s;
}

Section table(std::string title, const std::vector<Row>& rows) {
  Section s{std::move(title), {}, {}, {}};
  for (const Cell& c : rows.front()) s.columns.push_back(label(c.column));
  for (const Row& r : rows) {
    std::vector<std::string> line;
    for (const Cell& c : r) line.push_back(value(c));
    s.rows.push_back(std::move(line));
  }
  return s;
}

}  // namespace

std::string person_json(const std::vector<PersonRecord>& person, Timestamp exported_at) {
  JsonWriter j(2);
  j.begin_object().key("exported_at").value(format_timestamp(exported_at));
  j.key("applicants").begin_array();
  for (const PersonRecord& p : person) {
    j.begin_object().key("applicant");
    write_row(j, p.applicant);
    write_rows(j, "pilots", p.pilots);
    write_rows(j, "amendments", p.changes);
    write_rows(j, "payments", p.payments);
    j.end_object();
  }
  j.end_array().end_object();
  return j.str() + "\n";
}

Document person_document(const std::vector<PersonRecord>& person, Timestamp exported_at,
                         const std::string& program_name) {
  const std::string name = person.empty() ? "" : cell(person.front().applicant, "name");
  Document d{name == "-" ? tr("Personal data held about an applicant (name erased)")
                         : trf("Personal data held about {}", name),
             {}};
  d.sections.push_back({tr("About this copy"),
                        {},
                        {{tr("Held by"), program_name},
                         {tr("Exported at"), time_text(exported_at)},
                         {tr("Applicant records"), std::to_string(person.size())},
                         {tr("Why"), tr("Your right of access (GDPR, article 15): every value stored about you.")}},
                        {}});
  for (const PersonRecord& p : person) {
    const std::string number = cell(p.applicant, "id");
    d.sections.push_back(pairs(trf("Applicant {}", number), p.applicant));
    for (const Row& pilot : p.pilots) d.sections.push_back(pairs(trf("Application {}", cell(pilot, "id")), pilot));
    if (!p.changes.empty()) d.sections.push_back(table(trf("Corrections to applicant {}", number), p.changes));
    for (const Row& pay : p.payments)
      d.sections.push_back(pairs(trf("Payment of {} in {}", cell(pay, "pilot_id"), cell(pay, "batch_id")), pay));
  }
  return d;
}

}  // namespace minipilot
