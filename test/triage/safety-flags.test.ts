import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createRuleClassifier } from '../../src/triage/rules';
import { flagThreshold, NEVER, type FlagRow } from '../../src/triage/train';
import type { UrgentTopic } from '../../src/triage/types';

// The safety flags' cue rules (issue #19): urgent and safeguarding recall matters more than
// anything, and a flag raised for an emergency that is not one teaches residents to ignore them.
// Sentences are written for these tests, in a resident's words, not taken from the corpora.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const shipped = defaultClassifier();
const ruled = (text: string) => rules.classify(text, profile, {}, { today: '2026-11-23' });

describe('urgent: danger to health or safety now', () => {
  it.each<[string, UrgentTopic]>([
    ['The ceiling in the back bedroom is sagging badly with water and creaking', 'water'],
    ['Part of the ceiling came down in the hall this morning', 'water'],
    ['There is sewage coming up through the toilet and onto the floor', 'water'],
    ['Water is dripping into the light fitting on the landing', 'water'],
    ['Mae carthffosiaeth yn dod i fyny trwy’r bath', 'water'],
    ['Mae dŵr yn dod drwy’r nenfwd ac i mewn i’r golau', 'water'],
    ['Mae darn o’r nenfwd wedi dod i lawr yn y gegin', 'water'],
    ['I keep smelling gas near the meter cupboard', 'gas'],
    ['Our CO alarm keeps beeping in the hall', 'gas'],
    ['Dw i’n arogli nwy yn y lolfa', 'gas'],
    ['The socket by the bed is hot to touch and crackling', 'electric'],
    ['Mae’r soced yn boeth ac yn llosgi', 'electric'],
    ['My nan is 92 and the radiators are stone cold, it is 3 degrees out', 'no_heat_vulnerable'],
    ['Mae Taid yn byw ar ei ben ei hun a’r gwres wedi torri', 'no_heat_vulnerable'],
    ['Someone broke in last night and the back door will not lock now', 'security'],
    ['He hit me again tonight and I am frightened', 'person_at_risk'],
    ['My ex was outside the house last night banging on the window', 'person_at_risk'],
    ['Mae e wedi fy nharo i eto neithiwr', 'person_at_risk'],
    ['Roedd fy nghyn-bartner tu allan i’r drws neithiwr', 'person_at_risk'],
    ['Sometimes I think about taking my life', 'person_at_risk'],
    ['Dw i wedi meddwl am gymryd fy mywyd', 'person_at_risk'],
    ['The man at number 9 has not been seen for a week and his post is piling up', 'person_at_risk'],
  ])('%s → %s', (text, topic) => {
    const r = ruled(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain(topic);
  });

  it.each([
    // A setting that is not an emergency now.
    'The fire door on our floor does not close properly',
    'If there was a fire we would never get out, the stairwell is full of rubbish',
    'Mae’r drws tân ar y landin wedi torri',
    'Gofynnais am asesiad risg tân a ches i ddim ateb',
    'The fire alarm in the corridor goes off every night for no reason',
    'Weed smoke coming through the vents from next door every evening',
    'We had no heating for a month last winter and nobody apologised',
    'Roedd dim gwres gyda ni am fis y llynedd',
    'Your contractors flooded my kitchen in March and ruined the units, I want them paid for',
    'The garden flooded back in 2019 and I lost my shed',
    'The engineer capped off the gas smell yesterday, now I need a new cooker',
    'Black mould on the window frames again',
    // A lock or door alone is a repair, however annoying.
    'My front door lock is broken and I cannot lock it at night',
    'Dydy’r drws ffrynt ddim yn cloi ers wythnos',
  ])('not urgent: %s', (text) => {
    expect(ruled(text).urgent).toBe(false);
  });

  it('a cue outside the not-now setting still counts in the same message', () => {
    expect(ruled('The fire door is broken and now there is smoke pouring out of the flat below').urgentTopics).toContain('fire');
    expect(ruled('The engineer capped it yesterday but I can still smell gas in the kitchen').urgentTopics).toContain('gas');
    expect(ruled('We have had no heating for nine days and my wife is 79 with COPD').urgentTopics).toContain('no_heat_vulnerable');
  });
});

describe('safeguarding: someone at risk of harm', () => {
  it.each([
    'Some nights I think about taking my own life',
    'The lads on the corner shout racist abuse at my kids every day',
    'He threatened my daughter in the stairwell',
    'I don’t feel my children are safe in this block any more',
    'Mae o wedi sôn am frifo’i hun',
    'Mae’r cymdogion yn gweiddi pethau hiliol arna i',
    'Ymosododd e arna i ar y grisiau',
  ])('%s', (text) => {
    expect(ruled(text).safeguarding).toBe(true);
  });

  it.each([
    'The service charge keeps going up every year',
    'Mae’r plastr yn swnio’n wag pan dw i’n ei daro',
    'The operative was rude to me on the phone',
  ])('not safeguarding: %s', (text) => {
    expect(ruled(text).safeguarding).toBe(false);
  });

  it('the shipped classifier keeps the rules’ reading of these', () => {
    expect(shipped.classify('Dw i wedi meddwl am gymryd fy mywyd', profile, {}, { today: '2026-11-23' })).toMatchObject({ urgent: true, safeguarding: true });
    expect(shipped.classify('The fire door on our floor does not close properly', profile, {}, { today: '2026-11-23' }).urgentTopics).not.toContain('fire');
  });
});

describe('the flag model’s threshold: at most 1 false alarm in 20 it adds', () => {
  const rows = (spec: Array<[p: number, yes: boolean, ruled?: boolean]>): FlagRow[] => spec.map(([p, yes, r]) => ({ p, yes, ruled: r ?? false }));

  it.each<[string, FlagRow[], number]>([
    ['every true flag above every false one: the lowest threshold that still leaves the false ones out', rows([[0.95, true], [0.9, true], [0.3, false], [0.2, false]]), 0.35],
    ['one false among 20 added is allowed', rows([...Array.from({ length: 19 }, () => [0.6, true] as [number, boolean]), [0.6, false], [0.1, false]]), 0.12],
    ['one false among 10 is not: the model waits above it', rows([...Array.from({ length: 9 }, () => [0.85, true] as [number, boolean]), [0.55, false]]), 0.6],
    ['flags the rules raise are not the model’s to answer for', rows([[0.9, false, true], [0.9, true]]), 0.05],
    ['a false alarm above every true one: the model adds nothing', rows([[0.99, false], [0.5, true]]), NEVER],
  ])('%s', (_, given, expected) => {
    expect(flagThreshold(given)).toBe(expected);
  });
});
