// The shared ledger as the binary sees it: the PostgreSQL module loaded on first use, and its answers worded as the
// refusals of spec §4 in the user's language.
#include "minipilot/ledger/pg_ledger.h"

#include "minipilot/core/i18n.h"
#include "minipilot/core/module.h"
#include "minipilot/ledger/ledger.h"
#include "minipilot/ledger/pg_module.h"
#include "minipilot/ledger/pg_schema.h"

namespace minipilot {

namespace {

MinipilotPgEntry* entry() {
  static MinipilotPgEntry* const found = [] {
    const ModuleSymbol m = load_module_symbol(MINIPILOT_PG_MODULE, MINIPILOT_PG_ENTRY);
    if (!m.loaded)
      throw Error(ErrorKind::internal, trf("cannot load the PostgreSQL module {}: {}", m.path, m.error),
                  tr("reinstall minipilot; a ledger in a file needs no module"));
    if (!m.symbol)
      throw Error(ErrorKind::internal,
                  trf("the PostgreSQL module {} is not the one of this minipilot: {}", m.path, m.error),
                  tr("reinstall minipilot; a ledger in a file needs no module"));
    return reinterpret_cast<MinipilotPgEntry*>(m.symbol);
  }();
  return found;
}

std::string where(const PgAnswer& a) {
  // TRANSLATORS: a noun phrase, the subject of the messages it goes into ("{} holds no ledger"): the database's
  // name, then its server's host name or socket folder.
  return trf("the database {} on {}", a.database, a.host);
}

// The answer, or the refusal it means.
PgAnswer ask(PgRequest::Verb verb, const std::string& url, int busy_timeout_ms) {
  PgAnswer a;
  entry()(PgRequest{verb, url, busy_timeout_ms}, a);
  using P = PgAnswer::Problem;
  switch (a.problem) {
    case P::none:
      return a;
    case P::holds_ledger:
      throw Error(ErrorKind::conflict, trf("a ledger exists already in {}", where(a)),
                  tr("leave out init to use it, or give --db another database"));
    case P::other_tables:
      throw Error(ErrorKind::conflict, trf("{} holds other tables ({})", where(a), a.count),
                  tr("a ledger needs a database of its own: create one with createdb (docs/guide-admin.md)"));
    case P::no_ledger:
      throw Error(ErrorKind::not_found, trf("{} holds no ledger", where(a)),
                  tr("create one with 'minipilot init' and the same --db or [ledger] url"));
    case P::no_marker:
      throw Error(ErrorKind::integrity, trf("{} is not a minipilot ledger: it has no table minipilot_ledger", where(a)),
                  tr("check --db or [ledger] url: a ledger has a database of its own"));
    case P::foreign_marker:
      throw Error(ErrorKind::integrity,
                  trf("{} is not a minipilot ledger: its table minipilot_ledger is not minipilot's", where(a)),
                  tr("check --db or [ledger] url: a ledger has a database of its own"));
    case P::newer:
      throw Error(ErrorKind::integrity,
                  trf("{}: the ledger has schema version {}, newer than this minipilot ({})", where(a), a.count,
                      kPgSchemaVersion),
                  tr("use a newer minipilot; this one will not touch the ledger"));
    case P::older:
      throw Error(
          ErrorKind::integrity,
          trf("{}: the ledger's schema version is {}, which no minipilot wrote on PostgreSQL", where(a), a.count),
          tr("run 'minipilot verify' on a copy, or restore the database from its dump"));
    case P::unreachable:
      throw translate_failure(sql::Failure(sql::Failure::Kind::unreachable, "", a.detail));
    case P::busy:
      throw translate_failure(sql::Failure(sql::Failure::Kind::busy, "", a.detail));
    case P::unwritable:
      throw translate_failure(sql::Failure(sql::Failure::Kind::unwritable, "", a.detail));
    case P::refused:
      throw translate_failure(sql::Failure(sql::Failure::Kind::refused, "", a.detail));
    case P::internal:
      break;
  }
  throw Error(ErrorKind::internal, trf("ledger: {}", a.detail));
}

}  // namespace

std::string create_shared_ledger(const std::string& url, int busy_timeout_ms) {
  return where(ask(PgRequest::Verb::create, url, busy_timeout_ms));
}

Ledger open_shared_ledger(const std::string& url, int busy_timeout_ms) {
  PgAnswer a = ask(PgRequest::Verb::open, url, busy_timeout_ms);
  return Ledger::shared(std::move(a.connection), where(a));
}

}  // namespace minipilot
