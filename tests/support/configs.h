// Configurations shared by the unit and end-to-end tests.
#pragma once

#include <string>

namespace minipilot::test {

/// `config` with `[testing] fixed_clock = true`, so that $MINIPILOT_NOW fixes
/// the clock (the binary refuses it elsewhere); unchanged when it has a
/// [testing] table of its own. Workspace writes every configuration so.
/// Also English, unless it names a language: most tests read the English
/// texts, and those of the Finnish ones say `language = "fi"` or `--lang fi`.
inline std::string with_fixed_clock(const std::string& config) {
  std::string out = config;
  if (const size_t program = out.find("[program]\n");
      program != std::string::npos && out.find("language =") == std::string::npos)
    out.insert(program + 10, "language = \"en\"\n");
  if (out.find("[testing]") != std::string::npos) return out;
  return out + "\n[testing]\nfixed_clock = true\n";
}

/// Areas keskusta (agent anna) and jukola (agent ville); users anna, ville,
/// pirjo (finance), tarja (viewer); a 2026 budget of 1500.00: three grants.
inline constexpr const char* kTeamConfig = R"([program]
name = "Testipilotit"
grant_amount = "500.00"
[budget]
2026 = "1500.00"
[[areas]]
id = "keskusta"
name = "Keskusta"
agents = ["anna"]
[[areas]]
id = "jukola"
name = "Jukola"
agents = ["ville"]
[users.anna]
name = "Anna Asukasagentti"
roles = ["agent"]
[users.ville]
roles = ["agent"]
[users.pirjo]
roles = ["finance"]
[users.tarja]
roles = ["viewer"]
)";

inline constexpr const char* kSingleUserConfig = R"([program]
name = "Testipilotit"
[budget]
2026 = "30000.00"
[[areas]]
id = "keskusta"
)";

/// The city as debtor, for SEPA files; append to a configuration.
inline constexpr const char* kPayer = R"(
[payer]
name = "Hämeenlinnan kaupunki"
iban = "FI42 5000 1510 0000 23"
bic = "NDEAFIHH"
)";

/// What decision letters say and two rejection reason codes (spec §3
/// `[decisions]`, `[[reasons]]`); append to a configuration.
inline constexpr const char* kDecisions = R"(
[decisions]
authority = "Testikaupungin kaupunki, hyvinvointipalvelut"
rectification_to = "Hyvinvointilautakunta"
rectification_address = "PL 1, 13100 Testikaupunki; kirjaamo@example.fi"
contact = "Anna Asukasagentti, 040 123 4567, anna@example.fi"
approval_reasons = "Hakemus täyttää minipilottien ehdot: kokeilu on nopea, paikallinen ja avoin kaikille."
[[reasons]]
code = "duplicate"
fi = "Sama palvelu on jo olemassa"
en = "The same service exists already"
[[reasons]]
code = "scope"
fi = "Kokeilu ei kuulu minipilottiohjelmaan"
en = "The experiment is outside the mini-pilot programme"
)";

}  // namespace minipilot::test
