/**
 * The caps on open handovers with two connections to one SQLite file (a second process, or the
 * command-line tool beside the bot): Handoffs.open counts and inserts inside one transaction that
 * begins IMMEDIATE, so the other connection's handover, committed or still being written, is
 * always counted. Deferred, the count read a snapshot taken before the other connection's commit,
 * and the insert then failed with SQLITE_BUSY instead of waiting and counting again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { HandoverCap } from '../../src/handoff/cap';
import type { NewHandoff } from '../../src/store/ports';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store';

const NOW = '2026-12-07T10:00:00.000Z';
const cap = new HandoverCap({ perAddress: 2, total: 0 });
const ADDRESS = '203.0.113.40';

const request = (n: number, address = ADDRESS): NewHandoff => ({
  conversationKey: `test:race-${n}`,
  conversationRef: {},
  channelId: 'webchat',
  language: 'cy',
  reason: 'asked',
  at: NOW,
  caseReference: null,
  context: {},
  state: 'waiting',
  callback: null,
  addressKey: cap.addressKey(address),
});

/**
 * Another connection, on its own thread, that opens a handover from `addressKey` in a write
 * transaction it holds for `holdMs` before committing: what a second process does mid-open.
 */
const HOLDER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
db.prepare(\`INSERT INTO handoff_requests (conversation_key, conversation_ref, channel_id, language, reason, at, state, case_reference, context, callback, address_key)
  VALUES ('test:other-process', '{}', 'webchat', 'en', 'asked', ?, 'waiting', NULL, '{}', NULL, ?)\`).run(workerData.at, workerData.addressKey);
parentPort.postMessage('holding');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
db.exec('COMMIT');
db.close();
parentPort.postMessage('committed');
`;

describe('the caps on open handovers with two connections to one SQLite file', () => {
  let dir: string;
  let stores: SqliteStore[];
  const open = () => {
    const store = openSqliteStore(join(dir, 'complaints.db'), { clock: new FixedClock(NOW) });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cap-race-'));
    stores = [];
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets no more than the cap open when both connections open at once', async () => {
    const [a, b] = [open(), open()];
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, n) => [a, b][n % 2].handoffs.open(request(n), cap.caps())));
    expect(outcomes.filter((r) => 'handoff' in r && r.created)).toHaveLength(2);
    expect(outcomes.filter((r) => 'full' in r)).toEqual(Array.from({ length: 6 }, () => ({ full: 'address' })));
    expect((await b.handoffs.openCounts(cap.addressKey(ADDRESS))).fromAddress).toBe(2);
  });

  it('waits for the other connection\'s open in flight, then counts it: at the cap, refused, not an error and not one too many', async () => {
    const a = open();
    expect(await a.handoffs.open(request(1), cap.caps())).toMatchObject({ created: true });
    const holder = new Worker(HOLDER, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), path: join(dir, 'complaints.db'), at: NOW, addressKey: cap.addressKey(ADDRESS), holdMs: 300 },
    });
    const committed = new Promise<void>((resolve, reject) => {
      holder.on('message', (m: string) => m === 'committed' && resolve());
      holder.on('error', reject);
    });
    await new Promise<void>((resolve) => holder.once('message', () => resolve()));
    // The other connection holds its write, one handover from the address in it: this open's
    // transaction must wait for it (busy_timeout) and then see two open.
    const second = await a.handoffs.open(request(2), cap.caps());
    expect(second).toEqual({ full: 'address' });
    await committed;
    await holder.terminate();
    expect((await a.handoffs.openCounts(cap.addressKey(ADDRESS))).fromAddress).toBe(2);
    // Another address is still let in.
    expect(await a.handoffs.open(request(3, '198.51.100.7'), cap.caps())).toMatchObject({ created: true });
  });
});
