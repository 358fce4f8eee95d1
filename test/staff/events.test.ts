import { beforeAll, describe, expect, it } from 'vitest';
import { call, core, file, post } from './helpers';

describe('POST /staff/cases/:reference/events: validation', () => {
  const c = core();
  let ref = '';
  beforeAll(async () => {
    ref = await file(c);
  });

  // Each bad body, and the field its 400 must name.
  const bad: Array<[unknown, string, RegExp?]> = [
    [{}, 'type', /must be one of acknowledged, extended, answered, escalation_received, closed, reopened, note/],
    [{ type: 'resolved' }, 'type'],
    [{ type: 'acknowledged' }, 'date', /is required/],
    [{ type: 'acknowledged', date: '24/11/2026' }, 'date', /YYYY-MM-DD/],
    [{ type: 'acknowledged', date: '2026-02-30' }, 'date', /not a real date/],
    [{ type: 'acknowledged', date: '1999-12-31' }, 'date', /between 2000-01-01 and 2069-12-31/],
    [{ type: 'acknowledged', date: '2026-11-24', officer: '' }, 'officer'],
    [{ type: 'acknowledged', date: '2026-11-24', ref: 'x' }, 'ref', /unknown field/],
    [{ type: 'extended', reason: 'survey', residentAgreed: false }, 'length', /is required/],
    [{ type: 'extended', length: { n: 0, unit: 'working_days' }, reason: 'survey', residentAgreed: false }, 'length.n'],
    [{ type: 'extended', length: { n: 1.5, unit: 'working_days' }, reason: 'survey', residentAgreed: false }, 'length.n'],
    [{ type: 'extended', length: { n: 5, unit: 'fortnights' }, reason: 'survey', residentAgreed: false }, 'length.unit'],
    [{ type: 'extended', length: { n: 5, unit: 'weeks' }, reason: '', residentAgreed: false }, 'reason', /a reason is required/],
    [{ type: 'extended', length: { n: 5, unit: 'weeks' }, reason: 'survey', residentAgreed: 'yes' }, 'residentAgreed'],
    [{ type: 'answered', date: '2026-12-01', outcome: 'resolved' }, 'outcome'],
    [{ type: 'answered', date: '2026-12-01', outcome: 'upheld', remedies: [''] }, 'remedies.0'],
    [{ type: 'escalation_received', at: 'last week' }, 'at'],
    [{ type: 'escalation_received', at: 'last Tuesday morning' }, 'at', /must be a date \(YYYY-MM-DD\) or an ISO 8601 instant/],
    [{ type: 'reopened' }, 'reason', /is required/],
    [{ type: 'note', text: '' }, 'text'],
    [[{ type: 'note', text: 'x' }], 'body'],
    [null, 'body'],
  ];

  it.each(bad.map(([body, field, message]) => ({ body, field, message })))('names $field for $body', async ({ body, field, message }) => {
    const r = await post(c, ref, body);
    expect(r.status).toBe(400);
    expect(r.json.code).toBe('BadRequest');
    expect(r.json.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(r.json.message).toMatch(new RegExp(`(^|; )${field.replace('.', '\\.')}: `));
    if (message) expect(r.json.message).toMatch(message);
  });

  it('answers malformed or missing JSON with 400', async () => {
    for (const body of ['{"type": "note", ', 'note', '']) {
      const r = await post(c, ref, body);
      expect(r.status).toBe(400);
      expect(r.json.message).toMatch(/^body: /);
    }
  });

  it('records nothing for a refused body', async () => {
    expect((await c.store.cases.events((await c.store.cases.byReference(ref))!.id)).map((e) => e.type)).toEqual(['filed']);
  });

  it('answers 404 for an unknown reference and for cases that are not complaints', async () => {
    expect((await post(c, 'CMP-2345-6789', { type: 'note', text: 'x' })).status).toBe(404);
    const sr = await file(c, { kind: 'service_request' });
    const r = await post(c, sr, { type: 'acknowledged', date: '2026-11-24' });
    expect(r.status).toBe(404);
    expect(r.json.message).toMatch(/no complaint with reference/);
  });

  it('takes a note on every kind of case, changing nothing else; only complaints take the rest', async () => {
    for (const kind of ['service_request', 'excluded', 'feedback'] as const) {
      const other = await file(c, { kind, deadlines: null });
      const r = await post(c, other, { type: 'note', text: 'Rang the resident back: the plumber comes Thursday' });
      expect(r.status, kind).toBe(201);
      expect(r.json).toEqual({ reference: other, state: kind, stage: 1, status: null });
      const events = await c.store.cases.events((await c.store.cases.byReference(other))!.id);
      expect(events.map((e) => [e.type, e.actor, e.data])).toEqual([
        ['filed', 'bot', expect.anything()],
        ['note', 'staff:contact-centre', { text: 'Rang the resident back: the plumber comes Thursday' }],
      ]);
      expect((await post(c, other, { type: 'closed' })).status, kind).toBe(404);
      expect((await post(c, other, { type: 'note', text: '' })).status, kind).toBe(400);
    }
    expect((await post(c, 'CMP-2345-6789', { type: 'note', text: 'x' })).status).toBe(404);
  });

  it('answers 405 for the wrong method', async () => {
    const r = await call(c, { method: 'GET', url: `/staff/cases/${ref}/events` });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
  });
});

describe('POST /staff/cases/:reference/events: the case’s state decides', () => {
  it('records an acknowledgement as the named client and answers with the new status', async () => {
    const c = core();
    const ref = await file(c);
    const r = await post(c, ref.toLowerCase(), { type: 'acknowledged', date: '2026-11-25', officer: 'Rhian Evans' });
    expect(r.status).toBe(201);
    expect(r.headers.location).toBe(`/staff/cases/${ref}`);
    expect(r.json).toMatchObject({
      reference: ref,
      state: 'stage1_open',
      stage: 1,
      status: {
        asOf: '2026-11-25',
        stage: 1,
        closed: false,
        finished: false,
        next: { kind: 'respond', date: '2026-12-09', extended: false, due: 'due_in', workingDays: 10, clause: expect.any(String) },
        stages: [{ stage: 1, acknowledged: '2026-11-25', officer: 'Rhian Evans', extensions: [], answered: null }],
      },
    });
    const events = await c.store.cases.events((await c.store.cases.byReference(ref))!.id);
    expect(events.at(-1)).toMatchObject({ type: 'acknowledged', actor: 'staff:contact-centre', data: { date: '2026-11-25', officer: 'Rhian Evans' } });
    // The other client is recorded under its own name.
    await post(c, ref, { type: 'note', text: 'called the resident' }, { token: 'cms-zyxwvutsrqponmlkjihgfedcba9876' });
    expect((await c.store.cases.events((await c.store.cases.byReference(ref))!.id)).at(-1)!.actor).toBe('staff:cms');
  });

  it('refuses to escalate (so to answer stage 2) before stage 1 is answered, with the reason', async () => {
    const c = core();
    const ref = await file(c);
    const r = await post(c, ref, { type: 'escalation_received', at: '2026-12-01T09:00:00Z' });
    expect(r.status).toBe(409);
    expect(r.json).toEqual({ code: 'Conflict', message: 'stage 1 has not been answered yet, so there is nothing to escalate', refusal: 'stage1_not_answered', params: {} });
    expect((await post(c, ref, { type: 'acknowledged', date: '2026-11-20' })).json.message).toMatch(/before the stage 1 request arrived/);
  });

  it('allows an extension within the maximum without agreement, and beyond it only with agreement', async () => {
    const c = core();
    const ref = await file(c);
    await post(c, ref, { type: 'acknowledged', date: '2026-11-25' });
    const beyond = await post(c, ref, { type: 'extended', length: { n: 11, unit: 'working_days' }, reason: 'contractor report', residentAgreed: false });
    expect(beyond.status).toBe(409);
    expect(beyond.json.message).toMatch(/^length: .*past the policy's maximum of 10 working days.*Code 6\.4.*needs the resident's agreement$/);
    const within = await post(c, ref, { type: 'extended', length: { n: 10, unit: 'working_days' }, reason: 'contractor report', residentAgreed: false });
    expect(within.status).toBe(201);
    expect(within.json.status.next).toMatchObject({ kind: 'respond', date: '2026-12-23', extended: true, clause: expect.stringMatching(/Code 6\.4/) });
    const more = await post(c, ref, { type: 'extended', length: { n: 1, unit: 'working_days' }, reason: 'still waiting', residentAgreed: false });
    expect(more.status).toBe(409);
    const agreed = await post(c, ref, { type: 'extended', length: { n: 5, unit: 'working_days' }, reason: 'survey booked', residentAgreed: true });
    expect(agreed.status).toBe(201);
    expect(agreed.json.status.stages[0].extensions).toHaveLength(2);
    expect(agreed.json.status.stages[0].extensions[1]).toMatchObject({ residentAgreed: true, reason: 'survey booked' });
    expect(agreed.json.status.next.date > '2026-12-23').toBe(true);
  });

  it('answers stage 1, refuses a second answer, escalates to stage 2 and finishes', async () => {
    const c = core();
    const ref = await file(c);
    await post(c, ref, { type: 'acknowledged', date: '2026-11-24' });
    const answered = await post(c, ref, { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: ['£50'] });
    expect(answered.json).toMatchObject({ state: 'stage1_answered', stage: 1, status: { next: null } });
    const again = await post(c, ref, { type: 'answered', date: '2026-12-05', outcome: 'upheld' });
    expect(again.status).toBe(409);
    expect(again.json.message).toBe('stage 1 is not open, so it cannot be answered');
    const escalated = await post(c, ref, { type: 'escalation_received', at: '2026-12-07T09:00:00Z', stillUnhappy: 'the £50' });
    expect(escalated.status).toBe(201);
    expect(escalated.json).toMatchObject({ state: 'stage2_open', stage: 2, status: { stage: 2, next: { kind: 'acknowledge', date: '2026-12-14' } } });
    expect(escalated.json.status.stages[1]).toMatchObject({ stage: 2, late: false, stillUnhappy: 'the £50' });
    expect((await post(c, ref, { type: 'escalation_received', at: '2026-12-08' })).json.message).toBe('the case is already at stage 2');
    const done = await post(c, ref, { type: 'answered', date: '2027-01-15', outcome: 'not_upheld' });
    expect(done.json).toMatchObject({ state: 'stage2_answered', status: { finished: true, next: null } });
    expect(done.json.status.dates.escalateBy).toMatchObject({ clause: expect.any(String) });
  });

  it('closes and reopens', async () => {
    const c = core();
    const ref = await file(c);
    expect((await post(c, ref, { type: 'closed', reason: 'withdrawn' })).json.state).toBe('closed');
    expect((await post(c, ref, { type: 'closed' })).status).toBe(409);
    expect((await post(c, ref, { type: 'reopened', reason: 'resident asked' })).json.state).toBe('stage1_open');
  });

  it('answers 400, not 500, for an extension longer than any policy allows', async () => {
    const c = core();
    const ref = await file(c);
    const r = await post(c, ref, { type: 'extended', length: { n: 1000, unit: 'months' }, reason: 'x', residentAgreed: true });
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/^length: must be a year or less/);
  });
});

