import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import type { TriageWeights } from '../../src/triage/model';
import { REASONS } from '../../src/triage/train';
import { KINDS } from '../../src/triage/types';
import committed from '../../src/triage/weights.json';
import { features, table } from './feature-table';

// Issue #19, sixteenth round (en16): the kinds English read wrong beyond first report or complaint
// (english-kinds.ts: the council's own part, a home not the landlord's, an answer taken higher), one
// family at a time with the messages that must not raise it, in both languages; then irony after a
// fault come again or a charge not delivered, and a telling to the police that is no history with
// the landlord. Made-up sentences, not corpus lines.
const profile = createProfileRegistry().get(DEFAULT_POLICY);

table(
  'k:council_own',
  [
    "The council's housing list has had me in band C for two years and my son now needs a wheelchair",
    'The council moved us into a hostel in March and nobody has said what happens next',
    'I want to complain about the council not you, they lost my homelessness form',
    "My mum owns her house and the council's grant surveyor never came back",
    "Mae'r cyngor wedi gwrthod ein cais am fand uwch",
    'Dw i ar restr aros y cyngor ers tair blynedd',
  ],
  [
    'Your officer said she would ring the council for me and never did',
    'The bins on our estate have not been emptied for three weeks',
    "Mae'r swyddog tai wedi addo ffonio ers mis",
  ],
);

table(
  'k:not_your_home',
  [
    "I rent privately and my landlord won't fix the damp, can you help?",
    'My dad owns his bungalow and needs a ramp, who pays for that?',
    "We're owner occupiers on your estate and the shared path is cracked",
    "Dw i'n rhentu'n breifat a dydy'r landlord ddim yn trwsio dim",
    'Mae Dad yn berchen ar ei dŷ ac mae angen ramp arno',
  ],
  [
    'I feel unsafe in my own home because of the lads on the stairs',
    'Can I decorate my flat myself?',
    "Dw i ddim yn teimlo'n saff yn fy nghartref",
  ],
);

table(
  'k:take_higher',
  [
    "I'd like a manager to look at my complaint again, the first answer missed half of it",
    'Can this go higher? Your stage one letter did not answer what I asked',
    'Please take it to the next stage',
    'Dw i isio i rywun uwch edrych ar y gŵyn eto',
    "Dw i isio mynd â hyn i'r cam nesaf",
  ],
  [
    'Can someone look at my boiler?',
    'The scaffolding goes higher than my window',
    'Allwch chi edrych ar y boeler?',
  ],
);

describe('praise after a fault come again is irony; "again" alone is not', () => {
  it.each([
    "The heating's gone again. Brilliant service as always.",
    'Lovely, the lift is broken again',
    "Gwych, mae'r lifft wedi torri eto",
    'We pay for window cleaning that never happens. Lovely.',
  ])('%s', (text) => {
    const f = features(text);
    expect(f.has('x:praise_and_trouble')).toBe(true);
    expect(f.has('x:praise_only')).toBe(false);
  });
  it.each(['Thanks again for coming out so fast', 'Thank you for fixing the gate, the kids can play out again', 'Diolch eto am ddod mor sydyn'])('%s: praise only', (text) => {
    expect(features(text).has('x:praise_only')).toBe(true);
  });
});

describe('the police called, told without a teller, is no history with the landlord', () => {
  it.each(['Police were called to the flat above again last night', 'The police have been rung twice about the party next door', "Dw i wedi riportio fo i'r heddlu"])('%s', (text) => {
    expect(features(text).has('h:reported')).toBe(false);
  });
  it.each(['I called you on Monday and nobody came', "Dw i wedi ffonio chi ddwywaith"])('%s: still history', (text) => {
    expect(features(text).has('h:reported')).toBe(true);
  });
});

describe('the council\'s own part, or a home not the landlord\'s, grounds another body (classify.ts)', () => {
  // The shipped weights with the kind and reason models made up: "excluded", then "another body",
  // always ranked first, so what is tested is only whether the words ground that exclusion.
  const base = committed as TriageWeights;
  const ranked = (labels: readonly string[], first: string) => ({ labels: [...labels], weights: { bias: labels.map((l) => (l === first ? 5 : 0)) } });
  const classifier = createClassifier({ ...base, kind: ranked(KINDS, 'excluded'), reason: ranked(REASONS, 'other_organisation') });
  const read = (text: string) => classifier.classify(text, profile, {}, { today: '2026-11-23' });
  it.each([
    "The council's OT still hasn't been out about the grab rails, it's nine months now",
    'My dad owns his bungalow and wants to know if the stairlift can be serviced',
    "Dydy therapydd galwedigaethol y cyngor ddim wedi dod ers naw mis",
    "Dw i'n rhentu'n breifat a dydy'r landlord ddim yn trwsio'r boeler",
  ])('%s', (text) => {
    const r = read(text);
    expect(r.kind).toBe('excluded');
    expect(r.reason).toBe('other_organisation');
  });
  it.each(['The stairlift keeps sticking halfway up', "Mae'r lifft grisiau yn sownd hanner ffordd"])('%s: no ground, so not excluded', (text) => {
    expect(read(text).kind).not.toBe('excluded');
  });
});
