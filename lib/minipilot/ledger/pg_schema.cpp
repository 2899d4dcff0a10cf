// The ledger schema on PostgreSQL: SQLite's schema at version 12 (schema.cpp), table for table, index for index and
// trigger for trigger, so that the same rows give the same tallies and the same chain on either engine.
#include "minipilot/ledger/pg_schema.h"

namespace minipilot {

namespace {

// Written as the SQLite schema reads after its twelve migrations, with these differences only:
// - BIGINT for every integer (SQLite's are 64-bit), and for money;
// - ids that SQLite gives as a rowid are plain keys here: the store gives max + 1 under the writer's lock, so
//   that a ledger has the same numbers on both engines and no sequence leaves a gap at a rollback;
// - the hashed fields of an event stay TEXT, byte for byte what was hashed (never json or timestamptz);
// - a trigger is a PL/pgSQL function and its trigger, under the same name as in SQLite (verify asks for them);
// - `unixepoch(text)` is defined, as SQLite's: whole seconds since 1970 of an ISO 8601 UTC time;
// - TRUNCATE, which no row trigger sees, is refused on the events too.
constexpr const char* kSchema = R"sql(
CREATE TABLE minipilot_ledger (
  one            BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
  application_id BIGINT NOT NULL,   -- 0x4d504c54 ("MPLT"), as SQLite's PRAGMA application_id
  schema_version BIGINT NOT NULL    -- as SQLite's PRAGMA user_version
);
-- The writers' lock (LOCK TABLE ... IN EXCLUSIVE MODE) needs UPDATE on this table, which every office role is
-- granted; the marker is not theirs to change: only a migration, run by the owner, lifts this for its transaction.
CREATE FUNCTION minipilot_ledger_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'minipilot_ledger is changed only by a migration of minipilot' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER minipilot_ledger_fixed BEFORE UPDATE OR DELETE OR TRUNCATE ON minipilot_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION minipilot_ledger_fixed();

CREATE FUNCTION unixepoch(t TEXT) RETURNS BIGINT LANGUAGE sql STABLE STRICT
  AS $$ SELECT floor(extract(epoch FROM t::timestamptz))::BIGINT $$;

-- SQLite's JSON functions as the store's SQL calls them, on JSON kept as text: a path is '$.a.b'; a scalar comes
-- back as text (true and false as 1 and 0, as SQLite gives them), an object or array as its JSON, JSON null as NULL.
-- They take TEXT, so that a parameter of unknown type is resolved to them rather than to PostgreSQL's own
-- json_each(json) and json_array_length(json).
CREATE FUNCTION json_extract(t TEXT, path TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE json_typeof(v)
           WHEN 'boolean' THEN CASE WHEN v::text = 'true' THEN '1' ELSE '0' END
           WHEN 'null' THEN NULL
           WHEN 'string' THEN v #>> '{}'
           ELSE v::text END
  FROM (SELECT t::json #> string_to_array(substr(path, 3), '.') AS v) AS x
$$;
-- core/collate.cpp's fold_case (ICU's full case folding): ICU's lower case, and the letters whose folding differs
-- from it in the texts a Finnish city meets (tests/pg compares the two).
CREATE FUNCTION fold_case(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(replace(
           lower(t COLLATE "und-x-icu"), 'ß', 'ss'), 'ς', 'σ'), 'ﬁ', 'fi'), 'ﬂ', 'fl'), 'ﬀ', 'ff'), 'ﬃ', 'ffi'),
           'ﬄ', 'ffl'), 'ﬆ', 'st')
