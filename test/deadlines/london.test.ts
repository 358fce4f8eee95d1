import { describe, expect, it } from 'vitest';
import { DateInputError, formatDate, parseDate, toLondon, addMonths } from '../../src/deadlines';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('London dates', () => {
  it('converts instants to London dates across both clock changes', () => {
    expect(formatDate(toLondon('2026-03-28T23:30:00Z').date)).toBe('2026-03-28'); // still GMT
    expect(formatDate(toLondon('2026-03-29T00:59:00Z').date)).toBe('2026-03-29');
    expect(formatDate(toLondon('2026-06-30T23:30:00Z').date)).toBe('2026-07-01'); // BST
    expect(formatDate(toLondon('2026-10-24T23:30:00Z').date)).toBe('2026-10-25'); // BST until 01:00 UTC
    expect(formatDate(toLondon('2026-10-25T23:30:00Z').date)).toBe('2026-10-25'); // GMT again
    expect(formatDate(toLondon('2026-07-01T00:30:00+02:00').date)).toBe('2026-06-30');
    expect(toLondon('2026-07-01T09:15').minutes).toBe(9 * 60 + 15); // no offset: London wall-clock time
  });

  it('agrees with the tz database every half hour around each change and twice a day otherwise, 2018-2030', () => {
    const check = (ms: number) => {
      const iso = new Date(ms).toISOString();
      expect(formatDate(toLondon(iso).date), iso).toBe(intl.format(ms));
    };
    for (let ms = Date.UTC(2018, 0, 1); ms < Date.UTC(2031, 0, 1); ms += 12 * 3_600_000 + 1_800_000) check(ms);
    for (let y = 2018; y <= 2030; y++) {
      for (const month of [2, 9]) {
        for (let d = 24; d <= 31; d++) for (let h = 0; h < 48; h++) check(Date.UTC(y, month, d) + h * 1_800_000);
      }
    }
  });

  it('refuses impossible or unreadable dates with a clear message', () => {
    expect(() => parseDate('2026-02-30')).toThrow(DateInputError);
    expect(() => parseDate('12/03/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => toLondon('yesterday')).toThrow(/ISO 8601/);
    expect(() => toLondon('2026-01-01T25:00:00Z')).toThrow(/impossible time/);
  });

  it('adds calendar months, clamping to the end of a short month', () => {
    expect(formatDate(addMonths(parseDate('2026-01-31'), 1))).toBe('2026-02-28');
    expect(formatDate(addMonths(parseDate('2028-01-31'), 1))).toBe('2028-02-29');
    expect(formatDate(addMonths(parseDate('2025-11-22'), 12))).toBe('2026-11-22');
    expect(formatDate(addMonths(parseDate('2026-08-15'), 6))).toBe('2027-02-15');
  });
});
