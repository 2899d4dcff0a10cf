// minipilot amend ID --iban|--bic|--email|--phone|--applicant-name VALUE: correct one applicant detail.
#include "minipilot/ops/amend.h"

#include <fmt/format.h>

#include <memory>

#include "cmd/commands.h"
#include "minipilot/ops/decide.h"

namespace minipilot::cli {

namespace {
struct AmendArgs {
  std::string id;
  std::array<std::string, 5> values;  // by AmendField
  std::array<CLI::Option*, 5> options{};
};

// The detail in words, by AmendField; in English its recorded name ("iban").
// TRANSLATORS: an applicant's detail, in "amended iban of MP-2026-0001" and "unchanged: iban of MP-2026-0001"
constexpr std::array<const char*, 5> kFieldWords{N_("iban"), N_("bic"), N_("email"), N_("phone"), N_("applicant_name")};
}  // namespace

Runner setup_amend(CLI::App& sub) {
  auto a = std::make_shared<AmendArgs>();
  sub.add_option("id", a->id, tr("the pilot whose applicant to correct"))->required();
  const std::array<const char*, 5> flags{"--iban", "--bic", "--email", "--phone", "--applicant-name"};
  for (size_t i = 0; i < flags.size(); ++i) a->options[i] = sub.add_option(flags[i], a->values[i], tr("the new value"));
  for (CLI::Option* o : a->options)
    for (CLI::Option* other : a->options)
      if (o != other) o->excludes(other);
  return [a](Context& ctx) {
    const PilotId id = parse_pilot_ids({a->id}).front();
    for (size_t i = 0; i < a->options.size(); ++i) {
      if (a->options[i]->count() == 0) continue;
      const auto field = static_cast<AmendField>(i);
      const bool changed = amend(ctx.ops(), id, field, a->values[i]);
      // The word is the recorded name in English; a name the table does not know is shown as it is.
      const std::string word = kFieldWords[i] == to_string(field) ? tr(kFieldWords[i]) : std::string(to_string(field));
      // TRANSLATORS: the detail ("iban") and the pilot: "amended iban of MP-2026-0001"
      if (changed) return ctx.say(trf("amended {} of {}", word, format_pilot_id(id)));
      // TRANSLATORS: the detail ("iban") and the pilot, whose detail already had the value given
      return ctx.say(trf("unchanged: {} of {}", word, format_pilot_id(id)));
    }
    throw Error(ErrorKind::usage, tr("amend needs one of --iban, --bic, --email, --phone, --applicant-name"));
  };
}

}  // namespace minipilot::cli
