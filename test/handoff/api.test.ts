import { describe, expect, it, vi } from 'vitest';
import { EVENTS_SHOWN, HandoffApi, LAST_MESSAGE_SHOWN, MESSAGES_SHOWN, type ResidentDelivery, shortened } from '../../src/handoff/api';
import { GateStaff } from '../../src/handoff/staff-member';
import { StreamClosers } from '../../src/handoff/stream';
import type { Handoff } from '../../src/store/ports';
import { core, TOKEN, TOKENS } from '../staff/helpers';
import { addStaff, HOST, type Person, signIn } from './people';

const NOW = new Date('2026-11-23T10:30:00Z');

/** Who calls: a system's bearer token (the default), a signed-in person, or nobody. */
type Caller = string | Person | null;

function setup(settings: Record<string, string> = { STAFF_API_TOKENS: TOKENS }, o: { failing?: boolean; showFirstName?: boolean; warned?: Array<[unknown, string]> } = {}) {
  const c = core(settings);
  const sent: Array<{ handoff: number; text: string; fromPerson: unknown }> = [];
  const delivery: ResidentDelivery = {
    async send(h: Handoff, text, fromPerson) {
      if (o.failing) throw new Error('connector down for Sam Jones');
      sent.push({ handoff: h.id, text, fromPerson });
    },
    async handBack() {
      if (o.failing) throw new Error('connector down for Sam Jones');
    },
  };
  const api = new HandoffApi({
    auth: new GateStaff(c.staffGate),
    handoffs: c.store.handoffs,
    transcripts: c.store.transcripts,
    cases: c.store.cases,
    delivery,
    i18n: c.i18n,
    now: () => NOW,
    showFirstName: o.showFirstName ?? false,
    streams: new StreamClosers(),
    profile: c.profile,
    staffAccounts: c.store.staffAccounts,
    log: { warn: (data: unknown, msg: string) => void o.warned?.push([data, msg]) } as never,
  });
  const call = async (method: string, url: string, body?: unknown, who: Caller = TOKEN, extra: { csrf?: string | null; origin?: string } = {}) => {
    const person = who !== null && typeof who === 'object' ? who : undefined;
    const res = await api.handle({
      method,
      url,
      authorization: typeof who === 'string' ? `Bearer ${who}` : undefined,
      cookie: person?.cookie,
      csrf: extra.csrf === null ? undefined : (extra.csrf ?? person?.csrf),
      host: HOST,
      origin: extra.origin,
      readBody: async () => (body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)),
      today: '2026-11-23',
    });
    return { status: res.status, json: res.body ? JSON.parse(res.body) : undefined };
  };
  const open = (key = 'test:c1', language: 'cy' | 'en' = 'cy') =>
    c.store.handoffs.open({ conversationKey: key, conversationRef: {}, channelId: 'test', language, reason: 'asked', at: '2026-11-23T10:00:00.000Z', caseReference: null, context: {}, state: 'waiting', callback: null });
  const person = async (name: string, display: string, mustChange = false) => {
    await addStaff(c, name, display, 'tree kettle violin', mustChange);
    return signIn(c, name, 'tree kettle violin');
  };
  return { c, api, call, open, sent, person };
}

