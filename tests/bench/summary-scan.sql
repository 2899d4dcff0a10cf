-- The same summary computed straight from the pilots, as one would with the sqlite3
-- shell and no tallies (and as minipilot did before schema 4). For comparison only.
BEGIN;
SELECT coalesce(SUM(grant_cents), 0) FROM pilots WHERE approved_year = 2026 AND status IN ('approved', 'disbursed', 'completed');
SELECT coalesce(SUM(grant_cents), 0) FROM pilots WHERE approved_year = 2026 AND status IN ('disbursed', 'completed');
SELECT status, COUNT(*) FROM pilots WHERE year = 2026 GROUP BY status;
SELECT area, COUNT(*), SUM(status IN ('approved', 'disbursed', 'completed')),
       SUM(CASE WHEN status IN ('disbursed', 'completed') THEN grant_cents ELSE 0 END)
  FROM pilots WHERE year = 2026 GROUP BY area ORDER BY area;
SELECT a.type, COUNT(*), SUM(p.status IN ('approved', 'disbursed', 'completed'))
  FROM pilots p JOIN applicants a ON a.id = p.applicant_id WHERE p.year = 2026 GROUP BY a.type;
SELECT substr(submitted_at, 1, 7) AS m, COUNT(*), SUM(status IN ('approved', 'disbursed', 'completed')),
       SUM(status = 'rejected') FROM pilots WHERE year = 2026 GROUP BY m ORDER BY m;
SELECT outcome, COUNT(*) FROM pilots WHERE year = 2026 AND outcome IS NOT NULL GROUP BY outcome;
SELECT unixepoch(decided_at) - unixepoch(submitted_at) AS d FROM pilots
  WHERE year = 2026 AND decided_at IS NOT NULL ORDER BY d
  LIMIT 2 OFFSET (SELECT (COUNT(*) - 1) / 2 FROM pilots WHERE year = 2026 AND decided_at IS NOT NULL);
SELECT unixepoch(b.created_at) - unixepoch(p.submitted_at) AS d FROM pilots p
  JOIN payments y ON y.pilot_id = p.id AND y.live = 1 JOIN batches b ON b.id = y.batch_id
  WHERE p.year = 2026 ORDER BY d
  LIMIT 2 OFFSET (SELECT (COUNT(*) - 1) / 2 FROM payments WHERE live = 1);
SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1;
COMMIT;
