// minipilot interest add|remove USER (--business-id|--name|--iban) and interest list [USER]: declared interests.
#include <memory>
#include <optional>

#include "cmd/commands.h"
#include "minipilot/formats/interest_format.h"
#include "minipilot/ops/interest.h"
#include "minipilot/validate/interest.h"

namespace minipilot::cli {

namespace {

struct InterestArgs {
  std::string user, reason;
  std::optional<std::string> business_id, name, iban;  ///< shared by add and remove: one of them runs
  bool all = false;
  CLI::App* add = nullptr;
  CLI::App* remove = nullptr;
};

// The one key given: its kind and value. None or two is a usage error.
std::pair<InterestKind, std::string> key_of(const InterestArgs& a) {
  if (a.business_id.has_value() + a.name.has_value() + a.iban.has_value() != 1)
    throw Error(ErrorKind::usage, tr("give the applicant by exactly one of --business-id, --name or --iban"),
                "minipilot interest add anna --business-id 2858394-9 --reason \"board member\"");
  if (a.business_id) return {InterestKind::business_id, *a.business_id};
  if (a.name) return {InterestKind::name, *a.name};
  return {InterestKind::iban, *a.iban};
}

void add_keys(CLI::App* sub, InterestArgs& a) {
  sub->add_option("user", a.user, tr("the user whose interest it is (a user id of [users])"))->required();
  sub->add_option("--business-id", a.business_id, tr("the applicant's business ID"));
  sub->add_option("--name", a.name, tr("the applicant's or payee's name (case and spaces ignored)"));
  sub->add_option("--iban", a.iban, tr("the applicant's IBAN"));
}

void run_change(Context& ctx, InterestArgs& a, bool adding) {
  const auto [kind, value] = key_of(a);
  const Interest i = adding ? add_interest(ctx.ops(), a.user, kind, value, a.reason)
                            : remove_interest(ctx.ops(), a.user, kind, value);
  if (ctx.format() == Format::json) return ctx.print_json(interest_json(i, ctx.config().users));
  if (adding)
    // TRANSLATORS: the interest's number, its user id, and what it names ("business ID 2858394-9").
    return ctx.say(trf("recorded interest no. {} of {}: {}", i.id, i.user_id, interest_text(i.kind, i.value)));
  // TRANSLATORS: the interest's number, its user id, and what it named ("business ID 2858394-9").
  ctx.say(trf("ended interest no. {} of {}: {}", i.id, i.user_id, interest_text(i.kind, i.value)));
}

}  // namespace

Runner setup_interest(CLI::App& sub) {
  auto a = std::make_shared<InterestArgs>();
  sub.require_subcommand(1, 1);
  a->add = sub.add_subcommand("add", tr("record a user's interest in an applicant: they may not decide its pilots"));
  add_keys(a->add, *a);
  a->add->add_option("--reason", a->reason, tr("the tie: board member, relative, employee…"))->required();
  a->remove = sub.add_subcommand("remove", tr("end a declared interest: the user may decide again"));
  add_keys(a->remove, *a);
  CLI::App* list = sub.add_subcommand("list", tr("the declared interests, of everybody or of one user"));
  list->add_option("user", a->user, tr("only this user's"));
  list->add_flag("--all", a->all, tr("also the interests that have ended"));
  return [a](Context& ctx) {
    if (a->add->parsed()) return run_change(ctx, *a, true);
    if (a->remove->parsed()) return run_change(ctx, *a, false);
    const std::vector<Interest> found = list_interests(ctx.ops(), a->user, a->all);
    ctx.show([&] { return interests_document(found, ctx.config().users, a->all); },
             [&] { return interests_json(found, ctx.config().users); });
  };
}

}  // namespace minipilot::cli
