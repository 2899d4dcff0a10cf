// Schema migrations. Never edit a shipped migration: add the next one, so that every older ledger can be brought forward.
#include "minipilot/ledger/schema.h"

#include <array>
#include <string>

namespace minipilot {

namespace {

// Migration i takes the ledger from version i to i + 1.
// Constraints evaluated on every insert spell out "x = 'a' OR x = 'b'" instead of
// "x IN ('a', 'b')": SQLite builds an ephemeral table for each IN list at each
// statement run, which cost a bulk import a third of its time.
constexpr std::array<const char*, 1> kMigrations{
    // 0 -> 1: applicants, pilots (with their decision and outcome), the append-only event log.
    R"sql(
CREATE TABLE applicants (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type = 'resident' OR type = 'community' OR type = 'association'
                                 OR type = 'company'),
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  business_id TEXT NOT NULL DEFAULT '',
  iban        TEXT NOT NULL DEFAULT '',
  bic         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE pilots (
  id            TEXT NOT NULL UNIQUE,            -- MP-2026-0001
  year          INTEGER NOT NULL,
  seq           INTEGER NOT NULL CHECK (seq > 0),
  title         TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  area          TEXT NOT NULL,
  applicant_id  INTEGER NOT NULL REFERENCES applicants (id),
  start_date    TEXT,
  end_date      TEXT,
  status        TEXT NOT NULL CHECK (status = 'submitted' OR status = 'approved'
                  OR status = 'rejected' OR status = 'withdrawn' OR status = 'disbursed'
                  OR status = 'completed'),
  match_key     TEXT NOT NULL,                   -- folded applicant name + title
  submitted_at  TEXT NOT NULL,
  submitted_by  TEXT NOT NULL,
  decided_at    TEXT,
  decided_by    TEXT,
  decision_note TEXT NOT NULL DEFAULT '',
  grant_cents   INTEGER CHECK (grant_cents > 0),  -- fixed at approval
  approved_year INTEGER,
  closed_at     TEXT,                            -- withdrawn
  closed_reason TEXT NOT NULL DEFAULT '',
  outcome       TEXT CHECK (outcome = 'success' OR outcome = 'partial' OR outcome = 'failed'),
  participants  INTEGER CHECK (participants >= 0),
  outcome_summary TEXT NOT NULL DEFAULT '',
  lessons       TEXT NOT NULL DEFAULT '',
  completed_at  TEXT,
  UNIQUE (year, seq),
  CHECK ((status = 'approved' OR status = 'disbursed' OR status = 'completed')
         = (grant_cents IS NOT NULL)
         OR status = 'withdrawn'),
  CHECK ((status = 'completed') = (outcome IS NOT NULL))
) STRICT;

-- One live application per applicant and title: the duplicate check, in the database.
CREATE UNIQUE INDEX pilots_live_match ON pilots (match_key)
  WHERE status <> 'rejected' AND status <> 'withdrawn';
CREATE INDEX pilots_status_area ON pilots (status, area);
CREATE INDEX pilots_approved_year ON pilots (approved_year) WHERE approved_year IS NOT NULL;

CREATE TABLE events (
  seq      INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  actor    TEXT NOT NULL,
  action   TEXT NOT NULL,
  pilot_id TEXT REFERENCES pilots (id),
  detail   TEXT NOT NULL CHECK (json_valid(detail))  -- {"before": {...}, "after": {...}, ...}
) STRICT;
CREATE INDEX events_pilot ON events (pilot_id, seq) WHERE pilot_id IS NOT NULL;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
)sql",
};

}  // namespace

int schema_version() { return static_cast<int>(kMigrations.size()); }

void migrate(SQLite::Database& db, int from) {
  for (int v = from; v < schema_version(); ++v) db.exec(kMigrations[static_cast<size_t>(v)]);
  db.exec("PRAGMA user_version = " + std::to_string(schema_version()));
}

}  // namespace minipilot
