// amend, hold and release: small changes, each one transaction with its event.
#include "minipilot/ops/amend.h"

#include <fmt/format.h>

#include <array>

#include "minipilot/core/i18n.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/domain/status.h"
#include "minipilot/ops/payee_checks.h"
#include "minipilot/store/amendments.h"
#include "minipilot/store/applicants.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilots.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The payee's commitment after a change; an applicant from before schema 5 gets its salt now.
std::string new_commitment(Store& store, int64_t applicant_id) {
  PayeeDetails d = payee_details(store, applicant_id);
  if (d.salt.empty()) {
    d.salt = new_salt();
    set_payee_salt(store, applicant_id, d.salt);
  }
  return payee_commitment(d.salt, d.name, d.iban, d.bic);
}

void event(const OpContext& ctx, const Transaction& txn, const std::string& pilot_id, EventAction action,
           const std::string& detail) {
  EventLog(ctx.store).append(txn.now(), ctx.actor.id, action, pilot_id, detail);
}

// The fields a correction of `f` bears on: their findings count too.
bool bears_on(AmendField f, std::string_view finding) {
  if (finding == application_field_name(f)) return true;
  if (f == AmendField::type || f == AmendField::business_id) return finding == "type" || finding == "business_id";
  if (f == AmendField::start || f == AmendField::end) return finding == "start" || finding == "end";
  return false;
}

// Until which status a field may change (decision 55).
enum class Until { always, paid, completed, closed };

Until until(AmendField f) {
  switch (f) {
    case AmendField::applicant_name:
    case AmendField::email:
    case AmendField::phone:
      return Until::always;  // the person's own details: GDPR art. 16
    case AmendField::iban:
    case AmendField::bic:
    case AmendField::payee_name:
    case AmendField::area:
    case AmendField::type:
    case AmendField::business_id:
      return Until::paid;  // who was paid, from which area's budget
    case AmendField::start:
    case AmendField::end:
      return Until::completed;  // the outcome's due date follows the end
    case AmendField::title:
    case AmendField::description:
      break;
  }
  return Until::closed;
}

bool allowed(Until u, Status s) {
  const bool closed = s == Status::rejected || s == Status::withdrawn;
  switch (u) {
    case Until::always:
      return true;
    case Until::paid:
      return s == Status::submitted || s == Status::approved;
    case Until::completed:
      return !closed && s != Status::completed;
    case Until::closed:
      break;
  }
  return !closed;
}

// The refusal of changing `f` while the pilot `id` is in status `s`.
Error status_error(AmendField f, Status s, const std::string& id) {
  // TRANSLATORS: the field (title, iban, ...), a pilot id and its status: "cannot amend the iban of MP-2026-0001: it
  // is disbursed"
  const std::string message = trf("cannot amend the {} of {}: it is {}", amend_field_text(f), id, status_text(s));
  if (s == Status::rejected || s == Status::withdrawn)
    return Error(ErrorKind::conflict, message,
                 tr("only the applicant's name, e-mail and phone can be corrected; the applicant may apply again"));
  if (s == Status::completed && until(f) == Until::completed)
    return Error(ErrorKind::conflict, message, tr("the pilot has run and reported its outcome"));
  return Error(ErrorKind::conflict, message,
               tr("a paid grant keeps the payee, account and area it was paid with; a returned payment can be "
                  "corrected once the pilot is approved again"));
}

using Given = std::array<bool, kAmendFieldCount>;

// The pilot as it would be after `corrections`, checked as a whole as at apply,
// in stored form. A type made resident also drops the business ID (marked given).
ApplicationInput corrected(const ApplicationInput& stored, const std::vector<Correction>& corrections, Given& given,
                           const std::vector<Area>& areas) {
  ApplicationInput wanted = stored;
  for (const Correction& c : corrections) application_field(wanted, c.field) = c.value;
  if (given[static_cast<size_t>(AmendField::type)] && !given[static_cast<size_t>(AmendField::business_id)] &&
      parse_applicant_type(wanted.type) == ApplicantType::resident && !wanted.business_id.empty()) {
    wanted.business_id.clear();
    given[static_cast<size_t>(AmendField::business_id)] = true;
  }
  Application app;
  std::vector<Finding> findings = check_application(wanted, areas, app);
  std::erase_if(findings, [&](const Finding& f) {
    for (size_t i = 0; i < kAmendFieldCount; ++i)
      if (given[i] && bears_on(static_cast<AmendField>(i), f.field)) return false;
    return true;
  });
  if (!findings.empty()) throw findings_error(findings);
  return stored_form(app);
}

}  // namespace

