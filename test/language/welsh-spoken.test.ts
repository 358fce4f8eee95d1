import { describe, expect, it } from 'vitest';
import { createTokeniser } from '../../src/language/tokens';
import { WELSH_OWN_WORDS, welshRadicals } from '../../src/language/welsh-forms-spoken';
import { vocabularyOf } from '../../src/triage/matcher';

// Issue #19, seventh Welsh round: Welsh as residents write it, read as the forms the cue lists
// use (src/language/welsh-forms-spoken.ts). Made-up sentences, north and south.
const vocab = vocabularyOf();
const tokenise = createTokeniser(vocab);
const forms = (text: string) => tokenise(text).map((t) => t.form).join(' ');

describe('a Welsh word of its own is not read as a mutation of another', () => {
  it.each([
    // [typed, its own meaning kept, what it was read as before]
    ['Mae ogla nwy yn y gegin', 'nwy', 'dwy'],
    ['Ma gwynt nwy cryf tu fas', 'nwy', 'dwy'],
    ["Mae'r to yn dal i ollwng", 'dal', 'tal'],
    ["Ma'r dŵr yn dal yn dod", 'dal', 'tal'],
    ['Dw i wedi cael digon ar hyn', 'hyn', 'yn'],
    ['Mae angen mwy o amser', 'mwy', 'bwy'],
    ['Dw i’n ffonio ar ran fy mam', 'ran', 'gran'],
    ["Mae'r nenfwd ar fin disgyn", 'fin', 'bin'],
    ["Dim byd o'r fath", 'fath', 'bath'],
    ['Maen nhw’n swnllyd yn hwyr bob nos', 'hwyr', 'wyr'],
    ['Pam nad oes neb wedi dod?', 'nad', 'dad'],
    ['Dw i ar fy mhen fy hun', 'hun', 'un'],
  ])('%j keeps %s (not %s)', (text, own, wrong) => {
    const f = forms(text).split(' ');
    expect(f).toContain(own);
    expect(f).not.toContain(wrong);
  });

  it('still undoes the mutations that are mutations', () => {
    expect(forms('am ddwy flynedd')).toBe('am dwy blynedd');
    expect(forms('fy nghwyn i')).toBe('fy cwyn i');
    expect(forms("Dw i isio'i drwsio fo")).toContain('trwsio');
    for (const w of WELSH_OWN_WORDS) expect(welshRadicals(w)).toEqual([]);
    expect(welshRadicals('ddwy')).toContain('dwy');
  });
});

describe('"gwyn" and "chwyn" are a complaint only after a word that mutates them', () => {
  it.each([
    ["Dw i isio i'r gwyn fynd ymlaen", true],
    ['Mae gen i gŵyn am y gwres', true],
    ['Ewch â fy nghwyn i gam 2', true],
    ["Beth ddigwyddodd i'w gŵyn hi?", true],
    ['Dw i am wneud cwyn', true],
    ['Cafodd ei chwyn hi ei chau', true],
    ['Roedd asbestos gwyn yn y nenfwd', false],
    ['Fflat 3, Tŷ Gwyn, Heol Fawr', false],
    ["Mae'r llwybr yn llawn chwyn a mieri", false],
    ['Mae chwyn yn tyfu drwy’r patio', false],
  ])('%j reads a complaint word: %s', (text, complaint) => {
    expect(forms(text).split(' ').includes('cwyn')).toBe(complaint);
  });
});

describe('everyday north and south Welsh and its text-speak', () => {
  it.each([
    ['dwin aros ers wsnos', 'dw i yn aros ers wythnos'],
    ['Dwnim pryd ma nhw’n dod', 'dwn i dim pryd mae nhw yn dod'],
    ["Nath o ddeud bydda fo'n dod", 'wnaeth o dweud bydda fo yn dod'],
    ['Wedoch chi bydde rhywun yn dod', 'dwedoch chi bydde rhywun yn dod'],
    ['Ddudodd y dyn bod o wedi trwsio fo', 'dwedodd y dyn bod o wedi trwsio fo'],
    ['Wedes i wrthoch chi', 'dwedais i wrthoch chi'],
    ['Yndi, mae o wedi torri eto', 'ydy mae o wedi torri eto'],
    ['Odi, ma fe dal yn gollwng', 'ydy mae fe dal yn gollwng'],
    ['Nadw, dw i ddim wedi ffonio', 'nac ydw dw i dim wedi ffonio'],
    ['Smo nhw wedi dod', 'dydy dim nhw wedi dod'],
    ['Sgen i ddim dŵr poeth', 'does gen i dim dwr poeth'],
    ['Ffonia i chi pnawn ma', 'ffonio i chi prynhawn mae'],
    ['Ffoniodd neb fi nôl', 'ffonio neb fi nol'],
  ])('%j → %j', (text, expected) => {
    expect(forms(text)).toBe(expected);
  });

  it.each([
    // A spoken plural ending, north "-a" and south "-e", read as "-au" where the cue lists know the word.
    ['Mae’r grisia yn beryg', 'grisiau'],
    ['Mae pethe wedi torri', 'pethau'],
    ['Mae’r walie yn wlyb', 'waliau'],
    ['Dw i wedi colli’r goriada', 'goriadau'],
  ])('%j reads %s', (text, form) => {
    expect(forms(text).split(' ')).toContain(form);
  });

  it('leaves English words as they were', () => {
    expect(forms('Those stairs are a drama every single time')).toBe(forms('Those stairs are a drama every single time'.toLowerCase()));
    expect(forms('I want to win this case')).toContain('win');
    expect(forms('the white goods and the weeds')).not.toContain('cwyn');
  });
});
