import { describe, expect, it } from 'vitest';
import { computedBankHolidays, easterSunday, formatDate, parseBankHolidayFile, shippedBankHolidays } from '../../src/deadlines';

const shipped = shippedBankHolidays();
const inYear = (y: number) => shipped.filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.date);

describe('shipped England-and-Wales bank holidays', () => {
  it('covers 2018 to 2030', () => {
    const years = new Set(shipped.map((h) => Number(h.date.slice(0, 4))));
    for (let y = 2018; y <= 2030; y++) expect(years.has(y), String(y)).toBe(true);
  });

  it('has the published one-off changes', () => {
    expect(inYear(2020)).toContain('2020-05-08'); // VE day moved the early May holiday
    expect(inYear(2020)).not.toContain('2020-05-04');
    expect(inYear(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(inYear(2022)).not.toContain('2022-05-30'); // spring holiday moved for the jubilee
    expect(inYear(2023)).toContain('2023-05-08'); // coronation
  });

  it('has the Christmas and New Year substitute days', () => {
    expect(inYear(2020)).toEqual(expect.arrayContaining(['2020-12-25', '2020-12-28']));
    expect(inYear(2021)).toEqual(expect.arrayContaining(['2021-12-27', '2021-12-28']));
    expect(inYear(2022)).toEqual(expect.arrayContaining(['2022-01-03', '2022-12-26', '2022-12-27']));
    expect(inYear(2023)).toContain('2023-01-02');
    expect(inYear(2026)).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-28']));
    expect(inYear(2027)).toEqual(expect.arrayContaining(['2027-12-27', '2027-12-28']));
    expect(inYear(2028)).toContain('2028-01-03');
  });

  it('agrees with the standard rules in every year without a one-off change', () => {
    for (let y = 2018; y <= 2030; y++) {
      if ([2020, 2022, 2023].includes(y)) continue;
      expect(inYear(y), String(y)).toEqual(computedBankHolidays(y).map((h) => h.date));
    }
  });

  it('marks the years not yet published as computed', () => {
    for (const h of shipped) {
      const y = Number(h.date.slice(0, 4));
      expect(h.source, h.date).toBe(y >= 2028 ? 'computed' : 'published');
    }
  });

  it('computes Easter', () => {
    expect(formatDate(easterSunday(2024))).toBe('2024-03-31');
    expect(formatDate(easterSunday(2025))).toBe('2025-04-20');
    expect(formatDate(easterSunday(2026))).toBe('2026-04-05');
    expect(formatDate(easterSunday(2038))).toBe('2038-04-25');
  });

  it('reads a file in the government format and refuses a malformed one', () => {
    const file = { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'x', date: '2031-01-01', notes: '', bunting: true }] } };
    expect(parseBankHolidayFile(file)).toEqual([{ date: '2031-01-01', title: 'x', source: 'published' }]);
    expect(() => parseBankHolidayFile({ scotland: {} })).toThrow(/england-and-wales/);
    expect(() =>
      parseBankHolidayFile({ 'england-and-wales': { events: [{ title: 'x', date: '2031-02-30' }] } }),
    ).toThrow(/not a real date/);
  });
});
