import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { duration } from '../../src/i18n/format';
import { dueText } from '../../src/i18n/deadline-text';
import type { DueStatus } from '../../src/deadlines/timeline';
import { DIWRNOD, englishNumber, MIS, welshCount, welshNumber, WYTHNOS } from '../../src/i18n/numbers';

describe('Welsh counts: the number word, its form before a noun, and the mutation it causes', () => {
  it.each([
    [1, 'un diwrnod'], [2, 'dau ddiwrnod'], [3, 'tri diwrnod'], [4, 'pedwar diwrnod'], [5, 'pum diwrnod'], [6, 'chwe diwrnod'],
    [7, 'saith diwrnod'], [8, 'wyth diwrnod'], [9, 'naw diwrnod'], [10, 'deg diwrnod'], [11, 'un ar ddeg diwrnod'],
    [12, 'deuddeg diwrnod'], [13, 'tri ar ddeg diwrnod'], [14, 'pedwar ar ddeg diwrnod'], [15, 'pymtheg diwrnod'],
    [16, 'un ar bymtheg diwrnod'], [17, 'dau ar bymtheg diwrnod'], [18, 'deunaw diwrnod'], [19, 'pedwar ar bymtheg diwrnod'],
    [20, 'ugain diwrnod'], [21, '21 diwrnod'], [30, '30 diwrnod'], [0, '0 diwrnod'],
  ])('%i days: %s', (n, said) => {
    expect(welshCount(n, DIWRNOD)).toBe(said);
  });

  it.each([
    [1, 'un wythnos'], [2, 'dwy wythnos'], [3, 'tair wythnos'], [4, 'pedair wythnos'], [6, 'chwe wythnos'], [8, 'wyth wythnos'],
    [13, 'tair ar ddeg wythnos'], [17, 'dwy ar bymtheg wythnos'], [19, 'pedair ar bymtheg wythnos'], [52, '52 wythnos'],
  ])('%i weeks (feminine): %s', (n, said) => {
    expect(welshCount(n, WYTHNOS)).toBe(said);
  });

  it.each([
    [1, 'un mis'], [2, 'dau fis'], [3, 'tri mis'], [6, 'chwe mis'], [12, 'deuddeg mis'], [18, 'deunaw mis'], [24, '24 mis'],
  ])('%i months: %s', (n, said) => {
    expect(welshCount(n, MIS)).toBe(said);
  });

  it.each([
    // The mutations themselves, on nouns that show them.
    [{ word: 'ceiniog', gender: 'fem' as const }, 1, 'un geiniog'], [{ word: 'llaw', gender: 'fem' as const }, 1, 'un llaw'],
    [{ word: 'plentyn', gender: 'masc' as const }, 2, 'dau blentyn'], [{ word: 'peth', gender: 'masc' as const }, 3, 'tri pheth'],
    [{ word: 'cath', gender: 'fem' as const }, 3, 'tair cath'], [{ word: 'ceiniog', gender: 'fem' as const }, 6, 'chwe cheiniog'],
    [{ word: 'tŷ', gender: 'masc' as const }, 5, 'pum tŷ'], [{ word: 'chwaer', gender: 'fem' as const }, 2, 'dwy chwaer'],
  ])('%j × %i: %s', (noun, n, said) => {
    expect(welshCount(n, noun)).toBe(said);
  });

  it('has no word outside one to twenty, nor for fractions', () => {
    expect([0, 21, -1, 2.5].map((n) => welshNumber(n))).toEqual([null, null, null, null]);
  });

  it.each([
    [1, 'one'], [5, 'five'], [9, 'nine'], [10, '10'], [20, '20'], [0, '0'],
  ])('English: %i is %s (words to nine, digits from 10)', (n, said) => {
    expect(englishNumber(n)).toBe(said);
  });
});

describe('counts in sentences, through the locales', () => {
  const i18n = createI18n();
  const cy = i18n.getFixedT('cy');
  const en = i18n.getFixedT('en');
  it.each([
    [{ n: 5, unit: 'working_days' as const }, 'pum diwrnod gwaith', 'five working days'],
    [{ n: 1, unit: 'working_days' as const }, 'un diwrnod gwaith', 'one working day'],
    [{ n: 2, unit: 'working_days' as const }, 'dau ddiwrnod gwaith', 'two working days'],
    [{ n: 10, unit: 'working_days' as const }, 'deg diwrnod gwaith', '10 working days'],
    [{ n: 20, unit: 'working_days' as const }, 'ugain diwrnod gwaith', '20 working days'],
    [{ n: 25, unit: 'working_days' as const }, '25 diwrnod gwaith', '25 working days'],
    [{ n: 8, unit: 'weeks' as const }, 'wyth wythnos', 'eight weeks'],
    [{ n: 2, unit: 'weeks' as const }, 'dwy wythnos', 'two weeks'],
    [{ n: 2, unit: 'months' as const }, 'dau fis', 'two months'],
    [{ n: 12, unit: 'months' as const }, 'deuddeg mis', '12 months'],
    [{ n: 28, unit: 'calendar_days' as const }, '28 diwrnod', '28 days'],
  ])('%j: %s / %s', (d, welsh, english) => {
    expect(duration(cy, d)).toBe(welsh);
    expect(duration(en, d)).toBe(english);
  });

  it.each([
    [{ status: 'due_in' as const, workingDays: 6 }, 'ymhen chwe diwrnod gwaith', 'six working days from today'],
    [{ status: 'due_in' as const, workingDays: 2 }, 'ymhen dau ddiwrnod gwaith', 'two working days from today'],
    [{ status: 'due_in' as const, workingDays: 1 }, 'ymhen un diwrnod gwaith', 'one working day from today'],
    [{ status: 'overdue' as const, workingDays: 3 }, 'tri diwrnod gwaith yn ôl', 'three working days ago'],
    [{ status: 'overdue' as const, workingDays: 23 }, '23 diwrnod gwaith yn ôl', '23 working days ago'],
    [{ status: 'due_today' as const, workingDays: 0 as const }, 'heddiw', 'today'],
  ] as Array<[DueStatus, string, string]>)('%j: %s / %s', (s, welsh, english) => {
    expect(dueText(cy, s)).toBe(welsh);
    expect(dueText(en, s)).toBe(english);
  });
});
