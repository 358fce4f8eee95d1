import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { dangerTime } from '../../src/triage/flag-time';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, sixth safety pass (docs/triage/flags.md): a flag cue counts only where its own
// sentence tells the danger as now, or tells no time at all. Sentences written for these tests,
// in both languages; each table holds near misses that must keep their flag.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const read = (text: string) => rules.classify(text, profile, {}, { today: '2026-11-23' });
const forms = (text: string) => rules.analyse(text).tokens.map((t) => t.form);

describe('dangerTime: the time a sentence tells', () => {
  it.each([
    ['There is water pouring through the light right now', 'now'],
    ['The alarm went off last night', 'now'],
    ['It is still sparking', 'now'],
    ['Mae’r nenfwd yn diferu eto heno', 'now'],
    ['Mae o’n dal i ollwng ar hyn o bryd', 'now'],
    ['The flat flooded back in 2019', 'past'],
    ['Last October the carbon monoxide alarm went off', 'past'],
    ['We had a break-in two years ago', 'past'],
    ['We were burgled last spring and we are still waiting for a new door', 'past'],
    ['Roedd tân yn y bloc y llynedd', 'past'],
    ['Daeth y nenfwd i lawr fis Chwefror', 'past'],
    ['Water has come through the ceiling for months', 'chronic'],
    ['The door has been broken since April', 'chronic'],
    ['It has flooded seven times', 'chronic'],
    ['Mae dŵr wedi dod drwy’r to ers misoedd', 'chronic'],
    ['There is a smell of gas in the kitchen', 'untold'],
    ['Mae ogla nwy yn y gegin', 'untold'],
  ])('%s → %s', (text, when) => {
    expect(dangerTime(forms(text))).toBe(when);
  });

  it('reads "if" only just before the danger, and not "os gwelwch yn dda"', () => {
    expect(dangerTime(forms('if there was a fire'), forms('if there was a'))).toBe('if');
    expect(dangerTime(forms('rhag ofn bod tân'), forms('rhag ofn bod'))).toBe('if');
    expect(dangerTime(forms('dewch os gwelwch yn dda mae tân'), forms('dewch os gwelwch yn dda mae'))).toBe('untold');
  });

  it('for a person at risk, a month alone is not history', () => {
    expect(dangerTime(forms('I asked to move in May because my ex knows where I live'))).toBe('past');
    expect(dangerTime(forms('I asked to move in May because my ex knows where I live'), [], true)).toBe('untold');
    expect(dangerTime(forms('Gofynnais am symud ym mis Mai achos bod o’n gwybod lle dw i’n byw'), [], true)).toBe('untold');
    expect(dangerTime(forms('They put poison through the door last year'), [], true)).toBe('past');
  });
});

describe('urgent: a flag cue told as history, months long or a fear is no emergency now', () => {
  it.each([
    // History, the time a sentence away from the emergency word
    'Last October my carbon monoxide alarm went off, the engineers capped the supply and nobody came for three days.',
    'The drains flooded my bathroom back in 2013 and ruined my carpet. I would like compensation now.',
    'After we were burgled last spring you promised us a new front door and we are still waiting.',
    'Y llynedd mi ddaeth y nenfwd i lawr yn y gegin a does neb wedi talu am y difrod.',
    'Ym mis Medi 2021 mi glywodd y peiriannydd ogla nwy wrth y falf a diffodd y cyflenwad.',
    // Months long: a repair and a complaint
    'Water has been coming through my bathroom ceiling for months and nobody will say whose job it is.',
    'Raw sewage has come up in the garden seven times since April.',
    'Mae dŵr yn dod drwy nenfwd y stafell molchi ers 2019 a does neb yn gwrando.',
    // A fear of what could happen
    'The fire door is wedged open. If there is ever a fire the whole corridor will fill with smoke.',
    'Beth yw’r drefn os oes tân yn y bloc?',
  ])('%s', (text) => {
    expect(read(text).urgent).toBe(false);
  });

  it.each([
    // The same emergencies told as now
    'My carbon monoxide alarm is going off right now.',
    'The bathroom flooded this morning and water is coming through the ceiling into the light.',
    'Someone broke in last night and the back door will not lock.',
    'Mae’r nenfwd wedi dod i lawr yn y gegin heno.',
    'Mae ogla nwy cryf yn y gegin.',
    // A long story with the danger back today
    'The roof leaked in 2019 and it was fixed. Today water is pouring through the ceiling light.',
    'Mi wnaeth y to ollwng y llynedd. Heddiw mae dŵr yn dod drwy’r golau.',
    // Gas and electrics are never made safe by time
    'I have been smelling gas in the hall for weeks.',
    'Dw i wedi arogli nwy yn y cyntedd ers wythnosau.',
    // "Os gwelwch yn dda" is please, not if
    'Dewch os gwelwch yn dda, mae ogla nwy yn y gegin.',
    // "Since" a thing happened, or since last night, is no span of months
    'Water has been pouring through the ceiling since last night.',
    'Mae dŵr yn dod drwy’r nenfwd ers neithiwr.',
    // Back after a fix: the fix's month is not the danger's
    'They capped the gas in March and it is back, I can smell gas in the kitchen.',
  ])('%s keeps its flag', (text) => {
    expect(read(text).urgent).toBe(true);
  });
});

describe('a person at risk: history settles the emergency, not the safeguarding', () => {
  it('a threat placed a year ago is no emergency now', () => {
    const r = read('They put poison through our letterbox last year. You moved us, but I want to know why it took so long.');
    expect(r.urgent).toBe(false);
  });
  it.each([
    'I asked to move in May because my ex knows where I live. He has been outside the house three times since.',
    'Gofynnais am gael symud ym mis Mai achos bod fy nghyn-bartner yn gwybod lle dw i’n byw.',
    'He hit me again tonight and I am frightened.',
    // A threat is told as a condition: "if" settles the home's emergencies, never a person's
    'She says if I tell anyone she is going to kill me.',
  ])('%s keeps both flags', (text) => {
    const r = read(text);
    expect(r.urgent).toBe(true);
    expect(r.safeguarding).toBe(true);
  });
  it('a safeguarding cue told as history is still safeguarding', () => {
    expect(read('My partner was violent and he hit me last year, and I have been scared since.').safeguarding).toBe(true);
  });
});
