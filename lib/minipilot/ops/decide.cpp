// Decisions share one path: load, authorise, check the transition, update, record the event.
#include "minipilot/ops/decide.h"

#include <fmt/format.h>

#include <set>

#include "minipilot/core/i18n.h"
#include "minipilot/core/suggest.h"
#include "minipilot/domain/event.h"
#include "minipilot/domain/status.h"
#include "minipilot/ops/interest.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilots.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The pilots a decision moves: their ids, and their statuses before, side by
// side (100,000 of them are ~3.6 MB: nothing else of a pilot is kept).
struct Decided {
  std::vector<std::string> ids;
  std::vector<Status> before;
  size_t size() const { return ids.size(); }
};

// The refusal of a decision on a pilot whose status does not allow it: one
// sentence per decision, with the pilot id and its status as fields.
const char* cannot_decide(Action action) {
  // TRANSLATORS: {} are a pilot id and its status.
  if (action == Action::approve) return N_("cannot approve {}: it is {}");
  // TRANSLATORS: {} are a pilot id and its status.
  if (action == Action::reject) return N_("cannot reject {}: it is {}");
  // TRANSLATORS: {} are a pilot id and its status.
  return N_("cannot withdraw {}: it is {}");  // the three decisions of load_for
}

// Reads each pilot and checks permission and transition before anything is
// written, so a refusal names the first offending id and changes nothing.
Decided load_for(const OpContext& ctx, const std::vector<PilotId>& ids, Action action) {
  PilotLookup lookup(ctx.store);
  Decided out;
  out.ids.reserve(ids.size());
  out.before.reserve(ids.size());
  for (const PilotId& pid : ids) {
    PilotState p = lookup.get(format_pilot_id(pid));
    authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
    if (!transition(p.status, action))
      throw Error(ErrorKind::conflict, trf(cannot_decide(action), p.id, status_text(p.status)),
                  action == Action::withdraw ? tr("only a submitted or approved pilot can be withdrawn")
                                             : tr("only a submitted application can be decided"));
    out.ids.push_back(std::move(p.id));
    out.before.push_back(p.status);
  }
  return out;
}

std::string checked_note(std::string_view text, std::string_view field, bool required) {
  const Checked<std::string> c = required ? check_required_text(text, field, kMaxNoteChars, Lines::multi)
                                          : check_text(text, field, kMaxNoteChars, Lines::multi);
  if (!c.ok()) throw Error(ErrorKind::invalid, c.error);
  return c.value;
}

// Applies the same decision to every loaded pilot, then records an event per pilot.
// `now` is the one reading of the clock that the transaction, the budget year and the events share.
// An approval or rejection also numbers each pilot's decision and records its reason code.
std::vector<DecisionNumber> record(const OpContext& ctx, Timestamp now, const Decided& pilots, Action action,
                                   std::string_view note_key, const std::string& note, int64_t grant_cents = 0,
                                   const std::string& reject_code = {}) {
  const CivilDate month = ctx.config.timezone.local_month(now);
  const std::vector<DecisionNumber> numbers =
      record_decision(ctx.store, pilots.ids,
                      {action, format_timestamp(now), ctx.actor.id, note, grant_cents, month.year, reject_code,
                       fmt::format("{:04}-{:02}", month.year, month.month)});
  EventLog events(ctx.store);
  DecisionFacts facts{{}, reject_code};
  for (size_t i = 0; i < pilots.size(); ++i) {
    if (!numbers.empty()) facts.number = format_decision_number(numbers[i]);
    events.append(now, ctx.actor.id, event_action(action), pilots.ids[i],
                  decision_detail(pilots.before[i], *transition(pilots.before[i], action), note_key, note, grant_cents,
                                  numbers.empty() ? nullptr : &facts));
  }
  return numbers;
}

// "duplicate, exists, scope": the configured codes, for a hint.
std::string code_list(const std::vector<Reason>& reasons) {
  std::string out;
  for (const Reason& r : reasons) out += (out.empty() ? "" : ", ") + r.code;
  return out;
}

}  // namespace

std::vector<PilotId> parse_pilot_ids(const std::vector<std::string>& texts) {
  if (texts.empty()) throw Error(ErrorKind::invalid, tr("no pilot ids given"));
  std::vector<PilotId> ids;
  std::set<PilotId> seen;
  ids.reserve(texts.size());
  for (const std::string& t : texts) {
    const Checked<PilotId> id = parse_pilot_id(t);
    if (!id.ok()) throw Error(ErrorKind::invalid, id.error);
    if (!seen.insert(id.value).second)
      throw Error(ErrorKind::invalid, trf("{} is listed twice", format_pilot_id(id.value)));
    ids.push_back(id.value);
  }
  return ids;
}

