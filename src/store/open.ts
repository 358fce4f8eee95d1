import type { Clock } from '../clock/clock';
import { ConfigError, type Env } from '../config/env';
import type { Logger } from '../log';
import type { MigrationLog } from './migration';
import type { Store } from './ports';
import { openPostgresStore } from './pg/store';
import { openSqliteStore } from './sqlite/store';

export interface OpenStoreOptions {
  clock: Clock;
  log: Logger;
}

/**
 * The store the settings ask for: PostgreSQL when DATABASE_URL is set (several instances may
 * share it), otherwise the embedded SQLite file at DATABASE_PATH. Errors are ConfigErrors that
 * name the setting and never quote DATABASE_URL (it usually carries a password).
 */
export async function openStore(env: Env, options: OpenStoreOptions): Promise<Store> {
  if (env.DATABASE_URL) return openPostgres({ ...env, DATABASE_URL: env.DATABASE_URL }, options);
  return openEmbeddedStore(env, options.clock, options.log);
}

/**
 * The PostgreSQL store, migrated and ready. A failure to connect or migrate stops start-up with a
 * ConfigError naming DATABASE_URL; pg's messages name the host, user or database, never the
 * password, and the URL itself is never quoted.
 */
async function openPostgres(env: Env & { DATABASE_URL: string }, options: OpenStoreOptions): Promise<Store> {
  try {
    return await openPostgresStore(env, { clock: options.clock, log: options.log });
  } catch (e) {
    throw new ConfigError(`DATABASE_URL: cannot open the PostgreSQL store: ${(e as Error).message}${pgStartHint(e)}`);
  }
}

/** SQLSTATE insufficient_privilege. */
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * What to do about a refusal a landlord's DBA is likely to meet on a fresh database, added to
 * PostgreSQL's own message: since PostgreSQL 15 the `public` schema no longer lets every role
 * create tables, so a role given `GRANT ALL ON DATABASE` (which does not reach schemas) cannot
 * make the bot's tables at its first start, and "permission denied for schema public" alone does
 * not say what to grant. Empty for any other error.
 */
export function pgStartHint(error: unknown): string {
  if ((error as { code?: unknown } | null)?.code !== INSUFFICIENT_PRIVILEGE) return '';
  return ' (the role in DATABASE_URL makes and upgrades the tables at start-up: make it the database\'s owner, CREATE DATABASE … OWNER …, or GRANT USAGE, CREATE ON SCHEMA public TO it; PostgreSQL 15 and later no longer let every role create in public. README "Setting up the database")';
}

/** The SQLite store at DATABASE_PATH, opened at once (better-sqlite3 is synchronous). */
export function openEmbeddedStore(env: Env, clock: Clock, log?: MigrationLog): Store {
  if (env.DATABASE_URL) throw new ConfigError('DATABASE_URL: the PostgreSQL store is opened by openStore (asynchronously), not here');
  try {
    return openSqliteStore(env.DATABASE_PATH, { clock, log });
  } catch (e) {
    throw new ConfigError(`DATABASE_PATH: cannot open ${env.DATABASE_PATH}: ${(e as Error).message}`);
  }
}
