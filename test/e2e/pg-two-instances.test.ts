/**
 * Two instances of the production app (createApp, its HTTP server and middleware) on one
 * PostgreSQL database, with a resident's messages alternating between them as a load balancer
 * without sticky sessions would send them: they behave as one bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { startInProcess, type InProcessBot } from './in-process';

const pg = postgresForTests();
const REFERENCE = /reference is (CMP-\w{4}-\w{4})/;

interface Reply {
  text?: string;
  suggestedActions?: unknown;
  attachments?: unknown;
}

async function send(url: string, conversationId: string, text: string, activityId: string): Promise<Reply[]> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: activityId,
      text,
      channelId: 'test',
      serviceUrl: 'http://localhost',
      deliveryMode: 'expectReplies',
      from: { id: `resident-${conversationId}`, role: 'user' },
      recipient: { id: 'bot' },
      conversation: { id: conversationId },
    }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { activities?: Reply[] }).activities ?? [];
}

const texts = (replies: Reply[]) => replies.map((r) => r.text ?? '').join('\n');
const visible = (replies: Reply[]) => replies.map((r) => ({ text: r.text, suggestedActions: r.suggestedActions, attachments: r.attachments }));

const TO_SUMMARY = ['hello', 'English', 'The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes', 'I phoned twice in November', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm'];

describe.skipIf(!pg.available)('two instances on one PostgreSQL database', () => {
  let one: InProcessBot;
  let two: InProcessBot;
  beforeAll(async () => {
    const schema = await pg.freshSchema();
    const settings = { DATABASE_URL: schema.connectionString, MESSAGE_RATE_LIMIT: '0', DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_CONNECT_TIMEOUT_MS: '30000' };
    [one, two] = await Promise.all([startInProcess(settings), startInProcess(settings)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
  }, 60_000);

  it('report PostgreSQL as their store', async () => {
    for (const bot of [one, two]) expect(await bot.app.store.health()).toMatchObject({ ok: true, kind: 'postgres' });
  }, 60_000);

  it('carry one conversation alternating between them to one case, and answer its re-delivery on either the same', async () => {
    const id = 'pg-alternating';
    const urls = [one.url, two.url];
    let last: Reply[] = [];
    for (const [n, text] of TO_SUMMARY.entries()) last = await send(urls[n % 2], id, text, `m-${n}`);
    // Each instance read the state the other wrote: the intake went step by step to the summary.
    expect(texts(last)).toMatch(/What went wrong/);
    const filed = await send(one.url, id, 'yes', 'confirm-1');
    const reference = REFERENCE.exec(texts(filed))?.[1];
    expect(reference).toBeDefined();
    // The channel re-delivers the confirmation, and the load balancer sends it to the other one.
    expect(visible(await send(two.url, id, 'yes', 'confirm-1'))).toEqual(visible(filed));
    const cases = await two.app.store.cases.byUser(`test:resident-${id}`);
    expect(cases.map((c) => c.reference)).toEqual([reference]);
    // Both instances kept the transcript in one place, in order.
    const transcript = await one.app.store.transcripts.forConversation(`test:${id}`);
    expect(transcript.filter((e) => e.direction === 'in').map((e) => e.text)).toEqual([...TO_SUMMARY, 'yes', 'yes']);
  }, 240_000);
});
