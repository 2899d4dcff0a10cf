// amend, hold and release: small changes, each one transaction with its event.
#include "minipilot/ops/amend.h"

#include <fmt/format.h>

#include "minipilot/core/i18n.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/domain/status.h"
#include "minipilot/store/applicants.h"
#include "minipilot/store/events.h"
#include "minipilot/store/pilots.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The validated, normalised value for a field.
std::string checked_value(AmendField f, std::string_view value) {
  Checked<std::string> c;
  switch (f) {
    case AmendField::iban:
      c = check_iban(value);
      break;
    // No empty value clears a field (issue 11): contact details go with `applicant erase`.
    case AmendField::bic:
      c = check_bic(value);
      break;
    case AmendField::email:
      c = check_email(value);
      break;
    case AmendField::phone:
      c = check_phone(value);
      break;
    case AmendField::applicant_name:
      // TRANSLATORS: a field of an application (the applicant's name), in messages such as "applicant is required".
      c = check_required_text(value, tr("applicant"), kMaxNameChars, Lines::single);
      break;
  }
  if (!c.ok()) throw Error(ErrorKind::invalid, c.error);
  return c.value;
}

bool part_of_payee(AmendField f) {
  return f == AmendField::iban || f == AmendField::bic || f == AmendField::applicant_name;
}

// The payee's commitment after a change; an applicant from before schema 5 gets its salt now.
std::string new_commitment(Store& store, int64_t applicant_id) {
  PayeeDetails d = payee_details(store, applicant_id);
  if (d.salt.empty()) {
    d.salt = new_salt();
    set_payee_salt(store, applicant_id, d.salt);
  }
  return payee_commitment(d.salt, d.name, d.iban, d.bic);
}

void event(const OpContext& ctx, const std::string& pilot_id, EventAction action, const std::string& detail) {
  EventLog(ctx.store).append(ctx.clock.now(), ctx.actor.id, action, pilot_id, detail);
}

}  // namespace

bool amend(const OpContext& ctx, PilotId id, AmendField field, std::string_view value) {
  const std::string normalised = checked_value(field, value);
  Transaction txn = ctx.store.write(ctx.clock.now());
  const PilotState p = PilotLookup(ctx.store).get(format_pilot_id(id));
  authorize(ctx.actor, Permission::decide, ctx.config.areas, p.area);
  const std::string before = applicant_value(ctx.store, p.applicant_id, field);
  if (before == normalised) return false;
  const int64_t change = amend_applicant(ctx.store, p.applicant_id, field, before, normalised);
  if (field == AmendField::iban) set_iban_set_by(ctx.store, p.id, ctx.actor.id);
  if (field == AmendField::applicant_name && !rename_match_key(ctx.store, p.id, fold_for_match(normalised)))
    throw Error(ErrorKind::conflict, trf("{} has a live application with this title already", normalised));
  const std::string payee = part_of_payee(field) ? new_commitment(ctx.store, p.applicant_id) : "";
  event(ctx, p.id, EventAction::amend, amend_detail(to_string(field), change, payee));
  txn.commit();
  return true;
}

void hold(const OpContext& ctx, PilotId id, std::string_view reason_text) {
  // TRANSLATORS: the reason given for a hold, a rejection or a withdrawal, in messages such as "reason is required".
  const Checked<std::string> reason = check_required_text(reason_text, tr("reason"), kMaxNoteChars, Lines::multi);
  if (!reason.ok()) throw Error(ErrorKind::invalid, reason.error);
  Transaction txn = ctx.store.write(ctx.clock.now());
  const PilotState p = PilotLookup(ctx.store).get(format_pilot_id(id));
  authorize(ctx.actor, Permission::hold, ctx.config.areas, p.area);
  if (p.hold_reason) throw Error(ErrorKind::conflict, trf("{} is on hold already: {}", p.id, *p.hold_reason));
  if (p.status != Status::approved)
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot hold {}: it is {}", p.id, status_text(p.status)),
                tr("only an approved pilot waiting for payment can be held"));
  set_hold(ctx.store, p.id, reason.value);
  event(ctx, p.id, EventAction::hold, hold_detail(reason.value));
  txn.commit();
}

void release(const OpContext& ctx, PilotId id) {
  Transaction txn = ctx.store.write(ctx.clock.now());
  const PilotState p = PilotLookup(ctx.store).get(format_pilot_id(id));
  authorize(ctx.actor, Permission::hold, ctx.config.areas, p.area);
  if (!p.hold_reason) throw Error(ErrorKind::conflict, trf("{} is not on hold", p.id));
  if (p.status != Status::approved)  // a hold left on a withdrawn pilot: releasing it would pay nothing
    // TRANSLATORS: {} are a pilot id and its status.
    throw Error(ErrorKind::conflict, trf("cannot release {}: it is {}", p.id, status_text(p.status)),
                tr("only an approved pilot can be let back into payment batches"));
  set_hold(ctx.store, p.id, std::nullopt);
  event(ctx, p.id, EventAction::release, hold_detail(*p.hold_reason));
  txn.commit();
}

}  // namespace minipilot