describe('GET /staff/cases/:reference', () => {
  it('answers the case with its details, triage, events (who, when) and status', async () => {
    const c = core();
    const ref = await file(c);
    await post(c, ref, { type: 'acknowledged', date: '2026-11-25' });
    const r = await call(c, { url: `/staff/cases/${ref}`, today: '2026-12-10' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      reference: ref,
      kind: 'complaint',
      policy: { id: 'housing-ombudsman-code', version: '2024.1' },
      state: 'stage1_open',
      stage: 1,
      received: '2026-11-23T10:00:00.000Z',
      language: 'en',
      channel: 'test',
      details: { description: 'The boiler keeps breaking', contact: { name: 'Sam Jones' } },
      triage: { kind: 'complaint' },
      status: { asOf: '2026-12-10', next: { kind: 'respond', date: '2026-12-09', due: 'overdue', workingDays: 1 } },
    });
    expect(r.json.events.map((e: { type: string; actor: string }) => [e.type, e.actor])).toEqual([
      ['filed', 'bot'],
      ['acknowledged', 'staff:contact-centre'],
    ]);
    expect(r.json.events[1].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(r.json.status.dates.respondBy).toMatchObject({ date: '2026-12-09', rule: { n: 10, unit: 'working_days' }, from: 'acknowledgement' });
  });

  it('answers a service request without a status, and 404 for an unknown reference', async () => {
    const c = core();
    const sr = await file(c, { kind: 'service_request' });
    expect((await call(c, { url: `/staff/cases/${sr}` })).json).toMatchObject({ kind: 'service_request', state: 'service_request', status: null });
    const missing = await call(c, { url: '/staff/cases/CMP-2345-6789' });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ code: 'NotFound', message: 'no case with reference CMP-2345-6789' });
  });
});

