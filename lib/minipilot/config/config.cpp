// TOML -> Config. Unknown keys are refused: a typo must not silently switch a control off.
#include "minipilot/config/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "minipilot/config/ledger_url.h"
#include "minipilot/config/starter.h"
#include "minipilot/core/error.h"
#include "minipilot/validate/bank.h"
#include "minipilot/validate/business_id.h"
#include "minipilot/validate/text.h"

namespace minipilot {

namespace {

// Reads typed values out of a toml::table, failing with file:line:key.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::source_region& where, std::string_view key, std::string_view what) const {
    const std::string place = where.begin.line ? fmt::format("{}:{}", file_, where.begin.line) : file_;
    throw Error(ErrorKind::config, fmt::format("{}: {}: {}", place, key, what),
                tr("config/minipilot.example.toml documents every key"));
  }

  void only_keys(const toml::table& t, std::string_view prefix, std::initializer_list<std::string_view> known) const {
    for (auto&& [k, v] : t) {
      if (std::find(known.begin(), known.end(), k.str()) == known.end())
        fail(k.source(), join(prefix, k.str()), tr("unknown key"));
    }
  }

  static std::string join(std::string_view prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : fmt::format("{}.{}", prefix, key);
  }

  const toml::table* table(const toml::table& t, std::string_view prefix, std::string_view key) const {
    const toml::node* n = t.get(key);
    if (!n) return nullptr;
    if (!n->is_table()) fail(n->source(), join(prefix, key), tr("must be a table"));
    return n->as_table();
  }

  std::optional<std::string> string(const toml::table& t, std::string_view prefix, std::string_view key,
                                    size_t max_chars = 200) const {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_string()) fail(n->source(), join(prefix, key), tr("must be a string in quotes"));
    // TRANSLATORS: a value in the configuration file, in messages such as "value is longer than 200 characters".
    const Checked<std::string> c = check_text(n->as_string()->get(), tr("value"), max_chars, Lines::single);
    if (!c.ok()) fail(n->source(), join(prefix, key), c.error);
    return c.value;
  }

  std::string required_string(const toml::table& t, std::string_view prefix, std::string_view key,
                              const toml::source_region& where) const {
    std::optional<std::string> s = string(t, prefix, key);
    if (!s || s->empty()) fail(where, join(prefix, key), tr("is required"));
    return *s;
  }

  Cents money(const toml::node& n, const std::string& key) const {
    if (!n.is_string()) fail(n.source(), key, tr("write amounts as strings in quotes, as in \"500.00\""));
    const Checked<Cents> c = parse_money(n.as_string()->get());
    if (!c.ok()) fail(n.source(), key, c.error);
    return c.value;
  }

  std::optional<int64_t> integer(const toml::table& t, std::string_view prefix, std::string_view key, int64_t lo,
                                 int64_t hi) const {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_integer() || n->as_integer()->get() < lo || n->as_integer()->get() > hi)
      fail(n->source(), join(prefix, key), trf("must be a whole number from {} to {}", lo, hi));
    return n->as_integer()->get();
  }

  std::optional<bool> boolean(const toml::table& t, std::string_view prefix, std::string_view key) const {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_boolean()) fail(n->source(), join(prefix, key), tr("must be true or false"));
    return n->as_boolean()->get();
  }

  std::vector<std::string> strings(const toml::table& t, std::string_view prefix, std::string_view key) const {
    std::vector<std::string> out;
    const toml::node* n = t.get(key);
    if (!n) return out;
    const toml::array* a = n->as_array();
    if (!a) fail(n->source(), join(prefix, key), tr("must be a list of strings, as in [\"anna\"]"));
    for (const toml::node& e : *a) {
      if (!e.is_string()) fail(e.source(), join(prefix, key), tr("must be a list of strings"));
      out.push_back(e.as_string()->get());
    }
    return out;
  }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
};

