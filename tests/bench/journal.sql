-- The ledger's grants as a plain-text accounting journal that hledger and ledger both read:
-- one transaction per approval (still held) and one per live payment, per area.
-- tests/bench/run.sh times their balance report against `minipilot report summary`.
.mode list
.headers off
SELECT substr(p.decided_at, 1, 10) || ' ' || p.id || ' approved' || char(10) ||
       '    expenses:grants:' || p.area || '    EUR ' || printf('%d.%02d', p.grant_cents / 100, p.grant_cents % 100) || char(10) ||
       '    liabilities:committed:' || p.area || char(10)
FROM pilots p WHERE p.grant_cents IS NOT NULL AND p.status <> 'withdrawn' ORDER BY p.decided_at, p.year, p.seq;
SELECT substr(b.created_at, 1, 10) || ' ' || y.pilot_id || ' paid in ' || y.batch_id || char(10) ||
       '    liabilities:committed:' || p.area || '    EUR ' || printf('%d.%02d', y.amount_cents / 100, y.amount_cents % 100) || char(10) ||
       '    assets:bank' || char(10)
FROM payments y JOIN batches b ON b.id = y.batch_id JOIN pilots p ON p.id = y.pilot_id WHERE y.live = 1
ORDER BY b.created_at, y.pilot_id;
