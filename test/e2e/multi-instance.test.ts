/**
 * Several bot processes (the real entry point, each its own process) on ONE PostgreSQL database,
 * behind a "load balancer" that is this test: no sticky sessions, turns alternate between
 * instances, and one instance is killed with SIGKILL mid-conversation. They must behave as one
 * bot: every reply is the one a single bot gives at that step (none lost, none repeated), each
 * conversation files exactly one case, and a staff event recorded on one instance shows in a
 * status answer on another. Runs in CI (scripts/with-test-postgres.sh); needs TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import type { Store } from '../../src/store/ports';
import { readPgSettings } from '../../src/store/pg/settings';
import { openPostgresStore } from '../../src/store/pg/store';
import { postgresForTests } from '../support/postgres';
import { postMessage, startBot, type RunningBot } from './server';

const pg = postgresForTests();

/** Conversations run through the whole intake, 17 turns each (about 20 s on a two-core machine). */
const CONVERSATIONS = 100;
/** Conversations in flight at once. */
const PARALLEL = 10;
/** The intake turn after which the second instance is killed (every conversation is past it, none finished). */
const KILL_AFTER = 8;

const TOKEN = 'multi-instance-test-token-0123456789';
const INTAKE = ['hello', 'English', 'The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes', 'I phoned twice in November', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm', 'yes'];

interface Answer {
  status: number;
  text: string;
}

function post(url: string, conversation: string, text: string, id: string): Promise<Answer> {
  return postMessage(url, { conversation, user: `resident-${conversation}`, text, id });
}

/**
 * As a channel delivers: a refused or unanswered activity (503, a dead instance) is delivered
 * again, same id, to the next instance in the list, until one answers.
 */
async function deliver(urls: () => string[], start: number, conversation: string, text: string, id: string): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const list = urls();
    const url = list[(start + attempt) % list.length];
    const answer = await post(url, conversation, text, id).catch(() => ({ status: 0, text: '' }));
    if (answer.status === 200) return answer.text;
    if (answer.status !== 503 && answer.status !== 0) throw new Error(`HTTP ${answer.status} for ${conversation} ${id}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no instance answered ${conversation} ${id}`);
}

