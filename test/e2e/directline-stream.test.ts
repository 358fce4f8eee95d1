/**
 * The website chat's WebSocket stream (streamUrl), against the production app (createApp, its
 * restify server and adapter) with the server clock fixed, read by a plain `ws` client as
 * DirectLineJS reads it: `{activities, watermark}` sets, reconnection by watermark, the token
 * checks of the REST routes, the limits, and shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, dl } from './directline-client';
import { StreamClient } from './directline-stream-client';
import { startInProcess, type InProcessBot } from './in-process';

/** A conversation started over REST, as DirectLineJS starts it, and the streamUrl it was given. */
async function started(base: string): Promise<{ chat: ChatClient; streamUrl: string }> {
  const chat = new ChatClient(base);
  const t = await dl<{ token: string; conversationId: string }>(base, '/directline/token', { method: 'POST' });
  Object.assign(chat, { token: t.body.token, conversationId: t.body.conversationId });
  chat.userId = JSON.parse(Buffer.from(chat.token.split('.')[1], 'base64url').toString()).user;
  const c = await dl<{ streamUrl: string }>(base, '/v3/directline/conversations', { token: chat.token, body: { locale: 'en-GB' } });
  expect(c.status).toBe(201);
  return { chat, streamUrl: c.body.streamUrl };
}

const refused = (url: string) => StreamClient.open(url).then(
  (s) => {
    s.close();
    throw new Error('the stream opened');
  },
  (e: { status?: number; body?: { code: string } }) => ({ status: e.status, code: e.body?.code }),
);

