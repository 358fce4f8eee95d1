/**
 * A resident's browser posing as a contact-centre hub (found by redteam12). The self-hosted
 * website chat passed a client's `event` activities to the bot by any name, and the bot takes
 * `handoff.status` as the hub's word: from the chat page's own token, `completed` ended the
 * handover a member of staff had taken (the officer's next reply was refused, the bot took the
 * conversation back) and `accepted` marked a waiting one taken by "hub", so no one would take it.
 * Against the production app over HTTP, as the page's Direct Line client talks to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from './in-process';
import { ChatClient } from './directline-client';

const TOKEN = 'cc-0123456789abcdefghijklmnop';

describe('a website chat client cannot send the hub handover events', () => {
  let bot: InProcessBot;
  beforeAll(async () => {
    bot = await startInProcess({ STAFF_API_TOKENS: `contact-centre:${TOKEN}`, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0', HANDOVER_MAX_OPEN_PER_ADDRESS: '0' });
  }, 120_000);
  afterAll(async () => bot?.stop(), 60_000);

  const staff = async (path: string, body?: unknown) => {
    const res = await fetch(`${bot.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  async function askForPerson(): Promise<{ chat: ChatClient; id: number }> {
    const chat = new ChatClient(bot.url);
    await chat.start();
    await chat.poll();
    await chat.say('English');
    expect(await chat.say('speak to a person')).toMatch(/asked for a member of staff/);
    const queue = (await staff('/staff/handoffs')).body as { waiting: Array<{ id: number }> };
    const id = queue.waiting.at(-1)!.id;
    return { chat, id };
  }

  it('refuses handoff.status "completed" while an officer holds the conversation, and the officer keeps it', async () => {
    const { chat, id } = await askForPerson();
    expect((await staff(`/staff/handoffs/${id}/accept`, {})).status).toBe(200);

    const forged = await chat.post({ type: 'event', name: 'handoff.status', value: { state: 'completed' } });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: 'BadArgument', message: expect.stringMatching(/^name: /) });

    expect((await staff(`/staff/handoffs/${id}`)).body).toMatchObject({ state: 'taken', takenBy: 'staff:contact-centre', finishedBy: null });
    expect((await staff(`/staff/handoffs/${id}/messages`, { text: 'Still here' })).status).toBe(201);
    await chat.poll();
    // The bot stays quiet while the person has it.
    expect(await chat.say('thank you')).toBe('');
  }, 120_000);

  it.each([
    ['handoff.status accepted', { name: 'handoff.status', value: { state: 'accepted' } }],
    ['handoff.status as a JSON string, named in capitals', { name: 'Handoff.Status', value: '{"state":"completed"}' }],
    ['handoff.initiate', { name: 'handoff.initiate', value: {} }],
  ])('refuses %s on a waiting handover, which stays waiting for staff', async (_name, event) => {
    const { chat, id } = await askForPerson();
    expect((await chat.post({ type: 'event', ...event })).status).toBe(400);
    expect((await staff(`/staff/handoffs/${id}`)).body).toMatchObject({ state: 'waiting', takenBy: null, finishedBy: null });
  }, 120_000);

  it('still takes the page\'s own events (the language chosen on the page)', async () => {
    const chat = new ChatClient(bot.url);
    await chat.start();
    await chat.poll();
    expect((await chat.post({ type: 'event', name: 'language', value: 'en' })).status).toBe(200);
  }, 120_000);
});
