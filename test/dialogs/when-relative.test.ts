import { describe, expect, it } from 'vitest';
import { question } from '../../dialogs/intake/questions';
import { say } from '../../dialogs/intake/render';
import { createI18n } from '../../src/i18n';
import { whenText } from '../../src/i18n/when-text';
import { createProfileRegistry } from '../../src/policy/profiles';
import { calendarForProfile } from '../../src/deadlines';
import type { IntakeAnswers } from '../../src/cases/intake';
import { all, chat } from '../bot/harness';

/**
 * Times the resident gives relative to now ("3 weeks ago", "ers tair wythnos", "since last
 * month") are said back as they would recognise them, counted from the server's date (Monday 23
 * November 2026 here), never as a month alone ("since about November 2026" for three weeks ago,
 * found by trial9) nor as a day they did not give ("Monday 2 November 2026" for "a few weeks ago").
 */
const i18n = createI18n();
const profile = createProfileRegistry().get('housing-ombudsman-code');
const calendar = calendarForProfile(profile);

function read(text: string, lang: 'en' | 'cy') {
  const a: IntakeAnswers = {};
  const r = question('when').parse(text, a, { profile, calendar, lang, today: '2026-11-23' });
  if (!r.ok) throw new Error(`not read: ${text}`);
  const t = i18n.getFixedT(lang);
  return { noted: (r.say ?? []).map((s) => say(t, lang, s)).join(' '), summary: whenText(t, lang, a.when!), when: a.when! };
}

describe('a time given relative to now is said back as the resident gave it', () => {
  it.each([
    ['3 weeks ago', 'en', "Thank you. I've noted it was about three weeks ago, around 2 November 2026.", 'about 2 November 2026'],
    ['tair wythnos yn ôl', 'cy', 'Diolch. Rydw i wedi nodi mai tua 2 Tachwedd 2026 oedd hyn, sef tair wythnos yn ôl.', 'tua 2 Tachwedd 2026'],
    ['ers tair wythnos', 'cy', "Diolch — rydw i wedi nodi bod hyn wedi dechrau tua 2 Tachwedd 2026, sef tair wythnos yn ôl, a'i fod yn dal i ddigwydd.", 'ers tua 2 Tachwedd 2026, yn parhau'],
    ['for 3 weeks', 'en', "Thank you — I've noted this started about three weeks ago, around 2 November 2026, and is still happening.", 'since about 2 November 2026, ongoing'],
    // Hedged, "for about a fortnight" still runs to now.
    ['for about a fortnight', 'en', "Thank you — I've noted this started about two weeks ago, around 9 November 2026, and is still happening.", 'since about 9 November 2026, ongoing'],
    ['ers pythefnos', 'cy', "Diolch — rydw i wedi nodi bod hyn wedi dechrau tua 9 Tachwedd 2026, sef pythefnos yn ôl, a'i fod yn dal i ddigwydd.", 'ers tua 9 Tachwedd 2026, yn parhau'],
    ['3 months ago', 'en', "Thank you. I've noted it was about three months ago, around August 2026.", 'about August 2026'],
    ['tua 6 mis yn ôl', 'cy', 'Diolch. Rydw i wedi nodi mai tua mis Mai 2026 oedd hyn, sef chwe mis yn ôl.', 'tua mis Mai 2026'],
    ['ers dwy flynedd', 'cy', "Diolch — rydw i wedi nodi bod hyn wedi dechrau tua mis Tachwedd 2024, sef dwy flynedd yn ôl, a'i fod yn dal i ddigwydd.", 'ers tua mis Tachwedd 2024, yn parhau'],
    ['a month ago', 'en', "Thank you. I've noted it was about a month ago, around October 2026.", 'about October 2026'],
    // Named months and last month: the month, as before.
    ['since last month', 'en', "Thank you — I've noted this started in October 2026 and is still happening.", 'since October 2026, ongoing'],
    ['ers mis Medi', 'cy', "Diolch — rydw i wedi nodi bod hyn wedi dechrau ym mis Medi 2026 a'i fod yn dal i ddigwydd.", 'ers mis Medi 2026, yn parhau'],
    ['o fis Mawrth', 'cy', 'Diolch. Rydw i wedi nodi mis Mawrth 2026.', 'mis Mawrth 2026'],
    // A week is a week, not its Monday.
    ['last week', 'en', "Thank you. I've noted the week of 16 November 2026.", 'the week of 16 November 2026'],
    ['wythnos diwethaf', 'cy', 'Diolch. Rydw i wedi nodi wythnos 16 Tachwedd 2026.', 'wythnos 16 Tachwedd 2026'],
    ['since last week', 'en', "Thank you — I've noted this started in the week of 16 November 2026 and is still happening.", 'since the week of 16 November 2026, ongoing'],
    // A guess has no day to give.
    ['a few weeks ago', 'en', "Thank you. I've noted it was around November 2026.", 'around November 2026'],
    ['ychydig wythnosau yn ôl', 'cy', 'Diolch. Rydw i wedi nodi mai tua mis Tachwedd 2026 oedd hyn.', 'tua mis Tachwedd 2026'],
    // Days given exactly stay days, with the weekday mutated after "dechrau".
    ['ers deuddydd', 'cy', "Diolch — rydw i wedi nodi bod hyn wedi dechrau ddydd Sadwrn 21 Tachwedd 2026 a'i fod yn dal i ddigwydd.", 'ers dydd Sadwrn 21 Tachwedd 2026, yn parhau'],
    ['ers dydd Llun', 'cy', "Diolch — rydw i wedi nodi bod hyn wedi dechrau ddydd Llun 16 Tachwedd 2026 a'i fod yn dal i ddigwydd.", 'ers dydd Llun 16 Tachwedd 2026, yn parhau'],
    ['yesterday', 'en', "Thank you. I've noted Sunday 22 November 2026.", 'Sunday 22 November 2026'],
  ] as const)('"%s" (%s)', (text, lang, noted, summary) => {
    const r = read(text, lang);
    expect(r.noted).toBe(noted);
    expect(r.summary).toBe(summary);
  });

  it('answers stored before the count back was kept read as before', () => {
    const t = i18n.getFixedT('en');
    expect(whenText(t, 'en', { text: 'ers tair wythnos', date: '2026-11-02', precision: 'approx', ongoing: true })).toBe('since about November 2026, ongoing');
  });
});

describe('relative times are counted from the server clock, never the client timestamp', () => {
  it.each([
    { lang: 'en', description: 'The boiler has been broken and nobody came', where: 'Flat 3, 12 Park Road', when: 'for 3 weeks', expected: /about three weeks ago, around 2 November 2026, and is still happening/ },
    { lang: 'cy', description: "Mae'r boeler wedi torri a does neb wedi dod", where: 'Fflat 3, 12 Heol y Parc', when: 'ers tair wythnos', expected: /wedi dechrau tua 2 Tachwedd 2026, sef tair wythnos yn ôl/ },
  ] as const)('$lang: "$when" with a client claiming January', async ({ lang, description, where, when, expected }) => {
    const c = chat();
    const wrong = { timestamp: new Date('2026-01-05T10:00:00Z'), localTimestamp: new Date('2026-01-05T10:00:00Z') };
    await c.say(lang === 'en' ? 'hello' : 'helo', wrong);
    await c.say(lang === 'en' ? 'English' : 'Cymraeg', wrong);
    await c.say(description, wrong);
    await c.say(where, wrong);
    expect(all(await c.say(when, wrong))).toMatch(expected);
  });
});
