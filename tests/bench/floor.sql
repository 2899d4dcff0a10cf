-- make bench: the floor of an import into minipilot's own tables. The rows of
-- the plain table `plain` (the sqlite3 shell's .import of the same file) are
-- inserted by SQL, in one transaction, as `apply --file` inserts them: an
-- applicant, a pilot and an event each, with the indexes, foreign keys and
-- CHECKs of the schema and the tally triggers suspended; but with no
-- validation, no duplicate lookup, random bytes instead of SHA-256 and no
-- tallies. Run on a fresh ledger with plain.db beside it.
PRAGMA foreign_keys = ON;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -32768;
ATTACH 'plain.db' AS p;
BEGIN IMMEDIATE;
DROP TRIGGER pilots_tally_insert;
DROP TRIGGER pilots_grant_month_insert;
INSERT INTO applicants (name, type, email, phone, business_id, iban, bic, salt, payee_name)
  SELECT applicant, type, email, '', '', replace(iban, ' ', ''), '', hex(randomblob(16)), '' FROM p.plain;
INSERT INTO pilots (id, year, seq, title, description, area, applicant_id, start_date, end_date, status,
                    match_key, submitted_at, submitted_by, iban_set_by, month)
  SELECT printf('MP-2026-%04d', rowid), 2026, rowid, title, '', area, rowid, NULL, NULL, 'submitted',
         lower(applicant) || char(31) || lower(title), '2026-03-01T10:00:00Z', 'bench', 'bench', '2026-03'
  FROM p.plain;
INSERT INTO events (seq, at, actor, action, pilot_id, detail, prev_hash, hash)
  SELECT rowid, '2026-03-01T10:00:00Z', 'bench', 'apply', printf('MP-2026-%04d', rowid),
         json_object('before', json_object(), 'after', json_object('status', 'submitted', 'title', title,
           'area', area, 'applicant_id', rowid, 'applicant_type', type), 'payee', hex(randomblob(32))),
         hex(randomblob(32)), hex(randomblob(32))
  FROM p.plain;
COMMIT;
