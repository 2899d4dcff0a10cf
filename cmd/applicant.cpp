// minipilot applicant export ID|--email ADDR (everything held about one person, as JSON) and erase ID.
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "cmd/commands.h"
#include "minipilot/core/json.h"
#include "minipilot/formats/erase_format.h"
#include "minipilot/ops/decide.h"
#include "minipilot/ops/erase.h"
#include "minipilot/reports/person.h"

namespace minipilot::cli {

namespace {

struct ApplicantArgs {
  std::string id, email, erase_id;
  CLI::App* export_cmd = nullptr;
  CLI::App* erase_cmd = nullptr;
};

// "12" is an applicant's number, anything else one of their pilots (exit 3 if it is not a pilot id).
ApplicantRef applicant_ref(const std::string& id) {
  ApplicantRef who;
  if (!id.empty() && id.size() < 18 && id.find_first_not_of("0123456789") == std::string::npos)
    who.number = std::strtoll(id.c_str(), nullptr, 10);
  else
    who.pilot_id = format_pilot_id(parse_pilot_ids({id}).front());
  return who;
}

void run_erase(Context& ctx, const std::string& id) {
  const Erasure e = erase_applicant(ctx.ops(), applicant_ref(id));
  ctx.show([&] { return erasure_document(e); }, [&] { return erasure_json(e); });
  if (e.kept.empty()) return;
  // The part the law keeps is refused (exit 5); what was erased above stays erased.
  const Retained& k = e.kept.front();
  const char* done = e.changed() ? "the contact details and free text were erased now"
                                 : "nothing else was left to erase now";
  if (k.until)
    throw Error(ErrorKind::conflict,
                fmt::format("applicant {}: the {} must be kept until {}: {}", e.applicant_id, k.what,
                            format_date(*k.until), k.why),
                fmt::format("{}; 'minipilot purge' erases the rest once its retention has ended", done));
  throw Error(ErrorKind::conflict, fmt::format("applicant {}: the {} are kept while {}", e.applicant_id, k.what, k.why),
              fmt::format("{}; withdraw the pilot first to erase them, or erase them once it is paid and its "
                          "retention has ended",
                          done));
}

void write_row(JsonWriter& j, const Row& r) {
  j.begin_object();
  for (const Cell& c : r) {
    j.key(c.column);
    if (c.kind == Cell::Kind::null) j.null();
    else if (c.kind == Cell::Kind::integer) j.value(c.integer);
    else j.value(c.text);
  }
  j.end_object();
}

void write_rows(JsonWriter& j, std::string_view key, const std::vector<Row>& rows) {
  j.key(key).begin_array();
  for (const Row& r : rows) write_row(j, r);
  j.end_array();
}

PersonQuery query_of(const ApplicantArgs& a) {
  if (a.id.empty() == a.email.empty())
    throw Error(ErrorKind::usage, "give either an applicant (a number or a pilot id) or --email, not both",
                "minipilot applicant export 12 | MP-2026-0001 | --email aino@example.fi");
  PersonQuery q;
  if (!a.email.empty()) {
    q.email = a.email;
  } else {
    const ApplicantRef who = applicant_ref(a.id);
    q.applicant_id = who.number;
    q.pilot_id = who.pilot_id;
  }
  return q;
}

}  // namespace

Runner setup_applicant(CLI::App& sub) {
  auto a = std::make_shared<ApplicantArgs>();
  sub.require_subcommand(1, 1);
  a->export_cmd = sub.add_subcommand("export", "everything the ledger holds about one person, as JSON");
  a->export_cmd->add_option("applicant", a->id, "the applicant's number, or one of their pilots (MP-2026-0001)");
  a->export_cmd->add_option("--email", a->email, "every applicant with this e-mail address");
  a->erase_cmd = sub.add_subcommand(
      "erase", "erase a person's contact details and free text now, and the payee details once the law allows");
  a->erase_cmd->add_option("applicant", a->erase_id, "the applicant's number, or one of their pilots (MP-2026-0001)")
      ->required();
  return [a](Context& ctx) {
    if (a->erase_cmd->parsed()) return run_erase(ctx, a->erase_id);
    authorize(ctx.actor(), Permission::admin, ctx.config().areas);
    const std::vector<PersonRecord> people = export_person(ctx.ledger(), query_of(*a));
    JsonWriter j(2);
    j.begin_object().key("exported_at").value(format_timestamp(ctx.clock().now()));
    j.key("applicants").begin_array();
    for (const PersonRecord& p : people) {
      j.begin_object().key("applicant");
      write_row(j, p.applicant);
      write_rows(j, "pilots", p.pilots);
      write_rows(j, "amendments", p.changes);
      write_rows(j, "payments", p.payments);
      j.end_object();
    }
    j.end_array().end_object();
    ctx.print_json(j.str() + "\n");
  };
}

}  // namespace minipilot::cli
