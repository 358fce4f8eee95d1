import { describe, expect, it } from 'vitest';
import { calendarForProfile, checkTimeLimit, computeTimeline, dueStatusOn, DateInputError } from '../../src/deadlines';
import { hos, hosCalendar as cal, variant } from './helpers';

const dates = (t: ReturnType<typeof computeTimeline>) => ({
  acknowledgeBy: t.acknowledgeBy?.date ?? null,
  respondBy: t.respondBy.date,
  respondByWithExtension: t.respondByWithExtension?.date ?? null,
  escalateBy: t.escalateBy?.date ?? null,
});

describe('Housing Ombudsman Code timeline', () => {
  it('stage 1: acknowledge in 5 working days, answer 10 working days after, extend by 10 more', () => {
    const t = computeTimeline(hos, cal, { stage: 1, received: '2026-11-23T10:00:00Z' });
    expect(dates(t)).toEqual({
      acknowledgeBy: '2026-11-30',
      respondBy: '2026-12-14',
      respondByWithExtension: '2026-12-30', // skips Christmas Day and the Boxing Day substitute
      escalateBy: null,
    });
  });

  it('runs the reply from the actual acknowledgement once there is one', () => {
    const t = computeTimeline(hos, cal, { stage: 1, received: '2026-11-23', acknowledged: '2026-11-24' });
    expect(t.acknowledgeBy?.date).toBe('2026-11-30');
    expect(t.respondBy.date).toBe('2026-12-08');
    expect(t.respondBy.explain.from).toBe('acknowledgement');
    const before = computeTimeline(hos, cal, { stage: 1, received: '2026-11-23' });
    expect(before.respondBy.explain.from).toBe('expected_acknowledgement');
  });

  it('stage 2: acknowledge 5 working days after the request, answer 20 working days after, extend by 20', () => {
    const t = computeTimeline(hos, cal, { stage: 2, received: '2026-03-30T09:00:00+01:00' });
    // Good Friday 3 April and Easter Monday 6 April 2026 are skipped.
    expect(dates(t)).toEqual({
      acknowledgeBy: '2026-04-08',
      respondBy: '2026-05-07', // early May holiday 4 May skipped
      respondByWithExtension: '2026-06-05', // spring holiday 25 May skipped
      escalateBy: null,
    });
  });

  it('after a stage 2 answer, gives the 12 months to go to the Ombudsman', () => {
    const t = computeTimeline(hos, cal, { stage: 2, received: '2026-01-05', acknowledged: '2026-01-06', responded: '2026-02-02' });
    expect(t.escalateBy?.date).toBe('2027-02-02');
    expect(t.escalateBy?.explain.kind).toBe('refer_to_ombudsman');
  });

  it('a weekend receipt counts from the next working day, and says so', () => {
    const t = computeTimeline(hos, cal, { stage: 1, received: '2026-11-28T14:00:00Z' });
    expect(t.acknowledgeBy?.date).toBe('2026-12-07');
    expect(t.acknowledgeBy?.explain).toMatchObject({
      from: 'receipt',
      fromDate: '2026-11-28',
      countedFrom: '2026-11-30',
      clause: 'Code 6.2',
      rule: { n: 5, unit: 'working_days' },
    });
    expect(t.acknowledgeBy?.explain.notes).toContain('start_moved_to_working_day');
  });

  it('uses the London date of an instant across the clock change', () => {
    // 23:30 UTC on Saturday 24 October 2026 is 00:30 BST on Sunday 25th; both count from Monday 26th.
    expect(computeTimeline(hos, cal, { stage: 1, received: '2026-10-24T23:30:00Z' }).received).toBe('2026-10-25');
    // 23:30 UTC on Thursday 2 July is already Friday 3 July in London.
    const t = computeTimeline(hos, cal, { stage: 1, received: '2026-07-02T23:30:00Z' });
    expect(t.received).toBe('2026-07-03');
    expect(t.acknowledgeBy?.date).toBe('2026-07-10');
  });

  it('counts across the 2022 jubilee and state funeral and the 2023 coronation', () => {
    expect(computeTimeline(hos, cal, { stage: 1, received: '2022-05-31' }).acknowledgeBy?.date).toBe('2022-06-09');
    expect(computeTimeline(hos, cal, { stage: 1, received: '2022-09-16' }).acknowledgeBy?.date).toBe('2022-09-26');
    expect(computeTimeline(hos, cal, { stage: 1, received: '2023-05-05' }).acknowledgeBy?.date).toBe('2023-05-15');
    expect(computeTimeline(hos, cal, { stage: 1, received: '2022-12-23' }).acknowledgeBy?.date).toBe('2023-01-04');
  });

  it('marks dates that rely on computed, not yet published, holidays', () => {
    const t = computeTimeline(hos, cal, { stage: 1, received: '2029-03-28' });
    expect(t.acknowledgeBy?.date).toBe('2029-04-06'); // Good Friday 30 March, Easter Monday 2 April
    expect(t.acknowledgeBy?.explain.notes).toContain('computed_holidays');
    expect(computeTimeline(hos, cal, { stage: 1, received: '2026-03-02' }).acknowledgeBy?.explain.notes).not.toContain('computed_holidays');
  });

  it('rejects bad dates with the field name', () => {
    expect(() => computeTimeline(hos, cal, { stage: 1, received: 'last Tuesday' })).toThrow(/received/);
    expect(() => computeTimeline(hos, cal, { stage: 1, received: '2026-01-01', acknowledged: '2026-13-01' })).toThrow(DateInputError);
  });
});

