import { describe, expect, it } from 'vitest';
import { question } from '../../dialogs/intake/questions';
import { createProfileRegistry } from '../../src/policy/profiles';
import { calendarForProfile } from '../../src/deadlines';
import type { IntakeAnswers } from '../../src/cases/intake';

/**
 * "What would you like to happen?" and "Is there anything we can do to make this easier?" answered
 * with a bare yes or no (found by redteam12: "yes" was filed as the outcome the resident wanted, in
 * their own words). The first bare answer is asked about once; a second is taken as written, so
 * nobody is held at a question they cannot answer.
 */
const profile = createProfileRegistry().get('housing-ombudsman-code');
const calendar = calendarForProfile(profile);
const parse = (id: 'outcomes' | 'adjustments', text: string, attempt = 0) => {
  const a: IntakeAnswers = {};
  const r = question(id).parse(text, a, { profile, calendar, lang: 'en', today: '2026-11-23', attempt });
  return { r, a };
};

describe('a bare yes or no to the outcome question is asked about once', () => {
  it.each(['yes', 'Yes.', 'ok', 'ia', 'yndi', 'no', 'na', 'nope'])('%s', (text) => {
    expect(parse('outcomes', text).r).toEqual({ ok: false, retryKey: 'outcomes_which' });
    expect(parse('outcomes', text, 1).r.ok).toBe(true);
  });
  it.each([
    ['1 and 3', undefined],
    // A number picks a choice: it is not a yes, though "1" answers yes to a yes-or-no list.
    ['1', undefined],
    ['2', undefined],
    ['yes, fix the damp and say sorry', 'yes, fix the damp and say sorry'],
    ['an apology', undefined],
  ])('an answer that says what: %s', (text, own) => {
    const { r, a } = parse('outcomes', text);
    expect(r.ok).toBe(true);
    expect(a.outcomes?.text).toBe(own);
  });
});

describe('a bare yes to the adjustments question is asked which; no still means none', () => {
  it.each(['yes', 'yep', 'ia', 'oes', 'ok'])('%s', (text) => {
    expect(parse('adjustments', text).r).toEqual({ ok: false, retryKey: 'adjustments_which' });
  });
  it.each(['no', 'none', 'dim', 'na', 'nac oes'])('%s is none', (text) => {
    const { r, a } = parse('adjustments', text);
    expect(r.ok).toBe(true);
    expect(a.adjustments).toEqual({ codes: [] });
  });
  it.each(['1', '2', '10'])('the choice %s is taken', (text) => {
    const { r, a } = parse('adjustments', text);
    expect(r.ok).toBe(true);
    expect(a.adjustments?.codes.length).toBe(1);
  });
  it('large print, said in words, is taken', () => {
    const { r, a } = parse('adjustments', 'yes, large print please');
    expect(r.ok).toBe(true);
    expect(a.adjustments?.codes.length ?? 0).toBeGreaterThan(0);
  });
});

describe('a bare yes or no to "What has gone wrong?" is asked again once, not filed as the complaint', () => {
  // Two letters or fewer ("ia", "no") are asked again already, as too short to be a description.
  it.each(['yes', 'Yes.', 'yep', 'nope', 'naddo', 'yes please'])('%s', (text) => {
    const a: IntakeAnswers = {};
    const r = question('description').parse(text, a, { profile, calendar, lang: 'en', today: '2026-11-23', attempt: 0 });
    expect(r).toEqual({ ok: false, retryKey: 'description_bare', asks: true });
    expect(a.description).toBeUndefined();
  });
  it('a second bare answer is taken as written, and a real description at once', () => {
    const a: IntakeAnswers = {};
    expect(question('description').parse('yes', a, { profile, calendar, lang: 'en', today: '2026-11-23', attempt: 1 }).ok).toBe(true);
    const b: IntakeAnswers = {};
    expect(question('description').parse('yes the boiler is broken', b, { profile, calendar, lang: 'en', today: '2026-11-23', attempt: 0 }).ok).toBe(true);
  });
});
