/**
 * The website chat's connection over HTTP, against the production app (createApp, its server and
 * adapter) with the server clock fixed: a plain HTTP client talks Direct Line 3.0 to it as
 * DirectLineJS would, and the bot answers through the Bot Connector endpoints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineTokens } from '../../src/directline/tokens';
import { startInProcess, type InProcessBot } from './in-process';
import { ChatClient, dl, type DlActivity } from './directline-client';

const EN = ['hello', 'English', 'The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'yes', 'I phoned twice in November', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm', 'yes'];
const CY = ['Shwmae', 'Cymraeg', "Ma'r boeler wedi torri eto a does neb wedi dod i'w drwsio", 'Fflat 2, 5 Heol y Castell', '3 mis yn ôl', 'do', 'Ffoniais i ddwywaith ym mis Medi', 'Dim dŵr poeth i fy mhlant', 'nac oes', 'trwsio ac ymddiheuriad', 'dim', 'fi', 'Siân Owen', 'sian@enghraifft.cymru', 'Cymraeg', 'ydw'];

describe('website chat over Direct Line 3.0', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0' });
  }, 120_000);
  afterAll(async () => bot?.stop(), 60_000);

  it('mints a token bound to a new conversation and a server-chosen dl_ user, for 30 minutes', async () => {
    const r = await dl<{ token: string; conversationId: string; expires_in: number }>(bot.url, '/directline/token', { method: 'POST' });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(['conversationId', 'expires_in', 'token']);
    expect(r.body.expires_in).toBe(1800);
    const claims = JSON.parse(Buffer.from(r.body.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ conv: r.body.conversationId, user: expect.stringMatching(/^dl_/) });
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('greets first, as Azure does: the bot hears a conversationUpdate when the conversation starts', async () => {
    const c = new ChatClient(bot.url);
    await c.start();
    const first = await c.poll();
    expect(first.length).toBeGreaterThan(0);
    for (const a of first) {
      expect(a).toMatchObject({ channelId: 'webchat', conversation: { id: c.conversationId }, from: { role: 'bot' } });
      expect(a.id).toMatch(new RegExp(`^${c.conversationId}\\|\\d{7}$`));
      // The server's clock, not the machine's.
      expect(a.timestamp).toBe('2026-11-23T10:00:00.000Z');
    }
    expect(typeof c.watermark).toBe('string');
    // Starting again with the same token is the same conversation (200, not 201), with no second greeting.
    const again = await dl(bot.url, '/v3/directline/conversations', { token: c.token, body: {} });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ conversationId: c.conversationId, token: c.token });
    expect(await c.poll()).toEqual([]);
  });

  it.each([
    ['English', EN, /reference is (CMP-\w{4}-\w{4})/],
    ['Welsh', CY, /Eich cyfeirnod yw (CMP-\w{4}-\w{4})/],
  ])('files a whole complaint in %s, the reference in the bot reply, the resident as the token says', async (_lang, script, reference) => {
    const c = new ChatClient(bot.url);
    await c.start();
    await c.poll();
    let last = '';
    for (const text of script) last = await c.say(text);
    const ref = reference.exec(last)?.[1];
    expect(ref, last).toBeDefined();
    const record = await bot.app.store.cases.byReference(ref!);
    // The token's user, whatever from.id the client sent ("whoever").
    expect(record).toMatchObject({ channelId: 'webchat', userKey: `webchat:${c.userId}`, conversationKey: `webchat:${c.conversationId}` });
    // Every reply answers the resident's message it follows.
    const mine = new Set(c.seen.filter((a) => a.from.role === 'user').map((a) => a.id));
    const replies = c.seen.filter((a) => a.from.role === 'bot' && a.replyToId);
    expect(replies.length).toBeGreaterThan(script.length - 1);
    for (const r of replies.filter((a) => a.replyToId !== `${c.conversationId}|0000000`)) expect(mine.has(r.replyToId!)).toBe(true);
    for (const a of c.seen.filter((x) => x.from.role === 'user')) expect(a.from.id).toBe(c.userId);
    // A reload: polling from the start gives the whole conversation again, in order.
    const all = await dl<{ activities: DlActivity[]; watermark: string }>(bot.url, `/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token });
    expect(all.body.activities.map((a) => a.id)).toEqual(c.seen.map((a) => a.id));
    expect(all.body.watermark).toBe(c.watermark);
  }, 120_000);

  it('refuses what the token does not grant: 401 without a live token, 403 for another conversation', async () => {
    const a = new ChatClient(bot.url);
    const b = new ChatClient(bot.url);
    await a.start();
    await b.start();
    const paths = (id: string) => [
      ['GET', `/v3/directline/conversations/${id}/activities`],
      ['POST', `/v3/directline/conversations/${id}/activities`],
      ['GET', `/v3/directline/conversations/${id}?watermark=`],
    ];
    const message = { type: 'message', text: 'hello' };
    for (const [method, path] of paths(b.conversationId)) {
      const r = await dl(bot.url, path, { method, token: a.token, body: method === 'POST' ? message : undefined });
      expect([path, r.status]).toEqual([path, 403]);
      expect(r.body).toMatchObject({ code: 'Forbidden', error: { code: 'Forbidden' } });
    }
    const forged = new DirectLineTokens('not-the-servers-secret-but-long-enough!!');
    const forgedToken = (await forged.mint({ conversationId: b.conversationId, userId: b.userId }, bot.clock.now())).token;
    const [h, p] = a.token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), conv: b.conversationId })).toString('base64url')}.${a.token.split('.')[2]}`;
    for (const token of [undefined, 'garbage', forgedToken, tampered]) {
      for (const [method, path] of paths(b.conversationId)) {
        const r = await dl(bot.url, path, { method, token, body: method === 'POST' ? message : undefined });
        expect([path, r.status]).toEqual([path, 401]);
      }
    }
    // b's conversation saw none of it.
    expect((await b.poll()).filter((x) => x.from.role === 'user')).toEqual([]);
  });

  it('refreshes a token for the same conversation only, and an expired one is refused (server clock)', async () => {
    const c = new ChatClient(bot.url);
    const other = new ChatClient(bot.url);
    await c.start();
    await other.start();
    bot.clock.advance(20 * 60_000);
    const refreshed = await dl<{ token: string; conversationId: string; expires_in: number }>(bot.url, '/v3/directline/tokens/refresh', { method: 'POST', token: c.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ conversationId: c.conversationId, expires_in: 1800 });
    const otherPoll = await dl(bot.url, `/v3/directline/conversations/${other.conversationId}/activities`, { token: refreshed.body.token });
    expect(otherPoll.status).toBe(403);
    bot.clock.advance(11 * 60_000);
    // 31 minutes on: the first token is dead, the refreshed one lives.
    const old = await dl(bot.url, `/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token });
    expect(old.status).toBe(401);
    expect(old.body).toMatchObject({ code: 'TokenExpired' });
    expect((await dl(bot.url, '/v3/directline/tokens/refresh', { method: 'POST', token: c.token })).status).toBe(401);
    c.token = refreshed.body.token;
    expect(await c.say('hello')).not.toBe('');
    // Reconnecting (DirectLineJS after a reload or a dropped socket) keeps the conversation.
    const back = await dl(bot.url, `/v3/directline/conversations/${c.conversationId}?watermark=${c.watermark}`, { token: c.token });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ conversationId: c.conversationId, token: c.token, expires_in: 1800 - 11 * 60 });
  });

  it('hears a re-sent activity once: the same clientActivityID gets the same id and no second answer', async () => {
    const c = new ChatClient(bot.url);
    await c.start();
    await c.poll();
    const activity = { type: 'message', text: 'hello', channelData: { clientActivityID: 'same-one' } };
    const first = await c.post(activity);
    const afterFirst = await c.poll();
    const again = await c.post({ ...activity, id: 'client-chosen-id' });
    expect(first.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(afterFirst.length).toBeGreaterThan(1);
    expect(await c.poll()).toEqual([]);
  });

  it('answers malformed requests with 400 and Direct Line\'s error shape, and survives them', async () => {
    const c = new ChatClient(bot.url);
    await c.start();
    const cases: Array<[unknown, number]> = [
      [{ type: 'conversationUpdate' }, 400],
      [{ text: 'no type' }, 400],
      [[1, 2, 3], 400],
      [{ type: 'message', text: 'x', channelData: { clientActivityID: 'y'.repeat(300) } }, 400],
      [{ type: 'message', text: 'x', value: JSON.parse('['.repeat(20) + ']'.repeat(20)) }, 400],
    ];
    for (const [body, status] of cases) {
      const r = await c.post(body as Record<string, unknown>);
      expect([body, r.status]).toEqual([body, status]);
      expect(r.body).toMatchObject({ code: expect.any(String), message: expect.any(String), error: { code: expect.any(String) } });
    }
    const notJson = await fetch(`${bot.url}/v3/directline/conversations/${c.conversationId}/activities`, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' }, body: '{"type":' });
    expect(notJson.status).toBe(400);
    const badWatermark = await dl(bot.url, `/v3/directline/conversations/${c.conversationId}/activities?watermark=abc`, { token: c.token });
    expect(badWatermark.status).toBe(400);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('lets only the bot post to the connector endpoints, and a proactive message reaches the resident', async () => {
    const c = new ChatClient(bot.url);
    await c.start();
    await c.poll();
    const forged = await dl(bot.url, `/v3/conversations/${c.conversationId}/activities`, { body: { type: 'message', text: 'phishing' }, token: c.token });
    expect(forged.status).toBe(401);
    // As staff will (#18): continueConversationAsync with the conversation's reference.
    const reference = { channelId: 'webchat', serviceUrl: bot.url, conversation: { id: c.conversationId }, user: { id: c.userId, name: '' }, bot: { id: 'bot', name: 'bot' } } as Parameters<typeof bot.app.adapter.continueConversationAsync>[1];
    await bot.app.adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('A member of staff will call you tomorrow.');
    });
    const fresh = await c.poll();
    expect(fresh).toMatchObject([{ type: 'message', text: 'A member of staff will call you tomorrow.', from: { role: 'bot' }, channelId: 'webchat' }]);
  });
});
