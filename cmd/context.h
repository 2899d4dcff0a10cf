// The world of one command run: global options, environment, configuration, ledger, actor, clock, output.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "cmd/output.h"
#include "minipilot/config/config.h"
#include "minipilot/core/error.h"
#include "minipilot/core/sink.h"
#include "minipilot/core/time.h"
#include "minipilot/formats/document.h"
#include "minipilot/ops/context.h"
#include "minipilot/store/store.h"

namespace minipilot {
class Ledger;  // the SQLite engine (minipilot/ledger/ledger.h)
}  // namespace minipilot

namespace minipilot::cli {

/// The options that stand before (or after) any subcommand.
struct GlobalArgs {
  std::string config;
  std::string db;
  std::string as;
  std::string format;  ///< "" = the default (table)
  std::string output;  ///< -o FILE: reports go there instead of stdout
  bool quiet = false;
  std::string lang;  ///< --lang: read before parsing (cmd/language.h); here so that the parser accepts it
};

enum class Format { table, json, csv, markdown, html };

/// Built by main after parsing; everything a command needs, loaded on first
/// use so that `init` and `--help` never touch a ledger.
class Context {
 public:
  Context(GlobalArgs args, std::ostream& out, std::ostream& err, std::istream& in);
  ~Context();

  /// The configuration from --config, $MINIPILOT_CONFIG or ./minipilot.toml.
  const Config& config();
  /// The path of the configuration file that config() would read.
  std::filesystem::path config_path() const;
  /// The ledger: --db, else [ledger] path.
  std::filesystem::path ledger_path();
  /// The shared ledger's PostgreSQL URL: --db when it is one, else [ledger]
  /// url; empty when the ledger is a file. A --db URL is checked as [ledger]
  /// url is (Error{config}: no password, a database named).
  std::string ledger_url();
  /// Whether --db names the ledger (ledger_path() then needs no configuration).
  bool db_given() const { return !args_.db.empty(); }
  /// The ledger as the operations and reports see it: opened when they first read.
  Store& store();
  const Actor& actor();
  /// The real clock, or $MINIPILOT_NOW where the configuration says
  /// [testing] fixed_clock = true (else Error{config}).
  const Clock& clock();
  /// Ledger, config, actor, clock and progress for lib/ operations.
  OpContext ops();
  /// Where long work shows how far it is: stderr when it is a terminal and -q is not given.
  Progress& progress();

  Format format() const { return format_; }
  /// --format as given ("" when left out), for a command whose default is not a table.
  const std::string& format_given() const { return args_.format; }
  /// -o as given ("" when left out), for a command that writes its own file (`letter`'s PDF).
  const std::string& output_given() const { return args_.output; }
  bool quiet() const { return args_.quiet; }
  /// The output holds no personal data (the council's summary, the public
  /// catalogues): a file written with -o may be read by anyone (0644), such
  /// as the web server that publishes it. Otherwise 0640.
  void publishable() { output_mode_ = kPublicMode; }
  std::istream& in() { return in_; }
  std::ostream& err() { return err_; }

  /// Prints a report in the chosen format, building only that form:
  /// `make_json()` for json, `make_doc()` (a Document) for the others.
  template <class MakeDoc, class MakeJson>
  void show(MakeDoc make_doc, MakeJson make_json) {
    if (format_ == Format::json) return print_json(make_json());
    print_document(make_doc());
  }
  void print_json(const std::string& json) { emit(json); }
  void print_document(const Document& doc);
  /// A confirmation for people ("approved MP-2026-0001"); silent with -q.
  void say(const std::string& line);
  /// A warning on stderr ("minipilot: warning: ..."), even with -q.
  void warn(const std::string& line);
  /// Refuses (Error{busy}) when standard output could not be written (a
  /// full disk behind `> report.json`, a closed descriptor): a cron job must
  /// not be told the report was made. Called by main after every command.
  void finish_output();

 private:
  unsigned output_mode_ = kPrivateMode;
  // The ledger, opened (and migrated) on first use; only the store's opener
  // calls it, so that no command opens the ledger before its checks.
  Ledger& ledger();
  void emit(const std::string& text);
  // An output failure after the command committed says so: the change stands.
  Error after_commit(const Error& e);

  GlobalArgs args_;
  std::ostream& out_;
  std::ostream& err_;
  std::istream& in_;
  Format format_ = Format::table;
  std::unique_ptr<Clock> clock_;
  std::unique_ptr<Progress> progress_;
  std::unique_ptr<Notices> notices_;
  std::optional<Config> config_;
  std::unique_ptr<Ledger> ledger_;
  std::optional<Store> store_;
  std::optional<Actor> actor_;
};

}  // namespace minipilot::cli
