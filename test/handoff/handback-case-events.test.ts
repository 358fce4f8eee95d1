import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { all, chat, type Chat } from '../bot/harness';
import { HandoffApi, type HandBackResume } from '../../src/handoff/api';
import { GateStaff } from '../../src/handoff/staff-member';
import { StreamClosers } from '../../src/handoff/stream';
import { addStaff, HOST, signIn } from './people';

/**
 * What a member of staff records in the console's hand-back panel joins the case's own events
 * when the hand-back files the case, or the conversation had filed one before: the staff case
 * view then says who changed what, and when. The real bot, store and routes, in one process;
 * the delivery runs the bot's resume turn as the adapter would.
 */
async function setup(settings: Record<string, string> = {}) {
  const c: Chat = chat({ STAFF_CONSOLE: 'on', ...settings });
  const resumed: string[] = [];
  const api = new HandoffApi({
    auth: new GateStaff(c.core.staffGate),
    handoffs: c.core.store.handoffs,
    transcripts: c.core.store.transcripts,
    cases: c.core.store.cases,
    delivery: {
      async send() {},
      async handBack(_h, resume: HandBackResume) {
        const ref = c.adapter.conversation;
        const context = new TurnContext(c.adapter, { type: 'event', name: 'ContinueConversation', channelId: ref.channelId, conversation: ref.conversation, from: ref.user, recipient: ref.bot, serviceUrl: ref.serviceUrl });
        c.adapter.activeQueue.splice(0);
        await c.core.bot.resumeAfterHandback(context, resume);
        resumed.push(all(c.adapter.activeQueue.splice(0).map((a) => a.text ?? '')));
      },
    },
    i18n: c.core.i18n,
    now: () => c.clock.now(),
    showFirstName: true,
    streams: new StreamClosers(),
    profile: c.core.profile,
    deadlines: c.core.updates.deadlines,
  });
  await addStaff(c.core, 'rhian', 'Rhian Evans', 'tree kettle violin');
  const rhian = await signIn(c.core, 'rhian', 'tree kettle violin');
  const call = async (url: string, body: unknown, method = 'POST') => {
    const handle = url.startsWith('/staff/handoffs') ? api.handle.bind(api) : c.core.staff.handle.bind(c.core.staff);
    const res = await handle({ method, url, cookie: rhian.cookie, csrf: rhian.csrf, host: HOST, readBody: async () => JSON.stringify(body), today: '2026-11-23' });
    return { status: res.status, json: res.body ? JSON.parse(res.body) : undefined };
  };
  /** The resident asks for a person; Rhian takes the handover. */
  const handover = async () => {
    expect(all(await c.say('speak to a person'))).toMatch(/asked for a member of staff/);
    const h = (await c.core.store.handoffs.list()).at(-1)!;
    expect((await call(`/staff/handoffs/${h.id}/accept`, {})).status).toBe(200);
    return h.id;
  };
  return { c, call, handover, resumed };
}

