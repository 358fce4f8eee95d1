import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';

/**
 * Checkpoints the WAL from a worker thread, so the bot's turns never wait for it.
 *
 * Every commit goes to the WAL before the reply returns, which is what makes a turn survive
 * kill -9. Copying the WAL back into the database (a checkpoint) is housekeeping, but SQLite's
 * automatic checkpoint runs inside whichever commit crosses the threshold and fsyncs twice:
 * under load that stalled the event loop for tens of milliseconds every few hundred commits,
 * most of the time the bot spent in SQLite. A PASSIVE checkpoint on a second connection never
 * blocks the bot's reads or writes.
 */
export interface Checkpointer {
  stop(): Promise<void>;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** The automatic checkpoint the bot's own connection keeps as a backstop, in pages. */
const BACKSTOP_PAGES = 10_000;
const DEFAULT_PAGES = 1000;

export function startCheckpointer(db: Db, log: (msg: string) => void, intervalMs = 100): Checkpointer | null {
  if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return null;
  const worker = new Worker(WORKER, {
    eval: true,
    // The worker runs plain JavaScript; it needs no TypeScript loader.
    execArgv: [],
    workerData: { path: resolve(db.name), driver: require.resolve('better-sqlite3'), intervalMs },
  });
  worker.unref();
  let stopping = false;
  // Should the worker ever fail, the WAL must not grow without bound: hand checkpoints back.
  const fallBack = (why: string) => {
    if (stopping || !db.open) return;
    db.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
    log(`background checkpoints stopped (${why}); checkpointing inline again`);
  };
  worker.on('error', (e) => fallBack(e.message));
  worker.on('exit', (code) => fallBack(`exit ${code}`));
  // Only if the worker falls far behind does a commit checkpoint inline.
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return {
    stop() {
      stopping = true;
      return new Promise<void>((done) => {
        worker.once('exit', () => done());
        worker.postMessage('stop');
      });
    },
  };
}
