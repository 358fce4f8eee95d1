import { describe, expect, it } from 'vitest';
import { HandoffApi, type HandBackResume } from '../../src/handoff/api';
import { missingForFiling, staffLanguage } from '../../src/handoff/staff-answers';
import { GateStaff } from '../../src/handoff/staff-member';
import { StreamClosers } from '../../src/handoff/stream';
import { core, file, TOKEN, TOKENS } from '../staff/helpers';
import { addStaff, HOST, type Person, signIn } from './people';

/**
 * What staff record on hand-back (`resume.answers`, `resume.file`) is checked by the route as the
 * intake would keep it, whoever sends it (the console page or a system), with refusals in the
 * staff member's language.
 */

const NOW = new Date('2026-11-23T10:30:00Z');
const TODAY = '2026-11-23';

/** Everything the intake needs to file, as the bot would have drafted it, except what a test leaves out. */
const COMPLETE = {
  description: 'The boiler keeps breaking and nobody has come to fix it',
  location: 'Flat 3, 12 Park Road',
  when: { text: '3 weeks ago', date: '2026-11-02', precision: 'week' },
  reportedBefore: { answer: 'no' },
  impact: 'No hot water',
  courtClaim: 'no',
  outcomes: { codes: ['repair'] },
  adjustments: { codes: [] },
  representative: { isResident: true, consentNeeded: false },
  contact: { anonymous: false, name: 'Sam Jones', email: 'sam@example.com', letterLanguage: 'en' },
};

function setup() {
  const c = core({ STAFF_API_TOKENS: TOKENS });
  const handedBack: Array<{ handoff: number; resume: HandBackResume }> = [];
  const api = new HandoffApi({
    auth: new GateStaff(c.staffGate),
    handoffs: c.store.handoffs,
    transcripts: c.store.transcripts,
    cases: c.store.cases,
    delivery: { async send() {}, async handBack(h, resume) { handedBack.push({ handoff: h.id, resume }); } },
    i18n: c.i18n,
    now: () => NOW,
    showFirstName: false,
    streams: new StreamClosers(),
    profile: c.profile,
  });
  const call = async (url: string, body: unknown, who: string | Person = TOKEN, lang?: string) => {
    const person = typeof who === 'object' ? who : undefined;
    const res = await api.handle({
      method: 'POST',
      url,
      authorization: typeof who === 'string' ? `Bearer ${who}` : undefined,
      cookie: person?.cookie,
      csrf: person?.csrf,
      host: HOST,
      readBody: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
      today: TODAY,
      headers: lang ? { 'accept-language': lang } : {},
    });
    return { status: res.status, json: res.body ? JSON.parse(res.body) : undefined };
  };
  /** A handover taken by the token's system, with the bot's draft of the intake as it asked for a person. */
  const taken = async (draft: Record<string, unknown> | null = null, o: { caseReference?: string } = {}) => {
    const { handoff } = await c.store.handoffs.open({
      conversationKey: `test:${Math.random()}`,
      conversationRef: {},
      channelId: 'test',
      language: 'cy',
      reason: 'asked',
      at: '2026-11-23T10:00:00.000Z',
      caseReference: o.caseReference ?? null,
      context: { caseDraft: draft },
      state: 'waiting',
      callback: null,
    });
    expect((await call(`/staff/handoffs/${handoff.id}/accept`, '')).status).toBe(200);
    return handoff.id;
  };
  return { c, api, call, taken, handedBack };
}

const without = (key: keyof typeof COMPLETE) => Object.fromEntries(Object.entries(COMPLETE).filter(([k]) => k !== key));

