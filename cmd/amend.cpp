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
}  // namespace

Runner setup_amend(CLI::App& sub) {
  auto a = std::make_shared<AmendArgs>();
  sub.add_option("id", a->id, "the pilot whose applicant to correct")->required();
  const std::array<const char*, 5> flags{"--iban", "--bic", "--email", "--phone", "--applicant-name"};
  for (size_t i = 0; i < flags.size(); ++i) a->options[i] = sub.add_option(flags[i], a->values[i], "the new value");
  for (CLI::Option* o : a->options)
    for (CLI::Option* other : a->options)
      if (o != other) o->excludes(other);
  return [a](Context& ctx) {
    const PilotId id = parse_pilot_ids({a->id}).front();
    for (size_t i = 0; i < a->options.size(); ++i) {
      if (a->options[i]->count() == 0) continue;
      const auto field = static_cast<AmendField>(i);
      const bool changed = amend(ctx.ops(), id, field, a->values[i]);
      return ctx.say(
          fmt::format("{} {} of {}", changed ? "amended" : "unchanged:", to_string(field), format_pilot_id(id)));
    }
    throw Error(ErrorKind::usage, "amend needs one of --iban, --bic, --email, --phone, --applicant-name");
  };
}

}  // namespace minipilot::cli
