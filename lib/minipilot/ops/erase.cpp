// Erasure and purge: what may go now, what the Accounting Act keeps and until when, and the event that says so.
#include "minipilot/ops/erase.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/domain/event.h"
#include "minipilot/ops/person.h"
#include "minipilot/store/erasure.h"
#include "minipilot/store/events.h"

namespace minipilot {

namespace {

// TRANSLATORS: what an erasure keeps (in the table of what is kept, why and until when).
constexpr const char* kPayeeDetails = N_("payee name, IBAN, BIC and business ID");

using Subject = ErasureSubject;
using PilotRow = ErasureSubject::Pilot;
using PaymentRow = ErasureSubject::Payment;

}  // namespace

// The payee details go only as a whole (name, IBAN, BIC, business ID, the
// payments' copies, their amendments).
Erasure plan_erasure(const ErasureSubject& s, Date today, int years, bool& payee_goes) {
  Erasure e;
  e.applicant_id = s.id;
  for (const PilotRow& p : s.pilots) e.pilots.push_back(p.id);
  if (s.email) e.erased.push_back("email");
  if (s.phone) e.erased.push_back("phone");
  if (std::any_of(s.pilots.begin(), s.pilots.end(), [](const PilotRow& p) { return p.free_text; }))
    e.erased.push_back("free_text");
  if (s.contact_changes) e.erased.push_back("amended_contact_details");

  const bool payee_left =
      !s.payee.empty() || s.salt || s.payee_changes ||
      std::any_of(s.payments.begin(), s.payments.end(), [](const PaymentRow& y) { return !y.erased; });
  payee_goes = false;
  if (!payee_left) return e;
  for (const PilotRow& p : s.pilots)
    if (p.status == Status::submitted || p.status == Status::approved) {
      e.kept.push_back(
          // TRANSLATORS: why the payee details are kept: {} are a pilot id and its status (submitted or approved).
          {tr(kPayeeDetails), trf("{} is {} and not yet paid", p.id, status_text(p.status)), std::nullopt});
      return e;
    }
  if (!s.payments.empty()) {
    const auto last = std::max_element(s.payments.begin(), s.payments.end(),
                                       [](const PaymentRow& a, const PaymentRow& b) { return a.year < b.year; });
    const Date until = retention_end(last->year, years);
    if (today <= until) {
      std::vector<std::string> batches;
      for (const PaymentRow& y : s.payments)
        if (std::find(batches.begin(), batches.end(), y.batch_id) == batches.end()) batches.push_back(y.batch_id);
      // TRANSLATORS: why the payee details are kept: {} are the payment batches, as in "PB-2026-001, PB-2026-002".
      e.kept.push_back({tr(kPayeeDetails), trf("paid in {} (Accounting Act)", fmt::join(batches, ", ")), until});
      return e;
    }
  }
  payee_goes = true;
  e.erased.insert(e.erased.end(), s.payee.begin(), s.payee.end());
  if (s.payee_changes) e.erased.push_back("amended_payee_details");
  for (const PaymentRow& y : s.payments)
    if (!y.erased && std::find(e.batches.begin(), e.batches.end(), y.batch_id) == e.batches.end())
      e.batches.push_back(y.batch_id);
  return e;
}

namespace {

// Carries out a plan and records one `erase` event per pilot.
class Eraser {
 public:
  // `now`: the transaction's time, every event's and the retention's "today".
  Eraser(const OpContext& ctx, Timestamp now) : ctx_(ctx), now_(now), rows_(ctx.store), events_(ctx.store) {}

  Timestamp now() const { return now_; }

  // Everything about one applicant that the plan needs.
  Subject load(int64_t id) { return rows_.load(id); }

  void apply(const Subject& s, const Erasure& e, bool payee_goes, std::string_view reason) {
    if (!e.changed()) return;
    rows_.erase_contact_and_free_text(e.applicant_id);
    if (payee_goes) rows_.erase_payee(e.applicant_id);
    for (const std::string& pilot : e.pilots) {
      std::vector<std::string> batches;
      for (const PaymentRow& y : s.payments)
        if (y.pilot_id == pilot && std::find(e.batches.begin(), e.batches.end(), y.batch_id) != e.batches.end())
          batches.push_back(y.batch_id);
      events_.append(now_, ctx_.actor.id, EventAction::erase, pilot,
                     erase_detail(e.applicant_id, e.erased, payee_goes, batches, reason));
    }
  }

 private:
  const OpContext& ctx_;
  Timestamp now_;
  ErasureStore rows_;
  EventLog events_;
};

Erasure erase_one(const OpContext& ctx, Eraser& eraser, int64_t id, std::string_view reason, bool dry_run) {
  const Subject s = eraser.load(id);
  bool payee_goes = false;
  Erasure e = plan_erasure(s, ctx.config.timezone.local_date(eraser.now()), ctx.config.retention_years, payee_goes);
  if (!dry_run) eraser.apply(s, e, payee_goes, reason);
  return e;
}

}  // namespace

Date retention_end(int payment_year, int years) { return end_of_year(payment_year + years); }

std::vector<Erasure> erase_person(const OpContext& ctx, const PersonKey& who) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  scrub_erased_space(ctx.store);
  Transaction txn = ctx.store.write(ctx.clock);
  Eraser eraser(ctx, txn.now());
  std::vector<Erasure> out;
  bool changed = false;
  for (const int64_t id : find_person(ctx.store, who)) {
    out.push_back(erase_one(ctx, eraser, id, "request", false));
    changed = changed || out.back().changed();
  }
  txn.commit();
  if (changed) scrub_erased_history(ctx.store);
  return out;
}

Purge purge(const OpContext& ctx, bool dry_run) {
  authorize(ctx.actor, Permission::admin, ctx.config.areas);
  Purge out;
  scrub_erased_space(ctx.store);
  Transaction txn = dry_run ? ctx.store.rehearse(ctx.clock) : ctx.store.write(ctx.clock);
  out.through_year = ctx.config.timezone.local_month(txn.now()).year - ctx.config.retention_years - 1;
  const std::vector<int64_t> ids = purge_candidates(ctx.store, out.through_year, ctx.config.timezone);
  Eraser eraser(ctx, txn.now());
  ProgressScope shown(ctx.progress);
  const char* what = tr("applicants checked");
  uint64_t done = 0;
  for (const int64_t id : ids) {
    Erasure e = erase_one(ctx, eraser, id, "retention ended", dry_run);
    if (e.changed()) out.erased.push_back(std::move(e));
    shown.step(what, ++done, ids.size());
  }
  if (dry_run) return out;  // the transaction rolls back: nothing was written
  txn.commit();
  if (!out.erased.empty()) scrub_erased_history(ctx.store);
  return out;
}

}  // namespace minipilot
