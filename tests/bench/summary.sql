-- The queries `minipilot report summary --year 2026` runs (lib/minipilot/reports/summary.cpp),
-- with its parameters written in: the limit the sqlite3 shell sets for the same aggregates.
-- Keep in step with summary.cpp.
BEGIN;
SELECT coalesce(SUM(CASE WHEN (status = 'approved' OR status = 'disbursed' OR status = 'completed') THEN grant_cents END), 0),
       coalesce(SUM(CASE WHEN (status = 'disbursed' OR status = 'completed') THEN grant_cents END), 0)
  FROM tallies WHERE approved_year = 2026;
SELECT status, SUM(n) FROM tallies WHERE year = 2026 AND ('' = '' OR area = '') GROUP BY status;
SELECT area, SUM(n), SUM(CASE WHEN (status = 'approved' OR status = 'disbursed' OR status = 'completed') THEN n ELSE 0 END),
       SUM(CASE WHEN (status = 'disbursed' OR status = 'completed') THEN grant_cents ELSE 0 END)
  FROM tallies WHERE year = 2026 AND ('' = '' OR area = '') GROUP BY area HAVING SUM(n) > 0 ORDER BY area;
SELECT type, SUM(n), SUM(CASE WHEN (status = 'approved' OR status = 'disbursed' OR status = 'completed') THEN n ELSE 0 END)
  FROM tallies WHERE year = 2026 AND ('' = '' OR area = '') GROUP BY type;
SELECT month, SUM(n), SUM(CASE WHEN (status = 'approved' OR status = 'disbursed' OR status = 'completed') THEN n ELSE 0 END),
       SUM(CASE WHEN status = 'rejected' THEN n ELSE 0 END)
  FROM tallies WHERE year = 2026 AND ('' = '' OR area = '') GROUP BY month HAVING SUM(n) > 0 ORDER BY month;
SELECT outcome, SUM(n) FROM tallies WHERE year = 2026 AND ('' = '' OR area = '') AND outcome <> '' GROUP BY outcome;
SELECT minutes, SUM(n) FROM durations WHERE year = 2026 AND kind = 'decision' AND ('' = '' OR area = '')
  GROUP BY minutes ORDER BY minutes;
SELECT minutes, SUM(n) FROM durations WHERE year = 2026 AND kind = 'payment' AND ('' = '' OR area = '')
  GROUP BY minutes ORDER BY minutes;
SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1;
COMMIT;
