// minipilot amend ID --title|--area|...|--payee-name VALUE...: correct what was typed, several fields at once.
#include "minipilot/ops/amend.h"

#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/ops/complete.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {

struct AmendArgs {
  std::string id;
  std::array<std::string, kAmendFieldCount> values;  // by AmendField
  std::array<CLI::Option*, kAmendFieldCount> options{};
  std::string tags;
  CLI::Option* tags_option = nullptr;
};

// The flags and their help, by AmendField.
struct Flag {
  const char* name;
  const char* help;
};
constexpr std::array<Flag, kAmendFieldCount> kFlags{{
    {"--title", N_("the title")},
    {"--description", N_("the description")},
    {"--area", N_("the area, by id or name: moves the pilot to that area's agents")},
    {"--type", N_("resident, community, association or company")},
    {"--business-id", N_("the business ID (Y-tunnus)")},
    {"--start", N_("the planned start date")},
    {"--end", N_("the planned end date")},
    {"--iban", N_("the account for the grant")},
    {"--bic", N_("the bank's BIC")},
    {"--email", N_("the contact e-mail")},
    {"--phone", N_("the contact phone")},
    {"--applicant-name", N_("the applicant's name")},
    {"--payee-name", N_("the account holder, when not the applicant")},
}};

}  // namespace

Runner setup_amend(CLI::App& sub) {
  auto a = std::make_shared<AmendArgs>();
  sub.add_option("id", a->id, tr("the pilot to correct"))->required();
  for (size_t i = 0; i < kAmendFieldCount; ++i)
    a->options[i] = sub.add_option(kFlags[i].name, a->values[i], tr(kFlags[i].help));
  a->tags_option = sub.add_option("--tags", a->tags, tr("a completed pilot's themes, separated by commas"));
  return [a](Context& ctx) {
    const PilotId id = parse_pilot_ids({a->id}).front();
    if (a->tags_option->count() > 0) {
      // The themes are the outcome's, the other fields the application's: one or the other, each its own change.
      for (const CLI::Option* o : a->options)
        if (o->count() > 0)
          throw Error(ErrorKind::usage, trf("--tags does not go with {}", o->get_name()),
                      tr("correct the themes of a completed pilot in a command of their own"));
      const bool changed = amend_tags(ctx.ops(), id, a->tags);
      const std::string word = amend_field_text("tags");
      // TRANSLATORS: the pilot, whose themes already were those given.
      ctx.say(changed ? trf("amended {} of {}", word, format_pilot_id(id))
                      : trf("unchanged: the tags of {} were those already", format_pilot_id(id)));
      return;
    }
    std::vector<Correction> corrections;
    for (size_t i = 0; i < kAmendFieldCount; ++i)
      if (a->options[i]->count() > 0) corrections.push_back({static_cast<AmendField>(i), a->values[i]});
    if (corrections.empty())
      throw Error(ErrorKind::usage, tr("amend needs at least one field to correct"),
                  tr("see 'minipilot amend --help' for the fields"));
    std::string out;
    for (const Amended& done : amend(ctx.ops(), id, corrections)) {
      const std::string word = amend_field_text(done.field);
      // TRANSLATORS: the field ("title") and the pilot: "amended title of MP-2026-0001"
      out += done.changed ? trf("amended {} of {}", word, format_pilot_id(id))
                          // TRANSLATORS: the field ("title") and the pilot, whose field already had the value given
                          : trf("unchanged: {} of {}", word, format_pilot_id(id));
      out += '\n';
    }
    out.pop_back();
    ctx.say(out);
  };
}

}  // namespace minipilot::cli
