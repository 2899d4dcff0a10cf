// Reading the environment is allowed here, and only here: lib/ is handed what it needs.
#include "cmd/context.h"

#include <fmt/format.h>
#include <pwd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "cmd/progress.h"
#include "minipilot/config/ledger_url.h"
#include "minipilot/core/error.h"
#include "minipilot/core/forms.h"
#include "minipilot/core/i18n.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/ledger/pg_ledger.h"

namespace minipilot::cli {

namespace fs = std::filesystem;

namespace {

class SystemClock : public Clock {
 public:
  Timestamp now() const override {
    const auto t = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp{std::chrono::duration_cast<std::chrono::seconds>(t).count()};
  }
};

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// $MINIPILOT_NOW is for tests and reproducible examples: honoured only where
// the configuration allows it, so that nobody can backdate a decision.
std::unique_ptr<Clock> make_clock(const std::string& now, const Config* config, const fs::path& config_file) {
  if (now.empty()) return std::make_unique<SystemClock>();
  const std::string hint =
      tr("unset MINIPILOT_NOW; only a test or example configuration says [testing] fixed_clock = true");
  if (!config)
    throw Error(
        ErrorKind::config,
        trf("$MINIPILOT_NOW is set, but there is no configuration ({}) to allow a fixed clock", config_file.string()),
        hint);
  if (!config->fixed_clock)
    throw Error(ErrorKind::config,
                trf("$MINIPILOT_NOW is set, but {} does not allow a fixed clock", config->file.string()), hint);
  const Checked<Timestamp> t = parse_timestamp(now);
  if (!t.ok()) throw Error(ErrorKind::config, "MINIPILOT_NOW: " + t.error);
  return std::make_unique<FixedClock>(t.value);
}

Format parse_format(const std::string& f) {
  if (f.empty() || f == "table") return Format::table;
  if (f == "json") return Format::json;
  if (f == "csv") return Format::csv;
  if (f == "markdown") return Format::markdown;
  return Format::html;  // CLI11 has checked the value already
}

std::string login_name() {
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
  return env("USER");
}

size_t terminal_width(bool to_file) {
  if (const std::string c = env("COLUMNS"); !c.empty()) {
    const long n = std::strtol(c.c_str(), nullptr, 10);
    if (n >= 20 && n <= 1000) return static_cast<size_t>(n);
  }
  winsize ws{};
  if (!to_file && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  return 100000;  // not a terminal: never cut
}

}  // namespace

Context::Context(GlobalArgs args, std::ostream& out, std::ostream& err, std::istream& in)
    : args_(std::move(args)), out_(out), err_(err), in_(in), format_(parse_format(args_.format)) {}

Context::~Context() = default;

fs::path Context::config_path() const {
  if (!args_.config.empty()) return args_.config;
  if (const std::string e = env("MINIPILOT_CONFIG"); !e.empty()) return e;
  return "minipilot.toml";
}

const Config& Context::config() {
  if (!config_) {
    config_ = load_config(config_path());
    use_display_zone(config_->timezone);  // human output shows times in the programme's zone
  }
  return *config_;
}

const Clock& Context::clock() {
  if (!clock_) {
    // Without $MINIPILOT_NOW no configuration is needed (init --with-config writes it).
    const std::string now = env("MINIPILOT_NOW");
    clock_ = make_clock(now, now.empty() || !fs::exists(config_path()) ? nullptr : &config(), config_path());
  }
  return *clock_;
}

fs::path Context::ledger_path() { return args_.db.empty() ? config().ledger : fs::path(args_.db); }

std::string Context::ledger_url() {
  if (args_.db.empty()) return config().ledger_url;
  if (!is_ledger_url(args_.db)) return {};
  if (const auto problem = ledger_url_problem(args_.db))
    throw Error(ErrorKind::config, trf("--db: {}", *problem),
                tr("the URL's form: postgresql://USER@HOST:PORT/DATABASE (docs/guide-admin.md)"));
  return args_.db;
}

Ledger& Context::ledger() {
  if (!ledger_) {
    const std::string url = ledger_url();
    ledger_ = std::make_unique<Ledger>(url.empty() ? Ledger::open(ledger_path(), config().busy_timeout_ms)
                                                   : open_shared_ledger(url, config().busy_timeout_ms));
  }
  return *ledger_;
}

Store& Context::store() {
  // Opened when an operation first reads: after its permission and input checks.
  if (!store_) store_.emplace([this]() -> Ledger& { return ledger(); });
  return *store_;
}

const Actor& Context::actor() {
  if (!actor_) {
    std::string who = args_.as;
    if (who.empty()) who = env("MINIPILOT_USER");
    if (who.empty()) who = login_name();
    if (who.empty()) who = "unknown";
    actor_ = resolve_actor(config().users, who);
  }
  return *actor_;
}

Progress& Context::progress() {
  // Only people watching a terminal see progress; scripts, pipes and -q see nothing.
  if (args_.quiet || !isatty(STDERR_FILENO)) return no_progress();
  if (!progress_) progress_ = std::make_unique<TerminalProgress>(err_);
  return *progress_;
}

namespace {

// An operation's notices as this command's warnings.
class WarningNotices : public Notices {
 public:
  explicit WarningNotices(Context& ctx) : ctx_(ctx) {}
  void note(const std::string& sentence) override { ctx_.warn(sentence); }

 private:
  Context& ctx_;
};

}  // namespace

OpContext Context::ops() {
  const Config& c = config();
  if (!notices_) notices_ = std::make_unique<WarningNotices>(*this);
  return OpContext{store(), c, actor(), clock(), progress(), *notices_};
}

void Context::print_document(const Document& doc) {
  const bool to_file = !args_.output.empty();
  const bool colour = !to_file && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
  switch (format_) {
    case Format::json:
      break;  // show() calls print_json for json
    case Format::table:
      return emit(render_text(doc, terminal_width(to_file), colour));
    case Format::markdown:
      return emit(render_markdown(doc));
    case Format::html:
      return emit(render_html(doc));
    case Format::csv:
      return emit(render_csv(doc, config_ ? config_->csv : CsvDialect{}));
  }
}

void Context::emit(const std::string& text) {
  if (args_.output.empty()) {
    out_ << text << std::flush;
    return;
  }
  try {
    write_file_atomically(args_.output, text, output_mode_);
  } catch (const Error& e) {
    throw after_commit(e);
  }
}

Error Context::after_commit(const Error& e) {
  if (!store_ || store_->changes() == 0) return e;
  // TRANSLATORS: then why: "the change is recorded, but its output was not written: cannot write out.json: ..."
  return Error(e.kind(), trf("the change is recorded, but its output was not written: {}", e.what()),
               tr("the ledger holds it ('minipilot log' shows it); write the output again with a report or 'show'"));
}

void Context::finish_output() {
  out_.flush();
  if (out_) return;
  throw after_commit(Error(ErrorKind::busy,
                           tr("standard output could not be written (a full disk, or a closed output)"),
                           tr("check where the output goes: the disk behind '>' may be full")));
}

void Context::say(const std::string& line) {
  if (!args_.quiet) out_ << line << '\n' << std::flush;
}

void Context::warn(const std::string& line) { err_ << "minipilot: warning: " << line << '\n'; }

}  // namespace minipilot::cli
