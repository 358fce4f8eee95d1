/**
 * A resident of the website chat ending the conversation or asking to be forgotten: the chat log
 * their page shows goes with their state and transcripts (src/bot/retention.ts), through the
 * production app. Both stores' retention is tested in test/store/store-contract.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient } from './directline-client';
import { StreamClient } from './directline-stream-client';
import { startInProcess, type InProcessBot } from './in-process';

describe('website chat: forget me, and the end of a conversation', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0' });
  }, 120_000);
  afterAll(async () => bot?.stop(), 60_000);

  const fromStart = async (c: ChatClient) => {
    const again = new ChatClient(c.base);
    Object.assign(again, { token: c.token, conversationId: c.conversationId, userId: c.userId });
    return again.poll();
  };

  it.each([
    ['deleteUserData', true],
    ['endOfConversation', false],
  ])('%s clears the chat log the page shows (transcript gone too: %s), and the chat carries on afresh', async (type, transcriptGone) => {
    const c = new ChatClient(bot.url);
    await c.start();
    await c.poll();
    await c.say('hello');
    await c.say('English');
    const key = `webchat:${c.conversationId}`;
    expect((await fromStart(c)).length).toBeGreaterThan(3);
    expect((await bot.app.store.transcripts.forConversation(key)).length).toBeGreaterThan(0);
    const r = await c.post({ type, channelData: { clientActivityID: `${type}-1` } });
    expect(r.status).toBe(200);
    expect(await fromStart(c)).toEqual([]);
    expect((await bot.app.store.transcripts.forConversation(key)).length === 0).toBe(transcriptGone);
    // The same token goes on working: numbering carries on past the page's watermark, and the bot starts afresh.
    const before = Number(c.watermark);
    const reply = await c.say('hello');
    expect(reply.length).toBeGreaterThan(0);
    expect(Number(c.watermark)).toBeGreaterThan(before);
  }, 120_000);

  it('leaves an open stream open, sending what comes after', async () => {
    const c = new ChatClient(bot.url);
    await c.start();
    const { dl } = await import('./directline-client');
    const r = await dl<{ streamUrl: string }>(bot.url, `/v3/directline/conversations/${c.conversationId}?watermark=`, { token: c.token });
    const stream = await StreamClient.open(r.body.streamUrl);
    try {
      await stream.until(() => stream.activities.length > 0, 'the greeting');
      await c.post({ type: 'deleteUserData' });
      const posted = await c.post({ type: 'message', text: 'hello', channelData: { clientActivityID: 'after-forget' } });
      await stream.until(() => stream.activities.some((a) => a.replyToId === posted.body.id), 'the reply after forgetting');
      expect(stream.closed).toBeUndefined();
    } finally {
      stream.close();
    }
  }, 120_000);
});
