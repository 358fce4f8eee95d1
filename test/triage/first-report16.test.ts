import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createClassifier } from '../../src/triage/classify';
import type { TriageWeights } from '../../src/triage/model';
import committed from '../../src/triage/weights.json';
import { DANGER_SIGNS, HANDLING_SIGNS, KIND_ONLY, OTHERS_SIGNS } from '../../src/triage/first-report-families';
import { features, table } from './feature-table';

// Issue #19, sixteenth round (sr16): a first report told apart from a complaint about its handling,
// however bad the problem (src/triage/first-report-families.ts). Each feature with the messages that
// raise it and those that must not, English and Welsh (north and south). Made-up sentences, not corpus lines.
const profile = createProfileRegistry().get(DEFAULT_POLICY);

table(
  'k:report_frame',
  [
    "I'd like to report a leak under the kitchen sink",
    'I want to report a broken gate at the back of the block',
    'Can someone come out and have a look at the fence panel?',
    'Could you send someone round to check the extractor fan please',
    "I've just noticed a crack running up the hallway wall",
    "Dw i isio riportio bod giât yr ardd wedi torri",
    "Hoffwn i roi gwybod am ollyngiad dan y sinc",
    'Allai rhywun ddod i weld ffenest y llofft?',
    'Fedrwch chi yrru rhywun i sbïo ar y to?',
    "Dw i newydd sylwi bod y wal yn llaith",
  ],
  [
    'I reported the leak in May and nobody came',
    "Dw i 'di riportio'r giât dair gwaith",
    'The fence came down in the storm',
  ],
);

table(
  'k:no_harm',
  [
    'The ceiling tile fell in the bathroom, nobody was hurt',
    'Thankfully no one was in the room when the shelf came down',
    "Slates off the roof after the wind, no water coming in though",
    "It's not getting worse, just wanted it looked at",
    "Mae'r silff wedi disgyn. Does neb wedi brifo",
    "Diolch byth doedd neb yn y gegin pan ddisgynnodd y teils",
    'Teils wedi dod off y to, dim dŵr yn dod i mewn eto',
    "Larwm mwg yn bipian, neb yn sâl, jyst batri siŵr o fod",
  ],
  [
    'Nobody has been out to look at it',
    'No one came on Tuesday and no one rang',
    "Does neb wedi dod i'w drwsio",
  ],
);

// How bad it is, with nothing said about how the landlord has handled it.
table(
  'x:danger_no_handling',
  [
    "The boiler's stopped and my mum who lives with me is 90 and has dementia",
    'Front door lock has snapped and I cannot lock it, I am on my own with a baby',
    "Mae'r boeler wedi stopio a mae Mam sy'n byw efo fi yn 90",
    "Ma' clo'r drws ffrynt wedi torri a fi ar ben fy hun 'da'r babi",
    'Water pouring through the light fitting in the kitchen',
  ],
  [
    'I reported the boiler three weeks ago and my mum is 90 with dementia',
    'Nobody has come about the boiler and my mum is 90 with dementia',
    "Dw i wedi ffonio dair gwaith am y boeler a mae Mam yn 90",
    "Ers mis Mawrth mae'r clo wedi torri a dw i ar ben fy hun efo'r babi",
    'The plumber you sent left the boiler in bits and my mum is 90',
  ],
);

// Someone else's doing (a neighbour, a group, a crime told to the police), with no handling sign.
table(
  'x:others_no_handling',
  [
    'The lads next door were shouting in the garden till 2am, just so you know',
    'Couple upstairs had a row last night, nobody was hurt',
    'A group of teenagers keep kicking a football at the bin store door',
    "Roedd y cymdogion yn gweiddi yn yr ardd tan ddau y bore",
    "Criw o bobl ifanc yn ista ar y grisiau yn smocio bob nos",
  ],
  [
    "I've reported the neighbours' shouting four times and nothing has been done",
    'You closed my case about the man upstairs without telling me',
    "Dw i 'di cwyno am y cymdogion ers misoedd a does neb wedi gwneud dim",
    'The caretaker shouted at me in front of the neighbours',
  ],
);

