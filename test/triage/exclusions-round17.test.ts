import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import { borneOut, councilsReview, othersOnly, readWords } from '../../src/triage/exclusion-reading';
import { featuresOf } from '../../src/triage/features';
import type { TriageWeights } from '../../src/triage/model';
import { createRuleClassifier } from '../../src/triage/rules';
import { REASONS } from '../../src/triage/train';
import { KINDS } from '../../src/triage/types';
import committed from '../../src/triage/weights.json';

// Issue #19, exc17: which exclusion the words bear out (src/triage/exclusion-reading.ts). Made-up
// sentences in both languages. The readings go through the shipped weights with the kind and
// reason models made up (one label always ranked first), so what is tested is the rule alone,
// not where a training put a boundary.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const named = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);
const base = committed as TriageWeights;
const ranked = (labels: readonly string[], first: string) => ({ labels: [...labels], weights: { bias: labels.map((l) => (l === first ? 5 : 0)) } });
const reader = (kind: string, reason: string) => {
  const classifier = createClassifier({ ...base, kind: ranked(KINDS, kind), reason: ranked(REASONS, reason) });
  return (text: string) => classifier.classify(text, profile, {}, { today: '2026-11-23' });
};

describe("the council's own review is another organisation's, not the landlord's statutory review", () => {
  const read = reader('excluded', 'other_process');
  it.each([
    'The council put me in band 4 but my son is disabled and it should be band 2. How do I get that reviewed?',
    "The council's housing options team refused to change my banding and I want to appeal.",
    'My homelessness application was turned down last week and I want the decision reviewed.',
    "Mae'r cyngor wedi fy rhoi ym mand 3 ond dylwn i fod ym mand 2. Sut dw i'n gofyn am adolygiad?",
    "Gwrthododd y cyngor fy nghais digartrefedd a dw i isio adolygiad o'r penderfyniad.",
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ kind: 'excluded', reason: 'other_organisation' });
  });
  // The landlord's own decisions stay its own review process.
  it.each([
    'You refused my mutual exchange and I want the decision reviewed.',
    "Dach chi wedi gwrthod fy nghais i drosglwyddo a dw i isio adolygiad o'r penderfyniad.",
    // The council named only for its tax bills, sent as evidence: still the landlord's decision.
    "You turned down my succession application. I've sent you my council tax bills to prove I lived here. I want the decision reviewed.",
    "Gwrthodoch chi fy nghais i olynu'r denantiaeth. Dw i wedi anfon biliau treth y cyngor atoch chi. Dw i isio adolygiad.",
  ])('%s: the landlord\'s review', (text) => {
    expect(read(text)).toMatchObject({ kind: 'excluded', reason: 'other_process', topic: 'statutory_review' });
  });
});

describe('a statutory review reviews a decision', () => {
  const read = reader('excluded', 'other_process');
  it.each([
    "My dad died last month and I've lived with him for ten years. What do I need to do to take over the tenancy?",
    'Bu farw Mam fis yn ôl. Be sy angen i mi ei wneud i gymryd y denantiaeth drosodd?',
  ])('%s: how to apply, no review', (text) => {
    expect(read(text).kind).not.toBe('excluded');
  });
  it.each([
    "You've refused to let me take over Dad's tenancy and I want to appeal.",
    "Dach chi wedi gwrthod gadael i mi gymryd y denantiaeth drosodd. Dw i isio apelio.",
  ])('%s: a refusal named', (text) => {
    expect(read(text)).toMatchObject({ kind: 'excluded', reason: 'other_process', topic: 'statutory_review' });
  });
});

describe('paying for a service not delivered is no service-charge query', () => {
  const read = reader('excluded', 'other_process');
  it.each([
    'We pay for window cleaning in the service charge but nobody has cleaned a window since March.',
    "Dan ni'n talu am lanhau'r grisiau yn y tâl gwasanaeth ond does neb wedi glanhau ers mis Medi.",
  ])('%s', (text) => {
    expect(read(text).kind).not.toBe('excluded');
  });
  // The level of the charge disputed is the service-charge process, whatever else is said.
  it.each([
    'My service charge has gone up 30% this year and I want to challenge the amount.',
    "Mae'r tâl gwasanaeth wedi codi 30% eleni a dw i isio herio'r swm.",
    "We pay for the cleaning in the service charge but it has gone up 40% and I want to challenge it.",
  ])('%s: the level disputed', (text) => {
    expect(read(text)).toMatchObject({ kind: 'excluded', reason: 'other_process', topic: 'service_charge' });
  });
});

