/**
 * What beginning a writing group commit IMMEDIATE costs against DEFERRED (src/store/sqlite/
 * group-commit.ts), in CPU, in one process: a turn-shaped transaction (the re-delivery lookup,
 * then the state upsert) run in blocks of 500 in each mode, the order alternating block by block,
 * the first 10 rounds of each left out as warm-up. CPU time (process.cpuUsage), not wall-clock,
 * so other work on the machine does not count against either mode.
 *
 *   npx tsx bench/sqlite-immediate.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/store/sqlite/database';

const dir = mkdtempSync(join(tmpdir(), 'sqlite-immediate-'));
const db = openDatabase(join(dir, 'complaints.db'));
const lookup = db.prepare('SELECT user_key, replies FROM turn_replies WHERE conversation_key = ? AND activity_id = ?');
const upsert = db.prepare(
  `INSERT INTO bot_state (key, etag, data, updated_at) VALUES (?, 1, ?, ?)
   ON CONFLICT(key) DO UPDATE SET etag = bot_state.etag + 1, data = excluded.data, updated_at = excluded.updated_at`,
);
let n = 0;
const turn = db.transaction(() => {
  lookup.get(`test:c${n % 500}`, 'a1');
  upsert.run(`test/conversations/c${n % 500}/`, JSON.stringify({ step: n }), '2026-12-08T00:00:00.000Z');
  n++;
});

const BLOCK = 500;
const ROUNDS = 120;
const WARM_UP = 10;
const cpu = { deferred: 0, immediate: 0 };
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of round % 2 ? (['deferred', 'immediate'] as const) : (['immediate', 'deferred'] as const)) {
    const start = process.cpuUsage();
    for (let k = 0; k < BLOCK; k++) {
      if (mode === 'deferred') turn();
      else turn.immediate();
    }
    const used = process.cpuUsage(start);
    if (round >= WARM_UP) cpu[mode] += used.user + used.system;
  }
}
db.close();
rmSync(dir, { recursive: true, force: true });
const each = (us: number) => (us / ((ROUNDS - WARM_UP) * BLOCK)).toFixed(1);
console.log(`CPU per transaction: deferred ${each(cpu.deferred)} µs, immediate ${each(cpu.immediate)} µs (${ROUNDS - WARM_UP} blocks of ${BLOCK} each)`);
