import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, sixth kind round: exclusions and status questions. An exclusion is read only where
// its grounds are named (classify.ts GROUNDS), so each new wording is tested as a cue hit, with a
// message of the same shape that must not raise it; each new family likewise; then the readings
// the grounds make possible, by the shipped weights, in both languages.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const cues = (text: string) => rules.analyse(text).hits.map((h) => h.cue);
const families = (text: string) => [...featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false).keys()].filter((f) => f.startsWith('k:'));

describe('exclusion grounds in plain words (exclusion-cues.ts)', () => {
  it.each([
    ['other_org', 'The water company dug up the pavement and left a hole', 'The water tank in the loft is leaking'],
    ['other_org', "Mae'r cwmni dŵr wedi gadael twll yn y pafin", "Mae'r tanc dŵr yn gollwng"],
    ['other_org', 'Our whole street had a power cut last night', 'The power keeps cutting out in my kitchen'],
    ['other_org', 'Toriad pŵer ar draws y stad ers neithiwr', "Mae'r trydan yn y gegin yn diffodd o hyd"],
    ['other_org', 'The mobile signal in my flat is terrible', 'The TV aerial in my flat is broken'],
    ['other_org', "The council's housing register won't give me more priority", 'Can I go on your transfer list?'],
    ['other_org', "Mae'r cyngor wedi gwrthod rhoi lifft grisiau i mi", "Mae'r lifft yn y bloc wedi torri"],
    ['data_protection', 'Please send me a copy of everything you hold about me', 'Please send me a copy of my tenancy agreement'],
    ['data_protection', "Dw i angen gweld beth mae'r swyddog wedi'i ysgrifennu amdana i ar y system", "Dw i angen gweld y swyddog tai"],
    ['statutory_review', 'You have refused my application for a management transfer', 'You lost the papers for my transfer application'],
    ['statutory_review', "Dw i isio cymryd y denantiaeth drosodd ar ôl i Mam farw", 'Dw i isio talu fy rhent'],
    ['service_charge', 'My heating charge has nearly tripled', 'My heating has stopped working'],
    ['service_charge', "Mae'r tâl gwres wedi treblu", "Mae'r gwres wedi stopio"],
    ['policy', 'Your mutual exchange rules say I need a local connection', 'Can I do a mutual exchange?'],
    ['consumer_credit', 'I bought a cooker through your furniture scheme', 'My cooker has stopped working'],
    ['consumer_credit', "Prynais i beiriant golchi ar gredyd gennych chi", "Mae'r peiriant golchi wedi torri"],
    ['damaged_belongings', "My bed, the sofa and the kids' clothes are ruined", 'The bedroom ceiling has a crack'],
  ] as const)('%s: %j, not %j', (cue, yes, no) => {
    expect(cues(yes)).toContain(cue);
    expect(cues(no)).not.toContain(cue);
  });
});

describe('families of the sixth round (exclusion-status-families.ts)', () => {
  it.each([
    ['k:which_body', 'Someone took my bike. Is that you or the police?', 'Someone took my bike from the bike store you manage'],
    ['k:which_body', 'Our street has no power. Who do I call?', 'Our hallway light has no power'],
    ['k:which_body', "Toriad pŵer ar y stryd. Pwy dw i'n ffonio?", "Dim pŵer yn y cyntedd"],
    ['k:which_body', "Ydi hynny i chi neu'r heddlu?", "Mae'r heddlu wedi bod"],
    ['k:replace_loss', 'Your removal firm broke my TV. I want them replaced.', 'Your removal firm broke my TV.'],
    ['k:replace_loss', 'Where do I send the repair bill?', 'The repair was done on Monday'],
    ['k:replace_loss', "Dw i isio iddyn nhw gael eu newid", "Mae'r carped wedi'i newid"],
    ['k:complain_late', "It was fixed in 2020 but I never complained at the time and I'd like to now", 'The boiler broke yesterday'],
    ['k:complain_late', "Yn 2020 roedd y gwaith yn flêr a dw i isio cwyno amdano fo rŵan", 'Roedd y gwaith yn dda'],
    ['k:did_you', 'Did you send my housing benefit form on to the council?', 'I sent my housing benefit form on to the council.'],
    ['k:did_you', "Wnaethoch chi anfon fy ffurflen ymlaen i'r cyngor?", "Anfonais i'r ffurflen i'r cyngor."],
    ['k:did_you', "Dach chi 'di cael y lluniau nes i yrru?", "Dw i wedi gyrru'r lluniau."],
  ] as const)('%s: %j, not %j', (family, yes, no) => {
    expect(families(yes)).toContain(family);
    expect(families(no)).not.toContain(family);
  });
});

// Read by the shipped weights: a reading near a boundary the next corpus can move, so a failure
// after retraining says which class moved (as kind-round4.test.ts).
describe('readings the new grounds make possible', () => {
  const classifier = defaultClassifier();
  const classify = (text: string) => classifier.classify(text, profile, {}, { today: '2026-11-23' });

  // "Complain about my GP" named the GP in k:complain_other, which grounded nothing: the model
  // leaned to an exclusion and could not choose it.
  it.each([
    'How do I complain about my GP surgery? They keep cancelling my appointments.',
    "Dw i isio cwyno am yr heddlu. Ddaethon nhw ddim allan pan ffoniais i.",
  ])('%j is another organisation', (text) => {
    expect(classify(text)).toMatchObject({ kind: 'excluded', reason: 'other_organisation' });
  });

  it.each([
    ['Please send me a copy of everything you hold about me, including any notes on my file.', 'other_process'],
    ["Dw i angen gweld beth mae'r swyddog tai wedi'i ysgrifennu amdana i ar y system. Ga i gopi?", 'other_process'],
  ] as const)('%j is excluded (%s)', (text, reason) => {
    expect(classify(text)).toMatchObject({ kind: 'excluded', reason });
  });

  it('a complaint about the landlord stays a complaint', () => {
    expect(classify("I've rung you five times about the leak and nobody has come. I want to complain.").kind).toBe('complaint');
    expect(classify("Dw i wedi ffonio chi bum gwaith am y gollyngiad a does neb wedi dod. Dw i isio cwyno.").kind).toBe('complaint');
  });
});
