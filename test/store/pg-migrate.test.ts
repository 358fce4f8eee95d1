import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratePostgres, postgresSchemaVersion } from '../../src/store/pg/migrate';
import { PgHandoffs } from '../../src/store/pg/handoffs';
import { PG_MIGRATIONS } from '../../src/store/pg/migrations';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { openDatabase } from '../../src/store/sqlite/database';
import { describePostgres, freshSchema, type TestSchema } from './pg-test-database';

/** Every SQLite table and its columns, sorted: what the PostgreSQL schema must also have. */
function sqliteColumns(): Record<string, string[]> {
  const db = openDatabase(':memory:');
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`).all().map((c) => c.name).sort()]),
    );
  } finally {
    db.close();
  }
}

it('has a PostgreSQL migration for every SQLite one', () => {
  expect(PG_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
});

describePostgres('PostgreSQL migrations', () => {
  let schema: TestSchema;
  beforeAll(async () => {
    schema = await freshSchema({ migrate: false });
  }, 60_000);
  afterAll(async () => schema?.drop(), 60_000);

  it('are applied once when two instances start together, and again change nothing', async () => {
    const [one, two] = [schema.pool({ max: 1 }), schema.pool({ max: 1 })];
    expect(await postgresSchemaVersion(one)).toBe(0);
    const latest = Math.max(...PG_MIGRATIONS.map((m) => m.version));
    expect(await Promise.all([migratePostgres(one), migratePostgres(two)])).toEqual([latest, latest]);
    expect(await migratePostgres(one)).toBe(latest);
    expect(await postgresSchemaVersion(two)).toBe(latest);
    const { rows } = await one.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(PG_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
  }, 60_000);

  it('have every SQLite table, with the same columns', async () => {
    const db = schema.pool({ max: 1 });
    await migratePostgres(db);
    const { rows } = await db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY table_name, column_name`,
    );
    const pg: Record<string, string[]> = {};
    for (const r of rows) (pg[r.table_name] ??= []).push(r.column_name);
    expect(pg).toEqual(sqliteColumns());
  }, 60_000);

  it('keep each case history append-only', async () => {
    const db = schema.pool({ max: 1 });
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO cases (reference, idempotency_key, kind, policy_id, policy_version, stage, state, language, channel_id,
         user_key, conversation_key, conversation_ref, received_at, details, triage, deadlines, created_at)
       VALUES ('CMP-TEST-0001', 'test:c1:a1', 'complaint', 'housing-ombudsman-code', '2024.1', 1, 'received', 'cy', 'test',
         'test:u1', 'test:c1', '{}', '2026-11-23T10:00:00Z', '{}', NULL, '{}', now())
       RETURNING id`,
    );
    await db.query(`INSERT INTO case_events (case_id, at, actor, type, data) VALUES ($1, now(), 'bot', 'filed', '{}')`, [rows[0].id]);
    for (const change of ['UPDATE case_events SET actor = $$staff$$', 'DELETE FROM case_events', 'TRUNCATE case_events']) {
      await expect(db.query(change)).rejects.toThrow('case_events is append-only');
    }
    await expect(db.query(`INSERT INTO cases (reference) VALUES ('CMP-TEST-0001')`)).rejects.toThrow();
    await expect(db.query(`INSERT INTO bot_state (key, etag, data) VALUES ('k', 0, '{}')`)).rejects.toThrow(/check constraint/);
  }, 60_000);

  it('upgrade a database with handovers, keeping its rows, then let an event’s data be blanked to the marker and refuse every other change', async () => {
    const upgrading = await freshSchema({ migrate: false });
    try {
      const db = upgrading.pool({ max: 1 });
      await migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 8));
      await db.query(
        `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context, callback)
         VALUES ('test:c1', '{"user":{"id":"u1"}}', 'test', 'cy', 'asked', '2026-11-23T10:00:00Z', 'callback', '{}', '{"why":"closed","when":"bore","phone":"07700 900123","requestedAt":null}')`,
      );
      await db.query(`INSERT INTO handoff_events (handoff_id, at, kind, actor, data) SELECT id, '2026-11-23T10:01:00Z', 'resident_message', 'resident', '{"text":"helo"}' FROM handoff_requests`);
      const rows = async () => ({
        requests: (await db.query('SELECT * FROM handoff_requests')).rows,
        events: (await db.query('SELECT * FROM handoff_events')).rows,
      });
      const was = await rows();
      expect(await migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 9))).toBe(9);
      expect(await rows()).toEqual(was);
      await migratePostgres(db);

      const MARKER = '{"redacted":true}';
      for (const change of [
        `UPDATE handoff_events SET data = '{"text":"changed"}'`,
        `UPDATE handoff_events SET data = '{}'`,
        `UPDATE handoff_events SET data = '{"redacted": true}'`,
        `UPDATE handoff_events SET data = '${MARKER}', kind = 'accepted'`,
        `UPDATE handoff_events SET data = '${MARKER}', actor = 'staff:someone'`,
        `UPDATE handoff_events SET data = '${MARKER}', at = '2026-01-01T00:00:00Z'`,
        `UPDATE handoff_events SET data = '${MARKER}', handoff_id = handoff_id + 0, actor = actor || 'x'`,
        `UPDATE handoff_events SET actor = 'staff:someone'`,
        'DELETE FROM handoff_events',
      ]) {
        await expect(db.query(change), change).rejects.toThrow('handoff_events are append-only');
      }
      expect((await db.query('SELECT data FROM handoff_events')).rows).toEqual([{ data: '{"text":"helo"}' }]);
      expect((await db.query(`UPDATE handoff_events SET data = '${MARKER}'`)).rowCount).toBe(1);
      expect((await db.query('SELECT kind, actor, data FROM handoff_events')).rows).toEqual([{ kind: 'resident_message', actor: 'resident', data: MARKER }]);
    } finally {
      await upgrading.drop();
    }
  }, 60_000);

  it('mark held-back staff messages written before migration 10 from their data, and keep the marks out of reach of blanking', async () => {
    const upgrading = await freshSchema({ migrate: false });
    try {
      const db = upgrading.pool({ max: 1 });
      await migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 9));
      await db.query(
        `INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, context)
         VALUES ('whatsapp:c1', '{"user":{"id":"u1"}}', 'whatsapp', 'cy', 'asked', '2026-11-23T10:00:00Z', 'taken', '{}')`,
      );
      const held = (text: string) => JSON.stringify({ text, delivered: false, reopenRequested: true, shown: text, firstName: null });
      const ids: number[] = [];
      for (const [kind, data] of [
        ['staff_message', held('one')],
        ['staff_message', held('two')],
        ['staff_message', JSON.stringify({ text: '"reopenRequested":true \u0000', delivered: true })],
        ['staff_message_delivered', '{"of":ONE}'],
        ['staff_message', held('three')],
      ]) {
        const { rows } = await db.query<{ id: string }>(
          `INSERT INTO handoff_events (handoff_id, at, kind, actor, data) SELECT id, '2026-11-23T10:01:00Z', $1, 'person:rhian', $2 FROM handoff_requests RETURNING id`,
          [kind, data.replace('ONE', String(ids[0]))],
        );
        ids.push(Number(rows[0].id));
      }
      await db.query(`UPDATE handoff_events SET data = '{"redacted":true}' WHERE id = $1`, [ids[4]]);
      await migratePostgres(db);
      const { rows } = await db.query<{ id: string; held_back: boolean; delivers: string | null }>('SELECT id, held_back, delivers FROM handoff_events ORDER BY id');
      expect(rows.map((r) => [Number(r.id), r.held_back, r.delivers === null ? null : Number(r.delivers)])).toEqual([
        [ids[0], true, null],
        [ids[1], true, null],
        [ids[2], false, null],
        [ids[3], false, ids[0]],
        [ids[4], false, null],
      ]);
      const handoffs = new PgHandoffs(db);
      expect((await handoffs.heldBack((await handoffs.list())[0].id)).map((e) => e.id)).toEqual([ids[1]]);
      for (const change of [
        `UPDATE handoff_events SET data = '{"redacted":true}', held_back = false WHERE id = ${ids[1]}`,
        `UPDATE handoff_events SET data = '{"redacted":true}', delivers = NULL WHERE id = ${ids[3]}`,
        `UPDATE handoff_events SET held_back = true WHERE id = ${ids[2]}`,
      ]) {
        await expect(db.query(change), change).rejects.toThrow('handoff_events are append-only');
      }
    } finally {
      await upgrading.drop();
    }
  }, 60_000);

  it('refuse a database newer than this release', async () => {
    const db = schema.pool({ max: 1 });
    await db.query(`INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')`);
    await expect(migratePostgres(db)).rejects.toThrow(`schema version 99, newer than this release knows (${Math.max(...PG_MIGRATIONS.map((m) => m.version))})`);
  }, 60_000);
});
