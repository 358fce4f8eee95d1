import { describe, expect, it } from 'vitest';
import { ADJUSTMENT_CHOICES, OUTCOME_CHOICES, REPRESENTATIVE_CHOICES, saysNone } from '../../dialogs/intake/choice-sets';
import { languageChoice } from '../../dialogs/intake/language-choice';
import { matchMany, matchOne } from '../../dialogs/parse/choices';

describe('choices in everyday Welsh and English (issue #14)', () => {
  it.each([
    ["trwsio'r boeler", ['repair']],
    ["sortio'r gwres", ['repair']],
    ['Trwsio’r to ac iawndal', ['repair', 'compensation']],
    ['compo', ['compensation']],
    ['compo a sori', ['apology', 'compensation']],
  ] as const)('reads the outcome %j', (text, codes) => {
    expect(matchMany(text, OUTCOME_CHOICES).values.sort()).toEqual([...codes].sort());
  });

  // Found trying the bot: "large print please" was recorded as Large print and, in its own words, "large print please".
  it.each([
    ['large print please', ADJUSTMENT_CHOICES, ['large_print']],
    ['print bras, diolch', ADJUSTMENT_CHOICES, ['large_print']],
    ['Compensation please, thank you', OUTCOME_CHOICES, ['compensation']],
    ['ymddiheuriad os gwelwch yn dda', OUTCOME_CHOICES, ['apology']],
    ['Iawndal, diolch yn fawr', OUTCOME_CHOICES, ['compensation']],
  ] as const)('courtesy is not words of its own: %j', (text, choices, codes) => {
    const { values, rest } = matchMany(text, choices as typeof OUTCOME_CHOICES);
    expect(values).toEqual(codes);
    expect(rest).toBe('');
  });

  it('words beyond the choices are still kept', () => {
    expect(matchMany('large print and my daughter reads letters to me please', ADJUSTMENT_CHOICES).rest).toMatch(/daughter reads letters/);
  });

  // "Dim byd, diolch" at the adjustments question was recorded as an adjustment in its own words.
  it.each([
    ['Dim byd, diolch', true],
    ['dim byd diolch yn fawr', true],
    ['Dim, diolch', true],
    ['dim o gwbl', true],
    ['nothing, thanks', true],
    ['None thank you', true],
    ['no thanks', true],
    ['print bras, diolch', false],
    ['dim grisiau plis', false],
  ] as const)('reads %j as no adjustments: %s', (text, none) => {
    expect(saysNone(text)).toBe(none);
  });

  it.each([
    ["Aelod o'r Senedd", 'ms'],
    ['Member of the Senedd', 'ms'],
    ['MS', 'ms'],
    ['fy AS', 'ms'],
    ['my MP', 'mp'],
    ['Aelod Seneddol', 'mp'],
    ['cynghorydd', 'councillor'],
  ] as const)('reads the representative %j as %s', (text, kind) => {
    expect(matchOne(text, REPRESENTATIVE_CHOICES)).toBe(kind);
  });

  it.each([
    ['Cymraeg', 'cy'],
    ['welsh please', 'cy'],
    ['yn Gymraeg', 'cy'],
    ['1', 'cy'],
    ['English', 'en'],
    ['Saesneg', 'en'],
    ['2', 'en'],
    ['Tŷ Gwyn, Heol Fawr', null],
    ['Flat 3, Welsh Street', null],
    ['I speak English and Welsh', null],
  ] as const)('reads %j as the language %s only when it is one', (text, lang) => {
    expect(languageChoice(text)).toBe(lang);
  });
});