$$;
-- SQLite's instr and group_concat (with its separator too, as an auditor's query may use it).
CREATE FUNCTION instr(t TEXT, part TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT strpos(t, part) $$;
CREATE FUNCTION group_concat_step(acc TEXT, v TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || ',' || v END
$$;
CREATE AGGREGATE group_concat(TEXT) (SFUNC = group_concat_step, STYPE = TEXT);
CREATE FUNCTION group_concat_step(acc TEXT, v TEXT, sep TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v ELSE acc || sep || v END
$$;
CREATE AGGREGATE group_concat(TEXT, TEXT) (SFUNC = group_concat_step, STYPE = TEXT);
CREATE FUNCTION json_each(t TEXT) RETURNS TABLE (key BIGINT, value TEXT) LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (n - 1)::BIGINT, e FROM json_array_elements_text(t::json) WITH ORDINALITY AS a (e, n)
$$;
CREATE FUNCTION json_each(t TEXT, path TEXT) RETURNS TABLE (key BIGINT, value TEXT) LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (n - 1)::BIGINT, e
  FROM json_array_elements_text(t::json #> string_to_array(substr(path, 3), '.')) WITH ORDINALITY AS a (e, n)
$$;
CREATE FUNCTION json_array_length(t TEXT) RETURNS BIGINT LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT json_array_length(t::json)::BIGINT
$$;

CREATE TABLE applicants (
  id          BIGINT PRIMARY KEY,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type = 'resident' OR type = 'community' OR type = 'association'
                                 OR type = 'company'),
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  business_id TEXT NOT NULL DEFAULT '',
  iban        TEXT NOT NULL DEFAULT '',
  bic         TEXT NOT NULL DEFAULT '',
  salt        TEXT NOT NULL DEFAULT '',
  payee_name  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX applicants_iban ON applicants (iban) WHERE iban <> '';

CREATE TABLE pilots (
  id              TEXT NOT NULL UNIQUE,
  year            BIGINT NOT NULL,
  seq             BIGINT NOT NULL CHECK (seq > 0),
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  area            TEXT NOT NULL,
  applicant_id    BIGINT NOT NULL REFERENCES applicants (id),
  start_date      TEXT,
  end_date        TEXT,
  status          TEXT NOT NULL CHECK (status = 'submitted' OR status = 'approved'
                    OR status = 'rejected' OR status = 'withdrawn' OR status = 'disbursed'
                    OR status = 'completed'),
  match_key       TEXT NOT NULL,
  submitted_at    TEXT NOT NULL,
  submitted_by    TEXT NOT NULL,
  decided_at      TEXT,
  decided_by      TEXT,
  decision_note   TEXT NOT NULL DEFAULT '',
  grant_cents     BIGINT CHECK (grant_cents > 0),
  approved_year   BIGINT,
  closed_at       TEXT,
  closed_reason   TEXT NOT NULL DEFAULT '',
  outcome         TEXT CHECK (outcome = 'success' OR outcome = 'partial' OR outcome = 'failed'),
  participants    BIGINT CHECK (participants >= 0),
  outcome_summary TEXT NOT NULL DEFAULT '',
  lessons         TEXT NOT NULL DEFAULT '',
  completed_at    TEXT,
  hold_reason     TEXT,
  iban_set_by     TEXT,
  month           TEXT NOT NULL DEFAULT '',
  decision_year   BIGINT,
  decision_seq    BIGINT CHECK (decision_seq > 0),
  reject_code     TEXT NOT NULL DEFAULT '',
  approved_month  TEXT,
  paid_on         TEXT,
  tags            TEXT NOT NULL DEFAULT '',
  UNIQUE (year, seq),
  CHECK ((status = 'approved' OR status = 'disbursed' OR status = 'completed')
         = (grant_cents IS NOT NULL)
         OR status = 'withdrawn'),
  CHECK ((status = 'completed') = (outcome IS NOT NULL))
);
CREATE UNIQUE INDEX pilots_live_match ON pilots (match_key) WHERE status <> 'rejected' AND status <> 'withdrawn';
CREATE INDEX pilots_status_area ON pilots (status, area);
CREATE INDEX pilots_approved_year ON pilots (approved_year) WHERE approved_year IS NOT NULL;
CREATE INDEX pilots_applicant ON pilots (applicant_id);
CREATE UNIQUE INDEX pilots_decision_number ON pilots (decision_year, decision_seq) WHERE decision_seq IS NOT NULL;
CREATE INDEX pilots_reject_code ON pilots (year, reject_code, area) WHERE reject_code <> '';
CREATE INDEX pilots_completed ON pilots (year, completed_at, area, participants, grant_cents)
  WHERE status = 'completed';
CREATE INDEX pilots_outcome_due ON pilots ((coalesce(end_date, paid_on))) WHERE status = 'disbursed';

CREATE TABLE events (
  seq       BIGINT PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  pilot_id  TEXT REFERENCES pilots (id),
  detail    TEXT NOT NULL CHECK (detail::json IS NOT NULL),
  prev_hash TEXT NOT NULL DEFAULT '',
  hash      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_pilot ON events (pilot_id, seq) WHERE pilot_id IS NOT NULL;
CREATE INDEX events_general ON events (seq) WHERE pilot_id IS NULL;

CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only';
END $$;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER events_no_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();

CREATE TABLE applicant_changes (
  seq          BIGINT PRIMARY KEY,
  applicant_id BIGINT NOT NULL REFERENCES applicants (id),
  field        TEXT NOT NULL,
  old_value    TEXT NOT NULL,
  new_value    TEXT NOT NULL
);

CREATE TABLE tallies (
  year          BIGINT NOT NULL,
  area          TEXT NOT NULL,
  type          TEXT NOT NULL,
  month         TEXT NOT NULL,
  status        TEXT NOT NULL,
  outcome       TEXT NOT NULL,
  approved_year BIGINT NOT NULL,
  n             BIGINT NOT NULL,
  grant_cents   BIGINT NOT NULL,
  PRIMARY KEY (year, area, type, month, status, outcome, approved_year)
);

CREATE TABLE durations (
  year    BIGINT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind = 'decision' OR kind = 'payment'),
  minutes BIGINT NOT NULL,
  area    TEXT NOT NULL,
  n       BIGINT NOT NULL,
  PRIMARY KEY (year, kind, minutes, area)
);

CREATE TABLE interests (
  id         BIGINT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind = 'business_id' OR kind = 'name' OR kind = 'iban'),
  value      TEXT NOT NULL CHECK (value <> ''),
  match_key  TEXT NOT NULL CHECK (match_key <> ''),
  reason     TEXT NOT NULL CHECK (reason <> ''),
  added_at   TEXT NOT NULL,
  added_by   TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  salt       TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX interests_live ON interests (user_id, kind, match_key) WHERE removed_at IS NULL;

CREATE TABLE batches (
  id                  TEXT NOT NULL UNIQUE,
  year                BIGINT NOT NULL,
  seq                 BIGINT NOT NULL CHECK (seq > 0),
  execution_date      TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  state               TEXT NOT NULL CHECK (state = 'prepared' OR state = 'exported' OR state = 'voided'),
  voided_at           TEXT,
  voided_by           TEXT,
  void_reason         TEXT NOT NULL DEFAULT '',
  confirmed_at        TEXT,
  confirmed_by        TEXT,
  payer_name          TEXT NOT NULL,
  payer_iban          TEXT NOT NULL,
  payer_bic           TEXT NOT NULL,
  payer_business_id   TEXT NOT NULL DEFAULT '',
  initiating_party_id TEXT NOT NULL DEFAULT '',
  sepa_version        TEXT NOT NULL CHECK (sepa_version = '09' OR sepa_version = '03'),
  csv_delimiter       TEXT NOT NULL,
  csv_decimal         TEXT NOT NULL,
  csv_bom             BIGINT NOT NULL,
  UNIQUE (year, seq),
  CHECK ((state = 'voided') = (voided_at IS NOT NULL)),
  CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL))
);

CREATE TABLE payments (
  batch_id      TEXT NOT NULL REFERENCES batches (id),
  pilot_id      TEXT NOT NULL REFERENCES pilots (id),
  payee_name    TEXT NOT NULL,
  iban          TEXT NOT NULL,
  bic           TEXT NOT NULL,
  amount_cents  BIGINT NOT NULL CHECK (amount_cents > 0),
  message       TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state = 'sent' OR state = 'returned' OR state = 'confirmed'),
  live          BIGINT NOT NULL CHECK (live = 0 OR live = 1),
  returned_at   TEXT,
  returned_by   TEXT,
  return_reason TEXT NOT NULL DEFAULT '',
  return_code   TEXT NOT NULL DEFAULT '',
  confirmed_at  TEXT,
  salt          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (batch_id, pilot_id),
  CHECK ((state = 'returned') = (returned_at IS NOT NULL)),
  CHECK (state <> 'confirmed' OR confirmed_at IS NOT NULL),
  CHECK (live = 0 OR state <> 'returned')
);
CREATE UNIQUE INDEX payments_one_live ON payments (pilot_id) WHERE live = 1;
CREATE INDEX payments_pilot ON payments (pilot_id);

CREATE TABLE bank_files (
  id         BIGINT PRIMARY KEY,
  sha256     TEXT NOT NULL UNIQUE,
  message    TEXT NOT NULL,
  message_id TEXT NOT NULL,
  read_at    TEXT NOT NULL,
  read_by    TEXT NOT NULL,
  returned   BIGINT NOT NULL CHECK (returned >= 0),
  confirmed  BIGINT NOT NULL CHECK (confirmed >= 0)
);

CREATE TABLE grant_months (
  approved_year  BIGINT NOT NULL,
  approved_month TEXT NOT NULL,
  paid_month     TEXT NOT NULL,
  n              BIGINT NOT NULL,
  grant_cents    BIGINT NOT NULL,
  PRIMARY KEY (approved_year, approved_month, paid_month)
);

CREATE TABLE lesson_sources (
  city         TEXT PRIMARY KEY CHECK (city <> ''),
  program      TEXT NOT NULL,
  generated_at TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  imported_at  TEXT NOT NULL,
  imported_by  TEXT NOT NULL,
  lessons      BIGINT NOT NULL CHECK (lessons >= 0)
);

CREATE TABLE lessons (
  city         TEXT NOT NULL REFERENCES lesson_sources (city),
  id           TEXT NOT NULL CHECK (id <> ''),
  title        TEXT NOT NULL,
  area_name    TEXT NOT NULL,
  start_date   TEXT,
  end_date     TEXT,
  completed_on TEXT NOT NULL,
  outcome      TEXT NOT NULL CHECK (outcome = 'success' OR outcome = 'partial' OR outcome = 'failed'),
  participants BIGINT CHECK (participants >= 0),
  summary      TEXT NOT NULL,
  lessons      TEXT NOT NULL,
  tags         TEXT NOT NULL,
  PRIMARY KEY (city, id)
);

-- The counts that the summary reads (SQLite: pilots_tally_insert/_update/_delete, applicants_tally_type).
CREATE FUNCTION tally_add(p pilots, d BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tallies VALUES (p.year, p.area, (SELECT type FROM applicants WHERE id = p.applicant_id), p.month,
      p.status, coalesce(p.outcome, ''), coalesce(p.approved_year, 0), d, d * coalesce(p.grant_cents, 0))
    ON CONFLICT (year, area, type, month, status, outcome, approved_year)
    DO UPDATE SET n = tallies.n + excluded.n, grant_cents = tallies.grant_cents + excluded.grant_cents;
END $$;

CREATE FUNCTION pilots_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
    UPDATE tallies SET n = n - 1, grant_cents = grant_cents - coalesce(OLD.grant_cents, 0)
      WHERE year = OLD.year AND area = OLD.area AND type = (SELECT type FROM applicants WHERE id = OLD.applicant_id)
        AND month = OLD.month AND status = OLD.status AND outcome = coalesce(OLD.outcome, '')
        AND approved_year = coalesce(OLD.approved_year, 0);
  END IF;
  IF TG_OP = 'UPDATE' OR TG_OP = 'INSERT' THEN
    PERFORM tally_add(NEW, 1);
  END IF;
  RETURN NULL;
END $$;
-- A bulk import counts its rows once at the end (ledger/tallies.cpp): it sets minipilot.TRIGGER to 'off' for its
-- transaction, which needs no right but its own, where ALTER TABLE ... DISABLE TRIGGER needs the table's owner.
CREATE TRIGGER pilots_tally_insert AFTER INSERT ON pilots
  FOR EACH ROW WHEN (current_setting('minipilot.pilots_tally_insert', true) IS DISTINCT FROM 'off')
  EXECUTE FUNCTION pilots_tally();
CREATE TRIGGER pilots_tally_update
  AFTER UPDATE OF year, area, applicant_id, month, status, outcome, approved_year, grant_cents ON pilots
  FOR EACH ROW EXECUTE FUNCTION pilots_tally();
CREATE TRIGGER pilots_tally_delete AFTER DELETE ON pilots FOR EACH ROW EXECUTE FUNCTION pilots_tally();

CREATE FUNCTION applicants_tally_type() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
    ON CONFLICT (year, area, type, month, status, outcome, approved_year)
    DO UPDATE SET n = tallies.n + excluded.n, grant_cents = tallies.grant_cents + excluded.grant_cents;
  RETURN NULL;
END $$;
CREATE TRIGGER applicants_tally_type AFTER UPDATE OF type ON applicants
  FOR EACH ROW WHEN (OLD.type <> NEW.type) EXECUTE FUNCTION applicants_tally_type();

-- How long pilots waited (SQLite: pilots_decision_time, pilots_durations_area, payments_time_insert/_update).
CREATE FUNCTION duration_add(y BIGINT, k TEXT, m BIGINT, a TEXT, d BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF y IS NULL OR m IS NULL THEN RETURN; END IF;
  IF d < 0 THEN
    UPDATE durations SET n = n - 1 WHERE year = y AND kind = k AND minutes = m AND area = a;
  ELSE
    INSERT INTO durations VALUES (y, k, m, a, 1)
      ON CONFLICT (year, kind, minutes, area) DO UPDATE SET n = durations.n + 1;
  END IF;
END $$;

-- A pilot's wait for its decision, taken out of the durations as it was and put back as it is.
CREATE FUNCTION decision_moved(o pilots, n pilots) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF o.decided_at IS NOT NULL THEN
    PERFORM duration_add(o.year, 'decision', (unixepoch(o.decided_at) - unixepoch(o.submitted_at)) / 60, o.area, -1);
  END IF;
  IF n.decided_at IS NOT NULL THEN
    PERFORM duration_add(n.year, 'decision', (unixepoch(n.decided_at) - unixepoch(n.submitted_at)) / 60, n.area, 1);
  END IF;
END $$;

CREATE FUNCTION pilots_decision_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM decision_moved(OLD, NEW);
  RETURN NULL;
END $$;
CREATE TRIGGER pilots_decision_time AFTER UPDATE OF decided_at ON pilots
  FOR EACH ROW WHEN (OLD.decided_at IS DISTINCT FROM NEW.decided_at) EXECUTE FUNCTION pilots_decision_time();

-- The minutes from a pilot's application to the batch of its live payment, or NULL.
CREATE FUNCTION payment_minutes(pilot TEXT, submitted TEXT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
  SELECT (unixepoch(b.created_at) - unixepoch(submitted)) / 60
  FROM payments y JOIN batches b ON b.id = y.batch_id WHERE y.pilot_id = pilot AND y.live = 1
$$;

CREATE FUNCTION pilots_durations_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM decision_moved(OLD, NEW);
  -- A paid pilot's area is not amended (decision 55); its payment duration moves all the same.
  PERFORM duration_add(OLD.year, 'payment', payment_minutes(OLD.id, OLD.submitted_at), OLD.area, -1);
  PERFORM duration_add(NEW.year, 'payment', payment_minutes(NEW.id, NEW.submitted_at), NEW.area, 1);
  RETURN NULL;
END $$;
CREATE TRIGGER pilots_durations_area AFTER UPDATE OF area ON pilots
  FOR EACH ROW WHEN (OLD.area <> NEW.area) EXECUTE FUNCTION pilots_durations_area();

CREATE FUNCTION payments_time() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p pilots;
  created TEXT;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.live = 1 THEN
    SELECT * INTO p FROM pilots WHERE id = OLD.pilot_id;
    SELECT created_at INTO created FROM batches WHERE id = OLD.batch_id;
    PERFORM duration_add(p.year, 'payment', (unixepoch(created) - unixepoch(p.submitted_at)) / 60, p.area, -1);
  END IF;
  IF NEW.live = 1 THEN
    SELECT * INTO p FROM pilots WHERE id = NEW.pilot_id;
    SELECT created_at INTO created FROM batches WHERE id = NEW.batch_id;
    PERFORM duration_add(p.year, 'payment', (unixepoch(created) - unixepoch(p.submitted_at)) / 60, p.area, 1);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER payments_time_insert AFTER INSERT ON payments
  FOR EACH ROW WHEN (NEW.live = 1 AND current_setting('minipilot.payments_time_insert', true) IS DISTINCT FROM 'off')
  EXECUTE FUNCTION payments_time();
CREATE TRIGGER payments_time_update AFTER UPDATE OF live ON payments
  FOR EACH ROW WHEN (OLD.live <> NEW.live) EXECUTE FUNCTION payments_time();

-- Grants by month of approval and of payment (SQLite: pilots_grant_month_insert/_update/_delete).
CREATE FUNCTION grant_month_add(p pilots, d BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p.grant_cents IS NULL OR p.approved_year IS NULL
     OR NOT (p.status = 'approved' OR p.status = 'disbursed' OR p.status = 'completed') THEN
    RETURN;
  END IF;
  IF d < 0 THEN
    UPDATE grant_months SET n = n - 1, grant_cents = grant_cents - p.grant_cents
      WHERE approved_year = p.approved_year AND approved_month = p.approved_month
        AND paid_month = coalesce(substr(p.paid_on, 1, 7), '');
  ELSE
    INSERT INTO grant_months VALUES (p.approved_year, p.approved_month, coalesce(substr(p.paid_on, 1, 7), ''), 1,
        p.grant_cents)
      ON CONFLICT (approved_year, approved_month, paid_month)
      DO UPDATE SET n = grant_months.n + 1, grant_cents = grant_months.grant_cents + excluded.grant_cents;
  END IF;
END $$;

CREATE FUNCTION pilots_grant_month() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN PERFORM grant_month_add(OLD, -1); END IF;
  IF TG_OP = 'UPDATE' OR TG_OP = 'INSERT' THEN PERFORM grant_month_add(NEW, 1); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER pilots_grant_month_insert AFTER INSERT ON pilots
  FOR EACH ROW WHEN (current_setting('minipilot.pilots_grant_month_insert', true) IS DISTINCT FROM 'off')
  EXECUTE FUNCTION pilots_grant_month();
CREATE TRIGGER pilots_grant_month_update
  AFTER UPDATE OF status, grant_cents, approved_year, approved_month, paid_on ON pilots
  FOR EACH ROW EXECUTE FUNCTION pilots_grant_month();
CREATE TRIGGER pilots_grant_month_delete AFTER DELETE ON pilots FOR EACH ROW EXECUTE FUNCTION pilots_grant_month();
)sql";

}  // namespace

const char* pg_schema_sql() { return kSchema; }

}  // namespace minipilot
