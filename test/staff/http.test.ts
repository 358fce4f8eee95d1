import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedStart, httpConversation } from '../e2e/server';
import { type InProcessBot, startInProcess } from '../e2e/in-process';
import { CMS_TOKEN, TOKEN, TOKENS } from './helpers';

const RECEIVED = '2026-11-23T10:00:00Z'; // Monday: acknowledge by Monday 30 November

describe('the staff API on the production server', () => {
  let bot: InProcessBot;
  /** Every response seen, headers and body, to check no token ever comes back. */
  const seen: string[] = [];

  async function staff(path: string, init: { method?: string; token?: string | null; body?: string | object } = {}) {
    const { method = 'GET', token = TOKEN, body } = init;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${bot.url}${path}`, { method, headers, body: typeof body === 'object' ? JSON.stringify(body) : body });
    const text = await res.text();
    seen.push(JSON.stringify([...res.headers]), text);
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  }

  beforeAll(async () => {
    // The server's clock decides dates; the test moves it as the days of the case go by.
    bot = await startInProcess({ STAFF_API_TOKENS: TOKENS }, RECEIVED);
  }, 30_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it('files a complaint through the bot, then records and reads back staff events over HTTP', async () => {
    const c = httpConversation(bot.url, 'staff-http', 'resident-staff');
    const say = (text: string) => c.say(text);
    for (const answer of [
      'hi',
      'English',
      'The boiler keeps breaking and nobody has come to fix it',
      'Flat 3, 12 Park Road',
      '3 weeks ago',
      'no',
      'No hot water with two small children',
      'no',
      '1 and 4',
      'large print',
      "I'm the resident",
      'Sam Jones',
      '07700 900123 or sam@example.com',
      'English',
      'after 5pm',
    ]) {
      await say(answer);
    }
    const filed = (await say('yes')).join('\n');
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(filed)?.[1];
    expect(reference, filed).toBeDefined();

    const before = await staff(`/staff/cases/${reference}`);
    expect(before.status).toBe(200);
    expect(before.json()).toMatchObject({ reference, state: 'stage1_open', status: { next: { kind: 'acknowledge', date: '2026-11-30' } } });

    bot.clock.set('2026-11-24T09:00:00Z');
    const ack = await staff(`/staff/cases/${reference}/events`, { method: 'POST', body: { type: 'acknowledged', date: '2026-11-24', officer: 'Rhian Evans' } });
    expect(ack.status).toBe(201);
    expect(ack.json()).toMatchObject({ reference, state: 'stage1_open', stage: 1, status: { next: { kind: 'respond', date: '2026-12-08' } } });
    const ext = await staff(`/staff/cases/${reference}/events`, {
      method: 'POST',
      token: CMS_TOKEN,
      body: { type: 'extended', length: { n: 10, unit: 'working_days' }, reason: 'contractor report awaited', residentAgreed: false },
    });
    expect(ext.status).toBe(201);
    expect(ext.json().status.next).toMatchObject({ kind: 'respond', date: '2026-12-22', extended: true });
    bot.clock.set('2026-12-01T09:00:00Z');
    const refused = await staff(`/staff/cases/${reference}/events`, { method: 'POST', body: { type: 'escalation_received', at: '2026-12-01' } });
    expect(refused.status).toBe(409);
    expect(refused.json().message).toMatch(/stage 1 has not been answered/);
    bot.clock.set('2026-12-18T16:00:00Z');
    const answered = await staff(`/staff/cases/${reference}/events`, { method: 'POST', body: { type: 'answered', date: '2026-12-18', outcome: 'upheld', remedies: ['new boiler'] } });
    expect(answered.status).toBe(201);
    expect(answered.json()).toMatchObject({ state: 'stage1_answered', status: { next: null } });

    const after = (await staff(`/staff/cases/${reference}`)).json();
    expect(after).toMatchObject({
      reference,
      kind: 'complaint',
      state: 'stage1_answered',
      language: 'en',
      channel: 'test',
      details: { description: 'The boiler keeps breaking and nobody has come to fix it', contact: { name: 'Sam Jones' } },
      triage: { kind: 'complaint' },
    });
    expect(after.events.map((e: { type: string; actor: string }) => `${e.type} by ${e.actor}`)).toEqual([
      'filed by bot',
      'acknowledged by staff:contact-centre',
      'extended by staff:cms',
      'answered by staff:contact-centre',
    ]);

    const listed = (await staff('/staff/cases?state=stage1_answered')).json();
    expect(listed.cases.map((x: { reference: string }) => x.reference)).toContain(reference);
    const csv = await staff('/staff/cases/export.csv?state=stage1_answered');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.text).toContain(`${reference},complaint,housing-ombudsman-code,`);
    expect(csv.text).toContain('Sam Jones');
    const jsonl = await staff('/staff/cases/export.jsonl?state=stage1_answered');
    expect(jsonl.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(JSON.parse(jsonl.text.trim().split('\n')[0])).toMatchObject({ reference, name: 'Sam Jones', outcomes: ['repair', 'compensation'] });
  }, 240_000);

  it('answers 401 with a Bearer challenge without a token or with a wrong one', async () => {
    const none = await staff('/staff/cases', { token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="staff"');
    const wrong = await staff('/staff/cases/CMP-2345-6789/events', { method: 'POST', token: `${TOKEN}x`, body: { type: 'note', text: 'x' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
  });

  it('answers malformed JSON and oversized bodies with 4xx and keeps running', async () => {
    const bad = await staff('/staff/cases/CMP-2345-6789/events', { method: 'POST', body: '{"type": ' });
    expect(bad.status).toBe(400);
    expect(bad.json().message).toBe('body: is not valid JSON');
    const big = await staff('/staff/cases/CMP-2345-6789/events', { method: 'POST', body: JSON.stringify({ type: 'note', text: 'x'.repeat(100_000) }) });
    expect(big.status).toBe(413);
    expect((await staff('/staff/cases?due=2026-13-01')).status).toBe(400);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('never shows a token in a response or in the log', async () => {
    const all = seen.join('\n') + bot.output();
    expect(seen.length).toBeGreaterThan(10);
    for (const t of [TOKEN, CMS_TOKEN]) expect(all).not.toContain(t);
  });
});

describe('STAFF_API_TOKENS at start-up', () => {
  it('refuses a short token, naming the variable and not the token', async () => {
    const secret = 'tooshort-secret';
    const r = await failedStart({ STAFF_API_TOKENS: `cms:${secret}` });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/Cannot start: Invalid configuration:\s+STAFF_API_TOKENS: entry 1 \(cms\): the token must be at least 24 characters/);
    expect(r.output).not.toContain(secret);
  }, 180_000);
});