std::vector<Amended> amend(const OpContext& ctx, PilotId id, const std::vector<Correction>& corrections) {
  Given given{};
  for (const Correction& c : corrections) {
    if (c.value.find_first_not_of(" \t") == std::string::npos)
      // TRANSLATORS: {} is a field (title, iban, ...).
      throw Error(ErrorKind::invalid, trf("{} is empty: give it a value, or leave it out", amend_field_text(c.field)));
    given[static_cast<size_t>(c.field)] = true;
  }
  Transaction txn = ctx.store.write(ctx.clock);
  const AmendTarget t = load_amend_target(ctx.store, format_pilot_id(id));
  const PilotState& p = t.state;
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  if (t.stored.applicant.empty())  // erased when its retention ended: the record is closed for good
    throw Error(ErrorKind::conflict, trf("the applicant's details of {} have been erased", p.id),
                tr("an erased record is not filled in again; the applicant may apply again"));
  ApplicationInput before = t.stored, after = corrected(t.stored, corrections, given, ctx.config.areas);

  std::vector<Amended> done;
  for (size_t i = 0; i < kAmendFieldCount; ++i) {
    if (!given[i]) continue;
    const auto f = static_cast<AmendField>(i);
    const std::string& old_value = application_field(before, f);
    const std::string& new_value = application_field(after, f);
    done.push_back({f, old_value != new_value});
    if (old_value == new_value) continue;
    if (!allowed(until(f), p.status)) throw status_error(f, p.status, p.id);
    if (f == AmendField::area) authorize(ctx.actor, Permission::decide, ctx.config.areas, new_value);
    const int64_t change = store_amendment(ctx.store, t, f, old_value, new_value);
    if (f == AmendField::iban) {
      refuse_payer_iban(ctx.config, new_value);
      set_iban_set_by(ctx.store, p.id, ctx.actor.id);
    }
    const bool unique = f == AmendField::applicant_name ? rename_match_key(ctx.store, p.id, fold_for_match(new_value))
                        : f == AmendField::title        ? retitle_match_key(ctx.store, p.id, fold_for_match(new_value))
                                                        : true;
    if (!unique)
      // TRANSLATORS: {} are the applicant's name and the title, as they would be after the correction.
      throw Error(ErrorKind::conflict,
                  trf("{} has a live application with the title '{}' already", after.applicant, after.title));
    if (kept_apart(f)) {
      const std::string payee = part_of_payee(f) ? new_commitment(ctx.store, p.applicant_id) : "";
      event(ctx, txn, p.id, EventAction::amend, amend_detail(to_string(f), change, payee));
    } else {
      event(ctx, txn, p.id, EventAction::amend, amend_value_detail(to_string(f), old_value, new_value));
    }
  }
  const bool new_iban =
      given[static_cast<size_t>(AmendField::iban)] && !after.iban.empty() && after.iban != before.iban;
  const std::vector<std::string> notes =
      new_iban ? shared_iban_notes(shared_iban_users(ctx.store, {after.iban})) : std::vector<std::string>{};
  txn.commit();
  for (const std::string& n : notes) ctx.notices.note(n);
  return done;
}

void hold(const OpContext& ctx, PilotId id, std::string_view reason_text) {
  // TRANSLATORS: the reason given for a hold, a rejection or a withdrawal, in messages such as "reason is required".
  const Checked<std::string> reason = check_required_text(reason_text, tr("reason"), kMaxNoteChars, Lines::multi);
  if (!reason.ok()) throw Error(ErrorKind::invalid, reason.error);
  Transaction txn = ctx.store.write(ctx.clock);
  const PilotState p = PilotLookup(ctx.store).get(format_pilot_id(id));
  authorize(ctx.actor, Permission::hold, ctx.config.areas, p.area);
  if (p.hold_reason) throw Error(ErrorKind::conflict, trf("{} is on hold already: {}", p.id, *p.hold_reason));
  if (p.status != Status::approved)
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot hold {}: it is {}", p.id, status_text(p.status)),
                tr("only an approved pilot waiting for payment can be held"));
  set_hold(ctx.store, p.id, reason.value);
  event(ctx, txn, p.id, EventAction::hold, hold_detail(reason.value));
  txn.commit();
}

void release(const OpContext& ctx, PilotId id) {
  Transaction txn = ctx.store.write(ctx.clock);
  const PilotState p = PilotLookup(ctx.store).get(format_pilot_id(id));
  authorize(ctx.actor, Permission::hold, ctx.config.areas, p.area);
  if (!p.hold_reason) throw Error(ErrorKind::conflict, trf("{} is not on hold", p.id));
  if (p.status != Status::approved)  // a hold left on a withdrawn pilot: releasing it would pay nothing
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot release {}: it is {}", p.id, status_text(p.status)),
                tr("only an approved pilot can be let back into payment batches"));
  set_hold(ctx.store, p.id, std::nullopt);
  event(ctx, txn, p.id, EventAction::release, hold_detail(*p.hold_reason));
  txn.commit();
}

}  // namespace minipilot
