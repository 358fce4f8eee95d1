/**
 * Two instances of the production app on one PostgreSQL database, with no sticky sessions: the
 * resident posts to one and polls the other, and they are one website chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { ChatClient, dl } from './directline-client';
import { startInProcess, type InProcessBot } from './in-process';

const pg = postgresForTests();

describe.skipIf(!pg.available)('website chat on two instances sharing PostgreSQL', () => {
  let one: InProcessBot;
  let two: InProcessBot;
  beforeAll(async () => {
    const schema = await pg.freshSchema();
    const settings = { DATABASE_URL: schema.connectionString, MESSAGE_RATE_LIMIT: '0', DATABASE_STATEMENT_TIMEOUT_MS: '60000', DATABASE_CONNECT_TIMEOUT_MS: '30000' };
    // One after the other, so the second finds the token secret the first generated.
    one = await startInProcess(settings);
    two = await startInProcess(settings);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
  }, 60_000);

  it('takes a token from one and serves it on the other: posted on one, polled on the other', async () => {
    const c = new ChatClient(one.url);
    await c.start();
    const onTwo = new ChatClient(two.url);
    Object.assign(onTwo, { token: c.token, conversationId: c.conversationId, userId: c.userId });
    expect((await onTwo.poll()).some((a) => a.from.role === 'bot')).toBe(true);
    const posted = await c.post({ type: 'message', text: 'hello', channelData: { clientActivityID: 'pg-1' } });
    expect(posted.status).toBe(200);
    const seen = await onTwo.poll();
    expect(seen[0]).toMatchObject({ id: posted.body.id, channelData: { clientActivityID: 'pg-1' }, from: { id: c.userId } });
    expect(seen.some((a) => a.from.role === 'bot')).toBe(true);
    // The same message re-sent to the other instance is the same activity.
    const again = await dl<{ id: string }>(two.url, `/v3/directline/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', text: 'hello', channelData: { clientActivityID: 'pg-1' } } });
    expect(again.body.id).toBe(posted.body.id);
    expect(await onTwo.poll()).toEqual([]);
  }, 120_000);
});
