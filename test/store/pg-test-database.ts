/**
 * A stand-in for test/support/postgres.ts (being written for #15's CI): a fresh schema on
 * TEST_DATABASE_URL for one test file, migrated, and pools whose connections all use it. Replace
 * its uses with that helper once it lands. Without TEST_DATABASE_URL the PostgreSQL tests are
 * skipped, and say so; under CI they fail instead.
 */
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { describe } from 'vitest';
import { migratePostgres } from '../../src/store/pg/migrate';
import { createPgPool, type PoolOptions } from '../../src/store/pg/pool';
import { readPgSettings, type PgSettings } from '../../src/store/pg/settings';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** `describe`, or a loud skip when there is no database to test against (a failure under CI). */
export function describePostgres(name: string, body: () => void): void {
  if (TEST_DATABASE_URL) {
    describe(name, body);
    return;
  }
  if (process.env.CI) throw new Error(`${name}: TEST_DATABASE_URL is not set, and CI must not skip the PostgreSQL tests`);
  console.warn(`\n*** SKIPPED: ${name} — set TEST_DATABASE_URL=postgres://… to run the PostgreSQL tests ***\n`);
  describe.skip(name, body);
}

export interface TestSchema {
  settings: PgSettings;
  /** A pool on the schema: call it twice for two "instances". Closed by `drop`. */
  pool(options?: PoolOptions): Pool;
  /** A pool on the database with the default search_path, for looking on from outside. */
  admin: Pool;
  drop(): Promise<void>;
}

/** A new, empty schema (migrated unless told not to), dropped by `drop`. */
export async function freshSchema(options: { migrate?: boolean } = {}): Promise<TestSchema> {
  const settings = readPgSettings({ DATABASE_URL: TEST_DATABASE_URL, DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_CONNECT_TIMEOUT_MS: '30000' });
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = createPgPool(settings, { max: 2 });
  await admin.query(`CREATE SCHEMA ${name}`);
  const pools: Pool[] = [];
  const pool = (o: PoolOptions = {}) => {
    const p = createPgPool(settings, { ...o, options: `-c search_path=${name}` });
    pools.push(p);
    return p;
  };
  if (options.migrate !== false) await migratePostgres(pool({ max: 1 }));
  return {
    settings,
    pool,
    admin,
    async drop() {
      await Promise.all(pools.map((p) => p.end()));
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}