describe('handover staff routes', () => {
  it('do not exist when neither staff tokens nor the console are on', async () => {
    const { call } = setup({ STAFF_CONSOLE: 'off' });
    expect((await call('GET', '/staff/handoffs')).status).toBe(404);
  });

  it.each([
    ['no credentials', null, 401],
    ['an unknown token', 'x'.repeat(30), 401],
  ])('refuse %s', async (_what, who, status) => {
    const { call } = setup();
    expect((await call('GET', '/staff/handoffs', undefined, who)).status).toBe(status);
  });

  it('let a person in by their session, but not before the one-time password is changed', async () => {
    const { call, person } = setup();
    expect((await call('GET', '/staff/handoffs', undefined, await person('rhian', 'Rhian Evans'))).status).toBe(200);
    const fresh = await person('sam', 'Sam Jones', true);
    const r = await call('GET', '/staff/handoffs', undefined, fresh);
    expect(r.status).toBe(403);
    expect(r.json.code).toBe('PasswordChangeRequired');
  });

  it.each([
    ['without the CSRF token', { csrf: null }],
    ['with another session\'s CSRF token', { csrf: 'a'.repeat(43) }],
    ['from another site', { origin: 'https://evil.example' }],
  ])('refuse a person\'s accept %s, and take nothing', async (_what, extra) => {
    const { c, call, open, person, sent } = setup();
    const { handoff } = await open();
    expect((await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, await person('rhian', 'Rhian Evans'), extra)).status).toBe(403);
    expect((await c.store.handoffs.get(handoff.id))?.state).toBe('waiting');
    expect(sent).toEqual([]);
  });

  it('list the queue with waiting time, language, reason and channel', async () => {
    const { call, open } = setup();
    await open();
    const r = await call('GET', '/staff/handoffs');
    expect(r.json.waiting).toEqual([expect.objectContaining({ state: 'waiting', language: 'cy', reason: 'asked', channel: 'test', waitingMinutes: 30, caseReference: null })]);
  });

  it('show each open conversation\'s last words from the resident, shortened, and none for finished ones', async () => {
    const { c, call, open } = setup();
    const entry = (key: string, direction: 'in' | 'out', text: string | null, activityType = 'message') => ({ conversationKey: key, at: '2026-11-23T10:01:00.000Z', direction, activityType, text, data: {} });
    const long = `Mae'r gwres wedi bod i ffwrdd ers dydd Llun ${'a does neb wedi dod '.repeat(8)}👩‍👩‍👧 <b>diwedd</b>`;
    await c.store.transcripts.append([
      entry('test:c1', 'in', 'Helo'),
      entry('test:c1', 'out', 'Sut galla i helpu?'),
      entry('test:c1', 'in', long),
      entry('test:c1', 'in', '   '),
      entry('test:c1', 'in', null, 'conversationUpdate'),
      entry('test:c1', 'out', 'Rydw i wedi gofyn am aelod o staff'),
      entry('test:c2', 'in', '<script>alert(1)</script>\n\nplease   help'),
      entry('test:done', 'in', 'thanks, sorted'),
    ]);
    const one = (await open('test:c1')).handoff;
    await open('test:c2', 'en');
    await open('test:silent');
    const done = (await open('test:done', 'en')).handoff;
    await c.store.handoffs.accept(done.id, 'staff:contact-centre', '2026-11-23T10:10:00.000Z');
    await c.store.handoffs.finish(done.id, 'staff:contact-centre', '2026-11-23T10:20:00.000Z', 'handed_back', {});
    const r = await call('GET', '/staff/handoffs');
    const last: Record<number, { at: string; text: string } | null> = Object.fromEntries([...r.json.waiting, ...r.json.finished].map((h: { id: number; lastFromResident: { at: string; text: string } | null }) => [h.id, h.lastFromResident]));
    const shown = last[one.id]!.text;
    expect(shown.startsWith("Mae'r gwres wedi bod i ffwrdd ers dydd Llun a does neb")).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(shown)].length).toBeLessThanOrEqual(LAST_MESSAGE_SHOWN);
    expect(last[one.id]!.at).toBe('2026-11-23T10:01:00.000Z');
    // As written: escaping is the page's (textContent), whitespace made one line.
    expect(r.json.waiting.find((h: { channel: string; id: number }) => h.id !== one.id && last[h.id])?.lastFromResident.text).toBe('<script>alert(1)</script> please help');
    expect(r.json.waiting.filter((h: { lastFromResident: unknown }) => h.lastFromResident === null)).toHaveLength(1);
    expect(r.json.finished).toEqual([expect.objectContaining({ id: done.id, lastFromResident: null })]);
  });

  it.each([
    ['short', 'short'],
    ['  two\n lines ', 'two lines'],
    ['x'.repeat(200), `${'x'.repeat(139)}…`],
    [`${'word '.repeat(40)}`, `${'word '.repeat(27).trim()}…`],
    [`${'y'.repeat(138)}👩‍👩‍👧👩‍👩‍👧`, `${'y'.repeat(138)}👩‍👩‍👧👩‍👩‍👧`],
    [`${'y'.repeat(138)}👩‍👩‍👧👩‍👩‍👧z`, `${'y'.repeat(138)}👩‍👩‍👧…`],
  ])('shorten a last message to one line of at most 140 characters, never half of one: %j', (text, expected) => {
    expect(shortened(text)).toBe(expected);
  });

  it('show the draft\'s "when" in words, both languages, for a problem still going on (issue #19)', async () => {
    const { c, call } = setup();
    const h = await c.store.handoffs.open({
      conversationKey: 'test:c-when', conversationRef: {}, channelId: 'test', language: 'cy', reason: 'asked', at: '2026-11-23T10:00:00.000Z', caseReference: null,
      context: { caseDraft: { description: 'Llwydni', when: { text: 'ers mis Hydref 2024', date: '2024-10-01', precision: 'month', ongoing: true } } }, state: 'waiting', callback: null,
    });
    const r = await call('GET', `/staff/handoffs/${h.handoff.id}`);
    expect(r.json.summary.when).toEqual({ cy: 'ers mis Hydref 2024, yn parhau', en: 'since October 2024, ongoing' });
  });

  it.each([
    ['POST', '/staff/handoffs/abc/accept', 404],
    ['POST', '/staff/handoffs/0/accept', 404],
    ['POST', '/staff/handoffs/99/accept', 404],
    ['GET', '/staff/handoffs/1/accept', 405],
    ['DELETE', '/staff/handoffs', 405],
    ['POST', '/staff/handoffs/1/nonsense', 404],
  ])('%s %s answers %i', async (method, url, status) => {
    const { call, open } = setup();
    await open();
    expect((await call(method, url)).status).toBe(status);
  });

  it.each([
    ['a person, the landlord not allowing names', 'person', false, "Mae aelod o staff wedi ymuno â'r sgwrs. Rydych chi'n siarad â pherson nawr."],
    ['a person, the landlord allowing first names', 'person', true, "Mae Rhian o'r tîm wedi ymuno â'r sgwrs. Rydych chi'n siarad â pherson nawr."],
    ['a system, whatever the landlord allows', 'token', true, "Mae aelod o staff wedi ymuno â'r sgwrs. Rydych chi'n siarad â pherson nawr."],
  ])('tell the resident someone has joined, in their language: %s', async (_what, via, showFirstName, said) => {
    const { call, open, sent, person } = setup(undefined, { showFirstName });
    const { handoff } = await open();
    const who = via === 'person' ? await person('rhian', 'Rhian Evans') : TOKEN;
    const r = await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, who);
    expect(r.status).toBe(200);
    expect(r.json.takenBy).toBe(via === 'person' ? 'person:rhian' : 'staff:contact-centre');
    expect(sent).toEqual([{ handoff: handoff.id, text: said, fromPerson: null }]);
  });

  it.each([
    [{}, 400, /text: is required/],
    [{ text: '   ' }, 400, /text: must not be empty/],
    [{ text: 'x'.repeat(4001) }, 400, /at most 4000/],
    [{ text: 'hi', extra: 1 }, 400, /extra: unknown field/],
    ['{not json', 400, /not valid JSON/],
  ])('refuse a bad reply %j', async (body, status, message) => {
    const { call, open } = setup();
    const { handoff } = await open();
    await call('POST', `/staff/handoffs/${handoff.id}/accept`);
    const r = await call('POST', `/staff/handoffs/${handoff.id}/messages`, body);
    expect(r.status).toBe(status);
    expect(r.json.message).toMatch(message);
  });

  it('show a handover blanked by a deletion request as such: audit rows kept, no words, no crash', async () => {
    const { c, call, open, person } = setup();
    const { handoff } = await open('test:forgotten');
    const rhian = await person('rhian', 'Rhian Evans');
    await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, rhian);
    await c.store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: 'Fy rhif ffôn yw 07700 900123' }, NOW.toISOString());
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Diolch' }, rhian)).status).toBe(201);
    await c.store.retention.forgetUser({ conversationKey: 'test:forgotten', userKey: 'test:u9', conversationStateKey: 'test/conversations/forgotten/', userStateKey: 'test/users/u9/' });
    const r = await call('GET', `/staff/handoffs/${handoff.id}`, undefined, rhian);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ redacted: true, state: 'taken', takenBy: 'person:rhian', summary: { answers: null } });
    expect(r.json.events.map((e: { kind: string; data: unknown }) => [e.kind, e.data])).toEqual([
      ['requested', { redacted: true }],
      ['accepted', { redacted: true }],
      ['resident_message', { redacted: true }],
      ['staff_message', { redacted: true }],
    ]);
    expect(JSON.stringify(r.json)).not.toMatch(/07700|Diolch|undefined/);
    // Still taken: staff can still write to the resident, and end it.
    const hwyl = await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Hwyl' }, rhian);
    expect(hwyl.status).toBe(201);
    // The message's event names its sender as every other view does.
    expect(hwyl.json).toMatchObject({ kind: 'staff_message', actor: 'person:rhian', actorName: 'Rhian Evans' });
    expect((await call('GET', '/staff/handoffs', undefined, rhian)).json.taken).toEqual([expect.objectContaining({ id: handoff.id, redacted: true })]);
  });

  it('let only the member of staff who took it reply or hand it back; Welsh replies go as written', async () => {
    const { call, open, sent, person } = setup(undefined, { showFirstName: true });
    const { handoff } = await open();
    const rhian = await person('rhian', 'Rhian Evans');
    const sam = await person('sam', 'Sam Jones');
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Helo' }, rhian)).status).toBe(409);
    await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, rhian);
    const second = await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, sam);
    expect(second.status).toBe(409);
    expect(second.json.message).toMatch(/already taken by person:rhian/);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Helo' }, sam)).status).toBe(409);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Helo' }, TOKEN)).status).toBe(409);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, {}, sam)).status).toBe(409);
    const r = await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: "Bore da, sut galla i'ch helpu chi?" }, rhian);
    expect(r.status).toBe(201);
    expect(sent.at(-1)).toEqual({ handoff: handoff.id, text: "Rhian (aelod o staff): Bore da, sut galla i'ch helpu chi?", fromPerson: { firstName: 'Rhian' } });
    expect(r.json).toMatchObject({ kind: 'staff_message', actor: 'person:rhian' });
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'done', resume: { answers: { nonsense: 1 } } }, rhian)).status).toBe(400);
    const back = await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'done' }, rhian);
    expect(back.status).toBe(200);
    expect(back.json).toMatchObject({ state: 'finished', finishedBy: 'person:rhian' });
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'again' }, rhian)).status).toBe(409);
  });

  it('show a long conversation’s latest events, the earlier ones a page at a time, and still tell every staff reply apart', async () => {
    const { c, call, open } = setup();
    const { handoff } = await open();
    await call('POST', `/staff/handoffs/${handoff.id}/accept`);
    // The first reply, long before the latest events: still marked as staff's in the transcript.
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Bore da' })).status).toBe(201);
    const said = { conversationKey: 'test:c1', at: '2026-11-23T10:02:00.000Z', direction: 'out' as const, activityType: 'message', text: 'Member of staff: Bore da', data: {} };
    await c.store.transcripts.append([said]);
    for (let n = 1; n <= EVENTS_SHOWN + 10; n++) await c.store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: `neges ${n}` }, '2026-11-23T10:05:00.000Z');
    const all = await c.store.handoffs.eventsAfter(0, 1000, handoff.id);
    expect(all).toHaveLength(EVENTS_SHOWN + 13);

    const one = await call('GET', `/staff/handoffs/${handoff.id}`);
    expect(one.status).toBe(200);
    expect(one.json.events.map((e: { id: number }) => e.id)).toEqual(all.slice(-EVENTS_SHOWN).map((e) => e.id));
    expect(one.json.eventsBefore).toBe(all.at(-EVENTS_SHOWN)!.id);
    expect(one.json.transcript).toEqual([{ id: expect.any(Number), at: said.at, from: 'staff', text: said.text }]);
    expect(one.json.transcriptBefore).toBeNull();

    const earlier = await call('GET', `/staff/handoffs/${handoff.id}/events?before=${one.json.eventsBefore}`);
    expect(earlier.status).toBe(200);
    expect(earlier.json).toEqual({ events: all.slice(0, 13).map((e) => ({ id: e.id, handoff: e.handoffId, at: e.at, kind: e.kind, actor: e.actor, actorName: null, data: e.data })), eventsBefore: null });
    const two = await call('GET', `/staff/handoffs/${handoff.id}/events?before=${one.json.eventsBefore}&limit=5`);
    expect(two.json.events.map((e: { id: number }) => e.id)).toEqual(all.slice(8, 13).map((e) => e.id));
    expect(two.json.eventsBefore).toBe(all[8].id);

    for (const bad of ['before=0', 'before=x', 'limit=0', 'limit=201', 'after=3']) expect((await call('GET', `/staff/handoffs/${handoff.id}/events?${bad}`)).status).toBe(400);
    expect((await call('GET', '/staff/handoffs/999999/events')).status).toBe(404);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/events`, {})).status).toBe(405);
  });

  it('show a long conversation’s latest messages only, the earlier ones a page at a time, staff replies told apart on every page', async () => {
    const { c, call, open } = setup();
    const { handoff } = await open();
    await call('POST', `/staff/handoffs/${handoff.id}/accept`);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Bore da' })).status).toBe(201);
    const at = '2026-11-23T10:05:00.000Z';
    const entry = (direction: 'in' | 'out', text: string, activityType = 'message') => ({ conversationKey: 'test:c1', at, direction, activityType, text, data: {} });
    // The staff reply first, then far more than a view shows (with typing indicators between, which are not shown).
    await c.store.transcripts.append([entry('out', 'Member of staff: Bore da')]);
    for (let n = 1; n <= MESSAGES_SHOWN + 10; n++) await c.store.transcripts.append([entry('in', `neges ${n}`), entry('out', '', 'typing')]);
    await c.store.transcripts.append([entry('in', 'other conversation')].map((e) => ({ ...e, conversationKey: 'test:c2' })));

    const one = await call('GET', `/staff/handoffs/${handoff.id}`);
    const texts = (t: Array<{ text: string }>) => t.map((e) => e.text);
    expect(one.json.transcript).toHaveLength(MESSAGES_SHOWN);
    expect(texts(one.json.transcript)).toEqual(Array.from({ length: MESSAGES_SHOWN }, (_, i) => `neges ${i + 11}`));
    expect(one.json.transcriptBefore).toBe(one.json.transcript[0].id);

    const earlier = await call('GET', `/staff/handoffs/${handoff.id}/transcript?before=${one.json.transcriptBefore}`);
    expect(earlier.status).toBe(200);
    expect(texts(earlier.json.transcript)).toEqual(['Member of staff: Bore da', ...Array.from({ length: 10 }, (_, i) => `neges ${i + 1}`)]);
    expect(earlier.json.transcript[0]).toMatchObject({ from: 'staff' });
    expect(earlier.json.transcript[1]).toMatchObject({ from: 'resident', at });
    expect(earlier.json.transcriptBefore).toBeNull();
    const two = await call('GET', `/staff/handoffs/${handoff.id}/transcript?before=${one.json.transcriptBefore}&limit=4`);
    expect(texts(two.json.transcript)).toEqual(['neges 7', 'neges 8', 'neges 9', 'neges 10']);
    expect(two.json.transcriptBefore).toBe(two.json.transcript[0].id);

    for (const bad of ['before=0', 'before=x', 'limit=0', 'limit=201', 'after=3']) expect((await call('GET', `/staff/handoffs/${handoff.id}/transcript?${bad}`)).status).toBe(400);
    expect((await call('GET', '/staff/handoffs/999999/transcript')).status).toBe(404);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/transcript`, {})).status).toBe(405);
    expect((await call('GET', `/staff/handoffs/${handoff.id}/transcript`, undefined, null)).status).toBe(401);
  });

  it('name the people who took, finished and acted on a handover by their display names, keeping who as recorded', async () => {
    const { call, open, person } = setup();
    const rhian = await person('rhian', 'Rhian Evans');
    const { handoff } = await open();
    const other = (await open('test:c2')).handoff;
    expect((await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, rhian)).json).toMatchObject({ takenBy: 'person:rhian', takenByName: 'Rhian Evans' });
    await call('POST', `/staff/handoffs/${other.id}/accept`);
    const queue = (await call('GET', '/staff/handoffs', undefined, rhian)).json;
    expect(queue.taken.map((h: { takenBy: string; takenByName: string | null }) => [h.takenBy, h.takenByName])).toEqual([
      ['person:rhian', 'Rhian Evans'],
      ['staff:contact-centre', null],
    ]);
    // Someone else trying to hand it back is told who has it, by name.
    const gwen = await person('gwen', 'Gwen Davies');
    const refused = await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'mine?' }, gwen);
    expect(refused).toMatchObject({ status: 409, json: { code: 'taken_by_someone', message: expect.stringContaining('Rhian Evans') } });
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'done' }, rhian)).json).toMatchObject({ finishedBy: 'person:rhian', finishedByName: 'Rhian Evans' });
    const one = (await call('GET', `/staff/handoffs/${handoff.id}`)).json;
    expect(one).toMatchObject({ takenByName: 'Rhian Evans', finishedByName: 'Rhian Evans' });
    expect(one.events.map((e: { kind: string; actor: string; actorName: string | null }) => [e.kind, e.actor, e.actorName])).toEqual([
      ['requested', 'bot', null],
      ['accepted', 'person:rhian', 'Rhian Evans'],
      ['handed_back', 'person:rhian', 'Rhian Evans'],
    ]);
    const page = (await call('GET', `/staff/handoffs/${handoff.id}/events`)).json;
    expect(page.events.map((e: { actorName: string | null }) => e.actorName)).toEqual([null, 'Rhian Evans', 'Rhian Evans']);
  });

  it('record a reply that could not be delivered, and say so with 502', async () => {
    const warned: Array<[unknown, string]> = [];
    const { c, call, open } = setup(undefined, { failing: true, warned });
    const { handoff } = await open();
    await call('POST', `/staff/handoffs/${handoff.id}/accept`);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Hello' })).status).toBe(502);
    const events = await c.store.handoffs.eventsAfter(0, 10, handoff.id);
    expect(events.at(-1)).toMatchObject({ kind: 'staff_message', data: { text: 'Hello', delivered: false } });
    // The landlord's IT sees it too (which handover and channel, the error's type), never the words or the error's message.
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, {})).json).toMatchObject({ delivered: false });
    // Accepting tells the resident someone has joined: that did not arrive either.
    expect(warned.map(([, msg]) => msg)).toEqual(['message to the resident not delivered', 'message to the resident not delivered', 'hand-back not delivered to the resident']);
    expect(warned[0]![0]).toMatchObject({ handoff: handoff.id, channel: 'test', err: { type: 'Error' } });
    expect(JSON.stringify(warned)).not.toMatch(/Hello|Sam Jones/);
  });

  // Found by trial11: a resident's emergency, sent while a person had the conversation, was one line
  // among many in the queue. Marked and first among those taken, until a member of staff writes.
  it('puts a taken conversation whose resident raised an emergency first, marked, until staff write', async () => {
    const { c, call, open } = setup();
    const quiet = (await open('test:quiet', 'en')).handoff;
    const urgent = (await open('test:urgent', 'en')).handoff;
    for (const h of [quiet, urgent]) await c.store.handoffs.accept(h.id, 'staff:contact-centre', '2026-11-23T10:05:00.000Z');
    await c.store.handoffs.appendEvent(quiet.id, 'resident_message', 'resident', { text: 'ok' }, '2026-11-23T10:06:00.000Z');
    await c.store.handoffs.appendEvent(urgent.id, 'resident_message', 'resident', { text: 'I can smell gas now', safety: ['gas'] }, '2026-11-23T10:07:00.000Z');
    let taken = (await call('GET', '/staff/handoffs')).json.taken as Array<{ id: number; safetyAlert: unknown }>;
    expect(taken.map((h) => h.id)).toEqual([urgent.id, quiet.id]);
    expect(taken[0]!.safetyAlert).toEqual({ at: '2026-11-23T10:07:00.000Z', topics: ['gas'], text: 'I can smell gas now' });
    expect(taken[1]!.safetyAlert).toBeNull();
    await c.store.handoffs.appendEvent(urgent.id, 'staff_message', 'staff:contact-centre', { text: 'Please leave the house and ring 0800 111 999' }, '2026-11-23T10:08:00.000Z');
    taken = (await call('GET', '/staff/handoffs')).json.taken;
    expect(taken.every((h) => h.safetyAlert === null)).toBe(true);
  });

  // Found trying the console over a shift (thirteenth session): a gas leak asked for at 10:05 sat
  // below every "speak to a person" asked for before it, at the bottom of a long queue.
  it('lists a resident in danger first among those waiting and those to call back, each kind oldest first', async () => {
    const { c, call } = setup();
    const open = (key: string, reason: 'asked' | 'urgent' | 'safeguarding' | 'not_understood', minute: number, state: 'waiting' | 'callback' = 'waiting') =>
      c.store.handoffs.open({ conversationKey: key, conversationRef: {}, channelId: 'test', language: 'en', reason, at: `2026-11-23T10:0${minute}:00.000Z`, caseReference: null, context: {}, state, callback: state === 'callback' ? { why: 'closed', when: null, phone: null, requestedAt: null } : null });
    const ids: Record<string, number> = {};
    for (const [key, reason, minute, state] of [['a', 'asked', 1], ['b', 'not_understood', 2], ['gas', 'urgent', 3], ['c', 'asked', 4], ['ex', 'safeguarding', 5], ['cb1', 'asked', 6, 'callback'], ['cb2', 'urgent', 7, 'callback']] as const) {
      ids[key] = (await open(`test:${key}`, reason, minute, state as 'waiting' | 'callback' | undefined)).handoff.id;
    }
    const queue = (await call('GET', '/staff/handoffs')).json as { waiting: Array<{ id: number }>; callback: Array<{ id: number }> };
    expect(queue.waiting.map((h) => h.id)).toEqual([ids.gas, ids.ex, ids.a, ids.b, ids.c]);
    expect(queue.callback.map((h) => h.id)).toEqual([ids.cb2, ids.cb1]);
  });

  // The queue read each taken conversation's latest 20 events on every poll: an alarm followed by
  // more than 20 other messages ("hello?", "are you there?") dropped out of the queue unanswered.
  it('keeps the mark however many messages the resident sends after it, and reads no conversation’s events to find it', async () => {
    const { c, call, open } = setup();
    const urgent = (await open('test:urgent', 'cy')).handoff;
    await c.store.handoffs.accept(urgent.id, 'staff:contact-centre', '2026-11-23T10:05:00.000Z');
    await c.store.handoffs.appendEvent(urgent.id, 'resident_message', 'resident', { text: 'Mae arogl nwy yn y gegin', safety: ['gas'] }, '2026-11-23T10:06:00.000Z');
    for (let n = 0; n < 30; n++) await c.store.handoffs.appendEvent(urgent.id, 'resident_message', 'resident', { text: `Helo? ${n}` }, '2026-11-23T10:07:00.000Z');
    const read = vi.spyOn(c.store.handoffs, 'latestEvents');
    const taken = (await call('GET', '/staff/handoffs')).json.taken as Array<{ id: number; safetyAlert: unknown }>;
    expect(taken[0]).toMatchObject({ id: urgent.id, safetyAlert: { at: '2026-11-23T10:06:00.000Z', topics: ['gas'], text: 'Mae arogl nwy yn y gegin' } });
    expect(read).not.toHaveBeenCalled();
  });
});

