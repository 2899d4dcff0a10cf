// Declared interests: each change checked, stored and recorded as an event; and the check that bars a decision.
#include "minipilot/ops/interest.h"

#include <fmt/format.h>

#include <algorithm>

#include "minipilot/core/error.h"
#include "minipilot/core/i18n.h"
#include "minipilot/core/suggest.h"
#include "minipilot/domain/applicant.h"
#include "minipilot/domain/chain.h"
#include "minipilot/domain/event.h"
#include "minipilot/store/events.h"
#include "minipilot/store/interests.h"
#include "minipilot/validate/interest.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// The configured user `id`; not_found with the nearest id as the hint.
const User& configured_user(const Config& config, std::string_view id) {
  const auto it = config.users.find(std::string(id));
  if (it != config.users.end()) return it->second;
  std::vector<std::string> ids;
  for (const auto& [uid, u] : config.users) ids.push_back(uid);
  const std::string near = nearest(id, ids);
  throw Error(
      ErrorKind::not_found, trf("no user '{}' under [users]", id),
      near.empty() ? tr("the users are listed under [users] in the configuration") : trf("did you mean '{}'?", near));
}

// Who may record or end `user`'s interests: themselves (an agent or finance
// user: those who decide or pay), and an admin anyone's.
void authorize_change(const OpContext& ctx, std::string_view user) {
  if (ctx.config.users.empty())
    throw Error(ErrorKind::config, tr("declared interests need users: this configuration has no [users] table"),
                tr("a declared interest bars a user from deciding; list the users under [users]"));
  configured_user(ctx.config, user);
  const User& actor = *ctx.actor.user;
  if (has_role(actor, Role::admin)) return;
  if (ctx.actor.id != user)
    throw Error(ErrorKind::permission, trf("{} may record only their own interests, not {}'s", ctx.actor.id, user),
                tr("an admin may record anyone's"));
  if (!has_role(actor, Role::agent) && !has_role(actor, Role::finance))
    throw Error(ErrorKind::permission, trf("{} decides and pays nothing: there is no interest to declare", user));
}

InterestValue checked_value(InterestKind kind, std::string_view text) {
  Checked<InterestValue> c = check_interest_value(kind, text);
  if (!c.ok()) throw Error(ErrorKind::invalid, c.error);
  return std::move(c.value);
}

std::string described(const Interest& i) { return interest_text(i.kind, i.value); }

// The event's detail: the commitment only when the interest is recorded.
std::string detail_of(const Interest& i, bool with_commitment) {
  return interest_detail(
      i.id, i.user_id, to_string(i.kind),
      with_commitment ? interest_commitment(i.salt, i.user_id, to_string(i.kind), i.value, i.reason) : "");
}

// "Ville Virtanen (ville)".
std::string person(const Config& config, const std::string& id) {
  const auto it = config.users.find(id);
  return it == config.users.end() || it->second.name.empty() ? id : fmt::format("{} ({})", it->second.name, id);
}

// Who may decide in `area` instead of `actor`: the area's other agents, else the admins.
std::string others_hint(const Config& config, std::string_view area, std::string_view actor) {
  std::vector<std::string> others;
  const auto a = std::find_if(config.areas.begin(), config.areas.end(), [&](const Area& x) { return x.id == area; });
  if (a != config.areas.end())
    for (const std::string& id : a->agents)
      if (id != actor) others.push_back(person(config, id));
  if (!others.empty())
    // TRANSLATORS: who may decide instead of a disqualified user: names and user ids ("Ville Virtanen (ville)").
    return trnf("the other agent of the area may decide it: {}", "the other agents of the area may decide it: {}",
                others.size(), fmt::format("{}", fmt::join(others, ", ")));
  for (const auto& [id, u] : config.users)
    if (id != actor && has_role(u, Role::admin)) others.push_back(person(config, id));
  if (!others.empty())
    // TRANSLATORS: who may decide instead of a disqualified user, when the area has no other agent.
    return trnf("the area has no other agent: an admin may decide it: {}",
                "the area has no other agent: an admin may decide it: {}", others.size(),
                fmt::format("{}", fmt::join(others, ", ")));
  return trf("nobody else may decide it: add an agent to area '{}' under [[areas]]", area);
}

