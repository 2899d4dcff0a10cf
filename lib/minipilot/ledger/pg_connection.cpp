// sql::Connection on PostgreSQL, in the module: libpqxx's prepared statements, the transactions of decision 82, and
// every libpqxx failure turned into sql::Failure, which the binary can catch without knowing libpqxx.
#include "minipilot/ledger/pg_connection.h"

#include <cctype>
#include <charconv>
#include <optional>
#include <pqxx/pqxx>
#include <vector>

namespace minipilot {

namespace {

// libpq's messages run over several lines ("connection to server ... failed: ...\n\tIs the server running ...?");
// a refusal is one line, with single spaces ("FATAL:  database" has two).
std::string one_line(std::string_view what) {
  std::string s;
  for (char ch : what) {
    if (ch == '\n' || ch == '\t' || ch == ' ') {
      if (!s.empty() && s.back() != ' ') s += ' ';
    } else {
      s += ch;
    }
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// The server's own sentence, as 'relation "tallies" does not exist': its first line without the severity, and
// without the quoted statement and caret that follow ("LINE 1: ...").
std::string server_words(std::string_view what) {
  what = what.substr(0, what.find('\n'));
  for (std::string_view severity : {"ERROR:", "FATAL:", "PANIC:"})
    if (what.rfind(severity, 0) == 0) what.remove_prefix(severity.size());
  return one_line(what);
}

// Runs `f`, and turns what libpqxx throws into sql::Failure.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const pqxx::broken_connection& e) {
    throw sql::Failure(sql::Failure::Kind::unreachable, "", one_line(e.what()));
  } catch (const pqxx::insufficient_privilege& e) {
    // libpqxx 6.4 throws this one without its SQLSTATE (42501): told by its type.
    throw sql::Failure(sql::Failure::Kind::refused, "42501", server_words(e.what()));
  } catch (const pqxx::sql_error& e) {
    throw sql::Failure(pg_failure_kind(e.sqlstate()), e.sqlstate(), server_words(e.what()));
  } catch (const pqxx::failure& e) {
    throw sql::Failure(sql::Failure::Kind::internal, "", one_line(e.what()));
  }
}

// PostgreSQL's type oids of the integer types (pg_type.dat): int8, int2, int4; and bool, which SQLite reads as 0/1.
constexpr pqxx::oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kBool = 16;

class PgPrepared final : public sql::Prepared {
 public:
  PgPrepared(PgConnection& c, std::string name, int params, bool writes)
      : c_(c), name_(std::move(name)), params_(static_cast<size_t>(params)), writes_(writes) {}

  void bind_int64(int i, int64_t v) override { slot(i) = std::to_string(v); }
  void bind_text(int i, std::string_view v) override { slot(i) = std::string(v); }
  void bind_text_ref(int i, const std::string& v) override { slot(i) = v; }
  void bind_cstr_ref(int i, const char* v) override { slot(i) = std::string(v); }
  void bind_null(int i) override { slot(i).reset(); }

  bool step() override {
    if (!done_) execute();
    ++row_;
    return row_ < static_cast<long>(result_.size());
  }
  int64_t run() override {
    execute();
    return static_cast<int64_t>(result_.affected_rows());
  }
  void reset() override {
    done_ = false;
    row_ = -1;
    result_.clear();
  }
  void reset_quietly() noexcept override { reset(); }

  bool is_null(int col) override { return field(col).is_null(); }
  bool is_integer(int col) override {
    const pqxx::oid t = result_.column_type(static_cast<pqxx::row::size_type>(col));
    return !field(col).is_null() && (t == kInt8 || t == kInt2 || t == kInt4 || t == kBool);
  }
  int64_t int64(int col) override {
    const pqxx::field f = field(col);
    if (f.is_null()) return 0;
    const std::string_view s(f.c_str(), f.size());
    if (s == "t") return 1;  // a comparison, which SQLite gives as 1 or 0
    if (s == "f") return 0;
    int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size())
      throw sql::Failure(sql::Failure::Kind::internal, "", "not an integer: '" + std::string(s) + "'");
    return v;
  }
  std::string text(int col) override {
    const pqxx::field f = field(col);
    return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
  }
  std::string_view text_view(int col) override {
    const pqxx::field f = field(col);
    return f.is_null() ? std::string_view() : std::string_view(f.c_str(), f.size());
  }
  int columns() override { return static_cast<int>(result_.columns()); }
  std::string column_name(int col) override { return result_.column_name(static_cast<pqxx::row::size_type>(col)); }

