import { describe, expect, it } from 'vitest';
import { REFUSALS } from '../../src/cases/lifecycle';
import en from '../../locales/en/console.json';
import cy from '../../locales/cy/console.json';
import { core, file, post } from './helpers';

/**
 * Every lifecycle refusal reaches the staff API with its stable code (`refusal`) and the values
 * its wording needs (`params`), beside the English `message` integrators already read; the
 * console words each code in both its languages. Received Monday 23 November 2026; recorded on
 * Sunday 6 December.
 */
type Row = [string, { policyId?: string; policyVersion?: string }, Array<Record<string, unknown>>, Record<string, unknown>, number, (typeof REFUSALS)[number], Record<string, unknown>, string | undefined];
// Beside the clause as written (English), its reference in each language; no shipped profile has Welsh wording, so clauseCy is null.
const ASSOCIATION_CLAUSE = {
  clauseCited: { en: "The Association's Complaints Procedure, paragraph 2.7; The Association's Complaints Policy, paragraph 3.20", cy: "Gweithdrefn Gwyno'r Gymdeithas, paragraff 2.7; Polisi Cwynion y Gymdeithas, paragraff 3.20" },
  clauseCy: null,
};
const ACK = { type: 'acknowledged', date: '2026-11-24' };
const ANSWER = { type: 'answered', date: '2026-12-04', outcome: 'upheld' };
const rows: Row[] = [
  ['acknowledging an answered stage', {}, [ACK, ANSWER], { type: 'acknowledged', date: '2026-12-05' }, 409, 'not_open_acknowledge', { stage: 1 }, undefined],
  ['extending an answered stage', {}, [ACK, ANSWER], { type: 'extended', length: { n: 2, unit: 'weeks' }, reason: 'x', residentAgreed: true }, 409, 'not_open_extend', { stage: 1 }, undefined],
  ['answering twice', {}, [ACK, ANSWER], { type: 'answered', date: '2026-12-05', outcome: 'upheld' }, 409, 'not_open_answer', { stage: 1 }, undefined],
  ['acknowledging twice', {}, [ACK], { type: 'acknowledged', date: '2026-11-25' }, 409, 'already_acknowledged', { stage: 1, acknowledged: '2026-11-24' }, undefined],
  ['acknowledging before receipt', {}, [], { type: 'acknowledged', date: '2026-11-20' }, 409, 'before_received', { date: '2026-11-20', stage: 1, received: '2026-11-23' }, 'date'],
  ['answering before the acknowledgement', {}, [{ type: 'acknowledged', date: '2026-12-03' }], { type: 'answered', date: '2026-12-02', outcome: 'upheld' }, 409, 'before_acknowledged', { date: '2026-12-02', stage: 1, acknowledged: '2026-12-03' }, 'date'],
  ['acknowledging tomorrow', {}, [], { type: 'acknowledged', date: '2026-12-07' }, 400, 'after_today', { date: '2026-12-07', today: '2026-12-06' }, 'date'],
  [
    'extending without agreement where the policy has no extension',
    { policyId: 'psow-model', policyVersion: '1' },
    [],
    { type: 'extended', length: { n: 5, unit: 'working_days' }, reason: 'x', residentAgreed: false },
    409,
    'no_extension_rule',
    { stage: 1 },
    'length',
  ],
  [
    'extending without agreement where the policy needs it',
    { policyId: 'association-2022', policyVersion: 'October 2022' },
    [],
    { type: 'extended', length: { n: 5, unit: 'working_days' }, reason: 'x', residentAgreed: false },
    409,
    'extension_needs_agreement',
    { clause: 'Procedure 2.7; Policy 3.20', ...ASSOCIATION_CLAUSE },
    'residentAgreed',
  ],
  [
    // As in the README's example: acknowledged Wednesday 25 November, so a response is due by 9 December.
    'extending past the maximum without agreement',
    {},
    [{ type: 'acknowledged', date: '2026-11-25' }],
    { type: 'extended', length: { n: 11, unit: 'working_days' }, reason: 'x', residentAgreed: false },
    409,
    'extension_past_max',
    { stage: 1, date: '2026-12-24', n: 10, unit: 'working_days', maxDate: '2026-12-23', clause: expect.stringMatching(/^Code 6\.4/), clauseCited: { en: 'Housing Ombudsman Complaint Handling Code, paragraphs 6.4–6.5', cy: 'Cod Ymdrin â Chwynion yr Ombwdsmon Tai, paragraffau 6.4–6.5' }, clauseCy: null },
    'length',
  ],
  [
    'extending past a cap even agreement cannot lift',
    { policyId: 'association-2022', policyVersion: 'October 2022' },
    [],
    { type: 'extended', length: { n: 11, unit: 'working_days' }, reason: 'x', residentAgreed: true },
    409,
    'extension_never_past_max',
    { n: 10, unit: 'working_days', clause: 'Procedure 2.7; Policy 3.20', ...ASSOCIATION_CLAUSE },
    'length',
  ],
  ['a stage 2 request on a closed case', {}, [ACK, ANSWER, { type: 'closed' }], { type: 'escalation_received', at: '2026-12-05' }, 409, 'closed_reopen_first', {}, undefined],
  ['a second stage 2 request', {}, [ACK, ANSWER, { type: 'escalation_received', at: '2026-12-05' }], { type: 'escalation_received', at: '2026-12-05' }, 409, 'already_stage2', {}, undefined],
  ['a stage 2 request before the stage 1 answer', {}, [ACK], { type: 'escalation_received', at: '2026-12-05' }, 409, 'stage1_not_answered', {}, undefined],
  ['a stage 2 request dated before the answer', {}, [ACK, ANSWER], { type: 'escalation_received', at: '2026-12-03' }, 409, 'before_stage1_answer', { date: '2026-12-03', answered: '2026-12-04' }, 'at'],
  ['closing twice', {}, [{ type: 'closed' }], { type: 'closed' }, 409, 'already_closed', {}, undefined],
  ['reopening an open case', {}, [], { type: 'reopened', reason: 'x' }, 409, 'not_closed', {}, undefined],
];

