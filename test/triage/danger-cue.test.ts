import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { dangerNamed } from '../../src/triage/hazard';
import { createRuleClassifier } from '../../src/triage/rules';

const profile = createProfileRegistry().get('housing-ombudsman-code');
const classifier = defaultClassifier();
const rules = createRuleClassifier();

/**
 * The hazard cue (cues.ts hazard, hazard_person, hazard_cold with hazard_frail) read alone: which
 * words name a hazard, and which near misses name none. `about` null: no hazard named.
 */
const rows: Array<[string, 'home' | 'person' | null]> = [
  ['The wiring in the hall cupboard is hanging down', 'home'],
  ['Water is dripping next to the kitchen light', 'home'],
  ['My front door will not lock', 'home'],
  ['There is a bit of smoke from the back of the cooker', 'home'],
  ['The carbon monoxide tester is flashing', 'home'],
  ['Sewage in the garden again', 'home'],
  ['The bedroom ceiling is sagging a bit', 'home'],
  ['No heating and my mum is 88 and poorly', 'home'],
  // An age or a grandparent beside no heat (found trying the bot, eleventh session).
  ['The boiler in my flat has been broken for two weeks, my mum is 80 and cold', 'home'],
  ['No heating, my dad is in his 90s', 'home'],
  ['The heating is not working and my nan lives with us', 'home'],
  ["Mae'r boeler wedi torri ac mae mam yn 85 oed", 'home'],
  ['Dim gwres ac mae Nain yn byw efo ni', 'home'],
  ['Dim gwres ac mae gan dad gyflwr ar y galon', 'home'],
  ['My son got hurt on the broken step outside', 'person'],
  ['I feel scared in my own flat', 'person'],
  ['The man upstairs threatened me', 'person'],
  ["Dydy'r drws ffrynt ddim yn cloi", 'home'],
  ['Mae gwifrau yn hongian yn y cwpwrdd', 'home'],
  ["Mae dŵr yn diferu wrth y golau", 'home'],
  ['Mae ogla nwy bach yn y gegin', 'home'],
  ['Dim gwres ac mae gen i fabi bach', 'home'],
  ['Mae fy mab wedi brifo ar y gris', 'person'],
  ["Mae gen i ofn yn y fflat", 'person'],
  // Near misses: a hazard word that names no hazard now.
  ['I have a question about my gas bill', null],
  ['I want to give you my electricity meter reading', null],
  ['There was a fire door inspection last year', null],
  ['The smoke alarm was fitted', null],
  ['Please fix my kitchen cupboard door, the hinge is loose', null],
  ['We had a gas leak last year but it was fixed', null],
  ['Mae gen i gwestiwn am fy mil nwy', null],
  ["Dw i eisiau rhoi darlleniad y mesurydd trydan", null],
  ['Gosodwyd larwm mwg newydd llynedd', null],
  ['Mae angen trwsio drws y cwpwrdd', null],
  // A number that is no age, and an age with no cold.
  ['No hot water at number 85 Heol y Bryn, please send someone', null],
  ["I've been waiting 80 days for someone to look at the garden fence", null],
  ['My nan is 90 and would like to know about the garden scheme', null],
  ['Mae Nain yn 90 oed ac eisiau gwybod am y cynllun gardd', null],
  // "diolch o galon" (heartfelt thanks) names no one with a heart condition (words9 found it).
  ["Dim dŵr poeth yn y gegin, diolch o galon am eich help", null],
];

describe('the hazard cue', () => {
  it.each(rows)('%s → %s', (text, about) => {
    const named = dangerNamed(rules.analyse(text).hits);
    expect(named?.about ?? null).toBe(about);
    if (about) expect(named!.signals.length).toBeGreaterThan(0);
  });
});

/**
 * The fifth safety pass's second-net words (issue #19), written from the categories (water that
 * will not stop, an appliance doing what it must not, a shock by another name, sewage, a growing
 * crack, and the urgent categories it did not hold (a flood or burst, water from above, no
 * supply, a break-in); marks of harm, being kept in, the signs before suicide, someone not seen, a child without
 * care, a threat of what someone will do), with near misses that share a word and name no hazard.
 */