 private:
  std::optional<std::string>& slot(int i) {
    if (i < 1 || i > static_cast<int>(params_.size()))
      throw sql::Failure(sql::Failure::Kind::internal, "", "no parameter " + std::to_string(i));
    return params_[static_cast<size_t>(i - 1)];
  }
  pqxx::field field(int col) {
    if (row_ < 0 || row_ >= static_cast<long>(result_.size()))
      throw sql::Failure(sql::Failure::Kind::internal, "", "no current row");
    return result_[static_cast<pqxx::result::size_type>(row_)][static_cast<pqxx::row::size_type>(col)];
  }
  void execute() {
    std::vector<const char*> values;
    values.reserve(params_.size());
    for (const auto& p : params_) values.push_back(p ? p->c_str() : nullptr);
    result_ = guarded([&] { return c_.work().exec_prepared(name_, pqxx::prepare::make_dynamic_params(values)); });
    // libpq counts the rows a SELECT returns as "affected": only a writing statement changes anything.
    if (writes_) c_.count_changes(static_cast<int64_t>(result_.affected_rows()));
    done_ = true;
    row_ = -1;
  }

  PgConnection& c_;
  std::string name_;
  std::vector<std::optional<std::string>> params_;  // nullopt: NULL
  pqxx::result result_;
  bool writes_;
  bool done_ = false;
  long row_ = -1;
};

// Whether a statement writes: it begins with INSERT, UPDATE or DELETE (the store's SQL writes no other way).
bool writes(std::string_view sql) {
  const size_t at = sql.find_first_not_of(" \n\t");
  if (at == std::string_view::npos) return false;
  std::string word;
  for (size_t i = at; i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])); ++i)
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i])));
  return word == "INSERT" || word == "UPDATE" || word == "DELETE";
}

}  // namespace

sql::Failure::Kind pg_failure_kind(const std::string& sqlstate) {
  using K = sql::Failure::Kind;
  if (sqlstate == "23505") return K::unique;                                                 // unique_violation
  if (sqlstate == "55P03" || sqlstate == "40001" || sqlstate == "40P01") return K::busy;     // lock, serialization
  if (sqlstate.rfind("53", 0) == 0 || sqlstate == "25006") return K::unwritable;             // disk full, read-only
  if (sqlstate == "42501") return K::refused;                                                // insufficient_privilege
  if (sqlstate.rfind("08", 0) == 0) return K::unreachable;                                   // connection exception
  if (sqlstate == "42P01" || sqlstate == "42703" || sqlstate == "42883") return K::missing;  // table, column, function
  return K::internal;
}

PgConnection::PgConnection(const std::string& url, int busy_timeout_ms) {
  guarded([&] {
    c_ = std::make_unique<pqxx::connection>(url);
    w_ = std::make_unique<pqxx::nontransaction>(*c_);
    // UTC, so that no time the server prints depends on where it stands; the lock timeout is the busy timeout.
    w_->exec0("SET TimeZone = 'UTC'; SET application_name = 'minipilot'; SET lock_timeout = " +
              std::to_string(busy_timeout_ms));
    return 0;
  });
}

PgConnection::~PgConnection() {
  if (open_) rollback();
}

std::string PgConnection::database() const { return c_->dbname(); }

std::string PgConnection::host() const {
  const char* h = c_->hostname();
  return h && *h ? h : "localhost";
}

std::unique_ptr<sql::Prepared> PgConnection::prepare(std::string_view sql) {
  const std::string text = sql::numbered_placeholders(sql);
  const std::string name = "s" + std::to_string(++statements_);
  guarded([&] {
    c_->prepare(name, text);
    return 0;
  });
  return std::make_unique<PgPrepared>(*this, name, sql::placeholder_count(text), writes(text));
}

void PgConnection::run_script(const std::string& sql) {
  guarded([&] { return w_->exec0(sql); });
}

bool PgConnection::is_unique_violation(const std::exception& e) const {
  const auto* f = dynamic_cast<const sql::Failure*>(&e);
  return f && f->kind() == sql::Failure::Kind::unique;
}

void PgConnection::begin(sql::Mode mode) {
  // A writer runs in READ COMMITTED and takes the one lock first: each statement after it sees every commit made
  // before the lock was granted. Taken after a REPEATABLE READ snapshot it would read what was true before the
  // wait (decision 82). EXCLUSIVE MODE leaves readers' plain SELECTs alone and needs a right on the table, so a
  // role that may only read cannot stop the writers.
  open_ = true;  // from here a failure (the lock's timeout) leaves a transaction to roll back
  try {
    guarded([&] {
      if (mode == sql::Mode::read)
        w_->exec0("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      else
        w_->exec0("BEGIN ISOLATION LEVEL READ COMMITTED; LOCK TABLE minipilot_ledger IN EXCLUSIVE MODE");
      return 0;
    });
  } catch (...) {
    rollback();
    throw;
  }
}

void PgConnection::commit() {
  guarded([&] { return w_->exec0("COMMIT"); });
  open_ = false;
}

void PgConnection::rollback() noexcept {
  open_ = false;
  try {
    w_->exec0("ROLLBACK");
  } catch (...) {  // a broken connection has rolled back on the server already
  }
}

}  // namespace minipilot
