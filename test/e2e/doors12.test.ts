/**
 * The doors redteam12 found open, closed as decided in the twelfth session, each over HTTP
 * against the production app (createApp, its restify server and adapter):
 *
 * 1. the resident's own page never receives a hub event (handoff.initiate carried triage flags
 *    and the resident's cue words into the page's Direct Line log), while staff still get it all;
 * 2. without a MicrosoftAppId nothing is sent to a serviceUrl a caller names (blind request
 *    forgery): a listener standing for any internal address must receive nothing;
 * 3. open handovers are capped from one client address and overall, the resident still given a
 *    way to reach the team and staff shown nothing new;
 * 4. a handover id past 2^53 is not rounded onto another handover;
 * 5. on Direct Line a hub's handoff.status must carry HUB_EVENT_SECRET (refused without it).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from './in-process';
import { postMessage, startBot, tempDbPath } from './server';
import { ChatClient } from './directline-client';

const TOKEN = 'cc-0123456789abcdefghijklmnop';
const HUB_SECRET = 'hub-secret-0123456789abcdefghij';

/** A stand-in for an internal service a forged serviceUrl might name: it counts what reaches it. */
async function startListener(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"x"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const staffOf = (bot: () => InProcessBot) => async (path: string, body?: unknown) => {
  const res = await fetch(`${bot().url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

type Queue = { waiting: Array<{ id: number; reason: string }>; callback: unknown[]; taken: unknown[] };

describe('self-hosted website chat, no app id (settings as a small landlord runs them)', () => {
  let bot: InProcessBot;
  let listener: Awaited<ReturnType<typeof startListener>>;
  const staff = staffOf(() => bot);
  const dbPath = tempDbPath();
  beforeAll(async () => {
    listener = await startListener();
    bot = await startInProcess({ DATABASE_PATH: dbPath, STAFF_API_TOKENS: `contact-centre:${TOKEN}`, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0', HANDOVER_MAX_OPEN_PER_ADDRESS: '0' });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await listener?.close();
  }, 60_000);

  it('1. the page\'s Direct Line log carries no hub event, and staff still get the handover\'s context and transcript', async () => {
    const chat = new ChatClient(bot.url);
    await chat.start();
    await chat.poll();
    await chat.say('English');
    expect(await chat.say('My partner hits me and I need to talk to someone. Speak to a person please')).toMatch(/member of staff/);
    // The whole log from its start, as a page reloaded on a shared computer reads it.
    const reader = new ChatClient(bot.url);
    Object.assign(reader, { token: chat.token, conversationId: chat.conversationId, watermark: '' });
    const log = await reader.poll();
    expect(log.some((a) => a.from.role === 'bot' && a.type === 'message')).toBe(true);
    expect(log.filter((a) => a.type === 'event').map((a) => (a as { name?: string }).name)).toEqual([]);
    expect(JSON.stringify(log)).not.toMatch(/safeguarding|handoff\./i);

    const queue = (await staff('/staff/handoffs')).body as unknown as Queue;
    const mine = queue.waiting.at(-1)!;
    const view = (await staff(`/staff/handoffs/${mine.id}`)).body as { context: Record<string, unknown>; transcript: Array<{ text: string }> };
    expect(view.context).toMatchObject({ language: 'en', profileId: 'housing-ombudsman-code' });
    expect(view.context.triage).toMatchObject({ safeguarding: true });
    expect(view.transcript.map((m) => m.text).join('\n')).toMatch(/partner hits me/);
  }, 120_000);

  it('2. an activity naming another serviceUrl is refused and nothing is sent there; expectReplies still answers', async () => {
    const conv = 'forge-1';
    const forged = await postMessage(bot.url, { conversation: conv, user: 'u1', text: 'hello', id: 'f1', extra: { serviceUrl: listener.url, deliveryMode: undefined } });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: 'Forbidden', message: expect.stringMatching(/^serviceUrl: /) });
    // An invoke or a conversationUpdate is no different.
    const update = await postMessage(bot.url, { conversation: conv, user: 'u1', text: '', id: 'f2', extra: { type: 'conversationUpdate', serviceUrl: listener.url, deliveryMode: 'normal', membersAdded: [{ id: 'u1' }] } });
    expect(update.status).toBe(403);

    const asked = await postMessage(bot.url, { conversation: 'forge-2', user: 'u2', text: 'hello', id: 'e1', extra: { serviceUrl: listener.url } });
    expect(asked.status).toBe(200);
    expect(asked.text).not.toBe('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.hits).toEqual([]);
  }, 120_000);

  it('2. replies sent later from a stored reference (staff\'s) go nowhere near the named serviceUrl', async () => {
    const say = (text: string, id: string) => postMessage(bot.url, { conversation: 'forge-3', user: 'u3', text, id, extra: { serviceUrl: listener.url } });
    await say('hello', 'p1');
    await say('English', 'p2');
    expect((await say('speak to a person', 'p3')).text).toMatch(/member of staff/);
    const queue = (await staff('/staff/handoffs')).body as unknown as Queue;
    const id = queue.waiting.at(-1)!.id;
    expect((await staff(`/staff/handoffs/${id}/accept`, {})).status).toBe(200);
    const reply = await staff(`/staff/handoffs/${id}/messages`, { text: 'Hello, Rhian here' });
    expect(reply.status).toBe(502);
    expect(reply.body).toMatchObject({ code: 'NotDelivered' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.hits).toEqual([]);
  }, 120_000);

  it('4. an id past 2^53 is not rounded onto another handover (9007199254740993 is not read as …992)', async () => {
    const chat = new ChatClient(bot.url);
    await chat.start();
    await chat.poll();
    await chat.say('English');
    await chat.say('speak to a person');
    const real = ((await staff('/staff/handoffs')).body as unknown as Queue).waiting.at(-1)!.id;
    // A handover at 2^53, finished long ago (out of the queue's reads): the number …993 rounds to.
    const db = new Database(dbPath);
    db.prepare(
      `INSERT INTO handoff_requests (id, conversation_key, conversation_ref, reason, at, channel_id, state, context, finished_by, finished_at, outcome)
       VALUES (?, 'test:filler', '{"conversation":{"id":"filler"},"channelId":"test","serviceUrl":"http://localhost"}', 'asked', '2026-10-01T09:00:00.000Z', 'test', 'finished', '{}', 'hub', '2026-10-01T09:05:00.000Z', 'completed')`,
    ).run(2n ** 53n);
    db.close();
    const one = await staff('/staff/handoffs/9007199254740993');
    expect(one.status).toBe(404);
    expect(JSON.stringify(one.body)).not.toContain('9007199254740992');
    expect((await staff('/staff/handoffs/9007199254740993/accept', {})).status).toBe(404);
    expect((await staff('/staff/handoffs/9007199254740993/events')).status).toBe(404);

    expect((await staff(`/staff/handoffs/${real}`)).status).toBe(200);
    expect((await staff(`/staff/handoffs/${real}/events?before=9007199254740993`)).status).toBe(400);
    expect((await staff(`/staff/handoffs/${real}/transcript?before=9007199254740993`)).status).toBe(400);
    const stream = await fetch(`${bot.url}/staff/handoffs/events?handoff=9007199254740993`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(stream.status).toBe(400);
    await stream.body?.cancel();
  }, 120_000);
});

describe('1. the self-hosted website chat with a hub secret set', () => {
  it('still keeps no hub event in the page\'s log: no hub is ever a client of this server\'s own Direct Line', async () => {
    const bot = await startInProcess({ HUB_EVENT_SECRET: HUB_SECRET, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0' });
    try {
      const chat = new ChatClient(bot.url);
      await chat.start();
      await chat.poll();
      await chat.say('English');
      expect(await chat.say('speak to a person')).toMatch(/asked for a member of staff/);
      expect(chat.seen.filter((a) => a.type === 'event')).toEqual([]);
      expect((await bot.app.store.handoffs.list()).length).toBe(1);
    } finally {
      await bot.stop();
    }
  }, 120_000);
});

describe('3. a cap on open handovers', () => {
  it('from one client address: past it the resident gets the phone number, and staff see nothing new', async () => {
    const bot = await startInProcess({ POLICY: 'bron-afon', STAFF_API_TOKENS: `contact-centre:${TOKEN}`, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0', DIRECT_LINE_TOKEN_RATE_LIMIT: '0', HANDOVER_MAX_OPEN_PER_ADDRESS: '2', HANDOVER_MAX_OPEN: '0' });
    const staff = staffOf(() => bot);
    try {
      const ask = async () => {
        const chat = new ChatClient(bot.url);
        await chat.start();
        await chat.poll();
        await chat.say('English');
        return chat.say('speak to a person');
      };
      expect(await ask()).toMatch(/asked for a member of staff/);
      expect(await ask()).toMatch(/asked for a member of staff/);
      const third = await ask();
      expect(third).not.toMatch(/asked for a member of staff/);
      expect(third).toMatch(/01633 620 111/);
      expect(((await staff('/staff/handoffs')).body as unknown as Queue).waiting).toHaveLength(2);

      // Once one is dealt with, the same address may ask again.
      const first = ((await staff('/staff/handoffs')).body as unknown as Queue).waiting[0].id;
      expect((await staff(`/staff/handoffs/${first}/accept`, {})).status).toBe(200);
      expect((await staff(`/staff/handoffs/${first}/handback`, {})).status).toBe(200);
      expect(await ask()).toMatch(/asked for a member of staff/);
      expect(((await staff('/staff/handoffs')).body as unknown as Queue).waiting).toHaveLength(2);
    } finally {
      await bot.stop();
    }
  }, 180_000);

  it('overall, whatever the address: past it a resident is given the way to reach the team (Welsh too), and the queue does not grow', async () => {
    const bot = await startInProcess({ POLICY: 'bron-afon', STAFF_API_TOKENS: `contact-centre:${TOKEN}`, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0', HANDOVER_MAX_OPEN_PER_ADDRESS: '0', HANDOVER_MAX_OPEN: '2' });
    const staff = staffOf(() => bot);
    try {
      const ask = async (n: number, lang: 'English' | 'Cymraeg', words: string) => {
        const say = (text: string, id: string) => postMessage(bot.url, { conversation: `cap-${n}`, user: `u-${n}`, text, id: `${n}-${id}` });
        await say('hello', 'a');
        await say(lang, 'b');
        return (await say(words, 'c')).text;
      };
      expect(await ask(1, 'English', 'speak to a person')).toMatch(/asked for a member of staff/);
      expect(await ask(2, 'English', 'speak to a person')).toMatch(/asked for a member of staff/);
      const over = await ask(3, 'English', 'speak to a person');
      expect(over).toMatch(/can't add you to the queue/);
      expect(over).toMatch(/01633 620 111/);
      const overCy = await ask(4, 'Cymraeg', 'siarad â pherson');
      expect(overCy).toMatch(/Alla i ddim eich rhoi chi yn y ciw/);
      expect(overCy).toMatch(/01633 620 111/);
      expect(((await staff('/staff/handoffs')).body as unknown as Queue).waiting).toHaveLength(2);
    } finally {
      await bot.stop();
    }
  }, 180_000);
});

describe('5. Azure Direct Line: a hub\'s handoff.status must carry HUB_EVENT_SECRET', () => {
  const azure = { DIRECT_LINE_SECRET: 'azure-direct-line-secret-0123456789', STAFF_API_TOKENS: `contact-centre:${TOKEN}`, STAFFED_HOURS: 'always', MESSAGE_RATE_LIMIT: '0' };
  const conversationOn = (bot: InProcessBot, conv: string) => (text: string, id: string, extra: Record<string, unknown> = {}) =>
    postMessage(bot.url, { conversation: conv, user: `user-${conv}`, text, id: `${conv}-${id}`, extra: { channelId: 'directline', ...extra } });
  const status = (value: unknown) => ({ type: 'event', name: 'handoff.status', value, text: undefined });

  it('without the setting: no handoff.initiate reaches the page, handoff.status is refused, and start-up warns once', async () => {
    const bot = await startInProcess(azure);
    const staff = staffOf(() => bot);
    try {
      const say = conversationOn(bot, 'az-1');
      await say('hello', 'a');
      await say('English', 'b');
      const asked = await say('speak to a person', 'c');
      expect(asked.text).toMatch(/asked for a member of staff/);
      expect((asked.body.activities as Array<{ type?: string }>).filter((a) => a.type === 'event')).toEqual([]);
      const forged = await say('', 'd', status({ state: 'completed' }));
      expect(forged.status).toBe(403);
      expect(forged.body.message).toMatch(/HUB_EVENT_SECRET/);
      const queue = (await staff('/staff/handoffs')).body as unknown as Queue;
      expect(queue.waiting).toHaveLength(1);
    } finally {
      await bot.stop();
    }
    const spawned = await startBot({ DIRECT_LINE_SECRET: azure.DIRECT_LINE_SECRET, DATABASE_PATH: tempDbPath() });
    try {
      expect(spawned.output().match(/HUB_EVENT_SECRET is not set/g)).toHaveLength(1);
    } finally {
      await spawned.stop();
    }
  }, 240_000);

  it('with it: the hub gets handoff.initiate and is followed only when its event carries the secret, which is not kept', async () => {
    const bot = await startInProcess({ ...azure, HUB_EVENT_SECRET: HUB_SECRET });
    const staff = staffOf(() => bot);
    try {
      const say = conversationOn(bot, 'az-2');
      await say('hello', 'a');
      await say('English', 'b');
      const asked = await say('speak to a person', 'c');
      expect((asked.body.activities as Array<{ type?: string; name?: string }>).some((a) => a.type === 'event' && a.name === 'handoff.initiate')).toBe(true);
      const id = ((await staff('/staff/handoffs')).body as unknown as Queue).waiting[0].id;

      expect((await say('', 'd', status({ state: 'accepted' }))).status).toBe(403);
      expect((await say('', 'e', status({ state: 'accepted', secret: 'not-the-secret-0123456789abcdef' }))).status).toBe(403);
      expect((await staff(`/staff/handoffs/${id}`)).body).toMatchObject({ state: 'waiting', takenBy: null });

      const signed = await say('', 'f', status({ state: 'accepted', secret: HUB_SECRET }));
      expect(signed.status).toBe(200);
      expect(signed.text).toMatch(/A member of staff has joined/);
      const asString = await say('', 'g', status(JSON.stringify({ state: 'completed', secret: HUB_SECRET })));
      expect(asString.status).toBe(200);
      const view = (await staff(`/staff/handoffs/${id}`)).body;
      expect(view).toMatchObject({ state: 'finished', finishedBy: 'hub' });
      expect(JSON.stringify(view)).not.toContain(HUB_SECRET);

      // Other channels (a hub that is itself the channel) are as before: no secret asked.
      const other = (text: string, n: string, extra: Record<string, unknown> = {}) => postMessage(bot.url, { conversation: 'omni-1', user: 'omni-user', text, id: `omni-${n}`, extra: { channelId: 'omnichannel', ...extra } });
      await other('hello', 'a');
      await other('English', 'b');
      await other('speak to a person', 'c');
      expect((await other('', 'd', status({ state: 'accepted' }))).text).toMatch(/A member of staff has joined/);
    } finally {
      await bot.stop();
    }
  }, 180_000);
});