describe('the live event stream', () => {
  it('names people by their display name, as the histories do, and a renamed person by the name they have now', async () => {
    const { c, api, open, person } = setup();
    const { handoff } = await open();
    const rhian = await person('rhian', 'Rhian Evans');
    await c.store.handoffs.accept(handoff.id, 'person:rhian', '2026-11-23T10:05:00.000Z');
    await c.store.handoffs.appendEvent(handoff.id, 'resident_message', 'resident', { text: 'helo' }, '2026-11-23T10:06:00.000Z');
    const res = await api.handle({ method: 'GET', url: `/staff/handoffs/events?after=0&handoff=${handoff.id}`, cookie: rhian.cookie, host: HOST, readBody: async () => '', today: '2026-11-23' });
    expect(res.status).toBe(200);
    const frames = res.stream as AsyncGenerator<string>;
    const data = async () => {
      for (;;) {
        const { value } = await frames.next();
        const line = String(value).split('\n').find((l) => l.startsWith('data: '));
        if (line) return JSON.parse(line.slice('data: '.length)) as { kind: string; actor: string; actorName: string | null };
      }
    };
    expect([await data(), await data(), await data()].map((e) => [e.kind, e.actor, e.actorName])).toEqual([
      ['requested', 'bot', null],
      ['accepted', 'person:rhian', 'Rhian Evans'],
      ['resident_message', 'resident', null],
    ]);
    expect(await c.store.staffAccounts.setDisplayName('rhian', 'Rhian Pritchard', '2026-11-23T10:07:00.000Z')).toBe(true);
    await c.store.handoffs.appendEvent(handoff.id, 'staff_message', 'person:rhian', { text: 'Bore da' }, '2026-11-23T10:08:00.000Z');
    expect(await data()).toMatchObject({ kind: 'staff_message', actor: 'person:rhian', actorName: 'Rhian Pritchard' });
    await frames.return(undefined);
  });
});