const fifthPass: Array<[string, 'home' | 'person' | null]> = [
  ['Water is gushing out from under the bath', 'home'],
  ["I can't find the stopcock and the kitchen is filling up", 'home'],
  ['The oven is hissing and I have turned everything off', 'home'],
  ['I get a tingle when I touch the kettle switch', 'home'],
  ['Effluent in the back garden by the kids swing', 'home'],
  ['The drain outside the back door is overflowing', 'home'],
  ['The crack above the window is getting bigger every day', 'home'],
  ["Mae dŵr yn pistyllio o'r nenfwd", 'home'],
  ["Dw i'n methu ffeindio'r stopfalf", 'home'],
  ["Mae'r popty yn hisian", 'home'],
  ["Mae'r draen tu allan yn gorlifo", 'home'],
  ['She has bruises on her arms again', 'person'],
  ['Her partner locks her in the flat when he goes out', 'person'],
  ["I've written goodbye letters", 'person'],
  ['My neighbour has not been seen for days and her post is piling up', 'person'],
  ['The toddler next door is on his own all day', 'person'],
  ["He said he'd kill me if I told anyone", 'person'],
  ['Mae ganddi gleisiau ar ei breichiau', 'person'],
  ["Mae o'n fy nghloi i yn y tŷ", 'person'],
  ["Dw i wedi ysgrifennu llythyr ffarwel", 'person'],
  ['Dydw i heb ei gweld hi ers dyddiau', 'person'],
  // The urgent categories the question did not hold: a flood or burst, water from above, no supply, a break-in.
  ['The kitchen is flooded', 'home'],
  ['A pipe has burst under the sink', 'home'],
  ['Water is coming through the ceiling from upstairs', 'home'],
  ['We have no electricity at all', 'home'],
  ['Someone broke in and the back door is hanging', 'home'],
  ["Mae'r gegin dan ddŵr", 'home'],
  ["Mae peipen wedi byrstio yn y gegin", 'home'],
  ['Dim trydan yn y fflat', 'home'],
  ["Mae rhywun wedi torri i mewn", 'home'],
  // Near misses: the same words, no hazard.
  ['The kitchen flooded in 2019 and was put right', null],
  ['No hot water since Monday', null],
  ['Dim dŵr poeth ers dydd Llun', null],
  ['The water pressure in the shower is low', null],
  ['The crack in the plaster has been filled', null],
  ['Mae angen glanhau y draen', null],
  ['We said goodbye to the old housing officer', null],
  ['The locksmith locked up after himself', null],
  ['Baw llygod yn y cwpwrdd', null],
];

describe('the hazard cue, fifth pass', () => {
  it.each(fifthPass)('%s → %s', (text, about) => {
    expect(dangerNamed(rules.analyse(text).hits)?.about ?? null).toBe(about);
  });
});

describe('confirmDanger on the triage result', () => {
  it('is set, with the words behind it, where a hazard is named and no flag raised', () => {
    const r = classifier.classify('Water is dripping next to the kitchen light', profile);
    expect(r.urgent || r.safeguarding).toBe(false);
    expect(r.confirmDanger).toBe('home');
    expect(r.signals).toContainEqual(expect.objectContaining({ cue: 'hazard', source: 'text' }));
  });
  it('is never set where a flag was raised', () => {
    for (const text of ['There is a strong smell of gas in my kitchen', 'Mae arogl nwy cryf yn y gegin', 'Sparks are coming out of the socket']) {
      const r = classifier.classify(text, profile);
      expect(r.urgent || r.safeguarding).toBe(true);
      expect(r.confirmDanger).toBeUndefined();
    }
  });
  it('is not set for the near misses', () => {
    for (const [text, about] of rows) if (about === null) expect(classifier.classify(text, profile).confirmDanger).toBeUndefined();
  });
});