describe("another body's own service, with no word of the landlord, is signposted", () => {
  it.each([
    ['complaint', 'How do I complain about my GP surgery? They keep cancelling my appointments.'],
    ['complaint', "Sut dw i'n cwyno am y feddygfa? Maen nhw'n canslo fy apwyntiadau o hyd."],
    ['complaint', 'The council put us in a B&B six weeks ago, one room for the four of us.'],
    ['service_request', "Mae'r cyngor wedi gwrthod rhoi blaenoriaeth i mi ar y gofrestr dai."],
    ['none', "The council's grant officer has not rung me back about the adaptation."],
  ] as const)('read as %s by the model: %s', (kind, text) => {
    expect(reader(kind, 'other_process')(text)).toMatchObject({ kind: 'excluded', reason: 'other_organisation' });
  });
  // Hard negatives: the council or a solicitor named, but the landlord's own handling complained of.
  it.each([
    "The council's occupational therapist said I need a grab rail but you still haven't fitted it after four months.",
    "Dwedodd therapydd galwedigaethol y cyngor bod angen canllaw arna i, ond dach chi heb ei osod ers pedwar mis.",
    'My solicitor says I should complain to you about the damp your repairs team never fixed.',
    "Mae fy nghyfreithiwr yn deud y dylwn i gwyno wrthoch chi am y tamprwydd na wnaethoch chi byth ei drwsio.",
    'I told the council about the damp and they said it is down to you as my landlord. Nobody from your office has come.',
  ])('%s: stays a complaint', (text) => {
    expect(reader('complaint', 'other_organisation')(text).kind).toBe('complaint');
  });
  it('feedback about the council stays feedback', () => {
    expect(reader('feedback', 'other_organisation')("Diolch am ein helpu ni i gysylltu efo tîm digartrefedd y cyngor.").kind).toBe('feedback');
  });
});

describe('exclusion-reading.ts, read from the features', () => {
  it.each([
    ["The council's housing register put me in band C", true],
    ['Cynigiodd y cyngor dŷ i mi oddi ar y gofrestr dai', true],
    ["Dw i'n ddigartref ers dydd Gwener", true],
    ['I want a review of your decision on my transfer', false],
  ] as const)('councilsReview: %s → %s', (text, yes) => {
    expect(councilsReview('other_process', 'statutory_review', named(text), readWords(text))).toBe(yes);
  });
  it.each([
    ['We pay for the caretaker but he only comes once a month', false],
    ["Ni'n talu am gynnal a chadw'r tiroedd ond mae'r gwair at ein pengliniau", false],
    ['Why has my service charge gone up so much?', true],
  ] as const)('service charge borne out: %s → %s', (text, yes) => {
    expect(borneOut('other_process', 'service_charge', named(text), readWords(text))).toBe(yes);
  });
  it.each([
    ['Dw i isio cwyno am yr heddlu, ddaethon nhw ddim allan', true],
    ['I want to complain about the police and about you', false],
    ['The boiler has broken again', false],
  ] as const)('othersOnly: %s → %s', (text, yes) => {
    expect(othersOnly(named(text))).toBe(yes);
  });
});

describe('after both stages, a wish for the Ombudsman is the next stage', () => {
  const read = reader('excluded', 'already_concluded');
  it.each([
    "I've been through both stages of your complaints process about the damp and I'm still unhappy. I want to take it to the Housing Ombudsman.",
    "Dw i wedi bod drwy'r ddau gam efo'r gŵyn am y tamprwydd a dw i dal yn anhapus. Dw i isio mynd at yr Ombwdsmon.",
  ])('%s', (text) => {
    expect(read(text).kind).toBe('escalation');
  });
  // A wish to reopen it with the landlord is a matter already concluded.
  it.each([
    "I've been through both stages about the kitchen and I want you to reopen it.",
    "Aeth fy nghwyn am y gegin drwy'r ddau gam ond dw i isio i chi ei ailagor.",
  ])('%s: reopened, still concluded', (text) => {
    expect(read(text)).toMatchObject({ kind: 'excluded', reason: 'already_concluded' });
  });
});