/** A review's answer's refusals and their values: reached through the API in reviews.test.ts. */
const REVIEW_REFUSALS: Record<string, Record<string, unknown>> = {
  not_an_exclusion: {},
  no_review_requested: {},
  before_review_requested: { date: '2026-11-25', requested: '2026-11-26' },
};

describe('POST /staff/cases/:reference/events: refusals by code', () => {
  it('has a row for every refusal code, and no code twice', () => {
    expect([...rows.map((r) => r[5]), ...Object.keys(REVIEW_REFUSALS)].sort()).toEqual([...REFUSALS].sort());
  });

  it.each(rows)('refuses %s with its code and values, the English message unchanged', async (_label, over, before, event, status, refusal, params, field) => {
    const c = core();
    const ref = await file(c, over);
    for (const e of before) expect((await post(c, ref, e, { today: '2026-12-06' })).status).toBe(201);
    const r = await post(c, ref, event, { today: '2026-12-06' });
    expect(r.status).toBe(status);
    expect(r.json).toMatchObject({ code: status === 400 ? 'BadRequest' : 'Conflict', refusal, message: expect.any(String) });
    expect(r.json.params).toEqual(params);
    if (field) {
      expect(r.json.message).toMatch(new RegExp(`^${field}: `));
      expect(r.json.issues).toEqual([{ field, message: expect.any(String) }]);
    } else expect(r.json.issues).toBeUndefined();
    // Nothing written for a refusal.
    expect(await c.store.cases.events((await c.store.cases.byReference(ref))!.id)).toHaveLength(1 + before.length);
  });

  it('has the console’s wording for every code in English and Welsh, using only the values the code carries', () => {
    for (const [code, params] of [...rows.map((r) => [r[5], r[6]] as const), ...Object.entries(REVIEW_REFUSALS)]) {
      for (const strings of [en, cy] as Array<Record<string, string>>) {
        const text = strings[`refusal_${code}`];
        expect(text, `refusal_${code}`).toEqual(expect.any(String));
        const used = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
        // `unitText` is the console's own wording of `unit` ("working days" / "diwrnod gwaith").
        for (const name of used) expect(Object.keys(params).concat('unit' in params ? ['unitText'] : []), `refusal_${code} uses {{${name}}}`).toContain(name);
      }
    }
  });
});