const TO_CONTACT = ['hello', 'English', 'The boiler keeps breaking and nobody has come to fix it', 'Flat 3, 12 Park Road', '3 weeks ago', 'no', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones'];

describe("a hand-back in the case's own events", () => {
  it('records who filed the case from the hand-back panel, with the note and answers, in the staff case view', async () => {
    const { c, call, handover, resumed } = await setup();
    for (const m of TO_CONTACT) await c.say(m);
    const id = await handover();
    c.clock.set(new Date('2026-11-23T10:20:00Z'));
    const back = await call(`/staff/handoffs/${id}/handback`, {
      note: 'Rang Sam back; confirmed the details',
      resume: { answers: { contact: { anonymous: false, name: 'Sam Jones', phone: '07700 900123', letterLanguage: 'en', bestTimes: 'after 5pm' } }, file: true },
    });
    expect(back.status, JSON.stringify(back.json)).toBe(200);
    expect(resumed.join('\n')).toMatch(/reference is CMP-/);
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(resumed.join('\n'))![1];
    expect(back.json).toMatchObject({ delivered: true, recordedOn: reference });

    const view = await call(`/staff/cases/${reference}`, undefined, 'GET');
    expect(view.status).toBe(200);
    const events = view.json.events as Array<{ type: string; actor: string; at: string; data: Record<string, unknown> }>;
    expect(events.map((e) => [e.type, e.actor])).toEqual([['filed', 'bot'], ['handed_back', 'person:rhian']]);
    expect(events[1]).toMatchObject({
      at: '2026-11-23T10:20:00.000Z',
      data: { handoff: id, filed: true, note: 'Rang Sam back; confirmed the details', answers: { contact: { phone: '07700 900123' } } },
    });
    // A bookkeeping event: the dates and state are what they were.
    expect(view.json.status.next).toMatchObject({ kind: 'acknowledge', date: '2026-11-30' });
    expect(view.json.state).toBe('stage1_open');
  });

  it('records a note on the case the conversation filed before the handover', async () => {
    const { c, call, handover } = await setup();
    for (const m of [...TO_CONTACT, '07700 900123', 'English', 'after 5pm']) await c.say(m);
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(all(await c.say('yes')))![1];
    const id = await handover();
    const back = await call(`/staff/handoffs/${id}/handback`, { note: 'Explained the repair booking' });
    expect(back.json).toMatchObject({ recordedOn: reference });
    const events = (await call(`/staff/cases/${reference}`, undefined, 'GET')).json.events;
    expect(events.at(-1)).toMatchObject({ type: 'handed_back', actor: 'person:rhian', data: { filed: false, note: 'Explained the repair booking', answers: {} } });
  });

  // Thirteenth session: the resident finished their complaint while waiting for a person; the
  // officer's note went nowhere but the handover's own events.
  it('records a note on the case the resident filed while waiting for a person', async () => {
    const { c, call } = await setup();
    for (const m of [...TO_CONTACT, '07700 900123', 'English']) await c.say(m);
    expect(all(await c.say('speak to a person'))).toMatch(/asked for a member of staff/);
    const h = (await c.core.store.handoffs.list()).at(-1)!;
    expect(h.caseReference).toBeNull();
    await c.say('after 5pm');
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(all(await c.say('yes')))![1];
    expect((await call(`/staff/handoffs/${h.id}/accept`, {})).status).toBe(200);
    expect((await call(`/staff/handoffs/${h.id}`, undefined, 'GET')).json.summary.case).toMatchObject({ reference });
    const back = await call(`/staff/handoffs/${h.id}/handback`, { note: 'Talked it through by phone' });
    expect(back.json).toMatchObject({ recordedOn: reference });
    const events = (await call(`/staff/cases/${reference}`, undefined, 'GET')).json.events as Array<{ type: string; data: Record<string, unknown> }>;
    expect(events.filter((e) => e.type === 'handed_back')).toEqual([expect.objectContaining({ data: expect.objectContaining({ handoff: h.id, filed: false, note: 'Talked it through by phone' }) })]);
  });

  it('records a hand-back that let the assistant carry on on the case the resident files afterwards, once', async () => {
    const { c, call, handover, resumed } = await setup();
    for (const m of TO_CONTACT.slice(0, 4)) await c.say(m);
    const id = await handover();
    c.clock.set(new Date('2026-11-23T10:20:00Z'));
    const back = await call(`/staff/handoffs/${id}/handback`, { note: 'Resident will finish later', resume: { answers: { location: 'Flat 3, 12 Park Road, Cardiff' } } });
    // No case yet: nothing to record on at the hand-back itself.
    expect(back.json).toMatchObject({ recordedOn: null });
    expect(await c.core.store.cases.count()).toBe(0);
    expect(resumed.join('\n')).toMatch(/When did it happen/);

    c.clock.set(new Date('2026-11-23T10:45:00Z'));
    for (const m of ['3 weeks ago', 'no', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm']) await c.say(m);
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(all(await c.say('yes')))![1];
    const view = await call(`/staff/cases/${reference}`, undefined, 'GET');
    const events = view.json.events as Array<{ type: string; actor: string; at: string; data: Record<string, unknown> }>;
    expect(events.map((e) => [e.type, e.actor])).toEqual([['filed', 'bot'], ['handed_back', 'person:rhian']]);
    expect(events[1]).toMatchObject({
      at: '2026-11-23T10:45:00.000Z',
      data: { handoff: id, filed: false, note: 'Resident will finish later', answers: { location: 'Flat 3, 12 Park Road, Cardiff' }, handedBackAt: '2026-11-23T10:20:00.000Z' },
    });
    expect(view.json.state).toBe('stage1_open');

    // A second complaint from the same conversation does not carry the first intake's hand-back.
    // "Nobody answers my emails" beside a first-report reading is asked "first time, or unhappy?" (since the twelfth session's bars).
    for (const m of ['start again', 'The lift is broken again and nobody answers my emails', "I'm unhappy with how it's been dealt with", 'Block B lift', '2 weeks ago', 'no', 'Cannot get upstairs', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm']) await c.say(m);
    const second = /reference is (CMP-\w{4}-\w{4})/.exec(all(await c.say('yes')))?.[1];
    expect(second).toBeDefined();
    expect(second).not.toBe(reference);
    const later = (await call(`/staff/cases/${second}`, undefined, 'GET')).json.events as Array<{ type: string }>;
    expect(later.map((e) => e.type)).toEqual(['filed']);
  });

  it('carries nothing when the hand-back recorded neither a note nor answers', async () => {
    const { c, call, handover } = await setup();
    for (const m of TO_CONTACT.slice(0, 4)) await c.say(m);
    const id = await handover();
    expect((await call(`/staff/handoffs/${id}/handback`, {})).json).toMatchObject({ recordedOn: null });
    for (const m of ['3 weeks ago', 'no', 'No hot water', 'no', '1', 'none', "I'm the resident", 'Sam Jones', '07700 900123', 'English', 'after 5pm']) await c.say(m);
    const reference = /reference is (CMP-\w{4}-\w{4})/.exec(all(await c.say('yes')))![1];
    const events = (await call(`/staff/cases/${reference}`, undefined, 'GET')).json.events as Array<{ type: string }>;
    expect(events.map((e) => e.type)).toEqual(['filed']);
  });
});
