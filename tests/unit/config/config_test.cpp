// Tests of config: every key validated, errors naming file, line and key.
#include "minipilot/config/config.h"

#include <doctest/doctest.h>

#include "minipilot/config/ledger_url.h"
#include "minipilot/core/error.h"
#include "support/temp_dir.h"

using namespace minipilot;

namespace {

constexpr const char* kMinimal = R"(
[program]
name = "Testipilotit"
)";

// The message of the config error that `text` causes ("" when it loads).
std::string error_of(const std::string& text) {
  try {
    parse_config(text, "/etc/mp/minipilot.toml");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("config: the shipped example documents every key and loads") {
  const Config c = load_config(std::filesystem::path(MINIPILOT_SOURCE_DIR) / "config/minipilot.example.toml");
  CHECK(c.program_name == "Hämeenlinnan minipilotit");
  CHECK(c.grant_amount == Cents{50000});
  CHECK(c.budget.at(2026) == Cents{3000000});
  CHECK(c.areas.size() == 2);
  CHECK(c.users.at("pirjo").roles == std::vector<Role>{Role::finance});
  CHECK(c.four_eyes);
  REQUIRE(c.payer);
  CHECK(c.payer->iban == "FI4250001510000023");
  CHECK(c.payer->business_id == "0139293-1");
  CHECK(c.payer->initiating_party_id == "01392931");
  CHECK_FALSE(c.batch_approval);
  CHECK(c.csv.delimiter == ';');
  CHECK(c.csv.decimal_separator == ',');
  CHECK(c.sepa_version == "09");
  CHECK(c.retention_years == 10);
  CHECK(c.decisions.rectification_to == "Hyvinvointilautakunta");
  CHECK(c.users.at("anna").title == "asukasagentti");
  REQUIRE(c.reasons.size() == 2);
  CHECK(c.find_reason("scope")->en == "The experiment is outside the mini-pilot programme");
  CHECK(c.find_reason("Scope") == nullptr);
}

TEST_CASE("config: [[reasons]] need a code and both texts, each code once (issue 15)") {
  const std::string ok = std::string(kMinimal) + "[[reasons]]\ncode = \"dup\"\nfi = \"Sama\"\nen = \"Same\"\n";
  const Config c = parse_config(ok, "/etc/mp/minipilot.toml");
  REQUIRE(c.reasons.size() == 1);
  CHECK(c.reasons[0].text(Language::fi) == "Sama");
  CHECK(c.reasons[0].text(Language::en) == "Same");
  CHECK(parse_config(kMinimal, "/etc/mp/minipilot.toml").reasons.empty());
  CHECK(error_of(ok + ok.substr(std::string(kMinimal).size())).find("reason 'dup' is listed twice") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[[reasons]]\ncode = \"dup\"\nfi = \"Sama\"\n").find("reasons.en") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[[reasons]]\ncode = \"\"\nfi = \"a\"\nen = \"b\"\n")
            .find("reasons.code: is required") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[[reasons]]\ncode = \"Ei käy\"\nfi = \"a\"\nen = \"b\"\n")
            .find("reason codes use") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[[reasons]]\ncode = \"x\"\nfi = \"a\"\nen = \"b\"\nsv = \"c\"\n")
            .find("reasons.sv: unknown key") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[reasons]\ncode = \"x\"\n").find("[[reasons]] table") != std::string::npos);
  const std::string line = std::string(kMinimal) + "[[reasons]]\ncode = \"x\"\nfi = \"a\"\nen = \"b\"\n";
  CHECK(error_of(line + "[[reasons]]\ncode = \"x\"\nfi = \"a\"\nen = \"b\"\n").find("minipilot.toml:9:") !=
        std::string::npos);  // the line of the second "x"
}

TEST_CASE("config: [decisions] takes the letter's texts, nothing else") {
  const Config c = parse_config(std::string(kMinimal) + "[decisions]\nauthority = \"Kaupunki\"\n", "/m.toml");
  CHECK(c.decisions.authority == "Kaupunki");
  CHECK(c.decisions.contact.empty());
  CHECK(error_of(std::string(kMinimal) + "[decisions]\nauthorty = \"K\"\n").find("decisions.authorty: unknown key") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[decisions]\ncontact = 5\n").find("decisions.contact") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[users.a]\nroles = [\"agent\"]\ntitle = 3\n").find("users.a.title") !=
        std::string::npos);
}

TEST_CASE("config: the starter config loads, single-user, with the year's budget") {
  const Config c = parse_config(starter_config(2031), "/x/minipilot.toml");
  CHECK(c.users.empty());
  CHECK(c.budget.count(2031) == 1);
  CHECK(c.ledger == std::filesystem::path("/x/minipilot.db"));
}

TEST_CASE("config: defaults when optional tables are left out") {
  const Config c = parse_config(kMinimal, "/etc/mp/minipilot.toml");
  CHECK(c.grant_amount == Cents{50000});
  CHECK(c.ledger == std::filesystem::path("/etc/mp/minipilot.db"));
  CHECK(c.busy_timeout_ms == 5000);
  CHECK(c.users.empty());
  CHECK(c.csv.bom);
  CHECK_FALSE(c.fixed_clock);  // $MINIPILOT_NOW is refused unless a test's configuration says so
}

TEST_CASE("config: [testing] fixed_clock is a boolean and the only key of its table") {
  CHECK(parse_config(std::string(kMinimal) + "[testing]\nfixed_clock = true\n", "m.toml").fixed_clock);
  CHECK(error_of(std::string(kMinimal) + "[testing]\nfixed_clock = \"yes\"\n").find("testing.fixed_clock") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[testing]\nnow = \"2026-01-01\"\n").find("now") != std::string::npos);
}

