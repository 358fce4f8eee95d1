import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MigrationRun } from '../migration';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if need be) the SQLite file and brings its schema up to date.
 * WAL lets the health check and staff reads run beside the bot's writes. With synchronous =
 * NORMAL a commit is written to the WAL (not fsynced) before it returns, so a killed process
 * (kill -9, a crash) loses nothing that was committed; only an OS crash or power cut can lose
 * the last few commits, and never corrupts the file. FULL would fsync every commit.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS, migrated?: (run: MigrationRun) => void): Db {
  if (path !== ':memory:') makeParentDirectories(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const run = migrate(db, migrations);
  migrated?.(run);
  return db;
}

/**
 * mkdirSync's `recursive` loops for ever, at full CPU, where mkdir answers ENOENT under a parent
 * that exists (e.g. /proc/nope/x.db): it keeps recreating the parent and retrying. Here each
 * missing directory is made once, from the top down, and any refusal is an error at once.
 */
export function makeParentDirectories(path: string): void {
  const missing: string[] = [];
  for (let dir = dirname(resolve(path)); !existsSync(dir); dir = dirname(dir)) {
    if (dirname(dir) === dir) break;
    missing.unshift(dir);
  }
  for (const dir of missing) mkdirSync(dir);
}

/** Applies the migrations past the file's version, each in its own transaction; what it did. */
export function migrate(db: Db, migrations: readonly Migration[]): MigrationRun {
  const started = performance.now();
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > latest) {
    throw new Error(`DATABASE_PATH: the database is at schema version ${current}, newer than this release knows (${latest})`);
  }
  let from = current;
  let applied = false;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    // IMMEDIATE, and the version read again inside: another process opening the same file at
    // the same time (the command-line tool beside the bot, on the day of an upgrade) may have
    // applied this migration since `current` was read, and applying it twice fails the start
    // ("table … already exists"). With the write lock taken first, busy_timeout waits for the
    // other's migrations to commit, and this one finds them done.
    db.transaction(() => {
      const now = schemaVersion(db);
      if (now >= m.version) return;
      if (!applied) from = now;
      applied = true;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  const to = schemaVersion(db);
  // What this process did: nothing, when the other process had migrated the file.
  return { from: applied ? from : to, to, ms: performance.now() - started };
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
