import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createClassifier } from '../../src/triage/classify';
import { DANGER_WORDS_HOME_THRESHOLD, DANGER_WORDS_THRESHOLD, dangerWordFeatures, dangerWordsFile, readTrigger, trainDangerWords, type DangerWords } from '../../src/triage/danger-words';
import committedTrigger from '../../src/triage/danger-words.json';
import { createMatcher } from '../../src/triage/matcher';
import { createRuleClassifier } from '../../src/triage/rules';
import type { LabelledMessage } from '../../src/triage/train';

// Issue #19, eleventh safety pass (docs/triage/flags.md). Sentences written for these tests, in
// both languages, never copied from a corpus; each table holds near misses that must keep (or must
// not gain) what they had, so a rule that simply added or dropped a question would fail.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const matcher = createMatcher();
const today = { today: '2026-12-07' };
const shipped = defaultClassifier();
const result = (text: string) => shipped.classify(text, profile, {}, today);
const committed = committedTrigger as DangerWords;
// The same classifier with the home trigger off (a threshold nothing reaches).
const withoutHome = createClassifier(undefined, matcher, { ...committed, homeThreshold: 1.01 });
const unhomed = (text: string) => withoutHome.classify(text, profile, {}, today);

// Made-up triggers that hear one word each: the wiring, whatever the trained weights say.
const hears = (word: string, also: Record<string, number[]> = {}) => ({ labels: ['no', 'yes'], weights: { bias: [0, -3], [`w:${word}`]: [0, 6], ...also } });
const madeUp = (home: string, person = 'lonely', also: Record<string, number[]> = {}): DangerWords => ({
  version: 2,
  trainedOn: [],
  threshold: DANGER_WORDS_THRESHOLD,
  safeguarding: hears(person),
  homeThreshold: DANGER_WORDS_HOME_THRESHOLD,
  home: hears(home, also),
});

describe('the learned home trigger asks the danger question about the home', () => {
  const c = createClassifier(undefined, matcher, madeUp('rumbling', 'lonely', { 'w:my': [0, 1], 'w:the': [0, 1] }));
  const read = (text: string) => c.classify(text, profile, {}, today);

  it('asks about the home where nothing is named, quoting the words behind it and no small words', () => {
    const r = read('The boiler in my flat is rumbling.');
    expect(r.urgent || r.safeguarding).toBe(false);
    expect(r.confirmDanger).toBe('home');
    const quoted = r.signals.filter((s) => s.cue === 'danger_words_home').map((s) => s.text);
    expect(quoted).toContain('rumbling');
    expect(quoted).not.toContain('my');
    expect(quoted).not.toContain('the');
  });

  it('asks nothing where it hears nothing', () => {
    expect(read('The boiler in my flat is old.').confirmDanger).toBeUndefined();
  });

  it('asks nothing more where a flag is raised', () => {
    const r = read('There is a strong smell of gas and the boiler is rumbling.');
    expect(r.urgent).toBe(true);
    expect(r.confirmDanger).toBeUndefined();
  });

  it('leaves a person at risk to the safeguarding trigger, which asks about a person', () => {
    const r = read('The boiler is rumbling and I am so lonely here.');
    expect(r.confirmDanger).toBe('person');
    expect(r.signals.some((s) => s.cue === 'danger_words_home')).toBe(false);
  });

  it('keeps a hazard the rules name as the rules name it', () => {
    const r = read('The front door will not lock and the boiler is rumbling.');
    expect(r.confirmDanger).toBe('home');
    expect(r.signals.some((s) => s.cue === 'danger_words_home')).toBe(false);
  });

  it('asks nothing of a hazard told as absent, though it hears the rest of the message', () => {
    const boiler = createClassifier(undefined, matcher, madeUp('boiler', 'lonely', { 'w:boeler': [0, 6] }));
    const ask = (text: string) => boiler.classify(text, profile, {}, today);
    expect(ask("There isn't any smell of gas, the boiler just won't light.").confirmDanger).toBeUndefined();
    expect(ask("Sa i'n gallu gwynto nwy, mae'r boeler jyst ddim yn cynnau.").confirmDanger).toBeUndefined();
    // Near misses: the boiler with no gas told absent is asked about, by the trigger.
    for (const text of ['The boiler is making a funny noise.', "Mae'r boeler yn gwneud sŵn rhyfedd."]) {
      const r = ask(text);
      expect(r.confirmDanger).toBe('home');
      expect(r.signals.some((s) => s.cue === 'danger_words_home')).toBe(true);
    }
  });

  it('asks nothing of no heat without someone it could harm, as the rules do not', () => {
    const cold = createClassifier(undefined, matcher, madeUp('week'));
    const ask = (text: string) => cold.classify(text, profile, {}, today).confirmDanger;
    expect(ask('There has been no heating for a week.')).toBeUndefined();
    expect(ask("Does dim gwres ers wythnos.")).toBeUndefined();
    // Near miss: the word heard without the cold.
    expect(ask('The bins have not been emptied for a week.')).toBe('home');
  });

  it('is absent from a file written before it (version 1): nothing asked by it', () => {
    const old: DangerWords = { version: 1, trainedOn: [], threshold: DANGER_WORDS_THRESHOLD, safeguarding: hears('lonely') };
    const o = createClassifier(undefined, matcher, old);
    expect(o.classify('The boiler in my flat is rumbling.', profile, {}, today).confirmDanger).toBeUndefined();
  });

  it('is trained beside the safeguarding trigger, on the urgent labels, the same byte for byte from the same lines', () => {
    const rules = createRuleClassifier(matcher);
    const readLine = (m: LabelledMessage) => ({ analysis: rules.analyse(m.text), ruled: rules.classify(m.text, profile, m.answers) });
    const line = (id: string, text: string, urgent: boolean, safeguarding: boolean): LabelledMessage => ({ corpus: 't', id, lang: 'en', text, kind: 'none', urgent, safeguarding, source: id });
    const lines = [
      line('1', 'Water is pouring through the ceiling onto the lights.', true, false),
      line('2', 'The ceiling is bulging with water and creaking.', true, false),
      line('3', 'The kitchen tap is dripping.', false, false),
      line('4', 'The paint on the ceiling is peeling.', false, false),
      line('5', 'My ex keeps coming to the door and I am scared.', false, true),
      line('6', 'The ceiling is creaking and water is coming in.', true, false),
    ];
    const a = dangerWordsFile(trainDangerWords(lines, readLine));
    expect(dangerWordsFile(trainDangerWords(lines, readLine))).toBe(a);
    const file = JSON.parse(a) as DangerWords;
    expect(file.version).toBe(2);
    expect(file.homeThreshold).toBe(DANGER_WORDS_HOME_THRESHOLD);
    expect(file.home!.weights['w:creaking'][1]).toBeGreaterThan(0);
    expect(file.safeguarding.weights['w:creaking'][1]).toBeLessThan(0);
  });
});

