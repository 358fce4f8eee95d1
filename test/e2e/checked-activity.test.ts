import { afterEach, describe, expect, it } from 'vitest';
import { type InProcessBot, startInProcess } from './in-process';

/**
 * The server runs each checked activity through CheckedActivityAdapter.processChecked instead of
 * CloudAdapter.process (src/bot/adapter.ts): what a channel gets back must be what process() gave.
 */
describe('an activity run without CloudAdapter.process (the production app over HTTP)', () => {
  let bot: InProcessBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  const post = (url: string, activity: object, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const message = (over: object = {}) => ({
    type: 'message',
    id: 'a1',
    text: 'hi',
    channelId: 'test',
    serviceUrl: 'http://localhost',
    deliveryMode: 'expectReplies',
    from: { id: 'u1' },
    recipient: { id: 'bot' },
    conversation: { id: 'c1' },
    ...over,
  });

  it.each([
    ['no Authorization header', {}],
    ['a token that is not one', { authorization: 'Bearer not-a-token' }],
  ])('answers 401 with %s when the bot has an app id, and runs no turn', async (_why, headers) => {
    bot = await startInProcess({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret-for-test' });
    const res = await post(bot.url, message(), headers);
    expect(res.status).toBe(401);
    expect(await bot.app.store.transcripts.forConversation('test:c1')).toEqual([]);
    expect(bot.output()).not.toContain('secret-for-test');
  });

  it('answers expectReplies with the replies in the body, and keeps the channel’s timestamp only as its claim', async () => {
    bot = await startInProcess();
    const res = await post(bot.url, message({ timestamp: '2020-01-01T00:00:00.000Z', localTimestamp: '2020-01-01T01:00:00.000+01:00' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ type: string; text?: string }> };
    expect(body.activities.length).toBeGreaterThan(0);
    expect(body.activities.every((a) => a.type === 'message')).toBe(true);
    const incoming = (await bot.app.store.transcripts.forConversation('test:c1'))[0];
    // Server time, not the channel's.
    expect(incoming).toMatchObject({ direction: 'in', at: '2026-11-23T10:00:00.000Z', text: 'hi' });
  });

  it('answers an activity with no reply (the bot joining) with 200 and no body', async () => {
    bot = await startInProcess();
    // Not expectReplies: without an app id only the server's own serviceUrl is answered that way.
    const res = await post(bot.url, { type: 'conversationUpdate', channelId: 'test', serviceUrl: bot.url, from: { id: 'u1' }, recipient: { id: 'bot' }, conversation: { id: 'c2' }, membersAdded: [{ id: 'bot' }] });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});
