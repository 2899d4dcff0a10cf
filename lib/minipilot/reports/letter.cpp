// Decision letters: the pilot's decision, the configuration's texts and the deadlines, put together once.
#include "minipilot/reports/letter.h"

#include <fmt/format.h>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/status.h"
#include "minipilot/reports/access.h"
#include "minipilot/reports/pilot_view.h"

namespace minipilot {

namespace {

// The keys of [decisions] a letter cannot do without; approval_reasons only for an approval.
void require_texts(const DecisionTexts& t, bool any_approval) {
  std::vector<std::string> missing;
  if (t.authority.empty()) missing.push_back("authority");
  if (t.rectification_to.empty()) missing.push_back("rectification_to");
  if (t.rectification_address.empty()) missing.push_back("rectification_address");
  if (t.contact.empty()) missing.push_back("contact");
  if (any_approval && t.approval_reasons.empty()) missing.push_back("approval_reasons");
  if (missing.empty()) return;
  throw Error(ErrorKind::config,
              // TRANSLATORS: {} lists keys of the configuration's [decisions] table ("authority, contact").
              trnf("a decision letter needs [decisions] {}", "a decision letter needs [decisions] {}", missing.size(),
                   fmt::format("{}", fmt::join(missing, ", "))),
              tr("see the [decisions] table of config/minipilot.example.toml"));
}

std::optional<Date> date_or_none(const std::string& iso) {
  if (iso.empty()) return std::nullopt;
  const Checked<Date> d = parse_date(iso);
  return d.ok() ? std::optional<Date>(d.value) : std::nullopt;
}

}  // namespace

std::vector<Letter> build_letters(const OpContext& ctx, const std::vector<PilotId>& ids) {
  authorize_read(ctx);
  const Config& config = ctx.config;
  const TimeZone& zone = config.timezone;
  const Date today = zone.local_date(ctx.clock.now());
  std::vector<PilotView> pilots;
  pilots.reserve(ids.size());
  bool any_approval = false;
  for (const PilotId& id : ids) {
    PilotView p = load_pilot(ctx, id);
    if (p.decision_number.empty())
      throw Error(ErrorKind::conflict,
                  // TRANSLATORS: a pilot id and its status ("submitted", "withdrawn").
                  trf("{} has no decision to write a letter of: it is {}", p.id, status_text(p.status)),
                  tr("a letter is written of an approval or a rejection"));
    any_approval = any_approval || p.status != "rejected";
    pilots.push_back(std::move(p));
  }
  require_texts(config.decisions, any_approval);
  std::vector<Letter> out;
  out.reserve(pilots.size());
  for (const PilotView& p : pilots) {
    Letter l;
    l.city = !config.municipality.empty() ? config.municipality
             : config.payer                ? config.payer->name
                                           : config.decisions.authority;
    l.programme = config.program_name;
    l.authority = config.decisions.authority;
    const auto u = config.users.find(p.decided_by);
    l.decider_name = u != config.users.end() && !u->second.name.empty() ? u->second.name : p.decided_by;
    if (u != config.users.end()) l.decider_title = u->second.title;
    l.number = p.decision_number;
    const Checked<Timestamp> at = parse_timestamp(p.decided_at);
    l.decided = at.ok() ? zone.local_date(at.value) : today;
    l.pilot_id = p.id;
    l.title = p.title;
    l.applicant = p.applicant;
    l.approved = p.status != "rejected";
    if (p.grant) l.grant = *p.grant;
    l.start = date_or_none(p.start_date);
    l.end = date_or_none(p.end_date);
    l.outcome_due_days = config.outcome_due_days;
    if (l.end) l.outcome_due = Date{l.end->days + config.outcome_due_days};
    l.reason_code = p.reject_code;
    if (l.approved) {
      l.reasons = config.decisions.approval_reasons;
    } else if (const Reason* r = p.reject_code.empty() ? nullptr : config.find_reason(p.reject_code)) {
      l.reasons = r->text(language());
    } else {
      l.reasons = p.reject_code;
    }
    l.note = p.decision_note;
    l.contact = config.decisions.contact;
    l.rectification_to = config.decisions.rectification_to;
    l.rectification_address = config.decisions.rectification_address;
    l.dates = rectification_dates(std::max(today, l.decided));
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace minipilot