describe('the trained home trigger', () => {
  const rules = createRuleClassifier(matcher);
  const homeP = (text: string) => {
    const a = rules.analyse(text);
    return readTrigger(committed.home!, dangerWordFeatures(a.tokens, a.hits)).p;
  };

  it('is in the committed file, at its threshold', () => {
    expect(committed.version).toBe(2);
    expect(committed.homeThreshold).toBe(DANGER_WORDS_HOME_THRESHOLD);
  });

  it.each([
    "There's water coming through the light fitting in the hall.",
    'There is a burning smell coming from the wall.',
    'Our toilet is overflowing and it is coming up through the bath.',
    "Mae dŵr yn dod trwy'r golau yn y cyntedd.",
    "Mae arogl llosgi yn dod o'r wal.",
    "Mae'r toiled yn gorlifo ac mae'n dod i fyny trwy'r bath.",
  ])('%j: reads an emergency in the home', (text) => {
    expect(homeP(text)).toBeGreaterThanOrEqual(DANGER_WORDS_HOME_THRESHOLD);
  });

  it.each([
    // Ordinary repairs and requests, hard negatives: a leak that is a drip, a lift, a draught, the rent.
    'The kitchen tap is dripping.',
    'Can you paint the hallway?',
    'The lift is broken again.',
    'My rent statement is wrong.',
    'The sparky came to fix the lights on Tuesday.',
    'The power keeps tripping every time it rains.',
    "Mae'r tap yn diferu.",
    "Dw i eisiau newid fy nghyfeiriad.",
    "Mae'r lifft wedi torri eto.",
    "Mae'r pŵer yn mynd i ffwrdd bob tro mae'n bwrw glaw.",
  ])('%j: neither reads an emergency nor asks', (text) => {
    expect(homeP(text)).toBeLessThan(DANGER_WORDS_HOME_THRESHOLD);
    expect(result(text).confirmDanger).toBeUndefined();
    expect(unhomed(text).confirmDanger).toBeUndefined();
  });
});

describe('small words are read only beside a harm or a sign of care gone', () => {
  const rules = createRuleClassifier(matcher);
  const words = (text: string) => {
    const a = rules.analyse(text);
    return [...dangerWordFeatures(a.tokens, a.hits).keys()].filter((f) => f.startsWith('w:'));
  };

  it.each([
    ['He keeps asking me about the new kitchen.', false],
    ["Mae o'n gofyn i mi am y gegin newydd.", false],
    ['He hit me last night.', true],
    'My mum has had no carer for a week and she is on her own.',
    ["Mae hi ar ei phen ei hun heb ofalwr ers wythnos.", true],
  ].map((x) => (typeof x === 'string' ? [x, true] : x)))('%j: small words read: %s', (text, read) => {
    const w = words(text as string);
    expect(w.some((f) => ['w:he', 'w:me', 'w:she', 'w:her', 'w:hi', 'w:fo', 'w:fi', 'w:mi'].includes(f))).toBe(read);
    // The words that say what happened are always read.
    expect(w.length).toBeGreaterThan(2);
  });
});

describe('"sparky" is an electrician, not sparks', () => {
  it.each([
    'The sparky came to fix the lights on Tuesday.',
    'Still waiting on a sparky to put the new cooker in.',
    "Mae'r sparky wedi bod i drwsio'r golau.",
  ])('%j: no flag, no question', (text) => {
    const r = result(text);
    expect(r.urgent).toBe(false);
    expect(r.urgentTopics).toEqual([]);
    expect(r.signals.some((s) => /spark/i.test(s.text) && s.cue.startsWith('urgent_'))).toBe(false);
  });

  it.each([
    'The sparky said the socket is sparking and not to use it.',
    'Sparks are coming out of the plug in the kitchen.',
    'There was a spark and a bang when I switched the light on.',
    "Mae'r sparky wedi dweud bod y soced yn sparking.",
  ])('%j: sparks are still urgent', (text) => {
    const r = result(text);
    expect(r.urgent).toBe(true);
    expect(r.urgentTopics).toContain('electric');
  });
});
