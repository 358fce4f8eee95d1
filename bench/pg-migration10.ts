/**
 * How long PostgreSQL migration 10 takes on a big handoff_events table: a landlord upgrading
 * runs it at start-up, inside one transaction that holds handoff_events (and so the console and
 * every handover) until it commits. Builds the schema to version 9 in a schema of its own,
 * fills it with BENCH_HANDOFFS handovers (default 50,000) of BENCH_EVENTS_EACH events each
 * (default 20: about a million rows), mixed as a busy contact centre's are (mostly resident and
 * staff messages; about one staff message in 200 held back by WhatsApp's closed window, each
 * later delivered), then times migration 10 alone and checks what it marked. Dropped afterwards.
 * Run: bash scripts/with-test-postgres.sh npx tsx bench/pg-migration10.ts
 *   (or TEST_DATABASE_URL=postgres://… npx tsx bench/pg-migration10.ts)
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { migratePostgres } from '../src/store/pg/migrate';
import { PG_MIGRATIONS } from '../src/store/pg/migrations';

const HANDOFFS = Number(process.env.BENCH_HANDOFFS ?? 50_000);
const EACH = Number(process.env.BENCH_EVENTS_EACH ?? 20);
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
    await migratePostgres(pool, PG_MIGRATIONS.filter((m) => m.version <= 9));
    const fill = performance.now();
    await pool.query(
      `INSERT INTO handoff_requests (conversation_key, conversation_ref, language, reason, at, channel_id, state, context, finished_at, finished_by, outcome)
       SELECT 'webchat:c' || g, '{}', 'cy', 'asked', now() - interval '1 minute' * g, 'webchat', 'finished', '{"caseDraft":{"description":"Dim gwres ers dydd Llun"}}', now(), 'person:rhian', 'handed_back'
       FROM generate_series(1, $1::int) g`,
      [HANDOFFS],
    );
    // Event n of each handover: 0 requested, 1 accepted, the last handed_back; between them
    // resident and staff messages, one staff message in 200 held back (reopenRequested) and
    // delivered by the next event.
    await pool.query(
      `ALTER TABLE handoff_events DISABLE TRIGGER handoff_events_no_change`,
    );
    await pool.query(
      `INSERT INTO handoff_events (handoff_id, at, kind, actor, data)
       SELECT h, now(),
         CASE WHEN n = 0 THEN 'requested' WHEN n = 1 THEN 'accepted' WHEN n = $2::int - 1 THEN 'handed_back'
              WHEN n % 2 = 0 THEN 'resident_message' ELSE 'staff_message' END,
         CASE WHEN n % 2 = 0 THEN 'resident' ELSE 'person:rhian' END,
         CASE WHEN n % 2 = 1 AND n > 1 AND n < $2::int - 2 AND (h * 31 + n) % 200 = 0
                THEN '{"text":"Bore da, Rhian sydd yma. Sut galla i helpu?","delivered":false,"reopenRequested":true,"shown":"Rhian (aelod o staff): Bore da","firstName":"Rhian"}'
              WHEN n % 2 = 1 THEN '{"text":"Bore da, Rhian sydd yma. Sut galla i helpu? Mae''r \\"boeler\\" wedi''i drwsio?","delivered":true}'
              ELSE '{"text":"Mae dŵr yn dod drwy nenfwd yr ystafell ymolchi ers wythnos"}' END
       FROM generate_series(1, $1::int) h, generate_series(0, $2::int - 1) n
       ORDER BY h, n`,
      [HANDOFFS, EACH],
    );
    // Each held-back message delivered: a staff_message_delivered event naming it, as the bot writes them.
    await pool.query(
      `INSERT INTO handoff_events (handoff_id, at, kind, actor, data)
       SELECT handoff_id, now(), 'staff_message_delivered', 'bot', '{"of":' || id || '}'
       FROM handoff_events WHERE kind = 'staff_message' AND position('"reopenRequested":true' in data) > 0 ORDER BY id`,
    );
    await pool.query(`ALTER TABLE handoff_events ENABLE TRIGGER handoff_events_no_change`);
    await pool.query('ANALYZE');
    const { rows: size } = await pool.query<{ rows: string; bytes: string }>(`SELECT count(*)::text AS rows, pg_size_pretty(pg_total_relation_size('handoff_events')) AS bytes FROM handoff_events`);
    console.log(`filled ${HANDOFFS} handovers, ${size[0].rows} handoff_events (${size[0].bytes} with indexes) in ${((performance.now() - fill) / 1000).toFixed(1)} s`);

    const started = performance.now();
    const version = await migratePostgres(pool);
    const seconds = (performance.now() - started) / 1000;
    if (version !== 10) throw new Error(`expected schema version 10, got ${version}`);
    const { rows: marks } = await pool.query<{ held: string; delivers: string; sent: string }>(
      `SELECT count(*) FILTER (WHERE held_back)::text AS held, count(delivers)::text AS delivers,
              count(*) FILTER (WHERE kind = 'staff_message_delivered')::text AS sent FROM handoff_events`,
    );
    const m = marks[0];
    if (m.held !== m.sent || m.delivers !== m.sent) throw new Error(`migration 10 marked ${m.held} held back and ${m.delivers} delivered, expected ${m.sent} each`);
    console.log(`migration 10: ${seconds.toFixed(1)} s (${m.held} held-back messages marked, ${m.delivers} deliveries linked)`);
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