bool matches(const Interest& i, const PartyKeys& a, const std::string& name_key, const std::string& payee_key) {
  switch (i.kind) {
    case InterestKind::business_id:
      return !a.business_id.empty() && a.business_id == i.match_key;
    case InterestKind::iban:
      return !a.iban.empty() && a.iban == i.match_key;
    case InterestKind::name:
      return (!name_key.empty() && name_key == i.match_key) || (!payee_key.empty() && payee_key == i.match_key);
  }
  return false;
}

}  // namespace

Interest add_interest(const OpContext& ctx, std::string_view user, InterestKind kind, std::string_view value,
                      std::string_view reason) {
  authorize_change(ctx, user);
  InterestValue checked = checked_value(kind, value);
  // TRANSLATORS: why a user declares an interest ("board member of Kallio-Seura ry"), in "reason is required".
  const Checked<std::string> why = check_required_text(reason, tr("reason"), kMaxNoteChars, Lines::multi);
  if (!why.ok()) throw Error(ErrorKind::invalid, why.error);
  Transaction txn = ctx.store.write(ctx.clock);
  const Timestamp now = txn.now();
  if (const std::optional<Interest> live = find_live_interest(ctx.store, user, kind, checked.match_key))
    throw Error(ErrorKind::conflict,
                trf("{} has declared this interest already: {} (no. {})", user, described(*live), live->id),
                tr("see 'minipilot interest list'"));
  Interest i;
  i.user_id = std::string(user);
  i.kind = kind;
  i.value = std::move(checked.value);
  i.match_key = std::move(checked.match_key);
  i.reason = why.value;
  i.salt = new_salt();
  i.added_at = format_timestamp(now);
  i.added_by = ctx.actor.id;
  i.id = insert_interest(ctx.store, i);
  EventLog(ctx.store).append(now, ctx.actor.id, EventAction::interest_add, "", detail_of(i, true));
  txn.commit();
  return i;
}

Interest remove_interest(const OpContext& ctx, std::string_view user, InterestKind kind, std::string_view value) {
  authorize_change(ctx, user);
  const InterestValue checked = checked_value(kind, value);
  Transaction txn = ctx.store.write(ctx.clock);
  const Timestamp now = txn.now();
  std::optional<Interest> live = find_live_interest(ctx.store, user, kind, checked.match_key);
  if (!live)
    throw Error(ErrorKind::not_found,
                trf("{} has no declared interest by {}", user, interest_text(kind, checked.value)),
                trf("see 'minipilot interest list {}'", user));
  end_interest(ctx.store, live->id, format_timestamp(now), ctx.actor.id);
  live->removed_at = format_timestamp(now);
  live->removed_by = ctx.actor.id;
  EventLog(ctx.store).append(now, ctx.actor.id, EventAction::interest_remove, "", detail_of(*live, false));
  txn.commit();
  return *live;
}

std::vector<Interest> list_interests(const OpContext& ctx, std::string_view user, bool ended) {
  authorize(ctx.actor, Permission::read, ctx.config.areas);
  Transaction snapshot = ctx.store.read();
  std::vector<Interest> out = list_interests(ctx.store, user, ended);
  snapshot.commit();
  // A user no longer configured may still have interests on record: those are listed.
  if (!user.empty() && out.empty() && !ctx.config.users.empty()) configured_user(ctx.config, user);
  return out;
}

void check_disqualification(const OpContext& ctx, const std::vector<std::string>& ids) {
  const std::vector<Interest> mine = list_interests(ctx.store, ctx.actor.id, false);
  if (mine.empty()) return;
  for (const PartyKeys& a : applicant_keys(ctx.store, ids)) {
    const std::string name_key = name_match_key(a.name), payee_key = name_match_key(a.payee_name);
    for (const Interest& i : mine)
      if (matches(i, a, name_key, payee_key))
        throw Error(ErrorKind::permission,
                    // TRANSLATORS: a user, a pilot id, then the declared interest ("business ID 2858394-9") and
                    // its reason.
                    trf("{} is disqualified from deciding {}: a declared interest in its applicant, {} ({})",
                        ctx.actor.id, a.pilot_id, described(i), i.reason),
                    others_hint(ctx.config, a.area, ctx.actor.id));
  }
}

}  // namespace minipilot
