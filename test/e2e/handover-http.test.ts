/**
 * The staff handover end to end over HTTP, on the production app (createApp, its restify server,
 * adapter and middleware): a resident on the website chat asks for a person; a member of staff
 * signed in to the console sees the conversation in the queue, accepts it and replies (the reply
 * reaches the resident's Direct Line activity stream);
 * the resident answers and staff see it on the event stream; staff hand back and the bot says so
 * and carries on. The same with a contact-centre hub's handoff.status events. The PostgreSQL
 * version, with resident and staff on different instances, is handover-pg.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInProcess, type InProcessBot } from './in-process';
import { postMessage } from './server';
import { readEvents, startConnector } from './connector';
import { handoverFlow, TOKEN } from './handover-flow';

describe('the staff handover over HTTP (SQLite)', () => {
  let bot: InProcessBot;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  beforeAll(async () => {
    connector = await startConnector();
    bot = await startInProcess({ STAFF_API_TOKENS: `contact-centre:${TOKEN},cms:cms-0123456789abcdefghijklmnopq`, HANDOVER_STAFF_FIRST_NAME: 'true', MESSAGE_RATE_LIMIT: '0' });
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  }, 60_000);

  it('on the website chat: asks, queues, a signed-in person accepts, replies both ways, and hands back to the bot, which carries on', async () => {
    await handoverFlow({ resident: bot.url, staff: bot.url, store: bot.app.store, tag: 'sqlite' });
  }, 120_000);

  it('follows a hub: handoff.initiate with the transcript, then accepted, silence, completed; failed offers a call back', async () => {
    const conv = 'conv-hub-1';
    const say = (text: string, id: string, extra: Record<string, unknown> = {}) =>
      postMessage(bot.url, { conversation: conv, user: 'resident-hub', text, id, extra: { serviceUrl: connector.url, ...extra } });
    await say('helo', 'h1');
    await say('Cymraeg', 'h2');
    const asked = await say('dw i isio siarad efo rhywun', 'h3');
    expect(asked.text).toMatch(/Rydw i wedi gofyn i aelod o staff ymuno â'r sgwrs hon/);
    const initiate = (asked.body.activities as Array<Record<string, unknown>>).find((a) => a.type === 'event' && a.name === 'handoff.initiate') as {
      value: Record<string, unknown>;
      attachments: Array<{ contentType: string; name: string; content: { activities: Array<{ text: string }> } }>;
    };
    expect(initiate.value).toMatchObject({ language: 'cy', reason: 'asked', profileId: 'housing-ombudsman-code', caseReference: null });
    expect(initiate.attachments[0]).toMatchObject({ contentType: 'application/json', name: 'Transcript' });
    expect(initiate.attachments[0].content.activities.map((a) => a.text)).toContain('Cymraeg');

    const status = (state: string, id: string) => say('', id, { type: 'event', name: 'handoff.status', value: { state }, text: undefined });
    expect((await status('accepted', 'h4')).text).toMatch(/Mae aelod o staff wedi ymuno â'r sgwrs/);
    expect((await say("Mae'r boeler wedi torri", 'h5')).text).toBe('');
    expect((await status('completed', 'h6')).text).toMatch(/Rydych chi'n siarad â'r cynorthwyydd awtomatig eto/);
    // Unreadable or repeated statuses are accepted and change nothing.
    for (const [value, id] of [[{ state: 'nonsense' }, 'h7'], ['not json', 'h8']] as const) {
      const r = await say('', id, { type: 'event', name: 'handoff.status', value, text: undefined });
      expect(r.status).toBe(200);
    }
    await say('siarad â pherson', 'h9');
    const failed = await status('failed', 'h10');
    expect(failed.text).toMatch(/allwn i ddim eich cysylltu chi/);
    expect(failed.text).toMatch(/Hoffech chi i ni eich ffonio chi'n ôl\?/);
    const when = await say('Dydd Mawrth ar ôl 2pm, 07700 900123', 'h11');
    expect(when.text).toMatch(/Rydw i wedi gofyn i'r tîm eich ffonio chi'n ôl: "Dydd Mawrth ar ôl 2pm, 07700 900123"/);
    const queue = (await (await fetch(`${bot.url}/staff/handoffs`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
      callback: Array<{ callback: { phone: string; when: string } }>;
    };
    expect(queue.callback.map((h) => h.callback)).toContainEqual(expect.objectContaining({ phone: '07700 900123', when: 'Dydd Mawrth ar ôl 2pm, 07700 900123' }));
  }, 120_000);

  it('streams nothing to a stranger, and refuses staff routes without a token', async () => {
    const res = await fetch(`${bot.url}/staff/handoffs/events`);
    expect(res.status).toBe(401);
    const wrong = await fetch(`${bot.url}/staff/handoffs`, { headers: { authorization: 'Bearer not-a-token-at-all-0000000000' } });
    expect(wrong.status).toBe(401);
    const bad = await fetch(`${bot.url}/staff/handoffs/events?after=x`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bad.status).toBe(400);
    const stream = await fetch(`${bot.url}/staff/handoffs/events`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = readEvents(stream.body!);
    await reader.stop();
  }, 60_000);
});
