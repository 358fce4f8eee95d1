import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_TODAY, isHeldOut, loadAll, ruleReader } from '../../src/cli/triage-corpora';
import { trainedWeightsFile, weightsFile, WEIGHTS_PATH } from '../../src/cli/train-triage';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createClassifier } from '../../src/triage/classify';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';
import { foldOf, trainTriage } from '../../src/triage/train';

const profiles = createProfileRegistry();
const profile = profiles.get(DEFAULT_POLICY);
const classify = (text: string) => defaultClassifier().classify(text, profile, {}, { today: '2026-11-23' });
const rules = createRuleClassifier();
const features = (text: string) => [...featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false).keys()];

describe('training', () => {
  it('gives the same bytes twice from the same messages', () => {
    const some = loadAll().filter((m) => foldOf(m.source, 8, 'test') === 0);
    const read = ruleReader(profile, CORPUS_TODAY);
    const a = weightsFile(trainTriage(some, read, { l2: 0.002, iterations: 60, minCount: 2, flagL2: 0.01 }));
    const b = weightsFile(trainTriage(some, read, { l2: 0.002, iterations: 60, minCount: 2, flagL2: 0.01 }));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1000);
  });

  it('committed weights are what `npm run train:triage` gives', () => {
    expect(readFileSync(WEIGHTS_PATH, 'utf8') === trainedWeightsFile(), 'run npm run train:triage and commit src/triage/weights.json').toBe(true);
  }, 600_000);

  it('keeps the held-out split fixed and apart from training, by source', () => {
    const all = loadAll();
    const held = all.filter(isHeldOut);
    expect(held.length).toBeGreaterThan(all.length / 8);
    expect(held.length).toBeLessThan(all.length / 3);
    const trainSources = new Set(all.filter((m) => !isHeldOut(m)).map((m) => m.source));
    for (const m of held) expect(trainSources.has(m.source), m.id).toBe(false);
  });
});

describe('features', () => {
  it.each([
    ["I've been reporting this damp since 2019", ['h:year', 'h:reported']],
    ['The mould has been back on and off for years', ['h:on_off', 'h:for_long', 'h:back']],
    ["Mae'r lleithder wedi bod yno ers blynyddoedd ac mae wedi dod yn ôl eto", ['h:for_long', 'h:back', 'h:again']],
    ['I have called five times and each time I get the same answer', ['h:counted', 'h:each_time']],
    ['Who pays for the carpet your leak ruined?', ['q:who_pays', 'q:mark']],
    ['How much longer will this go on?', ['q:how_long']],
    ['Pwy sy’n talu am y carped?', ['q:who_pays']],
    ['Nobody has called me back', ['n:neg']],
  ])('reads %j as %j', (text, expected) => {
    expect(features(text)).toEqual(expect.arrayContaining(expected));
  });

  it('undoes Welsh mutations against the words the model knows', () => {
    const known = (f: string) => f === 'w:cwyn' || f === 'w:trwsio';
    const got = [...featuresOf('fy nghwyn am ei drwsio', rules.analyse('fy nghwyn am ei drwsio'), rules.classify('fy nghwyn am ei drwsio', profile), {}, known).keys()];
    expect(got).toEqual(expect.arrayContaining(['w:cwyn', 'w:trwsio']));
  });
});

describe('the model in use', () => {
  it('hears a long-running problem told as history as a complaint, with the words behind it', () => {
    for (const text of [
      "I've been reporting the same damp since 2019 and every time they just paint over it",
      'Dw i wedi bod yn ffonio am y lleithder ers blynyddoedd a does dim byd wedi newid',
    ]) {
      const r = classify(text);
      expect(r.kind, text).toBe('complaint');
      expect(r.signals.length, text).toBeGreaterThan(0);
      // Every text signal quotes the resident's own words.
      const folded = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      for (const s of r.signals.filter((x) => x.source === 'text' && x.text !== '?')) {
        for (const word of s.text.split(/[ ,]+/).filter(Boolean)) expect(folded, `${s.cue}:${s.text}`).toContain(word.replace(/[^\p{L}\p{N}']/gu, ''));
      }
    }
  });

  it('asks rather than decides when a first report carries signs of history', () => {
    const first = classify('My kitchen tap is dripping, can someone come and fix it?');
    expect(first).toMatchObject({ kind: 'service_request' });
    expect(first.clarify).toBeUndefined();
    const told = classify('The tap in the kitchen is dripping again, can someone come and fix it?');
    expect(told.kind === 'complaint' || told.clarify === 'first_or_unhappy').toBe(true);
  });

  it('needs grounds in the words for an exclusion, and something to take further for an escalation', () => {
    // A letter of claim is not a claim at court, nor an insurance claim, under the Code.
    expect(classify('my solicitor has sent you a letter of claim about the damp').reason ?? '').not.toMatch(/legal_proceedings|insurance_claim/);
    expect(classify('I want to take it further').kind).not.toBe('escalation');
  });

  it('reads a bare case reference as asking after that case', () => {
    expect(classify('CMP-7KQ4-9TXD').kind).toBe('status_query');
  });

  it('is the same function of its inputs whatever else it has read', () => {
    const fresh = createClassifier();
    for (const text of ['hello', 'Mae arogl nwy yn y gegin', 'Still no one has fixed the boiler, third time I have rung']) {
      expect(fresh.classify(text, profile, {}, { today: '2026-11-23' })).toEqual(classify(text));
    }
  });
});
