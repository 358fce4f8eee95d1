import { describe, expect, it } from 'vitest';
import { HandoffApi, type ResidentDelivery } from '../../src/handoff/api';
import { BearerStaff } from '../../src/handoff/staff-member';
import { StreamClosers } from '../../src/handoff/stream';
import { StaffAuth } from '../../src/staff/auth';
import type { Handoff } from '../../src/store/ports';
import { core, TOKEN } from '../staff/helpers';

const NOW = new Date('2026-11-23T10:30:00Z');

function setup(tokens = [{ name: 'contact-centre', token: TOKEN }], failing = false) {
  const c = core();
  const sent: Array<{ handoff: number; text: string; fromPerson: unknown }> = [];
  const delivery: ResidentDelivery = {
    async send(h: Handoff, text, fromPerson) {
      if (failing) throw new Error('connector down');
      sent.push({ handoff: h.id, text, fromPerson });
    },
    async handBack() {},
  };
  const api = new HandoffApi({
    auth: new BearerStaff(new StaffAuth(tokens)),
    handoffs: c.store.handoffs,
    transcripts: c.store.transcripts,
    cases: c.store.cases,
    delivery,
    i18n: c.i18n,
    now: () => NOW,
    showFirstName: false,
    streams: new StreamClosers(),
  });
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}, token: string | null = TOKEN) => {
    const res = await api.handle({
      method,
      url,
      authorization: token ? `Bearer ${token}` : undefined,
      headers,
      readBody: async () => (body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)),
      today: '2026-11-23',
    });
    return { status: res.status, json: res.body ? JSON.parse(res.body) : undefined };
  };
  const open = (key = 'test:c1', language: 'cy' | 'en' = 'cy') =>
    c.store.handoffs.open({ conversationKey: key, conversationRef: {}, channelId: 'test', language, reason: 'asked', at: '2026-11-23T10:00:00.000Z', caseReference: null, context: {}, state: 'waiting', callback: null });
  return { c, api, call, open, sent };
}

describe('handover staff routes', () => {
  it('do not exist when no staff tokens are configured', async () => {
    const { call } = setup([]);
    expect((await call('GET', '/staff/handoffs')).status).toBe(404);
  });

  it('need a valid bearer token', async () => {
    const { call } = setup();
    expect((await call('GET', '/staff/handoffs', undefined, {}, null)).status).toBe(401);
    expect((await call('GET', '/staff/handoffs', undefined, {}, 'x'.repeat(30))).status).toBe(401);
  });

  it('list the queue with waiting time, language, reason and channel', async () => {
    const { call, open } = setup();
    await open();
    const r = await call('GET', '/staff/handoffs');
    expect(r.json.waiting).toEqual([expect.objectContaining({ state: 'waiting', language: 'cy', reason: 'asked', channel: 'test', waitingMinutes: 30, caseReference: null })]);
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

  it('tell the resident a person has joined, in their language, without a name unless the landlord allows', async () => {
    const { call, open, sent } = setup();
    const { handoff } = await open();
    expect((await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, { 'x-staff-member': 'Rhian Evans' })).status).toBe(200);
    expect(sent).toEqual([{ handoff: handoff.id, text: "Mae aelod o staff wedi ymuno â'r sgwrs. Rydych chi nawr yn siarad â pherson.", fromPerson: null }]);
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

  it('let only the member of staff who took it reply or hand it back; Welsh replies go as written', async () => {
    const { call, open, sent } = setup();
    const { handoff } = await open();
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Helo' })).status).toBe(409);
    await call('POST', `/staff/handoffs/${handoff.id}/accept`, undefined, { 'x-staff-member': 'Rhian Evans' });
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Helo' }, { 'x-staff-member': 'Sam Jones' })).status).toBe(409);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, {}, { 'x-staff-member': 'Sam Jones' })).status).toBe(409);
    const r = await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: "Bore da, sut galla i'ch helpu chi?" }, { 'x-staff-member': 'Rhian Evans' });
    expect(r.status).toBe(201);
    expect(sent.at(-1)).toEqual({ handoff: handoff.id, text: "Aelod o staff: Bore da, sut galla i'ch helpu chi?", fromPerson: { firstName: null } });
    expect(r.json).toMatchObject({ kind: 'staff_message', actor: 'staff:contact-centre/Rhian Evans' });
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'done', resume: { answers: { nonsense: 1 } } }, { 'x-staff-member': 'Rhian Evans' })).status).toBe(400);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'done' }, { 'x-staff-member': 'Rhian Evans' })).status).toBe(200);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/handback`, { note: 'again' }, { 'x-staff-member': 'Rhian Evans' })).status).toBe(409);
  });

  it('record a reply that could not be delivered, and say so with 502', async () => {
    const { c, call, open } = setup(undefined, true);
    const { handoff } = await open();
    await call('POST', `/staff/handoffs/${handoff.id}/accept`);
    expect((await call('POST', `/staff/handoffs/${handoff.id}/messages`, { text: 'Hello' })).status).toBe(502);
    const events = await c.store.handoffs.eventsAfter(0, 10, handoff.id);
    expect(events.at(-1)).toMatchObject({ kind: 'staff_message', data: { text: 'Hello', delivered: false } });
  });
});
