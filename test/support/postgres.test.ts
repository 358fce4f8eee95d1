import { Client, Pool } from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decide, postgresForTests, withSearchPath } from './postgres';

describe('when PostgreSQL tests run', () => {
  it.each([
    { env: { TEST_DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }, expected: 'run' },
    { env: { TEST_DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', CI: 'true' }, expected: 'run' },
    { env: {}, expected: 'skip' },
    { env: { TEST_DATABASE_URL: '  ' }, expected: 'skip' },
    { env: { CI: '' }, expected: 'skip' },
    { env: { CI: 'false' }, expected: 'skip' },
    { env: { CI: '0' }, expected: 'skip' },
    { env: { CI: 'true' }, expected: 'fail' },
    { env: { CI: '1' }, expected: 'fail' },
    { env: { CI: 'true', TEST_DATABASE_URL: '' }, expected: 'fail' },
  ] as const)('$env → $expected', ({ env, expected }) => {
    expect(decide(env)).toBe(expected);
  });

  it('refuses to skip in CI, naming TEST_DATABASE_URL', () => {
    expect(() => postgresForTests({ CI: 'true' })).toThrow(/TEST_DATABASE_URL is not set and CI is/);
  });

  it('skips locally, saying so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const pg = postgresForTests({});
      expect(pg.available).toBe(false);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SKIPPED PostgreSQL tests in postgres\.test\.ts: TEST_DATABASE_URL is not set/));
      await expect(pg.freshSchema()).rejects.toThrow(/TEST_DATABASE_URL/);
    } finally {
      warn.mockRestore();
    }
  });

  it('puts the schema on the search path and keeps the rest of the URL', () => {
    const url = withSearchPath('postgres://me:secret@db.example:6543/complaints?sslmode=require', 't_x_1');
    const parsed = new URL(url);
    expect(parsed.searchParams.get('options')).toBe('-c search_path=t_x_1');
    expect(parsed.searchParams.get('sslmode')).toBe('require');
    expect([parsed.username, parsed.password, parsed.port, parsed.pathname]).toEqual(['me', 'secret', '6543', '/complaints']);
  });
});

const pg = postgresForTests();

describe.skipIf(!pg.available)('PostgreSQL plumbing (TEST_DATABASE_URL)', () => {
  const pools: Pool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  it('connects, creates a table, inserts and selects, in its own schema', async () => {
    const db = await pg.freshSchema();
    const pool = new Pool(db.config);
    pools.push(pool);
    expect((await pool.query('SELECT current_schema() AS s')).rows[0].s).toBe(db.schema);
    await pool.query('CREATE TABLE cases (reference TEXT PRIMARY KEY, opened_at TIMESTAMPTZ NOT NULL)');
    await pool.query('INSERT INTO cases VALUES ($1, $2), ($3, $4)', ['CMP-7KQ4-XB2M', '2026-11-23T10:00:00Z', 'CMP-9PRT-HW3N', '2026-11-24T09:30:00Z']);
    const { rows } = await pool.query('SELECT reference FROM cases ORDER BY opened_at');
    expect(rows.map((r) => r.reference)).toEqual(['CMP-7KQ4-XB2M', 'CMP-9PRT-HW3N']);
    // Other files' schemas in the same database may hold a `cases` table at the same moment;
    // what matters is that ours went into this schema and nothing into the shared `public`.
    const tables = await pool.query("SELECT table_schema FROM information_schema.tables WHERE table_name = $1 AND table_schema IN ($2, 'public')", ['cases', db.schema]);
    expect(tables.rows.map((r) => r.table_schema)).toEqual([db.schema]);
  });

  it('gives each call a schema of its own, so tables do not collide', async () => {
    const [a, b] = await Promise.all([pg.freshSchema(), pg.freshSchema()]);
    expect(a.schema).not.toBe(b.schema);
    const ca = new Client({ connectionString: a.connectionString });
    const cb = new Client({ connectionString: b.connectionString });
    await ca.connect();
    await cb.connect();
    try {
      await ca.query('CREATE TABLE t (v INT)');
      await cb.query('CREATE TABLE t (v INT)'); // same name, other schema: no clash
      await ca.query('INSERT INTO t VALUES (1)');
      expect((await cb.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(0);
    } finally {
      await ca.end();
      await cb.end();
    }
  });
});
