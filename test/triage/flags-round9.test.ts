import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { clausesOf } from '../../src/triage/hazard';
import { absentHazardIn } from '../../src/triage/negation-scope';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, ninth safety pass (docs/triage/flags.md). Sentences written for these tests, in both
// languages, never copied from a corpus; each table holds near misses that must keep (or must not
// gain) what they had, so a rule that simply added or dropped a flag or a question would fail.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const read = (text: string) => rules.classify(text, profile, {}, { today: '2026-12-07' });
const shipped = defaultClassifier();
const result = (text: string) => shipped.classify(text, profile, {}, { today: '2026-12-07' });

describe('a gas or fire hazard told as absent is no emergency now; doubt about it still is', () => {
  it.each([
    ['There is not a gas smell in the flat, the boiler just will not fire up.', false],
    ['Nobody smelt a gas leak when the engineer came, we just have no hot water.', false],
    ['It does not smell of gas any more, the cooker has been disconnected.', false],
    ['I have never smelt gas in the kitchen, it is the damp I am writing about.', false],
    ['The flat is not on fire, I only burnt some toast.', false],
    ["Dw i ddim yn gallu clywed arogl nwy, ond dim dŵr poeth sydd gyda ni.", true], // "ond" goes on: kept (cautious)
    ["Sa i'n gallu clywed arogl nwy, y boeler sy wedi torri.", false],
    ['Does dim ogla nwy yn y gegin, y popty sydd ddim yn gweithio.', false],
    ["Dw i erioed wedi arogli nwy yn y tŷ, y lleithder yw'r broblem.", false],
    // Hard positives: doubt about gas is a gas emergency; a "not" about something else leaves it.
    ["I can't tell if it's gas but there is a smell of gas in the hall.", true],
    ['Not sure but I think I smell gas in the kitchen.', true],
    ["I don't know if it is a gas leak, there is a gas smell by the meter.", true],
    ['Nobody has come about the gas leak and the smell of gas is getting worse.', true],
    ["It didn't smell of gas until this morning, now the smell of gas is strong.", true],
    ['No gas smell upstairs. Strong smell of gas in the kitchen though.', true],
    // "back in" after "is" is a hazard returned, not "back in 2019" (a setting that settled it before this pass).
    ['So the smell of gas is back in the kitchen.', true],
    ["The gas smell it's back in the hallway again tonight.", true],
    ['We had a gas leak back in 2019 but the damp is the problem now.', false],
    ["Dw i ddim yn siŵr, ond dw i'n meddwl bod arogl nwy yn y gegin.", true],
    ["Dwn i ddim os mai nwy ydy o, ond mae ogla nwy cryf yn y cyntedd.", true],
    ['Mae arogl nwy cryf yn y gegin heno.', true],
    ["Neb wedi dod ers i fi ffonio am y gollyngiad nwy, mae'r arogl nwy yn gryf.", true],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });

  it.each([
    ['nobody smelt a gas leak', 'gas leak', true],
    ['there is not a gas smell', 'gas smell', true],
    ['dim arogl nwy', 'nwy', true],
    ["sa i'n gallu clywed arogl nwy", 'arogl nwy', true],
    ['no gas smell upstairs; gas smell in the kitchen', 'gas smell', false],
    ["i can't stand the smell of gas", 'smell of gas', false],
    ['they did nothing about the gas leak', 'gas leak', false],
    ['so the gas smell is back', 'gas smell', false],
    ['the gas smell is not going away', 'gas smell', false],
  ])('absentHazardIn("%s")("%s") → %s', (text, words, absent) => {
    expect(absentHazardIn(text)(words)).toBe(absent);
  });
});

describe('safeguarding by category: a person at risk told without a harm word is asked about', () => {
  it.each([
    // someone not seen or not answering
    ["My neighbour is in her 80s and she hasn't answered the door since Thursday.", 'person'],
    ["Dydy'r ddynes drws nesa ddim wedi agor ei drws ers dydd Llun.", 'person'],
    ["Dydi Taid ddim wedi bod allan ers wythnos a mwy.", 'person'],
    // an adult left without care, food or medicine; not eating
    ['Her carers have not turned up for two days and she cannot get out of bed.', 'person'],
    ['My uncle missed his insulin yesterday because the pharmacy delivery never came.', 'person'],
    ["Does neb yn siopa iddi ers i'w merch symud i ffwrdd.", 'person'],
    ["Mae o wedi colli ei dabledi ers dydd Sadwrn.", 'person'],
    ["My brother isn't eating and won't open his post.", 'person'],
    // money taken, a home used by others
    ['A man from the pub has been taking him to the cash machine on benefit day.', 'person'],
    ["Mae dynion dieithr yn dod i mewn i fflat Mrs Hughes bob nos.", 'person'],
    // control, a named person at the door, an order
    ["My sister's boyfriend is controlling, she has to ask him for money for bread.", 'person'],
    ["Mae ei gŵr yn rheoli popeth a dydy hi ddim yn cael mynd allan heb ganiatâd.", 'person'],
    ['My ex-husband turned up at the door at midnight shouting my name.', 'person'],
    ["Mae fy nghyn-bartner yn curo ar y drws heno ac yn gweiddi.", 'person'],
    ['I have a non-molestation order and he has found out my new address.', 'person'],
    // a child alone or approached; hate told as acts; nowhere to sleep
    ["Her 9-year-old is on his own in the flat most evenings.", 'person'],
    ["Mae plant bach allan ar y stryd tan hanner nos.", 'person'],
    ['Someone has been throwing bricks at our windows and shouting racist names.', 'person'],
    ["We've been evicted and have nowhere to sleep tonight with the children.", 'person'],
    ["Dw i'n cysgu yn y car gyda'r plant.", 'person'],
    // Near misses: the same words about the home or the service ask nothing.
    ['The engineer has not been out since March to look at the damp.', null],
    ['I am not allowed to see the report about my complaint.', null],
    ['Why am I not allowed a dog in a ground floor flat?', null],
    ['The repair man took the old boiler to the tip.', null],
    ["Dydy'r contractwr ddim wedi dod ers tair wythnos i drwsio'r ffenest.", null],
    ['We were told to leave the car park by the warden.', null],
  ])('%s → asked %s', (text, asked) => {
    // Reached: flagged (some of these the safeguarding cues flag already) or asked about a person.
    const r = result(text);
    expect(r.safeguarding ? 'person' : (r.confirmDanger ?? null)).toBe(asked);
  });
});

describe("clauses for the hazard beside a safeguarding concern: Welsh 'a' is 'and', English 'a' is an article", () => {
  it.each([
    ['en', "I'm scared of my ex and water is dripping near a light in the hall", ["I'm scared of my ex", 'water is dripping near a light in the hall']],
    ['en', 'My ex threatens me, there is a wire hanging from a socket', ['My ex threatens me,', 'there is a wire hanging from a socket']],
    ['cy', "Dw i ofn fy nghyn-bartner a mae dŵr yn diferu ar y golau", ['Dw i ofn fy nghyn-bartner', 'mae dŵr yn diferu ar y golau']],
    ['cy', "Mae o'n fy mygwth i ac mae'r drws ffrynt ddim yn cloi", ["Mae o'n fy mygwth i", "mae'r drws ffrynt ddim yn cloi"]],
    ['mixed', "Mae arna i ofn fy ex ac there is a leak by a socket", ['Mae arna i ofn fy ex', 'there is a leak by a socket']],
  ] as const)('%s: %s', (language, text, clauses) => {
    expect(clausesOf(text, language)).toEqual(clauses);
  });
});
