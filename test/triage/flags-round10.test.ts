import { describe, expect, it } from 'vitest';
import { createProfileRegistry } from '../../src/policy/profiles';
import { defaultClassifier } from '../../src/triage';
import { createClassifier } from '../../src/triage/classify';
import { DANGER_WORDS_THRESHOLD, dangerWordsFile, trainDangerWords, type DangerWords } from '../../src/triage/danger-words';
import committedTrigger from '../../src/triage/danger-words.json';
import committedWeights from '../../src/triage/weights.json';
import { createMatcher } from '../../src/triage/matcher';
import { oneSlipFrom, respeltHazards } from '../../src/triage/hazard-typos';
import { createRuleClassifier } from '../../src/triage/rules';
import type { LabelledMessage } from '../../src/triage/train';
import type { TriageWeights } from '../../src/triage/model';

// Issue #19, tenth safety pass (docs/triage/flags.md). Sentences written for these tests, in both
// languages, never copied from a corpus; each table holds near misses that must keep (or must not
// gain) what they had, so a rule that simply added or dropped a flag or a question would fail.
const profile = createProfileRegistry().get('housing-ombudsman-code');
const matcher = createMatcher();
const shipped = defaultClassifier();
const result = (text: string) => shipped.classify(text, profile, {}, { today: '2026-12-07' });
const committed = committedTrigger as DangerWords;
// The same classifier with the learned trigger off (a threshold nothing reaches).
const withoutTrigger = createClassifier(undefined, matcher, { ...committed, threshold: 1.01 });
const untriggered = (text: string) => withoutTrigger.classify(text, profile, {}, { today: '2026-12-07' });
// Since the thirteenth session's training the safeguarding flag model earns a threshold of its own
// (flagThreshold) and flags some of these sentences outright; the trigger is read only where no
// flag is raised, so it is tested here with the flag model's additions off (the rules' flags stay).
const weightsNoModelFlags = { ...(committedWeights as TriageWeights), thresholds: { ...(committedWeights as TriageWeights).thresholds, urgent: 1.01, safeguarding: 1.01 } };
const rulesFlagsOnly = createClassifier(weightsNoModelFlags, matcher);

describe('the learned safeguarding trigger asks the danger question about a person', () => {
  it.each([
    'My ex partner keeps ringing me and I do not know what he will do next.',
    "My mum lives on her own and I don't think she is coping.",
    'My son is 17 and he has been staying out and will not tell me where he goes.',
    "Mae fy nghyn-bartner yn dod i'r fflat bob nos ac yn gweiddi arna i.",
    "Dw i'n poeni am fy nghymydog, mae hi'n byw ar ei phen ei hun a dw i heb ei gweld hi.",
  ])('%j: asked about a person, with the words behind it, where the cue rules ask nothing', (text) => {
    const flagged = result(text);
    // Reached either way with the shipped weights: the flag model's safeguarding flag, or the question.
    expect(flagged.safeguarding || flagged.confirmDanger === 'person').toBe(true);
    const r = rulesFlagsOnly.classify(text, profile, {}, { today: '2026-12-07' });
    expect(r.urgent || r.safeguarding).toBe(false);
    expect(r.confirmDanger).toBe('person');
    const quoted = r.signals.filter((s) => s.cue === 'danger_words');
    expect(quoted.length).toBeGreaterThan(0);
    // The words quoted are the resident's own.
    for (const s of quoted) expect(text.toLowerCase()).toContain(s.text.toLowerCase());
    expect(untriggered(text).confirmDanger).toBeUndefined();
  });

  it.each([
    // Ordinary repairs, and worries that are not danger.
    'The kitchen tap is dripping.',
    'I am worried about the damp in the bedroom.',
    'I am worried the rent will go up again next year.',
    'My partner and I are fed up waiting for the new kitchen.',
    'My ex partner keeps sending me messages about the flat.',
    "Mae'r tap yn diferu yn y gegin.",
    "Dw i'n poeni am y lleithder.",
    "Mae'r rhent yn mynd i fyny eto, dw i'n poeni.",
    'Mae fy mhartner a fi wedi cael llond bol o aros am y gegin newydd.',
  ])('%j: not asked', (text) => {
    expect(result(text).confirmDanger).toBeUndefined();
  });

  it('asks nothing more where a flag is raised (the flag brings its own lines)', () => {
    const r = result('My ex partner punched me last night and he keeps ringing me, I do not know what he will do next.');
    expect(r.safeguarding).toBe(true);
    expect(r.confirmDanger).toBeUndefined();
  });

  it('turns a question about the home into one about a person when it reads a person at risk', () => {
    // A made-up trigger that hears only "lonely": the wiring, whatever the trained weights say.
    const lonely: DangerWords = { version: 1, trainedOn: [], threshold: DANGER_WORDS_THRESHOLD, safeguarding: { labels: ['no', 'yes'], weights: { bias: [0, -3], 'w:lonely': [0, 6] } } };
    const c = createClassifier(undefined, matcher, lonely);
    const read = (text: string) => c.classify(text, profile, {}, { today: '2026-12-07' });
    const asked = read('The front door will not lock and I am so lonely here.');
    expect(asked.confirmDanger).toBe('person');
    expect(asked.signals).toEqual(expect.arrayContaining([{ cue: 'danger_words', text: 'lonely', source: 'text' }]));
    expect(read('The front door will not lock.').confirmDanger).toBe('home');
    expect(read('I am so happy here.').confirmDanger).toBeUndefined();
  });

  it('is trained the same, byte for byte, from the same lines', () => {
    const rules = createRuleClassifier(matcher);
    const read = (m: LabelledMessage) => ({ analysis: rules.analyse(m.text), ruled: rules.classify(m.text, profile, m.answers) });
    const line = (id: string, text: string, safeguarding: boolean): LabelledMessage => ({ corpus: 't', id, lang: 'en', text, kind: 'none', safeguarding, source: id });
    const lines = [
      line('1', 'My ex keeps coming to the door and I am scared.', true),
      line('2', 'He follows me home every night.', true),
      line('3', 'The tap is dripping in the kitchen.', false),
      line('4', 'The door is scuffed and the tap drips.', false),
      line('5', 'My ex is at the door every night.', true),
    ];
    const a = dangerWordsFile(trainDangerWords(lines, read));
    expect(dangerWordsFile(trainDangerWords(lines, read))).toBe(a);
    expect(JSON.parse(a).safeguarding.weights['w:ex'][1]).toBeGreaterThan(0);
  });
});

