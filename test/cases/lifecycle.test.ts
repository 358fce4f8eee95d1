import { describe, expect, it } from 'vitest';
import { applyEvent, type CaseEventInput, EventInFuture, EventRefused, nextDue, replay, type StoredEvent } from '../../src/cases/lifecycle';
import { calendarForProfile } from '../../src/deadlines';
import { createProfileRegistry } from '../../src/policy/profiles';

const registry = createProfileRegistry();
const hos = registry.get('housing-ombudsman-code');
const cal = calendarForProfile(hos);
const RECEIVED = '2026-11-23T10:00:00Z'; // Monday

const ev = (e: CaseEventInput): StoredEvent => {
  const { type, ...data } = e;
  return { type, data, at: '2026-11-23T10:00:00Z', actor: 'staff:test' };
};
const run = (...events: CaseEventInput[]) => replay(hos, cal, RECEIVED, events.map(ev));
const TODAY = '2027-06-30'; // after every date these tests record
const refuse = (events: CaseEventInput[], next: CaseEventInput, today = TODAY) => () => applyEvent(hos, cal, RECEIVED, events.map(ev), next, today);

describe('case lifecycle', () => {
  it('starts at stage 1 awaiting acknowledgement, dated by the engine', () => {
    const s = run();
    expect(s).toMatchObject({ stage: 1, closed: false, finished: false, next: { kind: 'acknowledge', date: '2026-11-30' } });
    expect(nextDue(cal, s, '2026-11-24')).toEqual({ status: 'due_in', workingDays: 4 });
  });

  it('runs the response clock from the actual acknowledgement and records the officer', () => {
    const s = run({ type: 'acknowledged', date: '2026-11-25', officer: 'Rhian Evans' });
    expect(s.stages[0].officer).toBe('Rhian Evans');
    expect(s.next).toMatchObject({ kind: 'respond', date: '2026-12-09' });
  });

  it('allows an extension up to the maximum, and beyond it only with the resident’s agreement', () => {
    const ack: CaseEventInput = { type: 'acknowledged', date: '2026-11-25' };
    const within = run(ack, { type: 'extended', length: { n: 10, unit: 'working_days' }, reason: 'contractor report awaited', residentAgreed: false });
    expect(within.next).toMatchObject({ date: '2026-12-23', extended: true, clause: expect.stringMatching(/Code 6\.4/) });
    expect(refuse([ack], { type: 'extended', length: { n: 11, unit: 'working_days' }, reason: 'x', residentAgreed: false })).toThrow(/maximum of 10 working days[\s\S]*Code 6.4/);
    const agreed = applyEvent(hos, cal, RECEIVED, [ev(ack)], { type: 'extended', length: { n: 15, unit: 'working_days' }, reason: 'survey', residentAgreed: true }, TODAY);
    expect(agreed.stages[0].extensions[0]).toMatchObject({ residentAgreed: true, newDate: '2027-01-04' });
  });

  it('refuses events that do not fit the state, with the reason', () => {
    expect(refuse([], { type: 'escalation_received', at: '2026-12-01' })).toThrow(EventRefused);
    expect(refuse([], { type: 'escalation_received', at: '2026-12-01' })).toThrow(/stage 1 has not been answered/);
    expect(refuse([{ type: 'acknowledged', date: '2026-11-24' }], { type: 'acknowledged', date: '2026-11-25' })).toThrow(/already acknowledged/);
    expect(refuse([], { type: 'answered', date: '2026-11-20', outcome: 'upheld', remedies: [] })).toThrow(/before the stage 1 request/);
    expect(refuse([], { type: 'reopened', reason: 'x' })).toThrow(/not closed/);
  });

  it('refuses a new event dated after today (London) or out of order, but still reads such a history already stored', () => {
    const ack: CaseEventInput = { type: 'acknowledged', date: '2026-12-07' };
    const answered: CaseEventInput = { type: 'answered', date: '2026-12-08', outcome: 'upheld', remedies: [] };
    expect(refuse([], ack, '2026-12-06')).toThrow(EventInFuture);
    expect(refuse([], ack, '2026-12-06')).toThrow(/^date: 2026-12-07 is after today \(2026-12-06\)/);
    expect(refuse([], ack, '2026-12-07')).not.toThrow();
    expect(refuse([ack], { ...answered, date: '2026-12-04' })).toThrow(/^date: 2026-12-04 is before the stage 1 acknowledgement/);
    // Recorded before these checks: the case still reads, so staff and the resident can see it.
    const stored = run(ack, { ...answered, date: '2026-12-04' });
    expect(stored.stages[0]).toMatchObject({ acknowledged: '2026-12-07', answered: { date: '2026-12-04' } });
  });

  it('escalates to stage 2 with new dates, flags a late request, and finishes after the stage 2 answer', () => {
    const answered: CaseEventInput = { type: 'answered', date: '2026-12-04', outcome: 'partly_upheld', remedies: ['£50'] };
    const s1 = run({ type: 'acknowledged', date: '2026-11-24' }, answered);
    expect(s1.next).toBeNull();
    const s2 = run({ type: 'acknowledged', date: '2026-11-24' }, answered, { type: 'escalation_received', at: '2026-12-07T09:00:00Z' });
    expect(s2).toMatchObject({ stage: 2, next: { kind: 'acknowledge', date: '2026-12-14' } });
    expect(s2.stages[1].late).toBe(false);
    const berneslai = registry.get('berneslai-homes');
    const bcal = calendarForProfile(berneslai);
    const late = replay(berneslai, bcal, RECEIVED, [ev({ type: 'acknowledged', date: '2026-11-24' }), ev(answered), ev({ type: 'escalation_received', at: '2027-02-01' })]);
    expect(late.stages[1].late).toBe(true);
    const done = run({ type: 'acknowledged', date: '2026-11-24' }, answered, { type: 'escalation_received', at: '2026-12-07' }, { type: 'answered', date: '2027-01-15', outcome: 'not_upheld', remedies: [] });
    expect(done).toMatchObject({ finished: true, next: null });
    expect(done.timeline.escalateBy?.explain.kind).toBe('refer_to_ombudsman');
  });

  it('closes and reopens', () => {
    const closed = run({ type: 'closed', reason: 'withdrawn' });
    expect(closed).toMatchObject({ closed: true, next: null });
    expect(run({ type: 'closed' }, { type: 'reopened', reason: 'resident asked' }).closed).toBe(false);
  });
});

describe('event validation', () => {
  it('refuses impossible dates and unbounded extensions, naming the field', async () => {
    const { CaseEventInput } = await import('../../src/cases/lifecycle');
    const bad = CaseEventInput.safeParse({ type: 'acknowledged', date: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/date[\s\S]*not a real date/);
    expect(CaseEventInput.safeParse({ type: 'escalation_received', at: 'yesterday please' }).success).toBe(false);
    expect(CaseEventInput.safeParse({ type: 'extended', length: { n: 1000, unit: 'months' }, reason: 'x', residentAgreed: true }).success).toBe(false);
    expect(CaseEventInput.safeParse({ type: 'extended', length: { n: 20, unit: 'working_days' }, reason: 'x', residentAgreed: true }).success).toBe(true);
  });
});
