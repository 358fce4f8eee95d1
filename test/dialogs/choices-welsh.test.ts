import { describe, expect, it } from 'vitest';
import { OUTCOME_CHOICES, REPRESENTATIVE_CHOICES, saysNone } from '../../dialogs/intake/choice-sets';
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