TEST_CASE("config: malformed TOML names the file and the line") {
  const std::string e = error_of("[program]\nname = \"x\"\ngrant_amount = \n");
  CHECK(e.find("/etc/mp/minipilot.toml:3") == 0);
}

TEST_CASE("config: a float amount is refused with the line and key") {
  const std::string e = error_of(std::string(kMinimal) + "[budget]\n2026 = 30000.00\n");
  CHECK(e.find("minipilot.toml:5: budget.2026:") != std::string::npos);
  CHECK(e.find("strings") != std::string::npos);
}

TEST_CASE("config: an unknown key is refused, so a typo cannot switch a control off") {
  const std::string e = error_of(std::string(kMinimal) + "[controls]\nfour_eye = false\n");
  CHECK(e.find(":5: controls.four_eye: unknown key") != std::string::npos);
}

TEST_CASE("config: inconsistent values are refused with their key") {
  CHECK(error_of("[budget]\n2026 = \"1.00\"\n").find("program") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[budget]\nnext = \"1.00\"\n").find("budget.next") != std::string::npos);
  CHECK(
      error_of(std::string(kMinimal) + "[[areas]]\nid = \"a\"\nagents = [\"ghost\"]\n").find("'ghost' is not a user") !=
      std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[[areas]]\nid = \"a\"\n[[areas]]\nid = \"a\"\n").find("listed twice") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[users.x]\nroles = [\"boss\"]\n").find("unknown role 'boss'") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[users.x]\nroles = []\n").find("at least one role") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[payer]\nname = \"C\"\niban = \"FI21 1234 5600 0007 86\"\n")
            .find("payer.iban") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[export.csv]\ndelimiter = \",\"\ndecimal_separator = \",\"\n")
            .find("must differ") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[export.sepa]\nversion = \"02\"\n").find("export.sepa.version") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[program2]\n").find("program2: unknown key") != std::string::npos);
  CHECK(error_of("[program]\nname = \"x\"\ngrant_amount = \"0\"\n").find("more than 0.00") != std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[privacy]\nretention_years = -1\n").find("privacy.retention_years") !=
        std::string::npos);
  CHECK(error_of(std::string(kMinimal) + "[ledger]\nbusy_timeout_ms = \"5s\"\n").find("ledger.busy_timeout_ms") !=
        std::string::npos);
}

TEST_CASE("config: a missing file is a config error naming it") {
  test::TempDir dir;
  try {
    load_config(dir / "nope.toml");
    FAIL("loaded");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    CHECK(std::string(e.what()).find("nope.toml") != std::string::npos);
  }
}

TEST_CASE("config: [ledger] url names a shared ledger: no password, a database, not beside a path (issue 19)") {
  const std::string ledger = std::string(kMinimal) + "[ledger]\n";
  const Config c = parse_config(ledger + "url = \"postgresql://minipilot@db.example:5433/minipilot\"\n", "/x/m.toml");
  CHECK(c.ledger_url == "postgresql://minipilot@db.example:5433/minipilot");
  CHECK(parse_config(kMinimal, "/x/m.toml").ledger_url.empty());

  const std::string both = error_of(ledger + "path = \"m.db\"\nurl = \"postgresql://db/minipilot\"\n");
  CHECK(both.find("/etc/mp/minipilot.toml:6: ledger.url: a ledger is a file (path) or a database (url), not both") ==
        0);
  const std::string password = error_of(ledger + "url = \"postgresql://mp:Salasana99@db/minipilot\"\n");
  CHECK(password.find("ledger.url: the URL must not hold a password") != std::string::npos);
  CHECK(password.find("Salasana99") == std::string::npos);
  CHECK(error_of(ledger + "url = \"mysql://db/minipilot\"\n").find("begins with postgresql://") != std::string::npos);
  CHECK(error_of(ledger + "url = \"\"\n").find("begins with postgresql://") != std::string::npos);
}

TEST_CASE("config: ledger_url_problem accepts what libpq reads without a password, and names the rest") {
  for (const char* ok : {"postgresql://db.example/minipilot", "postgres://mp@db.example:5432/minipilot",
                         "postgresql:///minipilot?host=/run/postgresql", "postgresql://mp@[::1]/minipilot",
                         "postgresql://db?dbname=minipilot&sslmode=verify-full", "postgresql://a%3Ab@db/minipilot",
                         "postgresql://db/minipilot?passfile=/etc/minipilot/pgpass"}) {
    CAPTURE(ok);
    CHECK(is_ledger_url(ok));
    CHECK(!ledger_url_problem(ok));
  }
  CHECK(!is_ledger_url("minipilot.db"));
  CHECK(!is_ledger_url("postgresql:/db/minipilot"));
  CHECK(!is_ledger_url("./postgresql://x"));
  const auto problem = [](const char* url) { return ledger_url_problem(url).value_or(""); };
  CHECK(problem("postgresql://mp:x@db/minipilot").find("must not hold a password") != std::string::npos);
  CHECK(problem("postgresql://mp:@db/minipilot").find("must not hold a password") != std::string::npos);
  CHECK(problem("postgresql://db/minipilot?sslmode=require&password=x").find("password") != std::string::npos);
  // libpq decodes a parameter's name: "pass%77ord" is "password".
  CHECK(problem("postgresql://db/minipilot?pass%77ord=x").find("password") != std::string::npos);
  CHECK(problem("postgresql://db").find("must name the database") != std::string::npos);
  CHECK(problem("postgresql://db/").find("must name the database") != std::string::npos);
  CHECK(problem("postgresql://db/?sslmode=require").find("must name the database") != std::string::npos);
  CHECK(problem("postgresql://db/mini pilot").find("no spaces or control characters") != std::string::npos);
  CHECK(problem("postgresql://db/minipilot\n").find("no spaces or control characters") != std::string::npos);
}
