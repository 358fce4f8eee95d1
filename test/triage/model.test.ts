import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_TODAY, isHeldOut, loadAll, ruleReader } from '../../src/cli/triage-corpora';
import { DANGER_WORDS_PATH, trainedDangerWordsFile, weightsFile, WEIGHTS_PATH } from '../../src/cli/train-triage';
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
    const a = weightsFile(trainTriage(some, read, { l2: 0.002, iterations: 60, minCount: 2, flagL2: 0.01, classPower: 0.5 }));
    const b = weightsFile(trainTriage(some, read, { l2: 0.002, iterations: 60, minCount: 2, flagL2: 0.01, classPower: 0.5 }));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1000);
  });

  it('holds the complaint bars where fixedBars puts them, whatever the readings would choose', () => {
    const some = loadAll().filter((m) => foldOf(m.source, 8, 'test') === 0);
    const read = ruleReader(profile, CORPUS_TODAY);
    const options = { l2: 0.002, iterations: 60, minCount: 2, flagL2: 0.01, classPower: 0.5, thresholdFolds: 'corpus' as const };
    const held = trainTriage(some, read, { ...options, fixedBars: { complaint: 0.61, complaintCalm: 0.27 } }).thresholds;
    expect(held).toMatchObject({ complaint: 0.61, complaintCalm: 0.27, clarify: 0.27 });
    // Chosen, they land on the grid's hundredths and tenths, not on these.
    const chosen = trainTriage(some, read, options).thresholds;
    expect([chosen.complaint, chosen.complaintCalm]).not.toEqual([0.61, 0.27]);
  });

  // The check that the committed weights are what `npm run train:triage` gives is in
  // weights-file.test.ts: its own file, so vitest's workers run it beside this one's trainings.

  it('committed danger question trigger is what `npm run train:triage` gives (the training split only)', () => {
    expect(readFileSync(DANGER_WORDS_PATH, 'utf8') === trainedDangerWordsFile(), 'run npm run train:triage and commit src/triage/danger-words.json').toBe(true);
    const trained = JSON.parse(readFileSync(DANGER_WORDS_PATH, 'utf8')) as { trainedOn: Array<{ corpus: string; messages: number }> };
    const split = loadAll().filter((m) => !isHeldOut(m));
    expect(trained.trainedOn.reduce((n, c) => n + c.messages, 0)).toBe(split.length);
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

  it.each([
    'The gutter has been hanging off since June, can someone come and look?',
    'Mae’r landar yn hongian ers mis Mehefin, allwch chi anfon rhywun?',
    'Who pays for the carpet your leak ruined?',
    'Pa mor hir fydd y sgaffaldiau i fyny? Allwch chi ddweud wrtha i?',
    'How much longer will the scaffolding be up? Can you tell me?',
    'I emailed about the fence and had no reply. Can someone come and fix it?',
    'Anfonais i e-bost am y ffens a ches i ddim ateb. Allwch chi ei thrwsio?',
    // Repetition and delay in everyday words (seventh session): no year, no count, no "again".
    'The bathroom extractor fan keeps breaking',
    'The bathroom extractor fan has been broken for a while',
    'Mae ffan y stafell molchi wedi torri ers tro',
  ])('does not let a first-report reading decide alone when %j carries a sign of history, delay or unhappiness', (text) => {
    const r = classify(text);
    // An exclusion told with a failure in it offers the complaint beside it (dissatisfied): "Who
    // pays for the carpet your leak ruined?" names ruined belongings and who pays, an insurance
    // claim since the sixth kind round, as its Welsh "Pwy sy'n talu am y carped?" was before.
    const offered = r.kind === 'complaint' || r.clarify === 'first_or_unhappy' || (r.kind === 'excluded' && r.dissatisfied);
    expect(offered, `${r.kind} ${r.clarify} ${r.dissatisfied}`).toBe(true);
    // "you" naming the landlord weighs in the model but is never offered as the reason.
    expect(r.signals.map((s) => s.cue)).not.toContain('about:landlord_named');
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

describe('safety flags: the rules or the model, never fewer than the rules', () => {
  const committed = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8'));
  // Weights whose flag models never fire, or always do, to tell the two voices apart.
  const withFlagThresholds = (t: number) => createClassifier({ ...committed, thresholds: { ...committed.thresholds, urgent: t, safeguarding: t } });
  const read = (c: ReturnType<typeof createClassifier>, text: string) => c.classify(text, profile, {}, { today: CORPUS_TODAY });

  it('keeps every flag the rules raise on every corpus line, with the rules’ topics', () => {
    const today = { today: CORPUS_TODAY };
    const shipped = defaultClassifier();
    let raised = 0;
    for (const m of loadAll()) {
      const ruled = rules.classify(m.text, profile, m.answers, today);
      const got = shipped.classify(m.text, profile, m.answers, today);
      if (ruled.urgent) expect(got.urgent, m.id).toBe(true);
      if (ruled.safeguarding) expect(got.safeguarding, m.id).toBe(true);
      if (ruled.urgent) expect(got.urgentTopics, m.id).toEqual(ruled.urgentTopics);
      // An urgent reading always names something the bot has instructions for.
      expect(got.urgentTopics.length > 0, m.id).toBe(got.urgent);
      raised += Number(ruled.urgent || ruled.safeguarding);
    }
    expect(raised).toBeGreaterThan(50);
  });

  it.each([
    ['I can smell gas in the kitchen', ['gas'], false],
    ['Mae arogl nwy cryf yn y gegin', ['gas'], false],
    ['boiler broken and no heating with a 3 month old baby', ['no_heat_vulnerable'], false],
    ["I can't go on, I want to end it all", null, true],
  ])('a model that never flags leaves the rules’ flags: %s', (text, topics, safeguarding) => {
    const got = read(withFlagThresholds(2), text);
    if (topics) expect(got).toMatchObject({ urgent: true, urgentTopics: topics });
    expect(got.safeguarding).toBe(safeguarding);
  });

  it('a flag from the model alone is an emergency repair the bot can answer', () => {
    const got = read(withFlagThresholds(0), 'the bathroom light bulb has gone');
    expect(got).toMatchObject({ urgent: true, urgentTopics: ['emergency_repair'], safeguarding: true });
    expect(read(withFlagThresholds(0), 'I can smell gas in the kitchen').urgentTopics).toEqual(['gas']);
    expect(read(withFlagThresholds(2), 'the bathroom light bulb has gone')).toMatchObject({ urgent: false, urgentTopics: [], safeguarding: false });
  });

  it('flags from the model reach decisions the intake’s answers make', () => {
    const got = withFlagThresholds(0).classify('the bathroom light bulb has gone', profile, { courtClaimIssued: true }, { today: CORPUS_TODAY });
    expect(got).toMatchObject({ kind: 'excluded', urgent: true, urgentTopics: ['emergency_repair'] });
  });
});
