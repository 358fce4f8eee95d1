import Database from 'better-sqlite3';
import { ConfigError } from '../../config/env';
import { makeParentDirectories } from './database';

export interface InstanceLock {
  readonly path: string;
  release(): void;
}

/**
 * Holds, for the life of the process, the claim of one bot instance on a SQLite database file,
 * so that a second instance started on the same file (a second replica on a shared volume, a
 * deployment slot swapped in while the old one still runs, a second `npm start`) refuses to start
 * instead of running beside it. Two would each keep their own state cache, handover cache and
 * turn queue, and serve stale conversation state to each other without a word.
 *
 * The claim is an exclusive lock on a small file beside the database (`<DATABASE_PATH>.instance`),
 * taken through SQLite (`locking_mode = EXCLUSIVE`, then a write) so that it is the operating
 * system's file lock: it goes when the process does, however it ends (kill -9, a crash), and no
 * stale lock file is ever left to clear by hand. The database itself is not locked: the
 * command-line tool (`complaints staff add`, `complaints deadlines …`) still opens it while the bot runs.
 */
export function holdInstanceLock(databasePath: string, pid = process.pid): InstanceLock | undefined {
  if (databasePath === ':memory:' || databasePath === '') return undefined;
  const path = `${databasePath}.instance`;
  let db: Database.Database;
  try {
    makeParentDirectories(path);
    // No wait for the lock (better-sqlite3 waits 5 s by default): it is held for a process's life.
    db = new Database(path, { timeout: 0 });
  } catch (e) {
    // As the store's own open says it (src/store/open.ts): a directory that cannot be made, no permission.
    throw new ConfigError(`DATABASE_PATH: cannot open ${databasePath}: ${(e as Error).message}`);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS instance (pid INTEGER NOT NULL)');
    db.transaction(() => {
      db.exec('DELETE FROM instance');
      db.prepare('INSERT INTO instance (pid) VALUES (?)').run(pid);
    })();
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new ConfigError(
        `DATABASE_PATH: another instance of the bot is running on ${databasePath} (it holds ${path}). The SQLite store is for one instance; for several, set DATABASE_URL (PostgreSQL; README "Which store")`,
      );
    }
    throw new ConfigError(`DATABASE_PATH: cannot take ${path}: ${(e as Error).message}`);
  }
  return { path, release: () => db.close() };
}
