import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, computedBankHolidays, formatDate, parseDate, shippedBankHolidays, CalendarRangeError } from '../../src/deadlines';

const cal = buildCalendar(shippedBankHolidays());
const d = parseDate;
const f = formatDate;
const first = d('2018-01-01');
const last = d('2030-11-30');
const anyDay = fc.integer({ min: first, max: last });
const count = fc.integer({ min: 0, max: 260 });

describe('working days', () => {
  it('counts the Nth working day after the start, not the start itself', () => {
    expect(f(cal.addWorkingDays(d('2026-11-23'), 5))).toBe('2026-11-30'); // Monday -> next Monday
    expect(f(cal.addWorkingDays(d('2026-11-23'), 0))).toBe('2026-11-23');
    expect(f(cal.addWorkingDays(d('2026-11-27'), 1))).toBe('2026-11-30'); // Friday -> Monday
  });

  it('treats a weekend or holiday start as the next working day', () => {
    expect(f(cal.addWorkingDays(d('2026-11-28'), 5))).toBe('2026-12-07'); // Saturday counts as Monday 30th
    expect(f(cal.addWorkingDays(d('2026-04-03'), 1))).toBe('2026-04-08'); // Good Friday counts as Tuesday 7th
  });

  it('skips Easter, the jubilee, the state funeral, the coronation and Christmas substitutes', () => {
    expect(f(cal.addWorkingDays(d('2026-04-01'), 5))).toBe('2026-04-10');
    expect(f(cal.addWorkingDays(d('2022-05-31'), 5))).toBe('2022-06-09');
    expect(f(cal.addWorkingDays(d('2022-09-16'), 5))).toBe('2022-09-26');
    expect(f(cal.addWorkingDays(d('2023-05-05'), 5))).toBe('2023-05-15');
    expect(f(cal.addWorkingDays(d('2022-12-23'), 5))).toBe('2023-01-04');
    expect(f(cal.addWorkingDays(d('2026-12-24'), 1))).toBe('2026-12-29');
  });

  it('says why a day is not a working day', () => {
    expect(cal.nonWorkingReason(d('2026-11-28'))).toBe('weekend');
    expect(cal.nonWorkingReason(d('2026-12-28'))).toBe('bank_holiday');
    expect(cal.nonWorkingReason(d('2026-12-29'))).toBeNull();
    expect(cal.holidayOn(d('2023-05-08'))?.title).toMatch(/coronation/i);
  });

  it('adds closure days a profile lists, including a range across the year end', () => {
    const closed = buildCalendar(shippedBankHolidays(), { annual: [{ from: '12-24', to: '01-01' }], dates: ['2026-11-27'] });
    expect(closed.nonWorkingReason(d('2026-12-24'))).toBe('closure');
    expect(closed.nonWorkingReason(d('2026-12-31'))).toBe('closure');
    expect(closed.nonWorkingReason(d('2027-01-01'))).toBe('bank_holiday');
    expect(f(closed.addWorkingDays(d('2026-12-23'), 1))).toBe('2027-01-04');
    expect(f(closed.addWorkingDays(d('2026-11-26'), 1))).toBe('2026-11-30');
  });

  it('refuses dates outside the calendar instead of guessing', () => {
    expect(() => cal.addWorkingDays(d('1999-12-31'), 1)).toThrow(CalendarRangeError);
  });
});

describe('working-day arithmetic (properties)', () => {
  it('always lands on a working day', () => {
    fc.assert(fc.property(anyDay, count, (s, n) => cal.isWorkingDay(cal.addWorkingDays(s, n))));
  });

  it('adding N then M is adding N+M', () => {
    fc.assert(
      fc.property(anyDay, count, count, (s, n, m) => cal.addWorkingDays(cal.addWorkingDays(s, n), m) === cal.addWorkingDays(s, n + m)),
    );
  });

  it('preserves order', () => {
    fc.assert(
      fc.property(anyDay, anyDay, count, (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return cal.addWorkingDays(lo, n) <= cal.addWorkingDays(hi, n);
      }),
    );
  });

  it('counting back the working days between start and result gives N', () => {
    fc.assert(
      fc.property(anyDay, count, (s, n) => cal.workingDaysBetween(cal.nextWorkingDay(s), cal.addWorkingDays(s, n)) === n),
    );
  });

  it('agrees with a day-by-day count that skips weekends and every holiday in the table', () => {
    const holidays = new Set([...shippedBankHolidays(), ...computedBankHolidays(2031)].map((h) => h.date));
    const naive = (s: number, n: number) => {
      const working = (x: number) => ![0, 6].includes(new Date(x * 86_400_000).getUTCDay()) && !holidays.has(f(x));
      let x = s;
      while (!working(x)) x++;
      for (let k = 0; k < n; ) if (working(++x)) k++;
      return x;
    };
    for (const h of shippedBankHolidays().map((x) => x.date)) {
      const day = d(h);
      for (const n of [0, 1, 5, 10, 20]) expect(f(cal.addWorkingDays(day - 3, n)), `${h} -3 +${n}`).toBe(f(naive(day - 3, n)));
    }
    fc.assert(fc.property(anyDay, count, (s, n) => cal.addWorkingDays(s, n) === naive(s, n)));
  });
});
