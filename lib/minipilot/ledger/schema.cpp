// Schema migrations. Never edit a shipped migration: add the next one, so that every older ledger can be brought
// forward.
#include "minipilot/ledger/schema.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <array>
#include <string>

#include "minipilot/ledger/chain.h"
#include "minipilot/ledger/sql_sqlite.h"

namespace minipilot {

namespace {

// Migration i takes the ledger from version i to i + 1.
// Constraints evaluated on every insert spell out "x = 'a' OR x = 'b'" instead of
// "x IN ('a', 'b')": SQLite builds an ephemeral table for each IN list at each
// statement run, which cost a bulk import a third of its time.
// A migration: SQL, then optionally C++ for what SQL cannot do.
struct Migration {
  const char* sql;
  void (*after)(SQLite::Database&) = nullptr;
};

constexpr std::array<Migration, 12> kMigrations{{
    // 0 -> 1: applicants, pilots (with their decision and outcome), the append-only event log.
    {R"sql(
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
)sql"},
    // 1 -> 2: payment batches and payments, holds, who last set an IBAN, applicant changes.
    {R"sql(
CREATE TABLE batches (
  id             TEXT NOT NULL UNIQUE,           -- PB-2026-001
  year           INTEGER NOT NULL,
  seq            INTEGER NOT NULL CHECK (seq > 0),
  execution_date TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  state          TEXT NOT NULL CHECK (state = 'exported' OR state = 'voided'),
  voided_at      TEXT,
  voided_by      TEXT,
  void_reason    TEXT NOT NULL DEFAULT '',
  -- What the files were made with, so that a re-export is byte for byte the same
  -- even after the configuration has changed.
  payer_name     TEXT NOT NULL,
  payer_iban     TEXT NOT NULL,
  payer_bic      TEXT NOT NULL,
  sepa_version   TEXT NOT NULL CHECK (sepa_version = '09' OR sepa_version = '03'),
  csv_delimiter  TEXT NOT NULL,
  csv_decimal    TEXT NOT NULL,
  csv_bom        INTEGER NOT NULL,
  UNIQUE (year, seq),
  CHECK ((state = 'voided') = (voided_at IS NOT NULL))
) STRICT;

CREATE TABLE payments (
  batch_id      TEXT NOT NULL REFERENCES batches (id),
  pilot_id      TEXT NOT NULL REFERENCES pilots (id),
  payee_name    TEXT NOT NULL,                   -- as paid: a later amend does not change it
  iban          TEXT NOT NULL,
  bic           TEXT NOT NULL,
  amount_cents  INTEGER NOT NULL CHECK (amount_cents > 0),
  message       TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state = 'sent' OR state = 'returned'),
  live          INTEGER NOT NULL CHECK (live = 0 OR live = 1),  -- batch not voided, not returned
  returned_at   TEXT,
  returned_by   TEXT,
  return_reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (batch_id, pilot_id),
  CHECK ((state = 'returned') = (returned_at IS NOT NULL)),
  CHECK (live = 0 OR state = 'sent')
) STRICT;
-- A pilot is never paid twice: at most one live payment each, in the database.
CREATE UNIQUE INDEX payments_one_live ON payments (pilot_id) WHERE live = 1;

ALTER TABLE pilots ADD COLUMN hold_reason TEXT;    -- not NULL while on hold
ALTER TABLE pilots ADD COLUMN iban_set_by TEXT;    -- who last set the IBAN (four-eyes)
UPDATE pilots SET iban_set_by = submitted_by;

-- Corrections of an applicant's details. Personal values live here, not in events,
-- so that they can be erased; the amend event refers to the row.
CREATE TABLE applicant_changes (
  seq          INTEGER PRIMARY KEY,
  applicant_id INTEGER NOT NULL REFERENCES applicants (id),
  field        TEXT NOT NULL,
  old_value    TEXT NOT NULL,
  new_value    TEXT NOT NULL
) STRICT;
)sql"},
    // 2 -> 3: the event hash chain. Existing events are hashed in order; the
    // append-only triggers are lifted for that one update and put back.
    {R"sql(
ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT '';
DROP TRIGGER events_no_update;
)sql",
     [](SQLite::Database& db) {
       SqliteConnection c(&db);
       rehash_events(c);
       db.exec(
           "CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
           "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;");
     }},
    // 3 -> 4: summary tallies, so that `report summary` reads a few hundred rows
    // instead of every pilot. Triggers keep them in the same transaction as the
    // change they count; `verify` recounts them from the pilots. Existing
    // ledgers are counted once here.
    {R"sql(
-- Pilots counted by everything the summary groups or filters on.
CREATE TABLE tallies (
  year          INTEGER NOT NULL,   -- of application
  area          TEXT NOT NULL,
  type          TEXT NOT NULL,      -- the applicant's
  month         TEXT NOT NULL,      -- of application, '2026-03'
  status        TEXT NOT NULL,
  outcome       TEXT NOT NULL,      -- '' until completed
  approved_year INTEGER NOT NULL,   -- 0 when never approved
  n             INTEGER NOT NULL,   -- may fall to 0; such rows count nothing
  grant_cents   INTEGER NOT NULL,   -- the sum of their grants
  PRIMARY KEY (year, area, type, month, status, outcome, approved_year)
) STRICT, WITHOUT ROWID;

-- How long pilots waited, in whole minutes, for the medians: from application
-- to decision, and to the batch of their live payment.
CREATE TABLE durations (
  year    INTEGER NOT NULL,
  kind    TEXT NOT NULL CHECK (kind = 'decision' OR kind = 'payment'),
  minutes INTEGER NOT NULL,
  area    TEXT NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (year, kind, minutes, area)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER pilots_tally_insert AFTER INSERT ON pilots BEGIN
  INSERT INTO tallies VALUES (NEW.year, NEW.area, (SELECT type FROM applicants WHERE id = NEW.applicant_id),
      substr(NEW.submitted_at, 1, 7), NEW.status, coalesce(NEW.outcome, ''), coalesce(NEW.approved_year, 0), 1,
      coalesce(NEW.grant_cents, 0))
    ON CONFLICT DO UPDATE SET n = n + 1, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_tally_update
AFTER UPDATE OF year, area, applicant_id, submitted_at, status, outcome, approved_year, grant_cents ON pilots BEGIN
  UPDATE tallies SET n = n - 1, grant_cents = grant_cents - coalesce(OLD.grant_cents, 0)
    WHERE year = OLD.year AND area = OLD.area AND type = (SELECT type FROM applicants WHERE id = OLD.applicant_id)
      AND month = substr(OLD.submitted_at, 1, 7) AND status = OLD.status AND outcome = coalesce(OLD.outcome, '')
      AND approved_year = coalesce(OLD.approved_year, 0);
  INSERT INTO tallies VALUES (NEW.year, NEW.area, (SELECT type FROM applicants WHERE id = NEW.applicant_id),
      substr(NEW.submitted_at, 1, 7), NEW.status, coalesce(NEW.outcome, ''), coalesce(NEW.approved_year, 0), 1,
      coalesce(NEW.grant_cents, 0))
    ON CONFLICT DO UPDATE SET n = n + 1, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_tally_delete AFTER DELETE ON pilots BEGIN
  UPDATE tallies SET n = n - 1, grant_cents = grant_cents - coalesce(OLD.grant_cents, 0)
    WHERE year = OLD.year AND area = OLD.area AND type = (SELECT type FROM applicants WHERE id = OLD.applicant_id)
      AND month = substr(OLD.submitted_at, 1, 7) AND status = OLD.status AND outcome = coalesce(OLD.outcome, '')
      AND approved_year = coalesce(OLD.approved_year, 0);
END;

CREATE TRIGGER pilots_decision_time AFTER UPDATE OF decided_at ON pilots
WHEN OLD.decided_at IS NOT NEW.decided_at BEGIN
  UPDATE durations SET n = n - 1
    WHERE OLD.decided_at IS NOT NULL AND year = OLD.year AND kind = 'decision' AND area = OLD.area
      AND minutes = (unixepoch(OLD.decided_at) - unixepoch(OLD.submitted_at)) / 60;
  INSERT INTO durations
    SELECT NEW.year, 'decision', (unixepoch(NEW.decided_at) - unixepoch(NEW.submitted_at)) / 60, NEW.area, 1
    WHERE NEW.decided_at IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER payments_time_insert AFTER INSERT ON payments WHEN NEW.live = 1 BEGIN
  INSERT INTO durations
    SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area, 1
    FROM pilots p, batches b WHERE p.id = NEW.pilot_id AND b.id = NEW.batch_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER payments_time_update AFTER UPDATE OF live ON payments WHEN OLD.live <> NEW.live BEGIN
  UPDATE durations SET n = n - 1
    WHERE OLD.live = 1 AND kind = 'payment' AND (year, minutes, area) =
      (SELECT p.year, (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area
       FROM pilots p, batches b WHERE p.id = OLD.pilot_id AND b.id = OLD.batch_id);
  INSERT INTO durations
    SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area, 1
    FROM pilots p, batches b WHERE NEW.live = 1 AND p.id = NEW.pilot_id AND b.id = NEW.batch_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

INSERT INTO tallies
  SELECT p.year, p.area, a.type, substr(p.submitted_at, 1, 7), p.status, coalesce(p.outcome, ''),
         coalesce(p.approved_year, 0), COUNT(*), coalesce(SUM(p.grant_cents), 0)
  FROM pilots p JOIN applicants a ON a.id = p.applicant_id GROUP BY 1, 2, 3, 4, 5, 6, 7;
INSERT INTO durations
  SELECT year, 'decision', (unixepoch(decided_at) - unixepoch(submitted_at)) / 60, area, COUNT(*)
  FROM pilots WHERE decided_at IS NOT NULL GROUP BY 1, 3, 4;
INSERT INTO durations
  SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area, COUNT(*)
  FROM pilots p JOIN payments y ON y.pilot_id = p.id AND y.live = 1 JOIN batches b ON b.id = y.batch_id
  GROUP BY 1, 3, 4;
)sql"},
    // 4 -> 5: salts for the payee commitments. Events of apply, amend and disburse
    // carry SHA-256(salt, name, IBAN, BIC) of the payee; verify checks the details
    // still match. Rows from before have no salt and no commitment to check.
    {R"sql(
ALTER TABLE applicants ADD COLUMN salt TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN salt TEXT NOT NULL DEFAULT '';
)sql"},
    // 5 -> 6: a person's pilots and a pilot's payments by index, for erasure
    // and purge (and export, show) without reading every pilot or payment.
    {R"sql(
CREATE INDEX pilots_applicant ON pilots (applicant_id);
CREATE INDEX payments_pilot ON payments (pilot_id);
)sql"},
    // 6 -> 7: the local month of each application (spec §7 "Time"), which the
    // summary's months count: a pilot applied at 00:30 on 1 April in Helsinki
    // counts in April, though its UTC time is in March. Earlier pilots, whose
    // ids were numbered in UTC years, keep their UTC month, so that year and
    // month still agree.
    {R"sql(
ALTER TABLE pilots ADD COLUMN month TEXT NOT NULL DEFAULT '';
UPDATE pilots SET month = substr(submitted_at, 1, 7);
DROP TRIGGER pilots_tally_insert;
DROP TRIGGER pilots_tally_update;
DROP TRIGGER pilots_tally_delete;

CREATE TRIGGER pilots_tally_insert AFTER INSERT ON pilots BEGIN
  INSERT INTO tallies VALUES (NEW.year, NEW.area, (SELECT type FROM applicants WHERE id = NEW.applicant_id),
      NEW.month, NEW.status, coalesce(NEW.outcome, ''), coalesce(NEW.approved_year, 0), 1,
      coalesce(NEW.grant_cents, 0))
    ON CONFLICT DO UPDATE SET n = n + 1, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_tally_update
AFTER UPDATE OF year, area, applicant_id, month, status, outcome, approved_year, grant_cents ON pilots BEGIN
  UPDATE tallies SET n = n - 1, grant_cents = grant_cents - coalesce(OLD.grant_cents, 0)
    WHERE year = OLD.year AND area = OLD.area AND type = (SELECT type FROM applicants WHERE id = OLD.applicant_id)
      AND month = OLD.month AND status = OLD.status AND outcome = coalesce(OLD.outcome, '')
      AND approved_year = coalesce(OLD.approved_year, 0);
  INSERT INTO tallies VALUES (NEW.year, NEW.area, (SELECT type FROM applicants WHERE id = NEW.applicant_id),
      NEW.month, NEW.status, coalesce(NEW.outcome, ''), coalesce(NEW.approved_year, 0), 1,
      coalesce(NEW.grant_cents, 0))
    ON CONFLICT DO UPDATE SET n = n + 1, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_tally_delete AFTER DELETE ON pilots BEGIN
  UPDATE tallies SET n = n - 1, grant_cents = grant_cents - coalesce(OLD.grant_cents, 0)
    WHERE year = OLD.year AND area = OLD.area AND type = (SELECT type FROM applicants WHERE id = OLD.applicant_id)
      AND month = OLD.month AND status = OLD.status AND outcome = coalesce(OLD.outcome, '')
      AND approved_year = coalesce(OLD.approved_year, 0);
END;
)sql"},
    // 7 -> 8: corrections of everything typed (issue 14). The payee name, when the
    // account holder is not the applicant. The tallies count the applicant's type
    // and the durations the pilot's area: a corrected type or area moves the
    // pilot's counts, in the same transaction, as the other tally triggers do.
    {R"sql(
ALTER TABLE applicants ADD COLUMN payee_name TEXT NOT NULL DEFAULT '';

CREATE TRIGGER applicants_tally_type AFTER UPDATE OF type ON applicants WHEN OLD.type <> NEW.type BEGIN
  UPDATE tallies SET n = tallies.n - d.n, grant_cents = tallies.grant_cents - d.g
    FROM (SELECT year, area, month, status, coalesce(outcome, '') AS outcome, coalesce(approved_year, 0) AS ay,
                 COUNT(*) AS n, coalesce(SUM(grant_cents), 0) AS g
          FROM pilots WHERE applicant_id = NEW.id GROUP BY 1, 2, 3, 4, 5, 6) AS d
    WHERE tallies.year = d.year AND tallies.area = d.area AND tallies.type = OLD.type AND tallies.month = d.month
      AND tallies.status = d.status AND tallies.outcome = d.outcome AND tallies.approved_year = d.ay;
  INSERT INTO tallies
    SELECT year, area, NEW.type, month, status, coalesce(outcome, ''), coalesce(approved_year, 0), COUNT(*),
           coalesce(SUM(grant_cents), 0)
    FROM pilots WHERE applicant_id = NEW.id GROUP BY 1, 2, 4, 5, 6, 7
    ON CONFLICT DO UPDATE SET n = n + excluded.n, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_durations_area AFTER UPDATE OF area ON pilots WHEN OLD.area <> NEW.area BEGIN
  UPDATE durations SET n = n - 1
    WHERE OLD.decided_at IS NOT NULL AND year = OLD.year AND kind = 'decision' AND area = OLD.area
      AND minutes = (unixepoch(OLD.decided_at) - unixepoch(OLD.submitted_at)) / 60;
  INSERT INTO durations
    SELECT NEW.year, 'decision', (unixepoch(NEW.decided_at) - unixepoch(NEW.submitted_at)) / 60, NEW.area, 1
    WHERE NEW.decided_at IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
  -- A paid pilot's area is not amended (decision 55); its payment duration
  -- moves all the same, so that the counts never depend on that rule.
  UPDATE durations SET n = n - 1
    WHERE kind = 'payment' AND area = OLD.area AND (year, minutes) =
      (SELECT OLD.year, (unixepoch(b.created_at) - unixepoch(OLD.submitted_at)) / 60
       FROM payments y JOIN batches b ON b.id = y.batch_id WHERE y.pilot_id = OLD.id AND y.live = 1);
  INSERT INTO durations
    SELECT NEW.year, 'payment', (unixepoch(b.created_at) - unixepoch(NEW.submitted_at)) / 60, NEW.area, 1
    FROM payments y JOIN batches b ON b.id = y.batch_id WHERE y.pilot_id = NEW.id AND y.live = 1
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
)sql"},
    // 8 -> 9: decisions as administrative decisions (issue 15). Each approval and
    // rejection has a number <year>/<n> in one per-year sequence; a rejection its
    // reason code. Decisions made before numbers existed are numbered here, in the
    // order they were made, by the UTC year of their time (the ledger knows no zone).
    // Declared interests (Hallintolaki 28 §) are kept with who added and ended them.
    {R"sql(
ALTER TABLE pilots ADD COLUMN decision_year INTEGER;
ALTER TABLE pilots ADD COLUMN decision_seq INTEGER CHECK (decision_seq > 0);
ALTER TABLE pilots ADD COLUMN reject_code TEXT NOT NULL DEFAULT '';

UPDATE pilots SET decision_year = n.y, decision_seq = n.s
  FROM (SELECT id, CAST(strftime('%Y', decided_at) AS INTEGER) AS y,
               row_number() OVER (PARTITION BY strftime('%Y', decided_at) ORDER BY decided_at, year, seq) AS s
        FROM pilots WHERE decided_at IS NOT NULL) AS n
  WHERE pilots.id = n.id;

CREATE UNIQUE INDEX pilots_decision_number ON pilots (decision_year, decision_seq)
  WHERE decision_seq IS NOT NULL;

CREATE TABLE interests (
  id         INTEGER PRIMARY KEY,
  user_id    TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind = 'business_id' OR kind = 'name' OR kind = 'iban'),
  value      TEXT NOT NULL CHECK (value <> ''),  -- as recorded: a business ID or IBAN in its checked form
  match_key  TEXT NOT NULL CHECK (match_key <> ''),  -- what is compared: a name folded, else the value
  reason     TEXT NOT NULL CHECK (reason <> ''),
  added_at   TEXT NOT NULL,
  added_by   TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT
) STRICT;
CREATE UNIQUE INDEX interests_live ON interests (user_id, kind, match_key) WHERE removed_at IS NULL;
)sql"},
    // 9 -> 10: a declared interest's events commit to it by a salted hash (the
    // value is personal data and stays out of the log), and the summary counts
    // rejections by reason code from an index that holds only coded rejections.
    {R"sql(
ALTER TABLE interests ADD COLUMN salt TEXT NOT NULL DEFAULT '';
CREATE INDEX pilots_reject_code ON pilots (year, reject_code, area) WHERE reject_code <> '';
)sql"},
    // 10 -> 11: the finance round trip (issue 16). A batch may be prepared by
    // one finance user and confirmed by another; it keeps the initiating party
    // and business ID it was made with. A payment may be confirmed by the bank,
    // and a return keeps the bank's reason code. The bank's files read are
    // kept by their SHA-256, so that a file read again changes nothing. SQLite
    // cannot widen a CHECK in place: both tables are rebuilt (the callers turn
    // foreign keys off around the migration and check them after it).
    {R"sql(
CREATE TABLE batches_new (
  id             TEXT NOT NULL UNIQUE,
  year           INTEGER NOT NULL,
  seq            INTEGER NOT NULL CHECK (seq > 0),
  execution_date TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  state          TEXT NOT NULL CHECK (state = 'prepared' OR state = 'exported' OR state = 'voided'),
  voided_at      TEXT,
  voided_by      TEXT,
  void_reason    TEXT NOT NULL DEFAULT '',
  confirmed_at   TEXT,                            -- under batch approval: when a second user confirmed it
  confirmed_by   TEXT,
  payer_name     TEXT NOT NULL,
  payer_iban     TEXT NOT NULL,
  payer_bic      TEXT NOT NULL,
  payer_business_id   TEXT NOT NULL DEFAULT '',
  initiating_party_id TEXT NOT NULL DEFAULT '',
  sepa_version   TEXT NOT NULL CHECK (sepa_version = '09' OR sepa_version = '03'),
  csv_delimiter  TEXT NOT NULL,
  csv_decimal    TEXT NOT NULL,
  csv_bom        INTEGER NOT NULL,
  UNIQUE (year, seq),
  CHECK ((state = 'voided') = (voided_at IS NOT NULL)),
  CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL))
) STRICT;
INSERT INTO batches_new (id, year, seq, execution_date, created_at, created_by, state, voided_at, voided_by,
                         void_reason, payer_name, payer_iban, payer_bic, sepa_version, csv_delimiter,
                         csv_decimal, csv_bom)
  SELECT id, year, seq, execution_date, created_at, created_by, state, voided_at, voided_by, void_reason,
         payer_name, payer_iban, payer_bic, sepa_version, csv_delimiter, csv_decimal, csv_bom FROM batches;

CREATE TABLE payments_new (
  batch_id      TEXT NOT NULL REFERENCES batches (id),
  pilot_id      TEXT NOT NULL REFERENCES pilots (id),
  payee_name    TEXT NOT NULL,
  iban          TEXT NOT NULL,
  bic           TEXT NOT NULL,
  amount_cents  INTEGER NOT NULL CHECK (amount_cents > 0),
  message       TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state = 'sent' OR state = 'returned' OR state = 'confirmed'),
  live          INTEGER NOT NULL CHECK (live = 0 OR live = 1),  -- batch not voided, not returned
  returned_at   TEXT,
  returned_by   TEXT,
  return_reason TEXT NOT NULL DEFAULT '',
  return_code   TEXT NOT NULL DEFAULT '',         -- the bank's reason code (AC01, ...), '' when typed in
  confirmed_at  TEXT,                             -- when the bank's report of its execution was read
  salt          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (batch_id, pilot_id),
  CHECK ((state = 'returned') = (returned_at IS NOT NULL)),
  CHECK (state <> 'confirmed' OR confirmed_at IS NOT NULL),
  CHECK (live = 0 OR state <> 'returned')
) STRICT;
INSERT INTO payments_new (batch_id, pilot_id, payee_name, iban, bic, amount_cents, message, state, live,
                          returned_at, returned_by, return_reason, salt)
  SELECT batch_id, pilot_id, payee_name, iban, bic, amount_cents, message, state, live, returned_at,
         returned_by, return_reason, salt FROM payments;

DROP TABLE payments;
DROP TABLE batches;
ALTER TABLE batches_new RENAME TO batches;
ALTER TABLE payments_new RENAME TO payments;
CREATE UNIQUE INDEX payments_one_live ON payments (pilot_id) WHERE live = 1;
CREATE INDEX payments_pilot ON payments (pilot_id);

-- The payment-duration triggers of 3 -> 4, again as they were (a shipped migration is never edited, so not shared).
CREATE TRIGGER payments_time_insert AFTER INSERT ON payments WHEN NEW.live = 1 BEGIN
  INSERT INTO durations
    SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area, 1
    FROM pilots p, batches b WHERE p.id = NEW.pilot_id AND b.id = NEW.batch_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER payments_time_update AFTER UPDATE OF live ON payments WHEN OLD.live <> NEW.live BEGIN
  UPDATE durations SET n = n - 1
    WHERE OLD.live = 1 AND kind = 'payment' AND (year, minutes, area) =
      (SELECT p.year, (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area
       FROM pilots p, batches b WHERE p.id = OLD.pilot_id AND b.id = OLD.batch_id);
  INSERT INTO durations
    SELECT p.year, 'payment', (unixepoch(b.created_at) - unixepoch(p.submitted_at)) / 60, p.area, 1
    FROM pilots p, batches b WHERE NEW.live = 1 AND p.id = NEW.pilot_id AND b.id = NEW.batch_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- The few events about no single pilot (batches, their confirmation, bank files), found without a scan.
CREATE INDEX events_general ON events (seq) WHERE pilot_id IS NULL;

-- Who else is paid to an IBAN, asked by every apply and amend (issue 16).
CREATE INDEX applicants_iban ON applicants (iban) WHERE iban <> '';

CREATE TABLE bank_files (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,               -- of the file's bytes: the same file read again is known
  message     TEXT NOT NULL,                      -- pain.002.001.03, camt.054.001.08, ...
  message_id  TEXT NOT NULL,                      -- the bank's MsgId
  read_at     TEXT NOT NULL,
  read_by     TEXT NOT NULL,
  returned    INTEGER NOT NULL CHECK (returned >= 0),
  confirmed   INTEGER NOT NULL CHECK (confirmed >= 0)
) STRICT;
)sql"},
    // 11 -> 12: what the city learns (issue 17). A pilot keeps the local month
    // of its approval and the execution date of its live payment, and a tally
    // of grants by those months feeds the council's money chart without
    // reading every pilot. Approvals made before this keep their UTC month,
    // moved into their budget year where the two differ at New Year. A
    // completed pilot has its themes (tags). Overdue outcome reports and the
    // latest outcomes are found by index. Other cities' public lessons are
    // kept apart, in tables no money rule reads.
    {R"sql(
ALTER TABLE pilots ADD COLUMN approved_month TEXT;   -- '2026-03', local; NULL until approved
ALTER TABLE pilots ADD COLUMN paid_on TEXT;          -- the live payment's execution date; NULL when unpaid
ALTER TABLE pilots ADD COLUMN tags TEXT NOT NULL DEFAULT '';  -- 'kirjasto,liikunta': folded, each once

UPDATE pilots SET approved_month = CASE
    WHEN CAST(substr(decided_at, 1, 4) AS INTEGER) = approved_year THEN substr(decided_at, 1, 7)
    WHEN CAST(substr(decided_at, 1, 4) AS INTEGER) < approved_year THEN approved_year || '-01'
    ELSE approved_year || '-12' END
  WHERE approved_year IS NOT NULL;
UPDATE pilots SET paid_on = (SELECT b.execution_date FROM payments p, batches b
                             WHERE p.pilot_id = pilots.id AND p.live = 1 AND b.id = p.batch_id)
  WHERE status = 'disbursed' OR status = 'completed';

-- Grants held (approved, disbursed or completed) by budget year, month of approval and month of payment.
CREATE TABLE grant_months (
  approved_year  INTEGER NOT NULL,
  approved_month TEXT NOT NULL,
  paid_month     TEXT NOT NULL,                  -- '' while unpaid
  n              INTEGER NOT NULL,
  grant_cents    INTEGER NOT NULL,
  PRIMARY KEY (approved_year, approved_month, paid_month)
) STRICT, WITHOUT ROWID;
INSERT INTO grant_months
  SELECT approved_year, approved_month, coalesce(substr(paid_on, 1, 7), ''), COUNT(*), SUM(grant_cents)
  FROM pilots WHERE grant_cents IS NOT NULL AND approved_year IS NOT NULL
    AND (status = 'approved' OR status = 'disbursed' OR status = 'completed')
  GROUP BY 1, 2, 3;

CREATE TRIGGER pilots_grant_month_insert AFTER INSERT ON pilots
  WHEN NEW.grant_cents IS NOT NULL AND NEW.approved_year IS NOT NULL
   AND (NEW.status = 'approved' OR NEW.status = 'disbursed' OR NEW.status = 'completed') BEGIN
  INSERT INTO grant_months VALUES (NEW.approved_year, NEW.approved_month, coalesce(substr(NEW.paid_on, 1, 7), ''),
      1, NEW.grant_cents)
    ON CONFLICT DO UPDATE SET n = n + 1, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_grant_month_update
AFTER UPDATE OF status, grant_cents, approved_year, approved_month, paid_on ON pilots BEGIN
  UPDATE grant_months SET n = n - 1, grant_cents = grant_cents - OLD.grant_cents
    WHERE OLD.grant_cents IS NOT NULL AND OLD.approved_year IS NOT NULL
      AND (OLD.status = 'approved' OR OLD.status = 'disbursed' OR OLD.status = 'completed')
      AND approved_year = OLD.approved_year AND approved_month = OLD.approved_month
      AND paid_month = coalesce(substr(OLD.paid_on, 1, 7), '');
  INSERT INTO grant_months
    SELECT NEW.approved_year, NEW.approved_month, coalesce(substr(NEW.paid_on, 1, 7), ''), 1, NEW.grant_cents
    WHERE NEW.grant_cents IS NOT NULL AND NEW.approved_year IS NOT NULL
      AND (NEW.status = 'approved' OR NEW.status = 'disbursed' OR NEW.status = 'completed')
    ON CONFLICT DO UPDATE SET n = n + 1, grant_cents = grant_cents + excluded.grant_cents;
END;

CREATE TRIGGER pilots_grant_month_delete AFTER DELETE ON pilots
  WHEN OLD.grant_cents IS NOT NULL AND OLD.approved_year IS NOT NULL
   AND (OLD.status = 'approved' OR OLD.status = 'disbursed' OR OLD.status = 'completed') BEGIN
  UPDATE grant_months SET n = n - 1, grant_cents = grant_cents - OLD.grant_cents
    WHERE approved_year = OLD.approved_year AND approved_month = OLD.approved_month
      AND paid_month = coalesce(substr(OLD.paid_on, 1, 7), '');
END;

-- The latest outcomes of a year, and the people they reached, without reading other pilots.
CREATE INDEX pilots_completed ON pilots (year, completed_at, area, participants, grant_cents)
  WHERE status = 'completed';
-- Outcome reports past due: disbursed pilots by the day their report is counted from.
CREATE INDEX pilots_outcome_due ON pilots (coalesce(end_date, paid_on)) WHERE status = 'disbursed';

-- Other cities' public lessons catalogues (docs/lessons-format.md), one file per city,
-- kept apart from the ledger's money and people: no pilot, payment or applicant refers here.
CREATE TABLE lesson_sources (
  city         TEXT PRIMARY KEY CHECK (city <> ''),
  program      TEXT NOT NULL,
  generated_at TEXT NOT NULL,                    -- the file's own time, ISO 8601 UTC
  sha256       TEXT NOT NULL,
  imported_at  TEXT NOT NULL,
  imported_by  TEXT NOT NULL,
  lessons      INTEGER NOT NULL CHECK (lessons >= 0)
) STRICT;
CREATE TABLE lessons (
  city          TEXT NOT NULL REFERENCES lesson_sources (city),
  id            TEXT NOT NULL CHECK (id <> ''),
  title         TEXT NOT NULL,
  area_name     TEXT NOT NULL,
  start_date    TEXT,
  end_date      TEXT,
  completed_on  TEXT NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome = 'success' OR outcome = 'partial' OR outcome = 'failed'),
  participants  INTEGER CHECK (participants >= 0),
  summary       TEXT NOT NULL,
  lessons       TEXT NOT NULL,
  tags          TEXT NOT NULL,
  PRIMARY KEY (city, id)
) STRICT;
)sql"},
}};

}  // namespace

int schema_version() { return static_cast<int>(kMigrations.size()); }

void migrate(SQLite::Database& db, int from) {
  for (int v = from; v < schema_version(); ++v) {
    const Migration& m = kMigrations[static_cast<size_t>(v)];
    db.exec(m.sql);
    if (m.after) m.after(db);
  }
  db.exec("PRAGMA user_version = " + std::to_string(schema_version()));
  // A rebuilt table must still satisfy every reference (foreign keys are off while migrating).
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  if (fk.executeStep())
    throw SQLite::Exception("migration left a broken reference in table " + fk.getColumn(0).getString(), SQLITE_ERROR);
}

}  // namespace minipilot