describe('hand-back answers: the route checks what staff recorded', () => {
  it.each([
    ['an unknown key', { answers: { nonsense: 1 } }, 'resume.answers.nonsense', 'unknown_field'],
    ['an unknown field inside an answer', { answers: { contact: { anonymous: false, shoeSize: 9 } } }, 'resume.answers.contact.shoeSize', 'unknown_field'],
    ['a number for the description', { answers: { description: 42 } }, 'resume.answers.description', 'wrong_type'],
    ['an array for the location', { answers: { location: ['Flat 3'] } }, 'resume.answers.location', 'wrong_type'],
    ['a huge description', { answers: { description: 'x'.repeat(4001) } }, 'resume.answers.description', 'too_long'],
    ['a huge email', { answers: { contact: { anonymous: false, email: `${'a'.repeat(300)}@example.com` } } }, 'resume.answers.contact.email', 'too_long'],
    ['a blank description', { answers: { description: '   ' } }, 'resume.answers.description', 'too_short'],
    ['a made-up outcome', { answers: { outcomes: { codes: ['a pony'] } } }, 'resume.answers.outcomes.codes.0', 'not_a_choice'],
    ['no outcome at all', { answers: { outcomes: { codes: [] } } }, 'resume.answers.outcomes', 'outcomes_empty'],
    ['a date that is no date', { answers: { when: { text: 'then', date: '2026-02-30', precision: 'day' } } }, 'resume.answers.when.date', 'not_a_date'],
    ['a date still to come', { answers: { when: { text: 'next week', date: '2026-11-30', precision: 'day' } } }, 'resume.answers.when.date', 'future_date'],
    ['a phone that is no phone', { answers: { contact: { anonymous: false, phone: 'call me' } } }, 'resume.answers.contact.phone', 'not_a_phone'],
    ['an email that is no email', { answers: { contact: { anonymous: false, email: 'sam at home' } } }, 'resume.answers.contact.email', 'not_an_email'],
    ['a representative with no kind', { answers: { representative: { isResident: false } } }, 'resume.answers.representative', 'representative'],
    ['a letter language the landlord does not write in', { answers: { contact: { anonymous: false, letterLanguage: 'fr' } } }, 'resume.answers.contact.letterLanguage', 'not_a_choice'],
    ['anonymous with a name', { answers: { contact: { anonymous: true, name: 'Sam Jones' } } }, 'resume.answers.contact', 'anonymous_with_details'],
    ['file as a string', { file: 'yes' }, 'resume.file', 'wrong_type'],
    ['an unknown resume field', { answers: {}, fileNow: true }, 'resume.fileNow', 'unknown_field'],
  ])('refuses %s, naming the field, and hands nothing back', async (_what, resume, field, code) => {
    const { c, call, taken, handedBack } = setup();
    const id = await taken();
    const r = await call(`/staff/handoffs/${id}/handback`, { resume });
    expect(r.status).toBe(400);
    expect(r.json.issues).toContainEqual(expect.objectContaining({ field, code }));
    expect(handedBack).toEqual([]);
    expect((await c.store.handoffs.get(id))?.state).toBe('taken');
  });

  it('refuses a body that is not JSON', async () => {
    const { call, taken } = setup();
    const id = await taken();
    expect((await call(`/staff/handoffs/${id}/handback`, '{"resume":')).json).toMatchObject({ code: 'not_json' });
  });

  it.each([
    ['en', 'en-GB,en;q=0.9', /Use at most 4000 characters/],
    ['cy', 'cy', /Defnyddiwch 4000 nod ar y mwyaf/],
    ['cy', 'cy-GB,en;q=0.5', /Defnyddiwch 4000 nod ar y mwyaf/],
  ])('words its refusals in the staff member\'s language (%s from %s)', async (lang, header, said) => {
    expect(staffLanguage(header)).toBe(lang);
    const { call, taken } = setup();
    const id = await taken();
    const r = await call(`/staff/handoffs/${id}/handback`, { resume: { answers: { impact: 'x'.repeat(4001) } } }, TOKEN, header);
    expect(r.json.issues[0].message).toMatch(said);
    expect(r.json.message).toMatch(said);
  });

  it('will not file while the intake lacks answers, and says which, in the staff member\'s language', async () => {
    const { call, taken, handedBack } = setup();
    const id = await taken(without('impact'));
    const r = await call(`/staff/handoffs/${id}/handback`, { resume: { answers: { location: 'Flat 4, 12 Park Road' }, file: true } }, TOKEN, 'cy');
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ code: 'missing_for_filing', missing: ['impact'] });
    expect(r.json.message).toBe("Does dim modd cyflwyno'r gŵyn eto. Mae'r canlynol ar goll o hyd: Yr effaith arnoch chi.");
    expect(handedBack).toEqual([]);
  });

  it('files when staff fill in what was missing; their answers win over the draft', async () => {
    const { c, call, taken, handedBack } = setup();
    const id = await taken(without('impact'));
    const r = await call(`/staff/handoffs/${id}/handback`, { note: 'Impact taken by phone', resume: { answers: { impact: '  No hot water for a fortnight ' }, file: true } });
    expect(r.status).toBe(200);
    expect(handedBack).toEqual([{ handoff: id, resume: { answers: { impact: 'No hot water for a fortnight' }, file: true } }]);
    const events = await c.store.handoffs.eventsAfter(0, 100, id);
    expect(events.at(-1)).toMatchObject({ kind: 'handed_back', actor: 'staff:contact-centre', at: NOW.toISOString(), data: { note: 'Impact taken by phone', resume: { answers: { impact: 'No hot water for a fortnight' }, file: true } } });
  });

  it.each([
    [{ isResident: false, kind: 'relative', consentNeeded: false }, { isResident: false, kind: 'relative', consentNeeded: true }],
    [{ isResident: true, consentNeeded: true }, { isResident: true, consentNeeded: false }],
  ])('works out a representative\'s need for consent from the profile, not the caller: %j', async (sent, kept) => {
    const { c, call, taken, handedBack } = setup();
    const reps = c.profile.representatives;
    const id = await taken();
    expect((await call(`/staff/handoffs/${id}/handback`, { resume: { answers: { representative: sent } } })).status).toBe(200);
    const expected = kept.isResident ? kept : { ...kept, consentNeeded: reps.consentForm !== 'none' && !reps.noConsentNeeded.includes('relative') };
    expect(handedBack[0].resume.answers?.representative).toEqual(expected);
  });

  it('will not file a complaint the handover already has a reference for', async () => {
    const { call, taken } = setup();
    const id = await taken(COMPLETE, { caseReference: 'CMP-ABCD-1234' });
    const r = await call(`/staff/handoffs/${id}/handback`, { resume: { file: true } });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ code: 'already_filed', message: expect.stringMatching(/CMP-ABCD-1234/) });
  });

  // Found trying the console over a shift (thirteenth session): a case the conversation filed after
  // a person was asked for (the resident finishing while they waited, or an emergency recorded as a
  // service request in the turn that asked) was not the handover's: the officer saw no reference,
  // and "File now" would have filed the complaint again.
  it('finds a case the conversation filed while it waited: shown to the officer, and not filed twice', async () => {
    const { c, api, call } = setup();
    const key = 'test:filed-while-waiting';
    const { handoff } = await c.store.handoffs.open({ conversationKey: key, conversationRef: { user: { id: 'u1' } }, channelId: 'test', language: 'en', reason: 'asked', at: '2026-11-23T10:00:00.000Z', caseReference: null, context: { caseDraft: COMPLETE }, state: 'waiting', callback: null });
    // Another resident's case in the same conversation key is not theirs.
    await file(c, { conversationKey: key, userKey: 'test:someone-else' });
    expect((await call(`/staff/handoffs/${handoff.id}/accept`, '')).status).toBe(200);
    const view = async () => JSON.parse((await api.handle({ method: 'GET', url: `/staff/handoffs/${handoff.id}`, authorization: `Bearer ${TOKEN}`, host: HOST, readBody: async () => '', today: TODAY })).body);
    expect((await view()).summary.case).toBeNull();
    const reference = await file(c, { conversationKey: key, userKey: 'test:u1' });
    expect((await view()).summary.case).toMatchObject({ reference, kind: 'complaint' });
    const r = await call(`/staff/handoffs/${handoff.id}/handback`, { resume: { file: true } });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ code: 'already_filed', message: expect.stringContaining(reference) });
  });

  it('refuses someone else\'s handover, one not taken, and one already handed back, in the staff member\'s language', async () => {
    const { c, call, taken } = setup();
    await addStaff(c, 'rhian', 'Rhian Evans', 'tree kettle violin');
    const rhian = await signIn(c, 'rhian', 'tree kettle violin');
    const id = await taken(COMPLETE);
    const theirs = await call(`/staff/handoffs/${id}/handback`, { resume: { file: true } }, rhian, 'cy');
    expect(theirs).toMatchObject({ status: 409, json: { code: 'taken_by_someone', message: "Mae contact-centre wedi cymryd y sgwrs hon: dim ond nhw sy'n gallu ei throsglwyddo'n ôl." } });

    const { handoff: waiting } = await c.store.handoffs.open({ conversationKey: 'test:w', conversationRef: {}, channelId: 'test', language: 'en', reason: 'asked', at: '2026-11-23T10:00:00.000Z', caseReference: null, context: {}, state: 'waiting', callback: null });
    expect((await call(`/staff/handoffs/${waiting.id}/handback`, {}, TOKEN, 'en')).json).toMatchObject({ code: 'not_taken', message: 'Nobody has taken this conversation, so it cannot be handed back.' });

    expect((await call(`/staff/handoffs/${id}/handback`, { resume: { file: true } })).status).toBe(200);
    const again = await call(`/staff/handoffs/${id}/handback`, { resume: { file: true } }, TOKEN, 'cy');
    expect(again).toMatchObject({ status: 409, json: { code: 'finished' } });
    expect((await call('/staff/handoffs/987/handback', {}, TOKEN, 'cy')).json).toMatchObject({ code: 'not_found', message: "Does dim sgwrs o'r fath." });
  });
});

describe('missingForFiling', () => {
  it.each([
    [COMPLETE, []],
    [without('impact'), ['impact']],
    [{ ...COMPLETE, reportedBefore: { answer: 'yes' } }, ['reported_details']],
    [{ ...COMPLETE, contact: { anonymous: false, name: 'Sam Jones' } }, ['contact', 'letter_language']],
    [{ ...COMPLETE, contact: { anonymous: false, name: 'Sam Jones', phone: '07700 900123', letterLanguage: 'cy' } }, ['best_times']],
    [{ ...COMPLETE, contact: { anonymous: true } }, []],
    [{}, ['description', 'location', 'when', 'reported_before', 'impact', 'court_claim', 'outcomes', 'adjustments', 'representative', 'name', 'contact', 'letter_language']],
  ])('%#: %j', (answers, missing) => {
    expect(missingForFiling(answers as never)).toEqual(missing);
  });
});
