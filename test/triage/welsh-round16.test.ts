import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, fifteenth round (cy16): Welsh as residents write it, north and south, one reading at a
// time, each with the messages that must not raise it. Made-up sentences, not corpus lines.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);
const forms = (text: string) => rules.analyse(text).tokens.map((t) => t.form);

describe('"\'ma" after a word is "yma" (here, this), not "mae" (cy16)', () => {
  it.each([
    ["Mae'r boeler wedi stopio bore 'ma", ['bore', 'yma']],
    ["Ma'r llythyrau 'ma yn codi ofn arna i", ['llythyrau', 'yma']],
    ['Dewch draw fan ma plis', ['fan', 'yma']],
    ["Ers bore 'ma does dim dŵr", ['bore', 'yma']],
  ])('%s', (text, pair) => {
    const f = forms(text as string);
    const at = f.indexOf((pair as string[])[0]);
    expect(f[at + 1]).toBe((pair as string[])[1]);
  });

  it.each([
    ['Ma nhw wedi dod', 'mae'],
    ["Bob tro ma' hi'n bwrw mae'n gollwng", 'mae'],
    ["'Ma hi'n oer yn y tŷ", 'mae'],
  ])('%s: still "mae"', (text, form) => {
    expect(forms(text)).toContain(form);
    expect(forms(text)).not.toContain('yma');
  });

  it('the model reads "bore \'ma" as the words "bore yma" (this morning), as it reads "bore yma" typed in full', () => {
    const f = features("Dim dŵr poeth ers bore 'ma");
    expect(f.has('b:bore_yma')).toBe(true);
    expect(f.has('b:bore_mae')).toBe(false);
  });
});
