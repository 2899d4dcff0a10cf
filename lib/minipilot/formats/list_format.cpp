// Renderers of the list reports.
#include "minipilot/formats/list_format.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minipilot/core/json.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

namespace {

void write_filter(JsonWriter& j, const PilotFilter& f, bool with_status) {
  j.key("filter").begin_object();
  j.key("year");
  f.year ? j.value(f.year) : j.null();
  j.key("area").string_or_null(f.area);
  if (with_status) j.key("status").string_or_null(f.status ? to_string(*f.status) : "");
  j.key("from").string_or_null(f.from ? format_date(*f.from) : "");
  j.key("to").string_or_null(f.to ? format_date(*f.to) : "");
  j.end_object();
}

std::string day(const std::string& timestamp) { return timestamp.substr(0, 10); }

std::string area_name(const Config& config, const std::string& id) {
  const Area* a = config.find_area(id);
  return a && !a->name.empty() ? a->name : id;
}

std::string period(const OutcomeRow& r) {
  if (r.start_date.empty() && r.end_date.empty()) return "";
  return r.start_date + "–" + r.end_date;
}

}  // namespace

std::string filter_text(const PilotFilter& f, std::string_view dates) {
  std::vector<std::string> parts;
  if (f.year) parts.push_back(std::to_string(f.year));
  if (!f.area.empty()) parts.push_back("area " + f.area);
  if (f.status) parts.push_back(fmt::format("status {}", to_string(*f.status)));
  if (f.from && f.to)
    parts.push_back(fmt::format("{} {} to {}", dates, format_date(*f.from), format_date(*f.to)));
  else if (f.from)
    parts.push_back(fmt::format("{} from {}", dates, format_date(*f.from)));
  else if (f.to)
    parts.push_back(fmt::format("{} until {}", dates, format_date(*f.to)));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string pilots_json(const PilotFilter& filter, const std::vector<PilotRow>& rows, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object();
  write_filter(j, filter, true);
  j.key("count").value(static_cast<int64_t>(rows.size()));
  j.key("pilots").begin_array();
  for (const PilotRow& r : rows) {
    j.begin_object().key("id").value(r.id).key("title").value(r.title).key("area").value(r.area);
    j.key("status").value(r.status).key("on_hold").value(r.on_hold);
    j.key("applicant_name").value(r.applicant_name).key("applicant_type").value(r.applicant_type);
    j.key("submitted_at").value(r.submitted_at).key("decided_at").string_or_null(r.decided_at);
    j.key("grant_cents");
    r.grant ? j.value(r.grant->value) : j.null();
    j.key("batch_id").string_or_null(r.batch_id).key("outcome").string_or_null(r.outcome);
    j.end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

Document pilots_document(const PilotFilter& filter, const std::vector<PilotRow>& rows) {
  const std::string narrowed = filter_text(filter, "applied");
  Document d{narrowed.empty() ? "Pilots" : "Pilots — " + narrowed, {}};
  Section s{fmt::format("{} pilot{}", rows.size(), rows.size() == 1 ? "" : "s"),
            {"ID", "Status", "Area", "Applicant", "Title", "Applied", "Decided", "Grant"},
            {},
            {Col::text, Col::text, Col::text, Col::text, Col::text, Col::text, Col::text, Col::money}};
  s.rows.reserve(rows.size());
  for (const PilotRow& r : rows) {
    s.rows.push_back({r.id, r.on_hold ? "on hold" : r.status, r.area, or_erased(r.applicant_name), r.title,
                      day(r.submitted_at), day(r.decided_at), r.grant ? format_money(*r.grant) : ""});
  }
  d.sections.push_back(std::move(s));
  return d;
}

std::string outcomes_json(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                          const Config& config, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object().key("public").value(for_public);
  write_filter(j, filter, false);
  j.key("count").value(static_cast<int64_t>(rows.size()));
  j.key("groups").begin_array();
  for (size_t i = 0; i < rows.size();) {
    size_t end = i;
    while (end < rows.size() && rows[end].area == rows[i].area && rows[end].outcome == rows[i].outcome) ++end;
    j.begin_object().key("area").value(rows[i].area).key("area_name").value(area_name(config, rows[i].area));
    j.key("outcome").value(rows[i].outcome).key("count").value(static_cast<int64_t>(end - i));
    j.key("pilots").begin_array();
    for (; i < end; ++i) {
      const OutcomeRow& r = rows[i];
      j.begin_object().key("id").value(r.id).key("title").value(r.title);
      if (!for_public) j.key("applicant_name").value(r.applicant_name);
      j.key("start_date").string_or_null(r.start_date).key("end_date").string_or_null(r.end_date);
      j.key("completed_at").value(r.completed_at).key("participants");
      r.participants ? j.value(*r.participants) : j.null();
      j.key("summary").value(r.summary).key("lessons").value(r.lessons);
      j.end_object();
    }
    j.end_array().end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

Document outcomes_document(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                           const Config& config) {
  const std::string narrowed = filter_text(filter, "completed");
  Document d{
      fmt::format("{} — what the pilots taught{}", config.program_name, narrowed.empty() ? "" : " (" + narrowed + ")"),
      {}};
  if (rows.empty()) d.sections.push_back({"No completed pilots", {}, {{"Pilots", "0"}}, {}});
  // One block per pilot, in the catalogue's order (area, outcome): each field
  // on its own line, so that summaries and lessons get the whole width.
  for (const OutcomeRow& r : rows) {
    Section s{fmt::format("{} · {} · {} {}", area_name(config, r.area), r.outcome, r.id, r.title), {}, {}, {}};
    if (!for_public) s.rows.push_back({"Applicant", or_erased(r.applicant_name)});
    if (const std::string p = period(r); !p.empty()) s.rows.push_back({"Period", p});
    s.rows.push_back({"Completed", day(r.completed_at)});
    if (r.participants) s.rows.push_back({"Participants", std::to_string(*r.participants)});
    s.rows.push_back({"Summary", r.summary});
    s.rows.push_back({"Lessons", r.lessons});
    d.sections.push_back(std::move(s));
  }
  return d;
}

}  // namespace minipilot
