/**
 * The PostgreSQL case store on its own: filing (one statement: case + 'filed' event), recording
 * events (row lock, read history, append, update) and lookup attempts (two advisory locks, read,
 * write), with WORKERS at once, on one instance and on two taking turns. Prints operations per
 * second and p50/p99 per operation. Uses a schema of its own, dropped afterwards.
 * Run: TEST_DATABASE_URL=postgres://… npx tsx bench/pg-cases.ts   (BENCH_OPERATIONS, default
 * 1000; BENCH_WORKERS, default 20)
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { FixedClock } from '../src/clock/clock';
import type { Store } from '../src/store/ports';
import { readPgSettings } from '../src/store/pg/settings';
import { openPostgresStore } from '../src/store/pg/store';

const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 20);
const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('set TEST_DATABASE_URL=postgres://…');

async function measure(name: string, stores: Store[], op: (store: Store, n: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let n = next++; n < OPERATIONS; n = next++) {
        const t = performance.now();
        await op(stores[n % stores.length], n);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${name.padEnd(44)} ${Math.round(OPERATIONS / seconds).toString().padStart(6)}/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms`);
}

async function main(): Promise<void> {
  const admin = new Pool({ connectionString: url, max: 1 });
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(url!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const settings = readPgSettings({ DATABASE_URL: u.toString() });
  const clock = new FixedClock('2026-11-23T10:00:00Z');
  const [one, two] = [await openPostgresStore(settings, { clock }), await openPostgresStore(settings, { clock })];
  try {
    for (const [label, stores] of [['one instance', [one]], ['two instances', [one, two]]] as const) {
      const run = `${label.replace(' ', '-')}-${randomBytes(3).toString('hex')}`;
      const references: string[] = [];
      await measure(`file (${label})`, [...stores], async (s, n) => {
        const { record } = await s.cases.file({
          idempotencyKey: `bench:${run}:${n}`,
          kind: 'complaint',
          policyId: 'housing-ombudsman-code',
          policyVersion: '2024.1',
          language: 'cy',
          channelId: 'bench',
          userKey: `bench:u${n}`,
          conversationKey: `bench:${run}:${n}`,
          conversationRef: { conversation: { id: String(n) } },
          receivedAt: clock.now().toISOString(),
          details: { description: 'Mae’r boeler wedi torri eto' },
          triage: null,
          deadlines: { stage1: '2026-12-21' },
          actor: 'bot',
        });
        references.push(record.reference);
      });
      // Events on 20 cases, so workers contend for the same rows as staff on busy cases would.
      await measure(`record event, 20 cases (${label})`, [...stores], (s, n) =>
        s.cases.recordEvent(references[n % 20], 'staff:bench', (_r, events) => ({ event: { type: 'note', data: { n: events.length } }, stage: 1, state: 'stage1_open', listing: { next: null, basis: '-' }, result: null })),
      );
      await measure(`lookup attempt, missed (${label})`, [...stores], (s, n) =>
        s.lookupLocks.attempt({ reference: references[n % references.length], asker: `bench:${run}:asker${n}` }, clock.now(), false),
      );
    }
  } finally {
    await Promise.all([one.close(), two.close()]);
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
