import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, thirteenth session: Welsh forms of named readings that did not fire as the English ones
// do, found in the leave-corpus-out errors. Made-up sentences, north and south, with hard negatives.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);

describe('"still" asked of an arrangement is no repetition in Welsh either (rules)', () => {
  it.each([
    'Mae’r gwiriad nwy wedi’i drefnu ar gyfer dydd Iau. Ydi o’n dal i fynd yn ei flaen?',
    "Ydy'r plymwr yn dal i ddod fory?",
    'Ydy’r ffenestri yn dal i fod yn y rhaglen ar gyfer eleni?',
    'Is the gas check still going ahead on Thursday?',
  ])('%s: not dissatisfied', (text) => {
    expect(rules.classify(text, profile).dissatisfied).toBe(false);
  });

  it.each([
    // told, not asked
    "Mae'r to yn dal i ollwng ar ôl tri ymweliad",
    'Ma’r dŵr yn dal i ddod drwy’r nenfwd',
    // asked, but about something that still goes wrong
    "Pam bod y boeler yn dal i dorri?",
  ])('%s: dissatisfied', (text) => {
    expect(rules.classify(text, profile).dissatisfied).toBe(true);
  });
});

describe('"Mai" the month reaches the model as the month', () => {
  // The named "since when" already read the typed text ("ers mis Mai"); the model's words did not.
  it.each(['Dw i wedi bod heb wres ers mis Mai', 'Ges i’r penderfyniad terfynol fis Mai'])('%s: the words "mis mai", not "mis mae"', (text) => {
    const f = features(text);
    expect(f.has('b:mis_mai')).toBe(true);
    expect(f.has('b:mis_mae')).toBe(false);
  });

  it('"mai" as "mae" stays the verb', () => {
    expect(features('Mai’r gegin yn oer').has('w:mae')).toBe(true);
  });
});

describe('"budd-dal" is no "still"', () => {
  it.each(['Wnaethoch chi anfon fy ffurflen budd-dal tai ymlaen?', 'Mae fy mudd-dal wedi stopio', 'Mae ei fudd-dal o wedi’i gymryd'])('%s: no h:still', (text) => {
    expect(features(text).has('h:still')).toBe(false);
  });

  it.each(['Mae fy mudd-dal wedi stopio ac mae’r to yn dal i ollwng', 'Dw i dal yn aros', 'I am still waiting'])('%s: h:still', (text) => {
    expect(features(text).has('h:still')).toBe(true);
  });
});

describe('"reportio" tells a report made as "riportio" and "reported" do', () => {
  it.each(["Reportais i'r clo ar y drws fis yn ôl", 'Dw i wedi reportio fo ddwywaith', 'Dw i wedi riportio fo', 'I reported it last month'])('%s: h:reported', (text) => {
    expect(features(text).has('h:reported')).toBe(true);
  });

  it('a report as a thing is no report made', () => {
    expect(features("Ga i gopi o'r report?").has('h:reported')).toBe(false);
  });
});

describe('"oer ofnadwy" is a first report; "gwasanaeth ofnadwy" is unhappiness (rules)', () => {
  it.each(['Dim gwres. Mae’n oer ofnadwy yma a Mam yn 88', 'Mae’r llofft yn llaith ofnadwy ers yr hydref', "It's terribly cold in here"])('%s: not dissatisfied', (text) => {
    expect(rules.classify(text, profile).dissatisfied).toBe(false);
  });

  it.each(['Mae’r gwasanaeth yn ofnadwy', 'Ymateb ofnadwy gan eich swyddog', 'Your service is terrible'])('%s: dissatisfied', (text) => {
    expect(rules.classify(text, profile).dissatisfied).toBe(true);
  });
});