describe('x:no_handling', () => {
  it.each([
    'The toilet cistern keeps running after you flush',
    "Mae'r gawod wedi stopio gweithio bore 'ma",
    'Bath panel has come off, no rush',
    'Couple upstairs had a row last night, nobody was hurt',
  ])('%s', (text) => {
    expect(features(text).has('x:no_handling')).toBe(true);
  });

  it.each([
    // an earlier report, a promise, a span, no reply, outright unhappiness, staff rudeness, a remedy
    'I reported the running toilet last week',
    'You said someone would come and fix the shower',
    'The shower has been broken for three months',
    'Still no reply about my shower',
    'I am fed up with this shower',
    'The man who came to fix the shower swore at me',
    'I want compensation for the shower being off',
    "Nes i ffonio ddydd Llun am y gawod",
    "Dw i wedi cael llond bol ar y gawod 'ma",
  ])('%s: no', (text) => {
    expect(features(text).has('x:no_handling')).toBe(false);
  });

  // Words that read as a sign but tell none: a name called, a first report told as one, a letter
  // from someone else, a neighbour's shouting.
  it.each([
    'My neighbour called me a horrible name in the car park this morning and threatened my dog',
    'Reporting a leak: water dripping from the bathroom ceiling since this morning',
    "I've never reported anything before but the lads next door are smashing bottles in the lane",
    "I've had a letter from a claims company about disrepair, I never asked them to write",
    "Ces i lythyr gan gwmni hawlio, dw i ddim wedi gofyn iddyn nhw",
    "Mae'r dyn drws nesa yn gweiddi ar y plant bob bore",
  ])('%s: raised', (text) => {
    expect(features(text).has('x:no_handling')).toBe(true);
  });

  it.each([
    // the landlord's own letter, its staff's conduct, a report made before
    'Your letter says I owe rent for March, but I paid it',
    "Mae'ch llythyr chi'n deud bod arna i rent, ond dw i wedi talu",
    'The man who came to read the meter was rude to my daughter',
    "Roedd y swyddog tai yn gweiddi arna i yn y swyddfa",
    'I rang you on Monday about the leak',
    // unhappy with the service itself, or the Welsh-language service not given
    "Dw i'n flin iawn am y gwasanaeth",
    "I'm really annoyed with the service",
    'no Welsh speaker available',
    'The reply to my letter came in English',
    'Ges i lythyr yn Saesneg',
  ])('%s: not raised', (text) => {
    expect(features(text).has('x:no_handling')).toBe(false);
  });

  it('quotes the danger words, not a line of text, when there is a danger', () => {
    const f = features("Mae'r boeler wedi stopio a mae Mam yn 90");
    expect(f.get('x:no_handling')).toBe(f.get('x:danger_no_handling'));
  });
});

it('a wish to be written to in Welsh is a request, not the Welsh service failed', () => {
  expect(features("Fyddai modd anfon pob llythyr ata i yn Gymraeg o hyn ymlaen?").has('x:no_handling')).toBe(true);
});

describe('the sign lists', () => {
  it('name no feature twice: a handling sign is never a danger or someone else', () => {
    for (const name of HANDLING_SIGNS) expect(DANGER_SIGNS.has(name) || OTHERS_SIGNS.has(name)).toBe(false);
    for (const name of DANGER_SIGNS) expect(OTHERS_SIGNS.has(name)).toBe(false);
  });

  it('the safety-flag models weigh none of the first-report features (the flags stay as they were)', () => {
    const w = committed as TriageWeights;
    for (const name of KIND_ONLY) {
      expect(w.kind.weights[name]).toBeDefined();
      expect(w.urgent.weights[name]).toBeUndefined();
      expect(w.safeguarding.weights[name]).toBeUndefined();
    }
  });
});

// The shipped model, with the complaint bars held at 0.18 (the bar shipped before this round), so the
// reading is the features' doing and not a bar a retrain moves. Before this round each of the first
// three was filed as a complaint (the bar forced it: asked, but read as one).
describe('read with the shipped model, the bars held at 0.18', () => {
  const base = committed as TriageWeights;
  const classifier = createClassifier({ ...base, thresholds: { ...base.thresholds, complaint: 0.18, complaintCalm: 0.18, clarify: 0.18 } });
  const kind = (text: string) => classifier.classify(text, profile, {}, { today: '2026-12-07' }).kind;

  it.each([
    'The couple upstairs had a row last night, nobody was hurt, just so you know',
    'Roedd y cymdogion uwchben yn ffraeo neithiwr, neb wedi brifo, jyst i chi wybod',
    "Dw i'n poeni am yr hen ddyn lawr grisiau, dw i heb ei weld o ers wythnos",
    "The boiler's stopped and my mum who lives with me is 90 and has dementia",
    "Ma' clo'r drws ffrynt wedi torri a fi ar ben fy hun 'da'r babi heno",
  ])('a first report: %s', (text) => {
    expect(kind(text)).toBe('service_request');
  });

  it.each([
    'I reported the boiler three weeks ago and my mum is 90, nobody has come',
    'Dw i wedi ffonio dair gwaith am y boeler a does neb wedi dod, mae Mam yn 90',
    'The plumber you sent swore at me and left mud everywhere',
  ])('still a complaint: %s', (text) => {
    expect(kind(text)).toBe('complaint');
  });
});