describe('profile settings the engine honours', () => {
  it('calendar-day and from-receipt timescales', () => {
    const p = variant((x) => {
      x.stages[0].respond = { within: { n: 10, unit: 'calendar_days' }, from: 'receipt', clause: 'test' };
    });
    const t = computeTimeline(p, calendarForProfile(p), { stage: 1, received: '2026-11-28' }); // Saturday
    expect(t.respondBy.date).toBe('2026-12-10'); // Monday 30th + 10 days
  });

  it('an escalation window from the stage 1 answer', () => {
    const p = variant((x) => {
      x.escalation = { within: { n: 20, unit: 'working_days' }, from: 'response', discretion: true, clause: 'test 9.1' };
    });
    const t = computeTimeline(p, calendarForProfile(p), { stage: 1, received: '2026-11-02', responded: '2026-11-20' });
    expect(t.escalateBy?.date).toBe('2026-12-18');
    expect(t.escalateBy?.explain).toMatchObject({ kind: 'escalate', from: 'response', clause: 'test 9.1' });
  });

  it('closure days and a daily receipt cut-off', () => {
    const p = variant((x) => {
      x.calendar = { annualClosures: [{ from: '12-24', to: '12-31' }], closureDates: [], receiptCutoff: '17:00' };
    });
    const c = calendarForProfile(p);
    const t = computeTimeline(p, c, { stage: 1, received: '2026-12-18T17:30:00Z' }); // Friday evening
    expect(t.received).toBe('2026-12-19');
    expect(t.acknowledgeBy?.date).toBe('2027-01-06'); // counts from Monday 21st: 22, 23, then 4, 5, 6 January
    expect(t.acknowledgeBy?.explain.notes).toContain('received_after_cutoff');
    expect(computeTimeline(p, c, { stage: 1, received: '2026-12-18T16:59:00Z' }).received).toBe('2026-12-18');
  });
});

describe('working days left or overdue', () => {
  it('counts the working days after today up to the date, or since it passed', () => {
    expect(dueStatusOn(cal, '2026-12-10', '2026-12-14')).toEqual({ status: 'due_in', workingDays: 2 });
    expect(dueStatusOn(cal, '2026-12-14', '2026-12-14')).toEqual({ status: 'due_today', workingDays: 0 });
    expect(dueStatusOn(cal, '2026-12-29', '2026-12-24')).toEqual({ status: 'overdue', workingDays: 1 });
  });
});

describe('time limit', () => {
  it('12 months from the later of the event and awareness, with discretion', () => {
    const r = checkTimeLimit(hos, cal, { happened: '2025-10-01', aware: '2025-12-01', received: '2026-11-22' });
    expect(r).toMatchObject({ within: true, basis: 'awareness', limitDate: '2026-12-01', hardCap: null });
    const late = checkTimeLimit(hos, cal, { happened: '2025-10-01', received: '2026-11-22' });
    expect(late).toMatchObject({ within: false, limitDate: '2026-10-01', discretion: { allowed: true } });
  });

  it('a hard cap that discretion cannot pass', () => {
    const p = variant((x) => {
      x.timeLimit!.within = { n: 6, unit: 'months' };
      x.timeLimit!.hardCap = { within: { n: 36, unit: 'months' }, clause: '5.2' };
    });
    const c = calendarForProfile(p);
    expect(checkTimeLimit(p, c, { happened: '2024-01-10', received: '2026-11-22' }).hardCap).toEqual({ date: '2027-01-10', beyond: false, clause: '5.2' });
    expect(checkTimeLimit(p, c, { happened: '2023-01-10', aware: '2026-10-01', received: '2026-11-22' })).toMatchObject({
      within: true,
      hardCap: { beyond: true },
    });
  });
});
