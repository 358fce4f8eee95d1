import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf } from '../../src/triage/features';
import { createRuleClassifier } from '../../src/triage/rules';

// Issue #19, words round 9: the model's history and praise features read as the resident meant
// them. Made-up sentences, both languages, each with forms that must not move.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();
const features = (text: string) => featuresOf(text, rules.analyse(text), rules.classify(text, profile), {}, () => false);

describe('h:span: a span told roughly counts as one', () => {
  it.each([
    'The damp has been there for about a fortnight',
    'It has been leaking for the best part of a year',
    'No heating for a good few months now',
    'Dim gwres ers rhyw bythefnos',
    'Mae wedi bod fel hyn ers tua mis',
    'Mae’r to yn gollwng ers bron i flwyddyn',
    // as before
    'We have had mould for two years',
    'Mae tamprwydd ers dwy flynedd',
  ])('%s', (text) => {
    expect(features(text).has('h:span')).toBe(true);
  });

  it.each(['I rang about a fortnight ago', 'Ffoniais i tua mis yn ôl', 'Can someone come for about an hour'])('%s: no span', (text) => {
    expect(features(text).has('h:span')).toBe(false);
  });
});

describe('praise: "yn dda iawn" and praise north and south; praise the resident denies is none', () => {
  it.each([
    'Roedd y gwaith yn dda iawn',
    'Chwarae teg i’r hogia, job dda',
    'Gwasanaeth grêt, tsiampion',
    'Oedd e’n ffab, lyfli',
    'Diolch o galon i chi gyd',
    'Mae’r plymwr yn wych',
    'Roedd o’n ffantastig',
    'The plumber was really helpful',
  ])('%s: praise', (text) => {
    const f = features(text);
    expect(f.has('c:praise')).toBe(true);
    expect(f.has('n:denied')).toBe(false);
  });

  it.each([
    ["Dyw'r gwaith ddim yn dda iawn", 'dda iawn'],
    ['Not very helpful at all', 'helpful'],
    ["I'm not happy with the repair", 'happy with'],
    ['Dyw hynny ddim yn chwarae teg', null],
    ['The service was never great and it still is not', null],
  ])('%s: no praise', (text, denied) => {
    const f = features(text);
    expect(f.has('c:praise')).toBe(false);
    expect(f.has('x:praise_only')).toBe(false);
    if (denied) expect(f.get('n:denied')).toBe(denied);
  });
});
