import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, seventh safety pass (docs/triage/flags.md): causes found in dev9's flag errors.
// Sentences written for these tests, in both languages; each table holds near misses that must
// keep their flag, so a rule that simply dropped the flag would fail.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const rules = createRuleClassifier();
const read = (text: string) => rules.classify(text, profile, {}, { today: '2026-11-23' });
const shipped = defaultClassifier();
const asked = (text: string) => shipped.classify(text, profile, {}, { today: '2026-11-23' }).confirmDanger ?? null;

describe('cold beside school-age children told as weeks long is a repair, asked about instead', () => {
  it.each([
    ['We have had no heating for three weeks now that the boiler is condemned, with two kids at home.', true],
    ['No heating for three weeks and my kids are at school all day, I want compensation.', false],
    ['The plumber broke the boiler and we have had no hot water since. That was a month ago. I boil the kettle for my daughter.', false],
    ['Dan ni heb wres ers pythefnos ac mae gen i dri o blant.', false],
    ['Tair wythnos heb wres na dŵr poeth efo’r plant, a neb yn ffonio nôl.', false],
    // Who is at risk decides: a baby, an old or ill person keeps the flag however long it has lasted.
    ['No heating for three weeks and my baby is four months old.', true],
    ['Dim gwres ers mis Tachwedd ac mae Dad yn 88.', true],
    ['We have had no heating since October and my son has asthma.', true],
    // Now is now: a family with children and no heat tonight is still an emergency.
    ['No heating tonight and the kids are freezing.', true],
    ['Mae’r gwres wedi torri heno a’r plant yn oer.', true],
    ['The boiler has stopped and I have two kids.', true],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });

  it('the danger question still reaches a family left without heat for weeks', () => {
    expect(asked('Dan ni heb wres ers pythefnos ac mae gen i dri o blant.')).toBe('home');
    expect(asked('No heating for three weeks and my kids are at school all day, I want compensation.')).toBe('home');
  });
});

describe('"outside … now" is a person at the door only inside one clause', () => {
  it.each([
    ['Mae drewdod o’r draen tu allan a rŵan llygod yn y gegin.', false],
    ['There are bins piled outside my door and now rats in the kitchen.', false],
    ['Roedd o tu allan i’r drws neithiwr yn gweiddi.', true],
    ['He was outside my door last night shouting.', true],
    ['Mae fy nghyn-bartner tu allan nawr.', true],
  ])('%s → safeguarding %s', (text, flagged) => {
    expect(read(text).safeguarding).toBe(flagged);
  });
});

describe('hard negatives: an alarm chirping for its battery, "sparkling", an age that keeps someone in', () => {
  it.each([
    ['The carbon monoxide alarm keeps beeping every minute, I think it is the battery.', false],
    ['The smoke alarm is chirping, the battery must be going.', false],
    ['Mae’r larwm carbon monocsid yn bipian bob munud, y batri dw i’n meddwl.', false],
    ['The carbon monoxide alarm is going off and I feel dizzy.', true],
    ['Mae’r larwm carbon monocsid yn canu ac mae gen i gur pen.', true],
    ['The stairs are sparkling since the new cleaner started, thank you.', false],
    ['Mae’r grisiau’n sparkling ers i’r glanhawr newydd ddechrau.', false],
    ['The socket behind the fridge is sparking.', true],
    ['Mae’r soced yn y gegin yn gwreichioni.', true],
    ['I’m 82 and can’t get out of the house, so the engineer has to ring first.', false],
    ['Dw i’n 79 ac yn methu gadael y tŷ heb help, felly ffoniwch cyn dod.', false],
    ['The door has jammed and I can’t get out of the flat.', true],
    ['Dw i wedi fy nghloi yn y fflat, mae’r drws wedi jamio.', true],
  ])('%s → urgent %s', (text, urgent) => {
    expect(read(text).urgent).toBe(urgent);
  });

  it('a battery chirp is not asked about either; a sounding alarm still is', () => {
    expect(asked('The smoke alarm is chirping, the battery must be going.')).toBeNull();
    expect(asked('Mae’r larwm carbon monocsid yn bipian bob munud, y batri dw i’n meddwl.')).toBeNull();
    expect(asked('The smoke alarm keeps going off and I don’t know why.')).toBe('home');
  });
});

describe('safeguarding: who is at risk, in both languages', () => {
  it.each([
    ['A man on the estate punched my son on Saturday and nobody has done anything.', true],
    ['Mae dyn o’r fflat uwchben wedi gwthio fy merch i lawr y grisiau.', true],
    ['My ex keeps coming to the door at night.', true],
    ['Mae fy nghyn-bartner yn dal i ddod at y drws ac yn bygwth.', true],
    ['The lad next door, he’s 15, keeps getting kicked out and sleeping rough.', true],
    ['Mae’r hogyn drws nesa yn cysgu allan ar y grisiau bob nos.', true],
    ['Dad has been confused all week and he isn’t answering his phone.', true],
    ['Mae Mam yn ddryslyd ers dyddiau a dydy hi ddim yn ateb y ffôn.', true],
    // Near misses: the same words about nothing that puts anyone at risk.
    ['My son pushed the button for the lift and it did nothing.', false],
    ['They kicked off about my son parking in the bay.', false],
    ['My ex-partner’s name is still on the tenancy and I want it taken off.', false],
    ['Mae enw fy nghyn-bartner yn dal ar y denantiaeth.', false],
    ['I’m confused why nobody has answered my email.', false],
    ['Dw i’n ddryslyd pam nad oes neb wedi ateb fy e-bost.', false],
  ])('%s → safeguarding %s', (text, flagged) => {
    expect(read(text).safeguarding).toBe(flagged);
  });
});
