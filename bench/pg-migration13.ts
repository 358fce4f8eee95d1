/**
 * How long PostgreSQL migration 13 takes on a landlord's database after a few years: it runs at
 * start-up in one transaction, adding handoff_requests.safety_alert, filling it for the
 * handovers taken at that moment, and building two partial indexes. Builds the schema to
 * version 12 in a schema of its own, fills it with BENCH_HANDOFFS finished handovers (default
 * 50,000, each taken first) of BENCH_EVENTS_EACH events each (default 20: about a million rows),
 * then BENCH_TAKEN handovers taken now (default 40), every fourth with a resident's unanswered
 * emergency message; times migration 13 alone and checks what it marked. Dropped afterwards.
 * Run: bash scripts/with-test-postgres.sh npx tsx bench/pg-migration13.ts
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { migratePostgres } from '../src/store/pg/migrate';
import { PG_MIGRATIONS } from '../src/store/pg/migrations';

const HANDOFFS = Number(process.env.BENCH_HANDOFFS ?? 50_000);
const EACH = Number(process.env.BENCH_EVENTS_EACH ?? 20);
const TAKEN = Number(process.env.BENCH_TAKEN ?? 40);
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('set TEST_DATABASE_URL=postgres://… (or run under scripts/with-test-postgres.sh)');

async function main(): Promise<void> {
  const admin = new Pool({ connectionString: url, max: 1 });
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(url!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const pool = new Pool({ connectionString: u.toString(), max: 2 });
  try {
    await migratePostgres(pool, PG_MIGRATIONS.filter((m) => m.version <= 12));
    const fill = performance.now();
    await pool.query(
      `INSERT INTO handoff_requests (conversation_key, conversation_ref, language, reason, at, channel_id, state, context, taken_by, taken_at, finished_at, finished_by, outcome)
       SELECT 'webchat:c' || g, '{}', 'cy', 'asked', now() - interval '1 minute' * g, 'webchat',
              CASE WHEN g <= $2::int THEN 'taken' ELSE 'finished' END, '{}', 'person:rhian', now() - interval '1 minute' * g + interval '4 minutes',
              CASE WHEN g <= $2::int THEN NULL ELSE now() END, CASE WHEN g <= $2::int THEN NULL ELSE 'person:rhian' END, CASE WHEN g <= $2::int THEN NULL ELSE 'handed_back' END
       FROM generate_series(1, $1::int) g`,
      [HANDOFFS, TAKEN],
    );
    // Resident and staff messages in turn; in every fourth handover taken now, the last event is
    // the resident's message raising an emergency that no staff message has answered yet.
    await pool.query(
      `INSERT INTO handoff_events (handoff_id, at, kind, actor, data)
       SELECT h, now(), CASE WHEN n % 2 = 0 OR alarm THEN 'resident_message' ELSE 'staff_message' END, CASE WHEN n % 2 = 0 OR alarm THEN 'resident' ELSE 'person:rhian' END,
         CASE WHEN alarm THEN '{"text":"Mae arogl nwy yn y gegin","safety":["gas"]}'
              WHEN n % 2 = 1 THEN '{"text":"Bore da, Rhian sydd yma. Sut galla i helpu?","delivered":true}'
              ELSE '{"text":"Mae dŵr yn dod drwy nenfwd yr ystafell ymolchi ers wythnos"}' END
       FROM (SELECT h, n, (h <= $3::int AND h % 4 = 0 AND n = $2::int - 1) AS alarm
             FROM generate_series(1, $1::int) h, generate_series(0, $2::int - 1) n) AS e
       ORDER BY h, n`,
      [HANDOFFS, EACH, TAKEN],
    );
    await pool.query('ANALYZE');
    const { rows: size } = await pool.query<{ rows: string; bytes: string }>(`SELECT count(*)::text AS rows, pg_size_pretty(pg_total_relation_size('handoff_events')) AS bytes FROM handoff_events`);
    console.log(`filled ${HANDOFFS} handovers (${TAKEN} taken now), ${size[0].rows} handoff_events (${size[0].bytes} with indexes) in ${((performance.now() - fill) / 1000).toFixed(1)} s`);

    const started = performance.now();
    const version = await migratePostgres(pool);
    const seconds = (performance.now() - started) / 1000;
    if (version !== 13) throw new Error(`expected schema version 13, got ${version}`);
    const { rows } = await pool.query<{ marked: string }>('SELECT count(*)::text AS marked FROM handoff_requests WHERE safety_alert IS NOT NULL');
    const expected = Math.floor(TAKEN / 4);
    if (Number(rows[0].marked) !== expected) throw new Error(`migration 13 marked ${rows[0].marked} handovers, expected ${expected}`);
    console.log(`migration 13: ${seconds.toFixed(2)} s (${rows[0].marked} taken handovers marked with an unanswered alarm)`);
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