async function ready(bot: RunningBot): Promise<void> {
  const end = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(`${bot.url}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > end) throw new Error(`not ready: ${bot.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The same reply but for the case reference, which differs between conversations. */
// Every reference masked: a reply may name the service request a complaint follows ("(reference CMP-…)") as well as its own.
const shape = (text: string) => text.replace(/CMP-\w{4}-\w{4}/g, 'CMP-XXXX-XXXX');

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

describe.skipIf(!pg.available)('several bot processes on one PostgreSQL database', () => {
  let env: Record<string, string>;
  const bots: RunningBot[] = [];
  let live: RunningBot[] = [];
  let store: Store;
  /** What one bot alone answers at each step of the intake. */
  let expected: string[];

  const start = async () => {
    const bot = await startBot(env);
    bots.push(bot);
    await ready(bot);
    return bot;
  };

  beforeAll(async () => {
    const schema = await pg.freshSchema();
    env = {
      DATABASE_URL: schema.connectionString,
      MESSAGE_RATE_LIMIT: '0',
      STAFF_API_TOKENS: `staff:${TOKEN}`,
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      DATABASE_CONNECT_TIMEOUT_MS: '30000',
      TURN_LOCK_TIMEOUT_MS: '60000',
      DATABASE_POOL_SIZE: '5',
      DATABASE_LOCK_POOL_SIZE: '12',
    };
    live = await Promise.all([start(), start()]);
    store = await openPostgresStore(readPgSettings({ DATABASE_URL: schema.connectionString, DATABASE_STATEMENT_TIMEOUT_MS: '60000' }), { clock: new FixedClock('2026-11-23T10:00:00Z') });
    // The replies of one instance alone, step by step: what every conversation below must get.
    expected = [];
    for (const [n, text] of INTAKE.entries()) expected.push(shape(await deliver(() => [live[0].url], 0, 'reference', text, `r-${n}`)));
    expect(expected.at(-1)).toMatch(/reference is CMP-XXXX-XXXX/);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop('SIGKILL')));
    await store?.close();
  }, 60_000);

  it(`carries ${CONVERSATIONS} conversations alternating between instances, through a kill -9 of one, to one case each`, async () => {
    const ids = Array.from({ length: CONVERSATIONS }, (_, i) => `multi-${i}`);
    const urls = () => live.map((b) => b.url);
    const got = new Map<string, string[]>(ids.map((id) => [id, []]));
    const turns = async (from: number, to: number) =>
      inBatches(ids, PARALLEL, async (id) => {
        for (let n = from; n < to; n++) {
          // Each turn to the other instance than the last: a load balancer without stickiness.
          got.get(id)!.push(shape(await deliver(urls, n + Number(id.split('-')[1]), id, INTAKE[n], `${id}-${n}`)));
        }
      });

    await turns(0, KILL_AFTER);
    // Mid-conversation for every resident: one instance dies without a word; a new one starts.
    const killed = live[1];
    killed.proc.kill('SIGKILL');
    await new Promise<void>((r) => (killed.proc.exitCode !== null || killed.proc.signalCode !== null ? r() : killed.proc.once('exit', () => r())));
    live = [live[0]];
    const replacement = start();
    await turns(KILL_AFTER, KILL_AFTER + 2); // the survivor alone carries on meanwhile
    live = [live[0], await replacement];
    await turns(KILL_AFTER + 2, INTAKE.length);

    for (const id of ids) expect(got.get(id), id).toEqual(expected);
    for (const id of ids) expect((await store.cases.byUser(`test:resident-${id}`)).length, id).toBe(1);
    // Every message once in the transcript, in order, whichever instance took it.
    const transcript = await store.transcripts.forConversation(`test:${ids[7]}`);
    expect(transcript.filter((e) => e.direction === 'in').map((e) => e.text)).toEqual(INTAKE);
  }, 900_000);

  it('answers two quick messages of one conversation, sent at once to two instances, one after the other, keeping both', async () => {
    const id = 'quick-pair';
    const [a, b] = live;
    // Sent at once, either may take the conversation first; what the bot answers then depends on
    // which (an address read as the description reads differently). So the replies of each order
    // are taken first, each on a conversation of its own on one instance.
    const order = async (conversation: string, pair: [number, number]) => {
      const replies: string[] = [];
      for (const n of [0, 1, pair[0], pair[1], 4]) replies.push(shape(await deliver(() => [a.url], 0, conversation, INTAKE[n], `${conversation}-${n}`)));
      return replies.slice(2);
    };
    const inOrder = await order('quick-pair-ref-a', [2, 3]);
    const swapped = await order('quick-pair-ref-b', [3, 2]);
    for (let n = 0; n < 2; n++) await deliver(() => [a.url], 0, id, INTAKE[n], `${id}-${n}`);
    // The description and the address, sent together to different instances; a 503 (the other's
    // turn held the conversation past the lock's wait, as a loaded machine can make happen) is
    // delivered again, as a channel does.
    const [first, second] = await Promise.all([deliver(() => [a.url], 0, id, INTAKE[2], `${id}-2`), deliver(() => [b.url], 0, id, INTAKE[3], `${id}-3`)]);
    const transcript = await store.transcripts.forConversation(`test:${id}`);
    const heard = transcript.filter((e) => e.direction === 'in').map((e) => e.text);
    // Both kept, each once; the order they were taken in is the order they ran in.
    expect([...heard].sort()).toEqual(INTAKE.slice(0, 4).sort());
    const descriptionFirst = heard.indexOf(INTAKE[2]) < heard.indexOf(INTAKE[3]);
    const want = descriptionFirst ? inOrder : swapped;
    // One ran after the other, whole: each answered as it would be alone in that order.
    expect([shape(first), shape(second)]).toEqual(descriptionFirst ? [want[0], want[1]] : [want[1], want[0]]);
    // And the conversation goes on from the step after both.
    expect(shape(await deliver(() => [b.url], 0, id, INTAKE[4], `${id}-4`))).toBe(want[2]);
  }, 300_000);

  it('shows a staff event recorded on one instance in a status answer on another', async () => {
    const id = 'multi-3';
    const [filed] = await store.cases.byUser(`test:resident-${id}`);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const res = await fetch(`${live[0].url}/staff/cases/${filed.reference}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'acknowledged', date: today, officer: 'Rhian Evans' }),
    });
    expect(res.status).toBe(201);
    const status = await deliver(() => [live[1].url], 0, id, "Where's my complaint?", `${id}-status`);
    expect(status).toContain(filed.reference);
    expect(status).toMatch(/acknowledged on/);
  }, 300_000);
});
