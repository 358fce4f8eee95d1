import { describe, expect, it } from 'vitest';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { createRuleClassifier } from '../../src/triage/rules';
import { features, table } from './feature-table';

// Issue #19, sixteenth session (cy17): Welsh as residents write it, north and south, each reading
// with the messages that must not raise it (docs/triage/rounds.md, "sixteenth session (cy17)"):
// a worry is no unhappiness, and "nothing has happened, just …" is reassurance. Made-up sentences,
// not corpus lines.
const profile = createProfileRegistry().get(DEFAULT_POLICY);
const rules = createRuleClassifier();

table(
  'k:no_harm',
  [
    // north
    'Does dim byd wedi digwydd, jest isio bod yn saff efo\'r plant.',
    'Mae’r giât yn siglo. Dim byd wedi digwydd eto, jyst isio i rywun sbio.',
    // south
    "Dyw dim byd wedi mynd o le, dim ond moyn i chi tsieco'r weiars.",
    // English
    "Nothing's happened yet, just want it checked.",
  ],
  [
    // nothing done: the landlord's "nothing", history
    "Dw i wedi ffonio deirgwaith a does dim byd wedi digwydd.",
    'Dal dim byd wedi digwydd ers mis Mai.',
    'I rang in March and nothing has happened.',
  ],
);

describe('worry is no unhappiness with the landlord (cues.ts dissatisfaction)', () => {
  // As English "I'm worried about my neighbour" raises no dissatisfaction cue, Welsh "poeni" does not
  // either: neither the model's c:dissatisfaction feature nor the rules' reading hears it.
  it.each([
    "Dw i'n poeni am yr hen wraig drws nesa, dydy hi ddim wedi bod allan.",
    'Fi’n poeni am fy mam-gu, ma hi’n byw ar ben ei hunan.',
    "Dw i'n poeni am y tamprwydd yn llofft y babi.",
    "Dw i'n poeni bod y to yn gollwng eto pan ddaw'r glaw.",
    "I'm worried about the damp in the baby's room.",
  ])('%s: not dissatisfied', (text) => {
    expect(features(text).has('c:dissatisfaction')).toBe(false);
    expect(rules.classify(text, profile).dissatisfied).toBe(false);
  });
  it.each([
    "Dw i'n anhapus iawn efo'r ffordd dach chi wedi delio efo hyn.",
    'Dw i wedi cael llond bol, neb yn gwrando.',
    "I'm not happy with how you've dealt with this.",
  ])('%s: still dissatisfied', (text) => {
    expect(features(text).has('c:dissatisfaction')).toBe(true);
    expect(rules.classify(text, profile).dissatisfied).toBe(true);
  });
});
