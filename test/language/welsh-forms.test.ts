import { describe, expect, it } from 'vitest';
import { createTokeniser } from '../../src/language/tokens';
import { WELSH_OWN_WORDS, welshRadicals } from '../../src/language/welsh-forms-spoken';
import { vocabularyOf } from '../../src/triage/matcher';
import { createRuleClassifier } from '../../src/triage/rules';
import { createTokeniser as createReferenceTokeniser } from './reference-tokeniser';

// Issue #19, eighth Welsh round: Welsh as residents write it (src/language/welsh-forms-spoken.ts).
// Made-up sentences, north and south; each table holds the fixed reading and forms that must not
// change. The reference tokeniser must read every one the same way.
const vocab = vocabularyOf();
const tokenise = createTokeniser(vocab);
const reference = createReferenceTokeniser(vocab);
const forms = (text: string) => {
  const fast = tokenise(text).map((t) => t.form);
  expect(reference(text).map((t) => t.form)).toEqual(fast);
  return fast;
};
const rules = createRuleClassifier();
const cues = (text: string) => rules.analyse(text).hits.map((h) => `${h.cue}:${h.words}`);

describe('a Welsh word of its own is not read as a mutation of another', () => {
  it.each([
    // [typed, its own meaning kept, what it was read as before this round]
    ['Mae ogla nwy yn y gegin', 'nwy', 'dwy'],
    ['Ma gwynt nwy cryf tu fas', 'nwy', 'dwy'],
    ["Mae'r to yn dal i ollwng", 'dal', 'tal'],
    ["Ma'r dŵr yn dal yn dod", 'dal', 'tal'],
    ['Dw i wedi cael digon ar hyn', 'hyn', 'yn'],
    ['Mae angen mwy o amser', 'mwy', 'bwy'],
    ["Maen nhw'n swnllyd yn hwyr bob nos", 'hwyr', 'wyr'],
    ['Pam nad oes neb wedi dod?', 'nad', 'dad'],
    ['Dw i ar fy mhen fy hun', 'hun', 'un'],
    ["Dw i'n ysgrifennu ar ran fy mam", 'ran', 'gran'],
    ['I ran down to the boiler cupboard', 'ran', 'gran'],
  ])('%j keeps %s (not %s)', (text, own, wrong) => {
    const f = forms(text);
    expect(f).toContain(own);
    expect(f).not.toContain(wrong);
  });

  it.each([
    // Mutations that are mutations are still undone.
    ['am ddwy flynedd', 'am dwy blynedd'],
    ['fy nghwyn i', 'fy cwyn i'],
    ["Maen nhw'n codi tâl arna i", 'maen nhw yn codi tal arna i'],
    ["Dw i isio'i drwsio fo", 'dw i eisiau ei trwsio fo'],
    ['un dwy tri', 'un dwy tri'],
  ])('%j reads %j', (text, expected) => {
    expect(forms(text).join(' ')).toBe(expected);
  });

  it('never undoes a word of its own, and still undoes the forms around it', () => {
    for (const w of WELSH_OWN_WORDS) expect(welshRadicals(w)).toEqual([]);
    expect(welshRadicals('ddwy')).toContain('dwy');
    expect(welshRadicals('nhal')).toContain('tal');
  });

  it('reads gas in "nwy" and none in two years; "still" is no payment and pay is still pay', () => {
    expect(cues('Dw i wedi aros am ddwy flynedd').filter((c) => /^(hazard|thing|urgent_gas):/.test(c))).toEqual([]);
    expect(cues('Mae ogla nwy cryf yn y gegin')).toContain('urgent_gas:ogla nwy');
    expect(cues("Maen nhw'n codi tâl arna i am y gwasanaeth")).toEqual(['dissatisfaction:codi tal arna i']);
    expect(cues("Mae'r to yn dal i ollwng")).toContain('ongoing:dal');
  });
});
