/**
 * Migration 12 on a database that already has reviews (both stores): each case's waiting review
 * is worked out from its events as the queue read them before (the first request since the last
 * answer), so upgrading changes nothing an officer sees, only what the queue reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../src/store/pg/migrate';
import { PG_MIGRATIONS } from '../../src/store/pg/migrations';
import { migrate, openDatabase } from '../../src/store/sqlite/database';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { describePostgres, freshSchema, type TestSchema } from './pg-test-database';

// Four exclusions: a asked; b asked and answered; c asked, answered, then asked twice; d never asked.
const CASES = ['a', 'b', 'c', 'd'];
const EVENTS: Array<[string, string]> = [
  ['a', 'filed'], ['b', 'filed'], ['c', 'filed'], ['d', 'filed'],
  ['b', 'review_requested'], ['a', 'review_requested'], ['c', 'review_requested'],
  ['b', 'review_answered'], ['c', 'review_answered'], ['d', 'note'],
  ['c', 'review_requested'], ['c', 'review_requested'], ['a', 'note'],
];
// Event ids in that order start at 1: a waits on its request (6), c on its first since the answer (11).
const WAITING = { a: 6, b: null, c: 11, d: null };

const caseRow = (ref: string) =>
  `('CMP-${ref}', 'k-${ref}', 'excluded', 'housing-ombudsman-code', '2024.1', 1, 'excluded', 'cy', 'test', 'test:u-${ref}', 'test:c-${ref}', '{}',
    '2026-11-23T10:00:00.000Z', '{"description":"x"}', NULL, 'null', '2026-11-23T10:00:00.000Z')`;
const CASE_INSERT = `INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id, user_key,
  conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at) VALUES ${CASES.map(caseRow).join(', ')}`;
const EVENT_INSERTS = EVENTS.map(
  ([ref, type]) => `INSERT INTO case_events (case_id, at, actor, type, data) SELECT id, '2026-11-24T10:00:00.000Z', 'resident', '${type}', '{}' FROM cases WHERE reference = 'CMP-${ref}'`,
);

describe('SQLite migration 12: reviews waiting', () => {
  it('marks each case’s waiting review from its events, and the queue reads those', () => {
    const db = openDatabase(':memory:', MIGRATIONS.filter((m) => m.version <= 11));
    try {
      db.prepare(CASE_INSERT).run();
      for (const sql of EVENT_INSERTS) db.prepare(sql).run();
      migrate(db, MIGRATIONS);
      const rows = db.prepare<[], { reference: string; review_waiting: number | null }>('SELECT reference, review_waiting FROM cases ORDER BY reference').all();
      expect(Object.fromEntries(rows.map((r) => [r.reference.slice(4), r.review_waiting]))).toEqual(WAITING);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'case_events_review%'").all()).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describePostgres('PostgreSQL migration 12: reviews waiting', () => {
  let schema: TestSchema;
  beforeAll(async () => {
    schema = await freshSchema({ migrate: false });
  }, 60_000);
  afterAll(async () => schema?.drop(), 60_000);

  it('marks each case’s waiting review from its events', async () => {
    const db = schema.pool({ max: 1 });
    await migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 11));
    await db.query(CASE_INSERT);
    for (const sql of EVENT_INSERTS) await db.query(sql);
    await migratePostgres(db);
    const { rows } = await db.query<{ reference: string; review_waiting: string | null }>('SELECT reference, review_waiting FROM cases ORDER BY reference');
    // Ids are identity columns here too, from 1 in a fresh schema.
    expect(Object.fromEntries(rows.map((r) => [r.reference.slice(4), r.review_waiting === null ? null : Number(r.review_waiting)]))).toEqual(WAITING);
  }, 60_000);
});