describe('a gas or fire hazard told as absent asks nothing; doubt about it stays urgent', () => {
  it.each([
    ["There isn't any smell of gas, the boiler just won't light.", false],
    ["No gas smell, the boiler won't fire up.", false],
    ['Nobody smelt a gas leak, the boiler just will not start.', false],
    ["Sa i'n gallu gwynto nwy, mae'r boeler jyst ddim yn cynnau.", false],
    ["Does neb wedi clywed ogla nwy, dydy'r boeler ddim yn gweithio.", false],
    // Near misses: a hazard told as present, or told absent and then present, is still asked about or flagged.
    ['There is a gas smell by the meter but I am not sure.', true],
    ['No smell of gas upstairs, but a strong smell of gas in the kitchen.', true],
    ["Dim ogla nwy yn y llofft, ond mae ogla nwy cryf yn y gegin.", true],
  ])('%j: flagged or asked: %s', (text, reached) => {
    const r = result(text);
    expect(r.urgent || r.confirmDanger !== undefined).toBe(reached);
  });

  it.each([
    'I think I can smell gas.',
    'Not sure but I think there is a smell of gas in the hall.',
    "Dw i'n meddwl bod arogl nwy.",
    'Dwn i ddim, falle bod ogla nwy.',
  ])('%j: urgent', (text) => {
    expect(result(text).urgent).toBe(true);
  });
});

describe('a hazard word typed with a slip is read as the word', () => {
  it.each([
    ['The roof is leeking realy bad onto the lights.', 'The roof is leaking realy bad onto the lights.'],
    ['Water leaking from the celing.', 'Water leaking from the ceiling.'],
    ['The celing is coming down in the bathroom.', 'The ceiling is coming down in the bathroom.'],
    ['I can smell gass in the kitchen.', 'I can smell gas in the kitchen.'],
    ['Gass leak in the hall.', 'Gas leak in the hall.'],
    ['The elecrtic socket is hot and buzzing.', 'The electric socket is hot and buzzing.'],
    ['Water is dripping on the socekts in the hall.', 'Water is dripping on the sockets in the hall.'],
    ['Mae arogl nwyy yn y gegin.', 'Mae arogl nwy yn y gegin.'],
    ["Mae dŵr yn diferu ar y socedii.", "Mae dŵr yn diferu ar y socedi."],
  ])('%j reads as %j', (typed, spelt) => {
    const a = result(typed);
    const b = result(spelt);
    expect(b.urgent || b.confirmDanger !== undefined).toBe(true);
    expect({ urgent: a.urgent, topics: a.urgentTopics, safeguarding: a.safeguarding, asked: a.confirmDanger }).toEqual({
      urgent: b.urgent,
      topics: b.urgentTopics,
      safeguarding: b.safeguarding,
      asked: b.confirmDanger,
    });
  });

  it('quotes the words as the resident typed them', () => {
    expect(result('I can smell gass in the kitchen.').signals.map((s) => s.text)).toEqual(expect.arrayContaining([expect.stringContaining('gass')]));
  });

  it.each([
    // Words one slip from a hazard word that mean something else, and words no slip makes a hazard.
    'I am leaving the flat tomorrow.',
    'The flooring is lifting in the hall.',
    'My daughter’s eczema flares up in the cold.',
    'Paint flakes are falling off the door.',
    'He has a fine job and was here.',
    'The lights are leaning against the wall.',
  ])('%j: nothing respelt', (text) => {
    const rules = createRuleClassifier(matcher);
    expect(respeltHazards(text, rules.analyse(text).tokens, () => false)).toBeNull();
  });

  it.each([
    ['leeking', 'leaking', true],
    ['celing', 'ceiling', true],
    ['elecrtic', 'electric', true],
    ['gass', 'gas', true],
    ['has', 'gas', false],
    ['gsa', 'gas', false],
    ['fine', 'fire', false],
    ['wives', 'wires', false],
    ['smoek', 'smoke', true],
    ['spoke', 'smoke', false],
    ['seiling', 'ceiling', false],
  ])('%j is one slip from %j: %s', (typed, word, slip) => {
    expect(oneSlipFrom(typed, word)).toBe(slip);
  });
});
