import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN, TOKENS } from '../staff/helpers';
import { type InProcessBot, startInProcess } from './in-process';
import type { SqliteStore } from '../../src/store/sqlite/store';
import { httpConversation } from './server';

describe('the server clock at the edges (createApp over HTTP)', () => {
  let bot: InProcessBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('keeps transcript times by the server clock, and the channel timestamp only as claimed', async () => {
    bot = await startInProcess({}, '2026-11-23T10:00:00Z');
    const c = httpConversation(bot.url, 'clock-transcript', 'resident-clock');
    await c.say('hello', { timestamp: '1999-01-01T00:00:00.000Z' });
    const rows = (bot.app.store as SqliteStore).db
      .prepare("SELECT at, direction, data FROM transcripts WHERE conversation_key = 'test:clock-transcript' ORDER BY id")
      .all() as Array<{ at: string; direction: string; data: string }>;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(r.at).toBe('2026-11-23T10:00:00.000Z');
    expect(JSON.parse(rows[0].data)).toMatchObject({ claimedTimestamp: '1999-01-01T00:00:00.000Z' });
  }, 60_000);

  it('gives the staff API "today" as the London date of the server clock', async () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London.
    bot = await startInProcess({ STAFF_API_TOKENS: TOKENS }, '2026-05-31T23:30:00Z');
    const { record } = await bot.app.store.cases.file({
      idempotencyKey: 'test:edge',
      kind: 'complaint',
      policyId: bot.app.profile.id,
      policyVersion: bot.app.profile.version,
      language: 'en',
      channelId: 'test',
      userKey: 'test:edge',
      conversationKey: 'test:edge',
      conversationRef: {},
      receivedAt: '2026-05-31T23:30:00.000Z',
      details: { description: 'Boiler broken' },
      triage: { kind: 'complaint' },
      deadlines: null,
      actor: 'bot',
    });
    const reference = record.reference;
    const post = (date: string) =>
      fetch(`${bot!.url}/staff/cases/${reference}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'acknowledged', date }),
      });
    const tomorrow = await post('2026-06-02');
    expect(tomorrow.status).toBe(400);
    expect(await tomorrow.json()).toMatchObject({ code: 'BadRequest', message: 'date: 2026-06-02 is after today (2026-06-01); record what has happened, on the day it happened' });
    const today = await post('2026-06-01');
    expect(today.status).toBe(201);
    expect(await today.json()).toMatchObject({ status: { asOf: '2026-06-01' } });
  }, 60_000);
});
