/**
 * The staff views at scale (#15 item 5): fills a store with BENCH_CASES cases (default 100,000)
 * through the CaseStore port, with realistic details, a quarter of the complaints acknowledged,
 * then, on the production app (createApp, restify, real HTTP) in this process, times:
 * - a listing page, GET /staff/cases?overdue=… (first page of 100), 20 times;
 * - a whole CSV export, streamed, to its last byte;
 * - residents' turns (POST /api/messages, expectReplies) alone, then while exports stream
 *   back to back, and /healthz during them.
 * The load generator shares the event loop with the server, so turn times include its own work:
 * the figures are if anything pessimistic.
 * Run: npx tsx bench/staff.ts (SQLite, a temporary file); with TEST_DATABASE_URL set (or
 * `bash scripts/with-test-postgres.sh npx tsx bench/staff.ts`) PostgreSQL too, in a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { type App, createApp } from '../src/app';
import { refreshListings } from '../src/cases/listing-refresh';
import { listingAtFiling } from '../src/cases/updates';
import { shippedBankHolidays } from '../src/deadlines';
import { DeadlineService } from '../src/deadlines/service';
import { FixedClock } from '../src/clock/clock';
import { readEnv } from '../src/config/env';
import { createLogger } from '../src/log';
import type { Store } from '../src/store/ports';
import { readPgSettings } from '../src/store/pg/settings';
import { openPostgresStore } from '../src/store/pg/store';
import { openSqliteStore } from '../src/store/sqlite/store';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const TODAY = '2026-11-24';
const TOKEN = 'bench-0123456789abcdefghijklmnop';
const SCRIPT = ['hi', 'English', 'The boiler has broken again and nobody came', 'Flat 3, 12 Park Road', '3 weeks ago'];
const quiet = createLogger('error', { write: () => undefined });

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function fill(app: App): Promise<void> {
  const started = performance.now();
  const kinds = ['complaint', 'complaint', 'complaint', 'complaint', 'complaint', 'complaint', 'complaint', 'service_request', 'feedback', 'excluded'] as const;
  const CHUNK = 500;
  const acknowledge: Array<[string, string]> = [];
  for (let base = 0; base < CASES; base += CHUNK) {
    await Promise.all(
      Array.from({ length: Math.min(CHUNK, CASES - base) }, async (_, j) => {
        const n = base + j;
        const kind = kinds[n % kinds.length];
        // Received over the ten months before today, at 10:00 UTC.
        const received = new Date(Date.UTC(2026, 0, 5) + Math.floor((n / CASES) * 320) * 86_400_000 + 36_000_000).toISOString();
        const key = `bench:staff:${n}`;
        const { record } = await app.store.cases.file({
          idempotencyKey: key,
          kind,
          policyId: 'housing-ombudsman-code',
          policyVersion: '2024.1',
          language: n % 3 ? 'en' : 'cy',
          channelId: 'webchat',
          userKey: `webchat:user-${n}`,
          conversationKey: `webchat:${key}`,
          conversationRef: { conversation: { id: key }, channelId: 'webchat', serviceUrl: 'https://example.invalid' },
          receivedAt: received,
          details: {
            description: `The boiler has broken again (${n}) and nobody came when they said they would; the children have had no hot water for a week.`,
            location: `Flat ${n % 40}, ${n % 200} Park Road`,
            outcomes: { codes: ['repair', 'compensation'] },
            adjustments: { codes: n % 5 ? [] : ['large_print'] },
            representative: { isResident: true, consentNeeded: false },
            contact: { anonymous: false, name: `Resident ${n}`, phone: '07700 900123', email: `r${n}@example.com`, letterLanguage: 'en' },
          },
          triage: { kind, urgent: false, safeguarding: false, language: 'en', dissatisfied: true, signals: [] },
          deadlines: null,
          actor: 'bot',
          listing: listingAtFiling(app.updates.deadlines, { kind, policyId: 'housing-ombudsman-code', receivedAt: received }),
        });
        if (kind === 'complaint' && n % 4 === 0 && received.slice(0, 10) < '2026-11-20') acknowledge.push([record.reference, received.slice(0, 10)]);
      }),
    );
  }
  for (let i = 0; i < acknowledge.length; i += CHUNK) {
    await Promise.all(acknowledge.slice(i, i + CHUNK).map(([ref, day]) => app.updates.record(ref, 'staff:bench', { type: 'acknowledged', date: day }, TODAY)));
  }
  console.log(`  filled ${CASES} cases (${acknowledge.length} acknowledged) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function run(label: string, store: Store): Promise<void> {
  console.log(`${label}:`);
  const clock = new FixedClock(`${TODAY}T11:00:00Z`);
  const env = readEnv({ DATABASE_PATH: ':memory:', STAFF_API_TOKENS: `bench:${TOKEN}`, MESSAGE_RATE_LIMIT: '100000' });
  const app = await createApp(env, quiet, { clock, store });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    await fill(app);
    const staff = (path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });

    const pages: number[] = [];
    let count = 0;
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      const body = (await (await staff(`/staff/cases?overdue=${TODAY}`)).json()) as { count: number };
      if (i > 0) pages.push(performance.now() - t); // the first warms the statement caches
      count = body.count;
    }
    console.log(`  listing page (overdue=${TODAY}, ${count} cases): median ${ms(pct(pages, 0.5))}, max ${ms(Math.max(...pages))}`);

    // Read as it arrives and dropped, as a download to disk would: holding 39 MB as one string here
    // would put the client's garbage collection into the server's figures.
    const exportOnce = async () => {
      const t = performance.now();
      const res = await staff('/staff/cases/export.csv');
      let bytes = 0;
      let lines = 0;
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
      }
      return { ms: performance.now() - t, rows: lines - 1, bytes };
    };
    const e = await exportOnce();
    console.log(`  full CSV export: ${e.rows} rows, ${(e.bytes / 1e6).toFixed(1)} MB in ${ms(e.ms)}`);

    let conv = 0;
    const turns = async (until: () => boolean, into: number[], workers = 4) => {
      await Promise.all(
        Array.from({ length: workers }, async () => {
          while (!until()) {
            const id = `bench-staff-${conv++}-${randomBytes(3).toString('hex')}`;
            for (const text of SCRIPT) {
              if (until()) return;
              const t = performance.now();
              const res = await fetch(`${url}/api/messages`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ type: 'message', id: `a-${conv}-${text.length}-${Math.random()}`, text, channelId: 'test', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies', from: { id: `u-${id}`, role: 'user' }, recipient: { id: 'bot' }, conversation: { id } }),
              });
              await res.text();
              if (res.status !== 200) throw new Error(`turn: HTTP ${res.status}`);
              into.push(performance.now() - t);
            }
          }
        }),
      );
    };
    const alone: number[] = [];
    let n = 0;
    await turns(() => n++ >= 300, alone);
    console.log(`  residents' turns alone: ${alone.length}, p50 ${ms(pct(alone, 0.5))}, p99 ${ms(pct(alone, 0.99))}`);

    const during: number[] = [];
    const health: number[] = [];
    let exporting = true;
    const exports = (async () => {
      const times: number[] = [];
      for (let i = 0; i < 2; i++) times.push((await exportOnce()).ms);
      exporting = false;
      return times;
    })();
    const healthChecks = (async () => {
      while (exporting) {
        const t = performance.now();
        await (await fetch(`${url}/healthz`)).text();
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await Promise.all([turns(() => !exporting, during), healthChecks]);
    const exportTimes = await exports;
    console.log(
      `  while exports stream (${exportTimes.map(ms).join(', ')}): turns ${during.length}, p50 ${ms(pct(during, 0.5))}, p99 ${ms(pct(during, 0.99))}; /healthz max ${ms(Math.max(...health))}`,
    );

    // Last, as it leaves the store under another basis than the app's: the start-up recompute
    // after a landlord loads a bank-holiday file with one more day, with /healthz polled meanwhile.
    const newer = new DeadlineService(app.updates.deadlines.profiles, [...shippedBankHolidays(), { date: '2026-11-25', title: 'Extra', source: 'published' }]);
    const healthDuring: number[] = [];
    let recomputing = true;
    const t = performance.now();
    const polled = (async () => {
      while (recomputing) {
        const h = performance.now();
        await (await fetch(`${url}/healthz`)).text();
        healthDuring.push(performance.now() - h);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const recomputed = await refreshListings(app.store.cases, newer);
    recomputing = false;
    await polled;
    console.log(`  recompute after a new bank-holiday file: ${recomputed} complaints in ${((performance.now() - t) / 1000).toFixed(1)} s; /healthz max ${ms(Math.max(...healthDuring))}`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-staff-'));
  try {
    await run('SQLite', openSqliteStore(join(dir, 'bench.db'), { clock: new FixedClock(`${TODAY}T11:00:00Z`) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('PostgreSQL: skipped (set TEST_DATABASE_URL, or run under scripts/with-test-postgres.sh)');
    return;
  }
  const admin = new Pool({ connectionString: url, max: 1 });
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    await run('PostgreSQL', await openPostgresStore(readPgSettings({ DATABASE_URL: u.toString() }), { clock: new FixedClock(`${TODAY}T11:00:00Z`) }));
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