void check_budget(const std::map<int, Cents>& budgets, int year, Cents committed, Cents grant, size_t count,
                  std::string_view what) {
  const auto budget = budgets.find(year);
  if (budget == budgets.end())
    throw Error(ErrorKind::budget, trf("there is no budget for {}", year),
                trf("add {} = \"30000.00\" (the year's amount) under [budget]", year));
  const Cents needed{grant.value * static_cast<int64_t>(count)};
  if (committed + needed > budget->second)
    throw Error(ErrorKind::budget,
                // TRANSLATORS: {} are what is approved (a pilot id, or "12 pilots"), the amount that would be
                // committed, the year, its budget, and what is committed already.
                trf("approving {} would commit {} EUR of the {} budget of {} EUR ({} EUR committed already)", what,
                    committed + needed, year, budget->second, committed),
                trf("{} EUR remains", budget->second - committed));
}

std::string checked_reason_code(const std::vector<Reason>& reasons, const std::optional<std::string>& code) {
  if (!code) {
    if (reasons.empty()) return {};
    throw Error(ErrorKind::invalid, tr("a rejection needs a reason code: give --code"),
                trf("the configured codes are: {}", code_list(reasons)));
  }
  if (code->empty()) throw Error(ErrorKind::invalid, tr("the reason code is empty"));
  if (reasons.empty())
    throw Error(ErrorKind::invalid, trf("unknown reason code '{}': no reason codes are configured", *code),
                tr("leave out --code, or list the codes as [[reasons]] in the configuration"));
  for (const Reason& r : reasons)
    if (r.code == *code) return *code;
  std::vector<std::string> codes;
  for (const Reason& r : reasons) codes.push_back(r.code);
  const std::string near = nearest(*code, codes);
  throw Error(ErrorKind::invalid, trf("unknown reason code '{}'", *code),
              near.empty() ? trf("the configured codes are: {}", code_list(reasons))
                           : trf("did you mean '{}'? The configured codes are: {}", near, code_list(reasons)));
}

std::vector<DecisionNumber> approve(const OpContext& ctx, const std::vector<PilotId>& ids, std::string_view note) {
  // TRANSLATORS: the note given with an approval, in messages such as "note is longer than 1000 characters".
  const std::string text = checked_note(note, tr("note"), false);
  Transaction txn = ctx.store.write(ctx.clock);
  const Timestamp now = txn.now();
  const Decided pilots = load_for(ctx, ids, Action::approve);
  check_disqualification(ctx, pilots.ids);
  const int year = ctx.config.timezone.local_month(now).year;
  check_budget(ctx.config.budget, year, committed_in_year(ctx.store, year), ctx.config.grant_amount, pilots.size(),
               pilots.size() == 1 ? pilots.ids.front() : trnf("{} pilot", "{} pilots", pilots.size(), pilots.size()));
  std::vector<DecisionNumber> numbers =
      record(ctx, now, pilots, Action::approve, "note", text, ctx.config.grant_amount.value);
  txn.commit();
  return numbers;
}

std::vector<DecisionNumber> reject(const OpContext& ctx, const std::vector<PilotId>& ids, std::string_view reason,
                                   const std::optional<std::string>& code) {
  // TRANSLATORS: the reason given for a hold, a rejection or a withdrawal, in messages such as "reason is required".
  const std::string text = checked_note(reason, tr("reason"), true);
  const std::string reason_code = checked_reason_code(ctx.config.reasons, code);
  Transaction txn = ctx.store.write(ctx.clock);
  const Timestamp now = txn.now();
  const Decided pilots = load_for(ctx, ids, Action::reject);
  check_disqualification(ctx, pilots.ids);
  std::vector<DecisionNumber> numbers = record(ctx, now, pilots, Action::reject, "reason", text, 0, reason_code);
  txn.commit();
  return numbers;
}

void withdraw(const OpContext& ctx, const std::vector<PilotId>& ids, std::string_view reason) {
  // TRANSLATORS: the reason given for a hold, a rejection or a withdrawal, in messages such as "reason is required".
  const std::string text = checked_note(reason, tr("reason"), false);
  Transaction txn = ctx.store.write(ctx.clock);
  const Timestamp now = txn.now();
  const Decided pilots = load_for(ctx, ids, Action::withdraw);
  record(ctx, now, pilots, Action::withdraw, "reason", text);
  txn.commit();
}

}  // namespace minipilot
