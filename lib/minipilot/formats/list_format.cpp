// Renderers of the list reports.
#include "minipilot/formats/list_format.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/json.h"
#include "minipilot/formats/chain_format.h"

namespace minipilot {

namespace {

// `for_pilots`: the filters that only `report pilots` takes, too.
void write_filter(JsonWriter& j, const PilotFilter& f, bool for_pilots, bool outcomes = false) {
  j.key("filter").begin_object();
  j.key("year");
  f.year ? j.value(f.year) : j.null();
  j.key("area").string_or_null(f.areas.size() == 1 ? f.areas.front() : "");
  j.key("areas").begin_array();
  for (const std::string& a : f.areas) j.value(a);
  j.end_array();
  if (for_pilots) j.key("mine").value(f.mine);
  if (for_pilots) j.key("status").string_or_null(f.on_hold ? "on-hold" : f.status ? to_string(*f.status) : "");
  j.key("from").string_or_null(f.from ? format_date(*f.from) : "");
  j.key("to").string_or_null(f.to ? format_date(*f.to) : "");
  if (for_pilots) j.key("search").string_or_null(f.search).key("applicant").string_or_null(f.applicant);
  if (outcomes) j.key("search").string_or_null(f.search).key("tag").string_or_null(f.tag);
  j.end_object();
}

void write_budget(JsonWriter& j, const YearBudget* b) {
  j.key("budget");
  if (!b) {
    j.null();
    return;
  }
  j.begin_object().key("year").value(b->year).key("budget_cents");
  b->budget ? j.value(b->budget->value) : j.null();
  j.key("committed_cents").value(b->committed.value).key("remaining_cents");
  b->budget ? j.value(b->remaining.value) : j.null();
  j.key("grants_left");
  b->budget ? j.value(b->grants_left) : j.null();
  j.end_object();
}

// "Budget 2026: 1,000.00 € remaining, enough for 2 more grants", or that there is none.
std::string budget_lead(const YearBudget& b) {
  if (!b.budget)
    // TRANSLATORS: above the queue of applications; {} is the year, twice.
    return trf("Budget {}: none configured, so nothing can be approved (add a line for {} under [budget])", b.year,
               b.year);
  const auto n = static_cast<unsigned long>(b.grants_left);
  // TRANSLATORS: above the queue of applications: the year, the money left and how many more grants it pays for.
  return trnf("Budget {}: {} remaining, enough for {} more grant", "Budget {}: {} remaining, enough for {} more grants",
              n, b.year, money_text(b.remaining), count_text(n));
}

std::string period(const OutcomeRow& r) {
  if (r.start_date.empty() && r.end_date.empty()) return "";
  return date_shown(r.start_date) + "–" + date_shown(r.end_date);
}

// The three ways a filter's dates read, whole, for what the dates are of.
struct DateWords {
  const char* both;
  const char* from;
  const char* until;
};

DateWords date_words(std::string_view dates) {
  // TRANSLATORS: a list's filter: the pilots applied for between two dates.
  if (dates == "applied") return {N_("applied {} to {}"), N_("applied from {}"), N_("applied until {}")};
  // TRANSLATORS: a list's filter: the pilots completed between two dates.
  if (dates == "completed") return {N_("completed {} to {}"), N_("completed from {}"), N_("completed until {}")};
  return {nullptr, nullptr, nullptr};
}

}  // namespace

std::string filter_text(const PilotFilter& f, std::string_view dates) {
  std::vector<std::string> parts;
  if (f.year) parts.push_back(std::to_string(f.year));
  const std::string areas = fmt::format("{}", fmt::join(f.areas, ", "));
  // TRANSLATORS: a list's filter: the acting user's own areas (their ids), from --mine.
  if (f.mine) parts.push_back(trf("my areas ({})", areas));
  // TRANSLATORS: a list's filter: one area or several (their ids).
  else if (!f.areas.empty())
    parts.push_back(trnf("area {}", "areas {}", f.areas.size(), areas));
  // TRANSLATORS: a list's filter: one status ("status approved").
  if (f.on_hold)
    parts.push_back(trf("status {}", tr("on hold")));
  else if (f.status)
    parts.push_back(trf("status {}", status_text(*f.status)));
  // TRANSLATORS: a list's filter: a text searched in titles, applicants' names and descriptions.
  if (!f.search.empty()) parts.push_back(trf("search '{}'", f.search));
  // TRANSLATORS: a list's filter: a text searched in applicants' names.
  if (!f.applicant.empty()) parts.push_back(trf("applicant '{}'", f.applicant));
  // TRANSLATORS: a list's filter: one theme of completed pilots.
  if (!f.tag.empty()) parts.push_back(trf("tag '{}'", f.tag));
  const DateWords words = date_words(dates);
  if (f.from && f.to)
    parts.push_back(words.both ? trf(words.both, date_text(*f.from), date_text(*f.to))
                               : fmt::format("{} {} to {}", dates, date_text(*f.from), date_text(*f.to)));
  else if (f.from)
    parts.push_back(words.from ? trf(words.from, date_text(*f.from))
                               : fmt::format("{} from {}", dates, date_text(*f.from)));
  else if (f.to)
    parts.push_back(words.until ? trf(words.until, date_text(*f.to))
                                : fmt::format("{} until {}", dates, date_text(*f.to)));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string pilots_json(const PilotFilter& filter, const std::vector<PilotRow>& rows, const ChainHead* head,
                        const YearBudget* budget) {
  JsonWriter j(2);
  j.begin_object();
  write_filter(j, filter, true);
  write_budget(j, budget);
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

Document pilots_document(const PilotFilter& filter, const std::vector<PilotRow>& rows, const YearBudget* budget) {
  const std::string narrowed = filter_text(filter, "applied");
  // TRANSLATORS: a report's title; {} is its filter ("2026, area keskusta, status approved").
  Document d{!narrowed.empty() ? trf("Pilots — {}", narrowed) : tr("Pilots"), {}};
  if (budget) d.lead = budget_lead(*budget);
  Section s{
      trnf("{} pilot", "{} pilots", rows.size(), rows.size()),
      {tr("ID"), tr("Status"), tr("Area"), tr("Applicant"), tr("Title"), tr("Applied"), tr("Decided"), tr("Grant")},
      {},
      {Col::text, Col::text, Col::text, Col::text, Col::text, Col::text, Col::text, Col::money}};
  s.rows.reserve(rows.size());
  for (const PilotRow& r : rows) {
    // TRANSLATORS: in place of a pilot's status: its payment is held.
    s.rows.push_back({r.id, r.on_hold ? tr("on hold") : status_text(r.status), r.area, or_erased(r.applicant_name),
                      r.title, day_shown(r.submitted_at), day_shown(r.decided_at),
                      r.grant ? format_money(*r.grant) : ""});
  }
  d.sections.push_back(std::move(s));
  return d;
}

namespace {

void write_tags(JsonWriter& j, const std::vector<std::string>& tags) {
  j.key("tags").begin_array();
  for (const std::string& t : tags) j.value(t);
  j.end_array();
}

// The public catalogue: the lessons exchange format, version 1 (docs/lessons-format.md).
std::string lessons_catalogue(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, const Config& config,
                              const std::string& generated_at, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object().key("format").value(kLessonsFormat).key("format_version").value(kLessonsFormatVersion);
  j.key("city").value(config.municipality).key("program").value(config.program_name);
  j.key("generated_at").value(generated_at).key("public").value(true);
  write_filter(j, filter, false, true);
  j.key("count").value(static_cast<int64_t>(rows.size()));
  j.key("lessons").begin_array();
  for (const OutcomeRow& r : rows) {
    j.begin_object().key("id").value(r.id).key("title").value(r.title);
    j.key("area").value(r.area).key("area_name").value(config.area_name(r.area));
    j.key("start_date").string_or_null(r.start_date).key("end_date").string_or_null(r.end_date);
    j.key("completed_on").value(format_date(config.timezone.local_date(parse_timestamp(r.completed_at).value)));
    j.key("outcome").value(r.outcome).key("participants");
    r.participants ? j.value(*r.participants) : j.null();
    j.key("summary").value(r.summary).key("lessons").value(r.lessons);
    write_tags(j, r.tags);
    j.end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

}  // namespace

std::string outcomes_json(const PilotFilter& filter, const std::vector<OutcomeRow>& rows, bool for_public,
                          const Config& config, const std::string& generated_at, const ChainHead* head) {
  if (for_public) return lessons_catalogue(filter, rows, config, generated_at, head);
  JsonWriter j(2);
  j.begin_object().key("public").value(false);
  write_filter(j, filter, false, true);
  j.key("count").value(static_cast<int64_t>(rows.size()));
  j.key("groups").begin_array();
  for (size_t i = 0; i < rows.size();) {
    size_t end = i;
    while (end < rows.size() && rows[end].area == rows[i].area && rows[end].outcome == rows[i].outcome) ++end;
    j.begin_object().key("area").value(rows[i].area).key("area_name").value(config.area_name(rows[i].area));
    j.key("outcome").value(rows[i].outcome).key("count").value(static_cast<int64_t>(end - i));
    j.key("pilots").begin_array();
    for (; i < end; ++i) {
      const OutcomeRow& r = rows[i];
      j.begin_object().key("id").value(r.id).key("title").value(r.title);
      j.key("applicant_name").value(r.applicant_name);
      j.key("start_date").string_or_null(r.start_date).key("end_date").string_or_null(r.end_date);
      j.key("completed_at").value(r.completed_at).key("participants");
      r.participants ? j.value(*r.participants) : j.null();
      j.key("summary").value(r.summary).key("lessons").value(r.lessons);
      write_tags(j, r.tags);
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
  // TRANSLATORS: the title of the outcomes catalogue; {} is the programme's name (and then the filter).
  Document d{narrowed.empty() ? trf("{} — what the pilots taught", config.program_name)
                              : trf("{} — what the pilots taught ({})", config.program_name, narrowed),
             {}};
  if (rows.empty()) d.sections.push_back({tr("No completed pilots"), {}, {{tr("Pilots"), "0"}}, {}});
  // One block per pilot, in the catalogue's order (area, outcome): each field
  // on its own line, so that summaries and lessons get the whole width.
  for (const OutcomeRow& r : rows) {
    Section s{
        fmt::format("{} · {} · {} {}", config.area_name(r.area), outcome_text(r.outcome), r.id, r.title), {}, {}, {}};
    if (!for_public) s.rows.push_back({tr("Applicant"), or_erased(r.applicant_name)});
    if (const std::string p = period(r); !p.empty()) s.rows.push_back({tr("Period"), p});
    s.rows.push_back({tr("Completed"), day_shown(r.completed_at)});
    if (r.participants) s.rows.push_back({tr("Participants"), std::to_string(*r.participants)});
    if (!r.summary.empty()) s.rows.push_back({tr("Summary"), r.summary});
    if (!r.lessons.empty()) s.rows.push_back({tr("Lessons"), r.lessons});
    if (!r.tags.empty()) s.rows.push_back({tr("Tags"), fmt::format("{}", fmt::join(r.tags, ", "))});
    d.sections.push_back(std::move(s));
  }
  return d;
}

std::string overdue_json(const PilotFilter& filter, const std::vector<OverdueRow>& rows, bool for_public,
                         const Config& config, const std::string& today, const ChainHead* head) {
  JsonWriter j(2);
  j.begin_object().key("public").value(for_public);
  write_filter(j, filter, false);
  j.key("today").value(today).key("outcome_due_days").value(config.outcome_due_days);
  j.key("count").value(static_cast<int64_t>(rows.size()));
  j.key("pilots").begin_array();
  for (const OverdueRow& r : rows) {
    j.begin_object().key("id").value(r.id).key("title").value(r.title);
    j.key("area").value(r.area).key("area_name").value(config.area_name(r.area));
    j.key("end_date").string_or_null(r.end_date).key("paid_on").string_or_null(r.paid_on);
    j.key("counts_from").value(r.end_date.empty() ? "payment" : "end");
    j.key("due").value(r.due).key("days_late").value(r.days_late);
    if (!for_public) {
      const auto contact = [&](const char* key, const std::string& value) {
        j.key(key);
        r.contact ? j.value(value) : j.null();
      };
      contact("applicant_name", r.applicant_name);
      contact("email", r.email);
      contact("phone", r.phone);
    }
    j.end_object();
  }
  j.end_array();
  if (head) write_chain_head(j, *head);
  j.end_object();
  return j.str() + "\n";
}

Document overdue_document(const PilotFilter& filter, const std::vector<OverdueRow>& rows, bool for_public,
                          const Config& config, const std::string& today) {
  const std::string narrowed = filter_text(filter, "");
  // TRANSLATORS: a report's title: the outcome reports past due (and its filter, "2026, area keskusta").
  Document d{narrowed.empty() ? tr("Overdue outcome reports") : trf("Overdue outcome reports — {}", narrowed), {}};
  const Checked<Date> day = parse_date(today);
  // TRANSLATORS: under the title of the overdue reports: today, and the rule; {} is [program] outcome_due_days.
  d.lead = trnf("As of {}: an outcome report is due {} day after the planned end, or after the payment without one",
                "As of {}: an outcome report is due {} days after the planned end, or after the payment without one",
                config.outcome_due_days, day.ok() ? date_text(day.value) : today, config.outcome_due_days);
  Section s{trnf("{} report overdue", "{} reports overdue", rows.size(), rows.size()),
            {tr("ID"), tr("Area"), tr("Title"), tr("Due"), tr("Days late"), tr("Counted from")},
            {},
            {Col::code, Col::text, Col::text, Col::code, Col::number, Col::code}};
  // Whom to ask, in a table of its own (so that each fits a terminal), only
  // for a reader who sees some contact: never in public, never as empty columns.
  // TRANSLATORS: the heading of the applicants' contacts under the overdue reports.
  Section contacts{tr("Whom to ask"), {tr("ID"), tr("Applicant"), tr("E-mail"), tr("Phone")}, {}, {Col::code}};
  for (const OverdueRow& r : rows) {
    // TRANSLATORS: what an overdue report's due day counts from: the planned end (with its date) or the payment.
    std::string from =
        r.end_date.empty() ? trf("payment {}", date_shown(r.paid_on)) : trf("end {}", date_shown(r.end_date));
    s.rows.push_back(
        {r.id, config.area_name(r.area), r.title, date_shown(r.due), std::to_string(r.days_late), std::move(from)});
    // TRANSLATORS: in place of a contact the reader may not see: they are not an agent of the pilot's area.
    contacts.rows.push_back({r.id, r.contact ? or_erased(r.applicant_name) : tr("(for the area's agents)"),
                             r.contact ? r.email : "", r.contact ? r.phone : ""});
  }
  const bool any_contact =
      !for_public && std::any_of(rows.begin(), rows.end(), [](const OverdueRow& r) { return r.contact; });
  d.sections.push_back(std::move(s));
  if (any_contact) d.sections.push_back(std::move(contacts));
  return d;
}

}  // namespace minipilot
