import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/store/pg/transaction';
import { postgresForTests, type TestSchema } from '../support/postgres';

const pg = postgresForTests();

describe.skipIf(!pg.available)('a PostgreSQL transaction', () => {
  let schema: TestSchema;
  let pool: Pool;
  let admin: Pool;
  beforeAll(async () => {
    schema = await pg.freshSchema();
    pool = new Pool({ ...schema.config, max: 1 });
    admin = new Pool({ ...schema.config, max: 1 });
    await admin.query('CREATE TABLE t (n integer)');
  }, 60_000);
  afterAll(async () => {
    await Promise.all([pool?.end(), admin?.end()]);
  }, 60_000);

  it('commits what its work did, and rolls back all of it when the work throws', async () => {
    await inTransaction(pool, (c) => c.query('INSERT INTO t VALUES (1)'));
    const refusal = new Error('refused');
    await expect(
      inTransaction(pool, async (c) => {
        await c.query('INSERT INTO t VALUES (2)');
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect((await admin.query('SELECT n FROM t')).rows).toEqual([{ n: 1 }]);
  }, 60_000);

  it('survives its connection being killed mid-transaction, and the pool carries on', async () => {
    const attempt = inTransaction(pool, async (c) => {
      const { rows } = await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await c.query('INSERT INTO t VALUES (3)');
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      // The 'error' the dying connection emits arrives while the work is still running.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await c.query('INSERT INTO t VALUES (4)');
    });
    await expect(attempt).rejects.toThrow();
    expect((await admin.query('SELECT n FROM t ORDER BY n')).rows).toEqual([{ n: 1 }]);
    // The broken connection was closed, not reused: the next transaction gets a fresh one.
    await inTransaction(pool, (c) => c.query('INSERT INTO t VALUES (5)'));
    expect((await admin.query('SELECT n FROM t ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 5 }]);
  }, 60_000);
});
