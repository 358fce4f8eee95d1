import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { deniedIn, NOT_COMPLAINING, ownNegationIn } from '../../src/triage/negation-scope';
import { createRuleClassifier } from '../../src/triage/rules';

const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const canonical = (text: string) => ` ${rules.analyse(text).tokens.map((t) => t.form).join(' ')} `;
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);
const cues = (text: string) => [...features(text).keys()].filter((f) => /^(c:|h:reported|h:again|k:no_reply|n:)/.test(f));

describe('whose "not" it is', () => {
  it.each([
    ["Dw i ddim wedi ffonio eto, ond mae'r tap yn gollwng.", 'ddim wedi ffonio'],
    ["Sa i 'di ffono achos o'n i'n meddwl bydde fe'n stopio.", "sa i 'di ffono"],
    ["So i di cysylltu â chi o'r blaen ond mae'r ffenest wedi torri", "o'r blaen"],
    ["I haven't reported it before but the gutter is leaking", 'reported it before'],
    ["I've reported it to the police and I'm letting you know", 'reported it'],
    ["Dw i 'di ffonio'r heddlu. Dw i angen siarad efo rhywun heddiw.", "'di ffonio'r"],
  ])('%s: the cue words %j are the resident\'s own telling', (text, words) => {
    expect(ownNegationIn(text)?.(words)).toBe(true);
  });

  it.each([
    ["Does neb wedi ffonio'n ôl ers wythnos"],
    ["Dyn nhw ddim wedi ffonio o gwbl"],
    ['Nobody has called back and I have rung five times'],
    ['I reported it to you in March'],
  ])('%s: no own "not" and nothing told to another body', (text) => {
    expect(ownNegationIn(text)).toBeNull();
  });

  it('keeps the landlord\'s failure and drops the resident\'s own "not" from the features', () => {
    expect(cues("Dyn nhw ddim wedi ffonio nôl")).toContain('k:no_reply');
    const own = cues("Dw i ddim wedi ffonio eto, ond mae'r tap yn gollwng.");
    expect(own).toContain('n:own_not');
    expect(own.filter((f) => /^(c:failure|c:repeated|k:no_reply|h:reported|h:again)$/.test(f))).toEqual([]);
    expect(cues("I've reported it to the police")).toEqual(expect.arrayContaining(['n:told_others']));
    expect(cues("I've reported it to the police")).not.toContain('c:repeated');
  });

  it('the rules hear no dissatisfaction in a first report that says it is one', () => {
    for (const text of ["Dw i ddim wedi ffonio o'r blaen ond mae'r tap yn gollwng", "So i di cysylltu â chi o'r blaen, mae'r ffenest wedi torri"]) {
      expect(rules.classify(text, profile).dissatisfied).toBe(false);
    }
    expect(rules.classify("Dw i wedi ffonio dair gwaith a neb wedi ffonio nôl", profile).dissatisfied).toBe(true);
  });
});

describe('not complaining', () => {
  it.each(['No complaints, the new kitchen is lovely.', "Can't complain, they were great", 'Nothing to complain about', 'Dim cwynion o gwbl', "Does gen i ddim byd i gwyno amdano", "dim isio cwyno, jyst isio fo wedi'i drwsio", 'sa i moyn cwyno, jyst moyn iddo fe gael ei drwsio', "Dw i ddim eisiau gwneud cwyn, mae'r tap yn diferu"])('%s says no complaint', (text) => {
    expect(NOT_COMPLAINING.test(canonical(text))).toBe(true);
    expect([...features(text).keys()]).not.toContain('c:complaint_word');
  });

  it.each(['I want to make a complaint about the repairs', 'There was no complaint reference on the letter', 'No complaint was logged when I rang', 'Dw i isio gwneud cwyn', 'Dw i moyn cwyno am y gwaith', "Mae'n ddrwg gen i, dim ond isio cwyno am y gwres"])('%s is not "no complaints"', (text) => {
    expect(NOT_COMPLAINING.test(canonical(text))).toBe(false);
  });
});

it.each([
  ["dim isio cwyno, jyst isio fo wedi'i drwsio", 'service_request'],
  ['sa i moyn cwyno, jyst moyn iddo fe gael ei drwsio', 'service_request'],
  // Not wanting to complain does not undo the dissatisfaction told beside it (Code 1.2: no need to say "complaint").
  ["Dw i ddim eisiau cwyno ond dyma'r trydydd tro i mi ffonio am y tap a does neb wedi dod", 'complaint'],
])('the rules read %s as %s', (text, kind) => {
  expect(rules.classify(text, profile).kind).toBe(kind);
});

describe('a court step denied', () => {
  it('is no legal proceedings, where one taken is', () => {
    const denied = 'Writing for our client. No legal claim has been issued. She wishes to complain about the damp.';
    expect(deniedIn(denied)('claim has been issued')).toBe(true);
    expect(rules.classify(denied, profile).kind).not.toBe('excluded');
    const taken = 'I have issued a claim in the county court about the disrepair.';
    expect(deniedIn(taken)('issued a claim')).toBe(false);
    expect(rules.classify(taken, profile)).toMatchObject({ kind: 'excluded', reason: 'legal_proceedings' });
  });
});
