/**
 * Two processes opening one SQLite file on the day of an upgrade (the bot, and the command-line
 * tool started beside it): each read the file's schema version, then applied the migrations past
 * it. The second to get the write lock applied again what the first had just applied, and its
 * start failed ("table … already exists"). Each migration now runs IMMEDIATE and reads the version
 * again inside its transaction, so the second finds the work done and skips it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../src/store/sqlite/database';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';

/** Another connection that applies every migration in one write transaction it holds for `holdMs`. */
const MIGRATOR = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
for (const m of workerData.migrations) {
  db.exec(m.sql);
  db.pragma('user_version = ' + m.version);
}
parentPort.postMessage('holding');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
db.exec('COMMIT');
db.close();
parentPort.postMessage('committed');
`;

describe('two processes migrating one SQLite file at once', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'migrate-race-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the second waits for the first, finds the schema current, and opens', async () => {
    const path = join(dir, 'complaints.db');
    // The file exists, empty and in WAL, as a first start leaves it before migrating.
    new (require('better-sqlite3'))(path).pragma('journal_mode = WAL');
    const other = new Worker(MIGRATOR, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), path, holdMs: 300, migrations: MIGRATIONS.map((m) => ({ version: m.version, sql: m.sql })) },
    });
    const committed = new Promise<void>((resolve, reject) => {
      other.on('message', (m: string) => m === 'committed' && resolve());
      other.on('error', reject);
    });
    await new Promise<void>((resolve) => other.once('message', () => resolve()));
    // The other connection holds its migrations uncommitted: this one reads version 0.
    let migrated: { from: number; to: number } | undefined;
    const db = openDatabase(path, MIGRATIONS, (run) => (migrated = run));
    try {
      await committed;
      expect(schemaVersion(db)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
      // It applied nothing itself, so it does not say it migrated (the other process does).
      expect(migrated!.to).toBe(migrated!.from);
    } finally {
      db.close();
      await other.terminate();
    }
  }, 60_000);
});