describe('POST /staff/cases/:reference/events: history stays possible', () => {
  // Received Monday 23 November 2026; staff record on Sunday 6 December unless a row says otherwise.
  type Row = [string, Array<Record<string, unknown>>, Record<string, unknown>, number, string, RegExp];
  const rows: Row[] = [
    ['an acknowledgement dated tomorrow', [], { type: 'acknowledged', date: '2026-12-07' }, 400, 'date', /^2026-12-07 is after today \(2026-12-06\)/],
    ['an answer dated after today', [{ type: 'acknowledged', date: '2026-12-04' }], { type: 'answered', date: '2026-12-08', outcome: 'upheld' }, 400, 'date', /after today/],
    [
      'a stage 2 request dated after today',
      [{ type: 'acknowledged', date: '2026-11-24' }, { type: 'answered', date: '2026-12-04', outcome: 'upheld' }],
      { type: 'escalation_received', at: '2026-12-07T09:00:00Z' },
      400,
      'at',
      /^2026-12-07 is after today/,
    ],
    ['an acknowledgement before receipt', [], { type: 'acknowledged', date: '2026-11-20' }, 409, 'date', /before the stage 1 request arrived \(2026-11-23\)/],
    [
      'an answer before the acknowledgement',
      [{ type: 'acknowledged', date: '2026-12-03' }],
      { type: 'answered', date: '2026-12-02', outcome: 'upheld' },
      409,
      'date',
      /^2026-12-02 is before the stage 1 acknowledgement \(2026-12-03\)/,
    ],
    [
      'a stage 2 request before the stage 1 answer',
      [{ type: 'acknowledged', date: '2026-11-24' }, { type: 'answered', date: '2026-12-04', outcome: 'upheld' }],
      { type: 'escalation_received', at: '2026-12-03' },
      409,
      'at',
      /^2026-12-03 is before the stage 1 answer \(2026-12-04\)/,
    ],
  ];

  it.each(rows)('refuses %s, naming the field', async (_label, before, event, status, field, message) => {
    const c = core();
    const ref = await file(c);
    for (const e of before) expect((await post(c, ref, e, { today: '2026-12-06' })).status).toBe(201);
    const r = await post(c, ref, event, { today: '2026-12-06' });
    expect(r.status).toBe(status);
    expect(r.json.code).toBe(status === 400 ? 'BadRequest' : 'Conflict');
    expect(r.json.message).toMatch(new RegExp(`^${field}: `));
    expect(r.json.issues).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect((await c.store.cases.events((await c.store.cases.byReference(ref))!.id))).toHaveLength(1 + before.length);
  });

  it('accepts an event dated today, and "today" is the London date the edge gives', async () => {
    const c = core();
    const ref = await file(c);
    expect((await post(c, ref, { type: 'acknowledged', date: '2026-12-06' }, { today: '2026-12-06' })).status).toBe(201);
    // An instant late on the 6th in London is still today, whatever its offset says.
    expect((await post(c, ref, { type: 'answered', date: '2026-12-06', outcome: 'upheld' }, { today: '2026-12-06' })).status).toBe(201);
    expect((await post(c, ref, { type: 'escalation_received', at: '2026-12-06T23:30:00Z' }, { today: '2026-12-06' })).status).toBe(201);
  });
});