bool is_identifier(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

void read_program(const Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = r.table(root, "", "program");
  if (!t) r.fail(root.source(), "program", tr("the [program] table is required"));
  r.only_keys(*t, "program", {"name", "municipality", "grant_amount", "language", "timezone", "outcome_due_days"});
  c.program_name = r.required_string(*t, "program", "name", t->source());
  c.municipality = r.string(*t, "program", "municipality").value_or("");
  if (const std::optional<std::string> code = r.string(*t, "program", "language")) {
    const Checked<Language> l = parse_language(*code);
    // Validated here; the language itself was chosen before the command line
    // was parsed (cmd/language.cpp), so that --help speaks it.
    if (!l.ok()) r.fail(t->get("language")->source(), "program.language", l.error);
  }
  if (const std::optional<std::string> name = r.string(*t, "program", "timezone")) {
    Checked<TimeZone> z = TimeZone::find(*name);
    if (!z.ok()) r.fail(t->get("timezone")->source(), "program.timezone", z.error);
    c.timezone = std::move(z.value);
  } else if (!TimeZone::find(c.timezone.name()).ok()) {
    // The default zone, checked like a given one: a machine without tzdata is told at once.
    r.fail(t->source(), "program.timezone",
           trf("the tz database has no zone {}: install the tzdata package", c.timezone.name()));
  }
  if (const toml::node* n = t->get("grant_amount")) {
    c.grant_amount = r.money(*n, "program.grant_amount");
    if (c.grant_amount.value == 0) r.fail(n->source(), "program.grant_amount", tr("must be more than 0.00"));
  }
  c.outcome_due_days =
      static_cast<int>(r.integer(*t, "program", "outcome_due_days", 1, 365).value_or(c.outcome_due_days));
}

void read_budget(const Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = r.table(root, "", "budget");
  if (!t) return;
  for (auto&& [k, v] : *t) {
    const std::string key = Reader::join("budget", k.str());
    int year = 0;
    const std::string_view y = k.str();
    const auto [end, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
    if (ec != std::errc{} || end != y.data() + y.size() || year < 2000 || year > 2999)
      r.fail(k.source(), key, tr("budget keys are years, as in 2026 = \"30000.00\""));
    c.budget[year] = r.money(v, key);
  }
}

void read_ledger(const Reader& r, const toml::table& root, Config& c) {
  std::string path = "minipilot.db";
  if (const toml::table* t = r.table(root, "", "ledger")) {
    r.only_keys(*t, "ledger", {"path", "url", "busy_timeout_ms"});
    const std::optional<std::string> url = r.string(*t, "ledger", "url", 4096);
    if (url) {
      const toml::source_region& where = t->get("url")->source();
      if (t->contains("path"))
        r.fail(where, "ledger.url", tr("a ledger is a file (path) or a database (url), not both: remove one"));
      if (const auto problem = ledger_url_problem(*url)) r.fail(where, "ledger.url", *problem);
      c.ledger_url = *url;
    }
    path = r.string(*t, "ledger", "path", 4096).value_or(path);
    if (path.empty()) r.fail(t->source(), "ledger.path", tr("must not be empty"));
    c.busy_timeout_ms =
        static_cast<int>(r.integer(*t, "ledger", "busy_timeout_ms", 0, 600000).value_or(c.busy_timeout_ms));
  }
  c.ledger = c.file.parent_path() / path;
}

void read_users(const Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = r.table(root, "", "users");
  if (!t) return;
  for (auto&& [k, v] : *t) {
    const std::string prefix = Reader::join("users", k.str());
    if (!is_identifier(k.str())) r.fail(k.source(), prefix, tr("user ids use a-z, 0-9, '-', '_' and '.'"));
    const toml::table* u = v.as_table();
    if (!u) r.fail(v.source(), prefix, tr("must be a table with name and roles"));
    r.only_keys(*u, prefix, {"name", "roles", "title"});
    User user{std::string(k.str()),
              r.string(*u, prefix, "name").value_or(std::string(k.str())),
              {},
              r.string(*u, prefix, "title").value_or("")};
    for (const std::string& role : r.strings(*u, prefix, "roles")) {
      const auto parsed = parse_role(role);
      if (!parsed)
        r.fail(u->get("roles")->source(), prefix + ".roles",
               // TRANSLATORS: agent, finance, viewer and admin are the role names of the configuration file.
               trf("unknown role '{}': agent, finance, viewer or admin", role));
      user.roles.push_back(*parsed);
    }
    if (user.roles.empty()) r.fail(u->source(), prefix + ".roles", tr("give at least one role"));
    c.users.emplace(user.id, std::move(user));
  }
}

void read_areas(const Reader& r, const toml::table& root, Config& c) {
  const toml::node* n = root.get("areas");
  if (!n) return;
  const toml::array* list = n->as_array();
  if (!list || !list->is_array_of_tables()) r.fail(n->source(), "areas", tr("write each area as an [[areas]] table"));
  for (const toml::node& e : *list) {
    const toml::table& t = *e.as_table();
    r.only_keys(t, "areas", {"id", "name", "agents"});
    Area a{r.required_string(t, "areas", "id", t.source()), {}, r.strings(t, "areas", "agents")};
    a.name = r.string(t, "areas", "name").value_or(a.id);
    if (!is_identifier(a.id)) r.fail(t.source(), "areas.id", tr("area ids use a-z, 0-9, '-', '_' and '.'"));
    if (c.find_area(a.id)) r.fail(t.source(), "areas.id", trf("area '{}' is listed twice", a.id));
    for (const std::string& agent : a.agents)
      if (!c.users.count(agent))
        r.fail(t.get("agents")->source(), "areas.agents", trf("'{}' is not a user under [users]", agent));
    c.areas.push_back(std::move(a));
  }
}

// [decisions]: the texts of every decision letter. Each key is optional here;
// `letter` names the ones it needs and are missing.
void read_decisions(const Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = r.table(root, "", "decisions");
  if (!t) return;
  r.only_keys(*t, "decisions",
              {"authority", "rectification_to", "rectification_address", "contact", "approval_reasons"});
  DecisionTexts& d = c.decisions;
  d.authority = r.string(*t, "decisions", "authority").value_or("");
  d.rectification_to = r.string(*t, "decisions", "rectification_to").value_or("");
  d.rectification_address = r.string(*t, "decisions", "rectification_address", 400).value_or("");
  d.contact = r.string(*t, "decisions", "contact", 400).value_or("");
  d.approval_reasons = r.string(*t, "decisions", "approval_reasons", 2000).value_or("");
}

// [[reasons]]: rejection reason codes with a text in each language.
void read_reasons(const Reader& r, const toml::table& root, Config& c) {
  const toml::node* n = root.get("reasons");
  if (!n) return;
  const toml::array* list = n->as_array();
  if (!list || !list->is_array_of_tables())
    r.fail(n->source(), "reasons", tr("write each reason as a [[reasons]] table with code, fi and en"));
  for (const toml::node& e : *list) {
    const toml::table& t = *e.as_table();
    r.only_keys(t, "reasons", {"code", "fi", "en"});
    Reason reason{r.required_string(t, "reasons", "code", t.source()),
                  r.required_string(t, "reasons", "fi", t.source()), r.required_string(t, "reasons", "en", t.source())};
    if (!is_identifier(reason.code))
      r.fail(t.get("code")->source(), "reasons.code", tr("reason codes use a-z, 0-9, '-', '_' and '.'"));
    if (c.find_reason(reason.code))
      r.fail(t.get("code")->source(), "reasons.code", trf("reason '{}' is listed twice", reason.code));
    c.reasons.push_back(std::move(reason));
  }
}

void read_payer(const Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = r.table(root, "", "payer");
  if (!t) return;
  r.only_keys(*t, "payer", {"name", "iban", "bic", "business_id", "initiating_party_id"});
  Payer p{r.required_string(*t, "payer", "name", t->source()), r.required_string(*t, "payer", "iban", t->source()),
          r.string(*t, "payer", "bic").value_or(""), r.string(*t, "payer", "business_id").value_or(""),
          r.string(*t, "payer", "initiating_party_id").value_or("")};
  if (!p.business_id.empty()) {
    const Checked<std::string> id = check_business_id(p.business_id);
    if (!id.ok()) r.fail(t->get("business_id")->source(), "payer.business_id", id.error);
    p.business_id = id.value;
  }
  if (t->contains("initiating_party_id") && !is_sepa_identifier(p.initiating_party_id))
    r.fail(t->get("initiating_party_id")->source(), "payer.initiating_party_id",
           tr("the sender id the bank agreement names: 1 to 35 of A-Z, a-z, 0-9 and '-'"));
  const Checked<std::string> iban = check_iban(p.iban);
  if (!iban.ok()) r.fail(t->get("iban")->source(), "payer.iban", iban.error);
  p.iban = iban.value;
  if (!p.bic.empty()) {
    const Checked<std::string> bic = check_bic(p.bic);
    if (!bic.ok()) r.fail(t->get("bic")->source(), "payer.bic", bic.error);
    p.bic = bic.value;
  }
  c.payer = std::move(p);
}

char single_char(const Reader& r, const toml::table& t, std::string_view key, char fallback, std::string_view allowed) {
  const std::optional<std::string> s = r.string(t, "export.csv", key);
  if (!s) return fallback;
  if (s->size() != 1 || allowed.find((*s)[0]) == std::string_view::npos)
    r.fail(t.get(key)->source(), Reader::join("export.csv", key),
           trf("must be one of: {}", key == "delimiter" ? "\";\" \",\" \"\\t\" \"|\"" : "\",\" \".\""));
  return (*s)[0];
}

void read_export(const Reader& r, const toml::table& root, Config& c) {
  const toml::table* t = r.table(root, "", "export");
  if (!t) return;
  r.only_keys(*t, "export", {"csv", "sepa"});
  if (const toml::table* csv = r.table(*t, "export", "csv")) {
    r.only_keys(*csv, "export.csv", {"delimiter", "decimal_separator", "bom"});
    c.csv.delimiter = single_char(r, *csv, "delimiter", c.csv.delimiter, ";,\t|");
    c.csv.decimal_separator = single_char(r, *csv, "decimal_separator", c.csv.decimal_separator, ",.");
    c.csv.bom = r.boolean(*csv, "export.csv", "bom").value_or(c.csv.bom);
    if (c.csv.delimiter == c.csv.decimal_separator)
      r.fail(csv->source(), "export.csv.delimiter", tr("must differ from decimal_separator"));
  }
  if (const toml::table* sepa = r.table(*t, "export", "sepa")) {
    r.only_keys(*sepa, "export.sepa", {"version"});
    c.sepa_version = r.string(*sepa, "export.sepa", "version").value_or(c.sepa_version);
    if (c.sepa_version != "09" && c.sepa_version != "03")
      r.fail(sepa->get("version")->source(), "export.sepa.version", tr("must be \"09\" or \"03\""));
  }
}

}  // namespace

const Area* Config::find_area(std::string_view id) const {
  for (const Area& a : areas)
    if (a.id == id) return &a;
  return nullptr;
}

std::string Config::area_name(std::string_view id) const {
  const Area* a = find_area(id);
  return std::string(a && !a->name.empty() ? std::string_view(a->name) : id);
}

const Reason* Config::find_reason(std::string_view code) const {
  for (const Reason& r : reasons)
    if (r.code == code) return &r;
  return nullptr;
}

Config parse_config(std::string_view text, const std::filesystem::path& file) {
  const Reader r(file.string());
  toml::table root;
  try {
    root = toml::parse(text, file.string());
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::config, fmt::format("{}:{}: {}", file.string(), e.source().begin.line, e.description()),
                tr("the file must be valid TOML (https://toml.io)"));
  }
  r.only_keys(root, "",
              {"program", "decisions", "reasons", "budget", "ledger", "areas", "users", "controls", "payer", "export",
               "privacy", "testing"});
  Config c;
  c.file = file;
  read_program(r, root, c);
  read_budget(r, root, c);
  read_ledger(r, root, c);
  read_users(r, root, c);
  read_areas(r, root, c);
  read_decisions(r, root, c);
  read_reasons(r, root, c);
  if (const toml::table* t = r.table(root, "", "controls")) {
    r.only_keys(*t, "controls", {"four_eyes", "batch_approval"});
    c.four_eyes = r.boolean(*t, "controls", "four_eyes").value_or(c.four_eyes);
    c.batch_approval = r.boolean(*t, "controls", "batch_approval").value_or(c.batch_approval);
    // Without [users] anyone may say who they are (--as): a second pair of eyes would be a name typed twice.
    if (c.batch_approval && c.users.empty())
      r.fail(t->get("batch_approval")->source(), "controls.batch_approval",
             tr("batch approval needs [users]: two finance users, the maker and the confirmer"));
  }
  read_payer(r, root, c);
  read_export(r, root, c);
  if (const toml::table* t = r.table(root, "", "privacy")) {
    r.only_keys(*t, "privacy", {"retention_years"});
    c.retention_years =
        static_cast<int>(r.integer(*t, "privacy", "retention_years", 1, 100).value_or(c.retention_years));
  }
  if (const toml::table* t = r.table(root, "", "testing")) {
    r.only_keys(*t, "testing", {"fixed_clock"});
    c.fixed_clock = r.boolean(*t, "testing", "fixed_clock").value_or(c.fixed_clock);
  }
  return c;
}

Config load_config(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec))
    throw Error(ErrorKind::config, trf("{}: no such configuration file", file.string()),
                tr("give --config FILE, set $MINIPILOT_CONFIG, or run 'minipilot init --with-config'"));
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw Error(ErrorKind::config, trf("{}: cannot be read", file.string()));
  return parse_config(text.str(), file);
}

std::string starter_config(int year) {
  std::string text(kStarterConfig);
  const std::string marker = "{{year}}";
  for (size_t pos; (pos = text.find(marker)) != std::string::npos;)
    text.replace(pos, marker.size(), std::to_string(year));
  return text;
}

std::optional<Language> configured_language(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  try {
    const toml::table root = toml::parse_file(file.string());
    const std::optional<std::string_view> code = root["program"]["language"].value<std::string_view>();
    if (!code) return std::nullopt;
    const Checked<Language> l = parse_language(*code);
    return l.ok() ? std::optional<Language>(l.value) : std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;  // unreadable or malformed: load_config says so, in the default language
  }
}

}  // namespace minipilot
