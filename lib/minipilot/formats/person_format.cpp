// The right of access in two forms: raw columns for scripts, labelled values for the person.
#include "minipilot/formats/person_format.h"

#include <fmt/format.h>

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

// "submitted_at" -> "Submitted at", "grant_cents" -> "Grant (EUR)".
std::string label(const std::string& column) {
  std::string out = is_money(column) ? column.substr(0, column.size() - 6) + " (EUR)" : column;
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  if (out == "Iban") return "IBAN";
  if (out == "Bic") return "BIC";
  return out;
}

std::string value(const Cell& c) {
  if (c.kind == Cell::Kind::null) return "-";
  if (c.kind == Cell::Kind::integer)
    return is_money(c.column) ? format_money(Cents{c.integer}) : std::to_string(c.integer);
  return c.text.empty() ? "-" : c.text;
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
  Document d{fmt::format("Personal data held about {}", name == "-" ? "an applicant (name erased)" : name), {}};
  d.sections.push_back({"About this copy",
                        {},
                        {{"Held by", program_name},
                         {"Exported at", format_timestamp(exported_at)},
                         {"Applicant records", std::to_string(person.size())},
                         {"Why", "Your right of access (GDPR, article 15): every value stored about you."}},
                        {}});
  for (const PersonRecord& p : person) {
    const std::string number = cell(p.applicant, "id");
    d.sections.push_back(pairs("Applicant " + number, p.applicant));
    for (const Row& pilot : p.pilots) d.sections.push_back(pairs("Application " + cell(pilot, "id"), pilot));
    if (!p.changes.empty()) d.sections.push_back(table("Corrections to applicant " + number, p.changes));
    for (const Row& pay : p.payments)
      d.sections.push_back(
          pairs(fmt::format("Payment of {} in {}", cell(pay, "pilot_id"), cell(pay, "batch_id")), pay));
  }
  return d;
}

}  // namespace minipilot
