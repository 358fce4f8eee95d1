import type { Pool } from 'pg';
import type { Migration, MigrationRun } from '../migration';
import { advisoryKey } from './advisory-key';
import { PG_MIGRATIONS } from './migrations';

/** How long an instance waits for another that is migrating the same database. */
const MIGRATION_WAIT_MS = 120_000;

/**
 * Brings the schema (the connection's search_path) up to date and returns its version. Run at
 * start-up by every instance: a session advisory lock makes the second of two instances starting
 * together wait, then find the work done. Each migration and its schema_migrations row commit
 * together, so one that fails leaves the version before it. The statement timeout is lifted for
 * this connection (a migration may rewrite a big table), and the connection is closed afterwards
 * so that setting goes no further.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = PG_MIGRATIONS, migrated?: (run: MigrationRun) => void): Promise<number> {
  const started = performance.now();
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  const client = await pool.connect();
  try {
    await client.query(`SET statement_timeout = 0; SET lock_timeout = ${MIGRATION_WAIT_MS}`);
    await client.query('SELECT pg_advisory_lock($1::bigint)', [advisoryKey('migrations', 'schema')]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      let current = rows[0].version ?? 0;
      const from = current;
      if (current > latest) {
        throw new Error(`DATABASE_URL: the database is at schema version ${current}, newer than this release knows (${latest})`);
      }
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (m.version <= current) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${(error as Error).message}`);
        }
        current = m.version;
      }
      migrated?.({ from, to: current, ms: performance.now() - started });
      return current;
    } finally {
      // If this fails the connection is gone, and the lock with its session.
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [advisoryKey('migrations', 'schema')]).catch(() => undefined);
    }
  } finally {
    // Closed, not returned: its session settings are not for other callers.
    client.release(true);
  }
}

/** The schema version recorded, or 0 for a database never migrated (for /healthz). */
export async function postgresSchemaVersion(pool: Pool): Promise<number> {
  const table = await pool.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!table.rows[0].t) return 0;
  const { rows } = await pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return rows[0].version ?? 0;
}
