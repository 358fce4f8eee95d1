/**
 * Migration 13 on a database that already has handovers under way (both stores): each taken
 * handover is marked with the alarm the staff queue showed before (its latest resident message
 * that raised an emergency or a person at risk, unless a staff message came after), so upgrading
 * mid-shift changes nothing an officer sees, only what the queue reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationRun } from '../../src/store/migration';
import { openSqliteStore } from '../../src/store/sqlite/store';
import { migratePostgres } from '../../src/store/pg/migrate';
import { PG_MIGRATIONS } from '../../src/store/pg/migrations';
import { migrate, openDatabase } from '../../src/store/sqlite/database';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { describePostgres, freshSchema, type TestSchema } from './pg-test-database';

// a: alarm then a plain message (marked); b: alarm, then staff wrote (not); c: alarm, staff, a
// second alarm (marked, the second); d: waiting (the bot answers it itself); e: finished; f: the
// mark's words typed by the resident, not a mark.
const HANDOVERS: Array<[string, string]> = [['a', 'taken'], ['b', 'taken'], ['c', 'taken'], ['d', 'waiting'], ['e', 'finished'], ['f', 'taken']];
const gas = JSON.stringify({ text: 'I can smell gas "now"', safety: ['gas'] });
const EVENTS: Array<[string, string, string]> = [
  ['a', 'resident_message', gas], ['b', 'resident_message', gas], ['c', 'resident_message', gas], ['d', 'resident_message', gas], ['e', 'resident_message', gas],
  ['a', 'resident_message', '{"text":"hello?"}'], ['b', 'staff_message', '{"text":"Get out now","delivered":true}'], ['c', 'staff_message', '{"text":"x","delivered":true}'],
  ['c', 'resident_message', gas], ['f', 'resident_message', JSON.stringify({ text: '"safety":["gas"]' })],
];
// Event ids in that order start at 1.
const MARKED = { a: 1, b: null, c: 9, d: null, e: null, f: null };

const handoverRow = ([key, state]: [string, string]) =>
  `('test:${key}', '{}', 'test', 'en', 'asked', '2026-11-23T10:00:00.000Z', '${state}', '{}', ${state === 'waiting' ? 'NULL' : "'person:rhian'"})`;
const HANDOVER_INSERT = `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context, taken_by)
  VALUES ${HANDOVERS.map(handoverRow).join(', ')}`;
const EVENT_INSERTS = EVENTS.map(
  ([key, kind, data]) =>
    `INSERT INTO handoff_events (handoff_id, at, kind, actor, data) SELECT id, '2026-11-23T10:05:00.000Z', '${kind}', 'resident', '${data}' FROM handoff_requests WHERE conversation_key = 'test:${key}'`,
);
const marks = (rows: Array<{ conversation_key: string; safety_alert: number | string | null }>) =>
  Object.fromEntries(rows.map((r) => [r.conversation_key.slice(5), r.safety_alert === null ? null : Number(r.safety_alert)]));

describe('SQLite migration 13: safety alerts', () => {
  it('marks each taken handover with the alarm its staff had not yet answered', () => {
    const db = openDatabase(':memory:', MIGRATIONS.filter((m) => m.version <= 12));
    try {
      db.prepare(HANDOVER_INSERT).run();
      for (const sql of EVENT_INSERTS) db.prepare(sql).run();
      migrate(db, MIGRATIONS);
      expect(marks(db.prepare<[], { conversation_key: string; safety_alert: number | null }>('SELECT conversation_key, safety_alert FROM handoff_requests ORDER BY id').all())).toEqual(MARKED);
    } finally {
      db.close();
    }
  });
});

describe('a start-up that migrates says so in the log (SQLite)', () => {
  it('one line naming the versions from and to, on the start that upgraded the file only, with nothing of what the file holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops12-migrate-'));
    const path = join(dir, 'bot.db');
    try {
      const old = openDatabase(path, MIGRATIONS.filter((m) => m.version <= 12));
      old.prepare(HANDOVER_INSERT).run();
      old.close();
      const lines: Array<{ fields: object; message: string }> = [];
      const log = { info: (fields: object, message: string) => void lines.push({ fields, message }) };
      const store = openSqliteStore(path, { clock: { now: () => new Date() }, log });
      await store.close();
      // To the latest (migration 14 came after this test's).
      const latest = Math.max(...MIGRATIONS.map((m) => m.version));
      expect(lines).toEqual([{ fields: { store: 'sqlite', from: 12, to: latest, ms: expect.any(Number) }, message: `store schema migrated from version 12 to ${latest}` }]);
      const again = openSqliteStore(path, { clock: { now: () => new Date() }, log });
      await again.close();
      expect(lines).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describePostgres('PostgreSQL migration 13: safety alerts', () => {
  let schema: TestSchema;
  beforeAll(async () => {
    schema = await freshSchema({ migrate: false });
  }, 60_000);
  afterAll(async () => schema?.drop(), 60_000);

  it('marks each taken handover with the alarm its staff had not yet answered', async () => {
    const db = schema.pool({ max: 1 });
    await migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 12));
    await db.query(HANDOVER_INSERT);
    for (const sql of EVENT_INSERTS) await db.query(sql);
    const runs: MigrationRun[] = [];
    const to13 = PG_MIGRATIONS.filter((m) => m.version <= 13);
    expect(await migratePostgres(db, to13, (run) => runs.push(run))).toBe(13);
    expect(await migratePostgres(db, to13, (run) => runs.push(run))).toBe(13);
    // What the start-up log is told: the upgrade, then a start that found nothing to do.
    expect(runs.map(({ from, to }) => [from, to])).toEqual([[12, 13], [13, 13]]);
    const { rows } = await db.query<{ conversation_key: string; safety_alert: string | null }>('SELECT conversation_key, safety_alert FROM handoff_requests ORDER BY id');
    expect(marks(rows)).toEqual(MARKED);
  }, 60_000);
});
