import { describe, expect, it } from 'vitest';
import { describesOngoing, readWhenAnswer } from '../../dialogs/parse/when-answer';

/** Issue #19: "When did it happen?" answered with a problem still going on, in both languages. */
const TODAY = '2026-11-23';

describe('readWhenAnswer', () => {
  const ROWS: Array<[string, 'cy' | 'en', string | null, string | null, boolean]> = [
    // answer, language, start date, precision, ongoing
    ["since October 2024 and it's still going on", 'en', '2024-10-01', 'month', true],
    ["it's still happening", 'en', null, null, true],
    ['ongoing', 'en', null, null, true],
    ['on and off since 2023', 'en', '2023-01-01', 'year', true],
    ['every winter', 'en', null, null, true],
    ['every winter since 2019', 'en', '2019-01-01', 'year', true],
    ['for two years', 'en', '2024-11-23', 'approx', true],
    ['it came back last week', 'en', '2026-11-16', 'week', true],
    ["mae'n dal i ddigwydd", 'cy', null, null, true],
    ["Ma' hi dal yna", 'cy', null, null, true],
    ['o hyd', 'cy', null, null, true],
    ['ers mis Hydref 2024', 'cy', '2024-10-01', 'month', true],
    ['o fis Hydref 2024 ac mae o yno o hyd', 'cy', '2024-10-01', 'month', true],
    ['byth ers 2023', 'cy', '2023-01-01', 'year', true],
    ['bob gaeaf', 'cy', null, null, true],
    ['bob gaea ers 2022', 'cy', '2022-01-01', 'year', true],
    ['ers dwy flynedd', 'cy', '2024-11-23', 'approx', true],
    // One-off events: a date and nothing running to now.
    ['12/03/2024', 'en', '2024-03-12', 'day', false],
    ['3 years ago', 'en', '2023-11-23', 'approx', false],
    ['October 2024', 'en', '2024-10-01', 'month', false],
    ['ym mis Hydref 2024', 'cy', '2024-10-01', 'month', false],
    ['dair blynedd yn ôl', 'cy', '2023-11-23', 'approx', false],
    ['It leaked for two weeks in 2023 until it was fixed', 'en', '2023-01-01', 'year', false],
  ];
  it.each(ROWS)('%s (%s) → %s %s ongoing %s', (text, lang, date, precision, ongoing) => {
    const r = readWhenAnswer(text, TODAY, lang);
    expect(r).not.toBeNull();
    expect({ date: r!.start?.date ?? null, precision: r!.start?.precision ?? null, ongoing: r!.ongoing }).toEqual({ date, precision, ongoing });
  });

  it.each(['no idea what you mean', 'asdf', 'dim syniad'])('%s → nothing read', (text) => {
    expect(readWhenAnswer(text, TODAY)).toBeNull();
  });

  it.each([
    ["We've had damp for two years and it's still there", true],
    ['Mae llwydni yn y llofft ers blynyddoedd', true],
    ['The boiler keeps breaking', true],
    ['Your contractor broke my fence', false],
    ['Torrodd y contractwr fy ffens', false],
    [undefined, false],
  ] as const)('describesOngoing(%j) is %s', (description, ongoing) => {
    expect(describesOngoing(description)).toBe(ongoing);
  });
});
