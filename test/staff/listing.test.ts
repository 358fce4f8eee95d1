import { describe, expect, it } from 'vitest';
import { call, core, file, post } from './helpers';

/**
 * Four cases received Monday 23 November 2026 (acknowledge by Monday 30 November):
 * A not yet acknowledged; B acknowledged 25 November (respond by 9 December);
 * C answered; D a service request.
 */
async function fixture() {
  const c = core();
  const A = await file(c);
  const B = await file(c);
  const C = await file(c);
  const D = await file(c, { kind: 'service_request', details: { description: 'bin not collected' } });
  await post(c, B, { type: 'acknowledged', date: '2026-11-25' });
  await post(c, C, { type: 'acknowledged', date: '2026-11-24' });
  await post(c, C, { type: 'answered', date: '2026-12-01', outcome: 'upheld' });
  return { c, A, B, C, D };
}

const refs = (r: { json: { cases: Array<{ reference: string }> } }) => r.json.cases.map((x) => x.reference);

describe('GET /staff/cases', () => {
  it('lists every case in filing order, each with its next date as of today', async () => {
    const { c, A, B, C, D } = await fixture();
    const r = await call(c, { url: '/staff/cases', today: '2026-11-24' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ asOf: '2026-11-24', filters: { state: null, due: null, overdue: null }, count: 4 });
    expect(refs(r)).toEqual([A, B, C, D]);
    expect(r.json.cases[0]).toMatchObject({
      reference: A,
      kind: 'complaint',
      state: 'stage1_open',
      stage: 1,
      policy: { id: 'housing-ombudsman-code' },
      next: { kind: 'acknowledge', date: '2026-11-30', due: 'due_in', workingDays: 4 },
    });
    expect(r.json.cases[2]).toMatchObject({ reference: C, state: 'stage1_answered', next: null });
    expect(r.json.cases[3]).toMatchObject({ reference: D, kind: 'service_request', next: null });
  });

  it('filters by state', async () => {
    const { c, A, B, C, D } = await fixture();
    expect(refs(await call(c, { url: '/staff/cases?state=stage1_open' }))).toEqual([A, B]);
    expect(refs(await call(c, { url: '/staff/cases?state=stage1_answered' }))).toEqual([C]);
    expect(refs(await call(c, { url: '/staff/cases?state=service_request' }))).toEqual([D]);
    expect(refs(await call(c, { url: '/staff/cases?state=closed' }))).toEqual([]);
  });

  it('lists what is due on a day, counted as of that day unless asOf says otherwise', async () => {
    const { c, A, B } = await fixture();
    const due = await call(c, { url: '/staff/cases?due=2026-11-30' });
    expect(refs(due)).toEqual([A]);
    expect(due.json.asOf).toBe('2026-11-30');
    expect(due.json.cases[0].next).toMatchObject({ kind: 'acknowledge', date: '2026-11-30', due: 'due_today', workingDays: 0 });
    const ahead = await call(c, { url: '/staff/cases?due=2026-11-30&asOf=2026-11-24' });
    expect(ahead.json.cases[0].next).toMatchObject({ due: 'due_in', workingDays: 4 });
    expect(refs(await call(c, { url: '/staff/cases?due=2026-12-09' }))).toEqual([B]);
    expect(refs(await call(c, { url: '/staff/cases?due=2026-12-01' }))).toEqual([]);
    // A state outside the open ones has no next date, so nothing is due.
    expect(refs(await call(c, { url: '/staff/cases?state=stage1_answered&due=2026-11-30' }))).toEqual([]);
  });

  it('lists what is overdue on a day, longest overdue first, with working days overdue', async () => {
    const { c, A, B } = await fixture();
    expect(refs(await call(c, { url: '/staff/cases?overdue=2026-11-30' }))).toEqual([]);
    const one = await call(c, { url: '/staff/cases?overdue=2026-12-01' });
    expect(refs(one)).toEqual([A]);
    expect(one.json.cases[0].next).toMatchObject({ kind: 'acknowledge', date: '2026-11-30', due: 'overdue', workingDays: 1 });
    const both = await call(c, { url: '/staff/cases?overdue=2026-12-14' });
    expect(refs(both)).toEqual([A, B]);
    expect(both.json.cases.map((x: { next: { workingDays: number } }) => x.next.workingDays)).toEqual([10, 3]);
    expect(refs(await call(c, { url: '/staff/cases?overdue=2026-12-14&state=stage1_open' }))).toEqual([A, B]);
    expect(refs(await call(c, { url: '/staff/cases?overdue=2026-12-14&state=stage2_open' }))).toEqual([]);
  });

  it('answers 400 naming the parameter for bad query values', async () => {
    const { c } = await fixture();
    const bad: Array<[string, string, RegExp]> = [
      ['state=open', 'state', /must be one of stage1_open, stage1_answered/],
      ['due=30/11/2026', 'due', /YYYY-MM-DD/],
      ['due=2026-11-31', 'due', /not a real date/],
      ['overdue=tomorrow', 'overdue', /YYYY-MM-DD/],
      ['overdue=2070-01-01', 'overdue', /between 2000-01-01 and 2069-12-31/],
      ['asOf=2026-02-29', 'asOf', /not a real date/],
      ['state=stage1_open&state=closed', 'state', /give it once/],
      ['stat=stage1_open', 'stat', /unknown parameter/],
      ['constructor=1', 'constructor', /unknown parameter/],
      ['__proto__=1', '__proto__', /unknown parameter/],
      ['due=', 'due', /YYYY-MM-DD/],
    ];
    for (const [query, field, message] of bad) {
      const r = await call(c, { url: `/staff/cases?${query}` });
      expect(r.status, query).toBe(400);
      expect(r.json.issues.map((i: { field: string }) => i.field), query).toContain(field);
      expect(r.json.message, query).toMatch(new RegExp(`(^|; )${field}: [^;]*${message.source}`));
    }
  });
});