describe('website chat stream (Direct Line 3.0 streamUrl)', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0', DIRECT_LINE_STREAMS_PER_CONVERSATION: '2' });
  }, 120_000);
  afterAll(async () => bot?.stop(), 60_000);

  it('answers a new conversation with a streamUrl on this server that carries the greeting, the echo and the replies', async () => {
    const { chat, streamUrl } = await started(bot.url);
    const port = new URL(bot.url).port;
    expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${port}/v3/directline/conversations/${chat.conversationId}/stream\\?watermark=&t=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    const stream = await StreamClient.open(streamUrl);
    await stream.until(() => stream.activities.some((a) => a.from.role === 'bot'), 'the greeting');
    expect(stream.sets[0]).toMatchObject({ watermark: expect.stringMatching(/^\d+$/) });
    const posted = await chat.post({ type: 'message', text: 'hello', locale: 'en-GB', channelData: { clientActivityID: 'ws-1' } });
    expect(posted.status).toBe(200);
    await stream.until(() => stream.activities.some((a) => a.replyToId === posted.body.id), 'the reply to "hello"');
    const echo = stream.activities.find((a) => a.id === posted.body.id);
    expect(echo).toMatchObject({ channelData: { clientActivityID: 'ws-1' }, from: { id: chat.userId }, conversation: { id: chat.conversationId } });
    // In order, each activity once, watermarks rising.
    const ids = stream.activities.map((a) => a.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const marks = stream.sets.map((s) => Number(s.watermark));
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
    // What the stream sent is what polling gives.
    expect((await chat.poll()).map((a) => a.id)).toEqual(ids);
    stream.close();
  }, 60_000);

  it('reconnects as DirectLineJS does: GET /conversations/:id?watermark= gives a stream that starts after the watermark', async () => {
    const { chat, streamUrl } = await started(bot.url);
    const first = await StreamClient.open(streamUrl);
    await first.until(() => first.activities.some((a) => a.from.role === 'bot'), 'the greeting');
    const watermark = first.watermark!;
    first.close();
    const seenBefore = first.activities.map((a) => a.id);
    const posted = await chat.post({ type: 'message', text: 'hello', channelData: { clientActivityID: 'ws-2' } });
    const again = await dl<{ streamUrl: string; token: string; conversationId: string }>(bot.url, `/v3/directline/conversations/${chat.conversationId}?watermark=${watermark}`, { token: chat.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ conversationId: chat.conversationId, token: chat.token });
    expect(again.body.streamUrl).toContain(`watermark=${watermark}&t=`);
    const second = await StreamClient.open(again.body.streamUrl);
    await second.until(() => second.activities.some((a) => a.replyToId === posted.body.id), 'the reply, after the reconnection');
    expect(second.activities[0].id).toBe(posted.body.id);
    expect(second.activities.filter((a) => seenBefore.includes(a.id))).toEqual([]);
    second.close();
    // A watermark that is not one is refused, as on the activities route.
    expect((await dl(bot.url, `/v3/directline/conversations/${chat.conversationId}?watermark=abc`, { token: chat.token })).status).toBe(400);
  }, 60_000);

  it('opens only with a live stream token for its own conversation: 401 missing, forged, expired or a REST token; 403 another conversation', async () => {
    const a = await started(bot.url);
    const b = await started(bot.url);
    const url = new URL(a.streamUrl);
    const withT = (t: string | null) => {
      const u = new URL(url);
      if (t === null) u.searchParams.delete('t');
      else u.searchParams.set('t', t);
      return u.toString();
    };
    const t = url.searchParams.get('t')!;
    expect(await refused(withT(null))).toEqual({ status: 401, code: 'Unauthorized' });
    expect(await refused(withT(`${t.slice(0, -4)}AAAA`))).toEqual({ status: 401, code: 'Unauthorized' });
    // The page's REST token is not a stream token, nor the other way round.
    expect(await refused(withT(a.chat.token))).toEqual({ status: 401, code: 'Unauthorized' });
    expect((await dl(bot.url, `/v3/directline/conversations/${a.chat.conversationId}/activities`, { token: t })).status).toBe(401);
    // b's stream token on a's conversation.
    const other = new URL(b.streamUrl).searchParams.get('t')!;
    expect(await refused(withT(other))).toEqual({ status: 403, code: 'Forbidden' });
    expect(await refused(`${bot.url.replace('http', 'ws')}/v3/directline/conversations/nope/elsewhere`)).toEqual({ status: 404, code: 'NotFound' });
    expect(await refused(`${a.streamUrl.replace('watermark=', 'watermark=-1')}`)).toEqual({ status: 400, code: 'BadArgument' });
    // A stream URL lasts two minutes by the server's clock; the conversation's token is still good for a new one.
    bot.clock.advance(2 * 60_000 + 1_000);
    try {
      expect(await refused(a.streamUrl)).toEqual({ status: 401, code: 'TokenExpired' });
      const fresh = await dl<{ streamUrl: string }>(bot.url, `/v3/directline/conversations/${a.chat.conversationId}?watermark=`, { token: a.chat.token });
      const s = await StreamClient.open(fresh.body.streamUrl);
      s.close();
    } finally {
      bot.clock.advance(-(2 * 60_000 + 1_000));
    }
  }, 60_000);

  it('holds at most DIRECT_LINE_STREAMS_PER_CONVERSATION streams on one conversation (429), and gives the room back on close', async () => {
    const { chat, streamUrl } = await started(bot.url);
    const one = await StreamClient.open(streamUrl);
    const two = await StreamClient.open(streamUrl);
    expect(await refused(streamUrl)).toEqual({ status: 429, code: 'TooManyStreams' });
    one.close();
    await one.untilClosed();
    // The server sees the close a moment after the client.
    let three: StreamClient | undefined;
    for (let i = 0; i < 40 && !three; i++) {
      three = await StreamClient.open(streamUrl).catch(async () => void (await new Promise((r) => setTimeout(r, 250))));
    }
    expect(three).toBeDefined();
    two.close();
    three!.close();
    expect(chat.conversationId).toBeTruthy();
  }, 60_000);

  it('answers a plain HTTP upgrade that is not a WebSocket with 400, and survives garbage', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${bot.url}/v3/directline/conversations/x/stream`, { headers: { Connection: 'Upgrade', Upgrade: 'h2c' } });
      req.on('response', (res) => resolve(res.statusCode ?? 0));
      req.on('upgrade', () => reject(new Error('upgraded')));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
    const bad = await refused(`${bot.url.replace('http', 'ws')}/v3/directline/conversations/%E0%A4%A/stream?t=x`);
    expect(bad.status).toBe(404);
    expect((await dl(bot.url, '/healthz')).status).toBe(200);
  }, 60_000);
});

describe('website chat streams at shutdown and at the instance limit', () => {
  it('refuses a stream past DIRECT_LINE_STREAM_MAX (503), and closes open ones as "going away" at shutdown', async () => {
    const bot = await startInProcess({ DIRECT_LINE_TOKEN_RATE_LIMIT: '0', DIRECT_LINE_STREAM_MAX: '1' });
    try {
      const a = await started(bot.url);
      const b = await started(bot.url);
      const stream = await StreamClient.open(a.streamUrl);
      expect(await refused(b.streamUrl)).toEqual({ status: 503, code: 'TooManyStreams' });
      const stopping = bot.stop();
      expect(await stream.untilClosed()).toEqual({ code: 1001, reason: 'server shutting down' });
      await stopping;
    } finally {
      await bot.stop();
    }
  }, 120_000);
});
