import type { Clock } from '../clock/clock';
import { ConfigError, type Env } from '../config/env';
import type { Logger } from '../log';
import type { Store } from './ports';
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
  if (env.DATABASE_URL) return openPostgres(env, options);
  return openEmbeddedStore(env, options.clock);
}

/**
 * Until the PostgreSQL adapter (src/store/pg/store.ts, openPostgresStore) lands, DATABASE_URL is
 * refused plainly rather than ignored: an operator who set it expects a shared store, and quietly
 * running on a local file would split the bot's records between instances. Wiring it in is:
 *   return openPostgresStore(env, options);
 */
async function openPostgres(_env: Env, _options: OpenStoreOptions): Promise<Store> {
  throw new ConfigError('DATABASE_URL: this build has no PostgreSQL store yet; unset DATABASE_URL to use the SQLite file at DATABASE_PATH');
}

/** The SQLite store at DATABASE_PATH, opened at once (better-sqlite3 is synchronous). */
export function openEmbeddedStore(env: Env, clock: Clock): Store {
  if (env.DATABASE_URL) throw new ConfigError('DATABASE_URL: the PostgreSQL store is opened by openStore (asynchronously), not here');
  try {
    return openSqliteStore(env.DATABASE_PATH, { clock });
  } catch (e) {
    throw new ConfigError(`DATABASE_PATH: cannot open ${env.DATABASE_PATH}: ${(e as Error).message}`);
  }
}
