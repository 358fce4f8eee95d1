/**
 * The conversation-state path of a turn on its own, without the bot: take the conversation's
 * lock, read its conversation and user state, write both back with their eTags, let go. Run with
 * 50 conversations at once against SQLite (TurnQueue + SqliteStorage, a temporary file) and
 * PostgreSQL (PgConversationLocks + PgConversationStorage), one instance and two instances taking
 * turns alternately. Prints turns per second and latency per turn.
 * Run: TEST_DATABASE_URL=postgres://… npx tsx bench/pg-state.ts   (BENCH_SECONDS, default 5;
 * BENCH_CONVERSATIONS, default 50)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TurnQueue } from '../src/store/turn-queue';
import type { ConversationLocks } from '../src/store/conversation-locks';
import { openDatabase } from '../src/store/sqlite/database';
import { GroupCommit } from '../src/store/sqlite/group-commit';
import { PgConversationLocks } from '../src/store/pg/conversation-locks';
import { PgConversationStorage } from '../src/store/pg/conversation-storage';
import { migratePostgres } from '../src/store/pg/migrate';
import { createPgPool } from '../src/store/pg/pool';
import { readPgSettings } from '../src/store/pg/settings';
import { type KeyValueStorage, SqliteStorage } from '../src/store/sqlite/conversation-state';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);

interface Instance {
  locks: ConversationLocks;
  storage: KeyValueStorage;
}

async function turn(instance: Instance, conversation: string, n: number): Promise<void> {
  await instance.locks.run(conversation, async () => {
    const keys = [`test/conversations/${conversation}`, `test/users/${conversation}`];
    const read = await instance.storage.read(keys);
    const [c, u] = [read[keys[0]] ?? {}, read[keys[1]] ?? {}];
    await instance.storage.write({
      [keys[0]]: { ...c, dialogState: { step: n % 14, answers: { description: 'The boiler has broken again and nobody came', n } } },
      [keys[1]]: { ...u, language: 'cy' },
    });
  });
}

async function run(name: string, instances: Instance[]): Promise<void> {
  const latencies: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, i) => {
      const conversation = `${name}-${i}`;
      for (let n = 0; performance.now() < end; n++) {
        const started = performance.now();
        await turn(instances[next++ % instances.length], conversation, n);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(`${name.padEnd(24)} ${(latencies.length / SECONDS).toFixed(0).padStart(6)} turns/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms`);
}

async function main(): Promise<void> {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'bench-state-')), 'state.db'));
  await run('sqlite', [{ locks: new TurnQueue(), storage: new SqliteStorage(db, new GroupCommit(db)) }]);
  db.close();

  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return console.log('postgres: skipped (set TEST_DATABASE_URL)');
  const settings = readPgSettings({ ...process.env, DATABASE_URL: url });
  const schema = `bench_${process.pid}`;
  const admin = createPgPool(settings, { max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pools = [] as ReturnType<typeof createPgPool>[];
  const instance = (): Instance => {
    const [state, locks] = [settings.DATABASE_POOL_SIZE, settings.DATABASE_LOCK_POOL_SIZE].map((max) => {
      const p = createPgPool(settings, { max, options: `-c search_path=${schema}` });
      pools.push(p);
      return p;
    });
    return { storage: new PgConversationStorage(state), locks: new PgConversationLocks(locks, { local: new TurnQueue(), waitMs: settings.TURN_LOCK_TIMEOUT_MS }) };
  };
  try {
    const one = instance();
    await migratePostgres(pools[0]);
    await run('postgres, one instance', [one]);
    await run('postgres, two instances', [one, instance()]);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
