/**
 * PostgreSQL for tests: each test file gets its own schema in the database named by
 * TEST_DATABASE_URL, so files run in parallel without seeing each other's tables.
 *
 *   import { postgresForTests } from '../support/postgres';
 *
 *   const pg = postgresForTests();              // at the top of the file, once
 *   describe.skipIf(!pg.available)('the PostgreSQL store', () => {
 *     let db: TestSchema;
 *     beforeAll(async () => { db = await pg.freshSchema(); });
 *     it('…', async () => {
 *       const pool = new Pool(db.config);        // or new Pool({ connectionString: db.connectionString })
 *       …                                        // unqualified tables land in db.schema
 *       await pool.end();                        // end your own pools; the schema is dropped after the file
 *     });
 *   });
 *
 * - `freshSchema()` runs `CREATE SCHEMA t_<file>_<random>` and returns its name, a connection
 *   string and a `pg` pool config whose `search_path` is that schema alone. Call it as often as
 *   you like (per file, per describe or per test); every schema it made is dropped with CASCADE
 *   after the file's tests, even if they failed.
 * - TEST_DATABASE_URL unset: `available` is false, the tests are skipped and a warning naming
 *   TEST_DATABASE_URL says so. With CI set (anything but "", "0" or "false"), a missing
 *   TEST_DATABASE_URL is an error instead: CI must never skip these tests quietly.
 * - `bash scripts/with-test-postgres.sh [command]` starts a throwaway cluster, sets
 *   TEST_DATABASE_URL and runs the command (default `npm test`); `.ci/run` uses it.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { Pool, type PoolConfig } from 'pg';
import { afterAll, expect } from 'vitest';

export interface TestSchema {
  /** The schema's name, e.g. `t_smoke_3f9a…`. */
  schema: string;
  /** TEST_DATABASE_URL with `options=-c search_path=<schema>`. */
  connectionString: string;
  /** The same, as a `pg` Pool/Client config. */
  config: PoolConfig;
}

export interface TestPostgres {
  /** True when TEST_DATABASE_URL is set: gate the file's PostgreSQL tests on it. */
  available: boolean;
  freshSchema(): Promise<TestSchema>;
}

export type Decision = 'run' | 'skip' | 'fail';

/** Whether PostgreSQL tests run, are skipped (locally) or fail (in CI), from the environment. */
export function decide(env: Record<string, string | undefined>): Decision {
  if (env.TEST_DATABASE_URL?.trim()) return 'run';
  return isCi(env.CI) ? 'fail' : 'skip';
}

function isCi(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
}

/** The file name of the test that called us, for the warning and the schema name. */
function callerFile(): string {
  const stack = new Error().stack ?? '';
  const line = stack.split('\n').find((l) => /\.test\.[cm]?[tj]s/.test(l));
  const m = line && /([^/\\(]+\.test\.[cm]?[tj]s)/.exec(line);
  return m ? m[1] : 'unknown test file';
}

/** Adds `options=-c search_path=<schema>` to a connection string, keeping what it had. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export function postgresForTests(env: Record<string, string | undefined> = process.env): TestPostgres {
  const file = callerFile();
  const decision = decide(env);
  if (decision === 'fail') {
    throw new Error(
      `${file}: TEST_DATABASE_URL is not set and CI is: PostgreSQL tests must run in CI, not be skipped. ` +
        'Run them under `bash scripts/with-test-postgres.sh`, or set TEST_DATABASE_URL=postgres://user@host:port/db.',
    );
  }
  if (decision === 'skip') {
    console.warn(
      `\n*** SKIPPED PostgreSQL tests in ${file}: TEST_DATABASE_URL is not set. ***\n` +
        '*** Run `bash scripts/with-test-postgres.sh` (a throwaway cluster), or set TEST_DATABASE_URL=postgres://… ***\n',
    );
    return {
      available: false,
      freshSchema: () => Promise.reject(new Error('TEST_DATABASE_URL is not set; gate the tests on pg.available')),
    };
  }

  const url = env.TEST_DATABASE_URL!.trim();
  const prefix = `t_${basename(file).replace(/\.test\..*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_`;
  let admin: Pool | undefined;
  const made: string[] = [];

  afterAll(async () => {
    if (!admin) return;
    try {
      for (const schema of made) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await admin.end();
    }
  });

  return {
    available: true,
    async freshSchema() {
      admin ??= new Pool({ connectionString: url, max: 1 });
      const schema = `${prefix}${randomBytes(6).toString('hex')}`;
      expect(schema).toMatch(/^[a-z0-9_]{1,63}$/); // it is spliced into SQL below
      await admin.query(`CREATE SCHEMA "${schema}"`);
      made.push(schema);
      const connectionString = withSearchPath(url, schema);
      return { schema, connectionString, config: { connectionString } };
    },
  };
}
