import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/cli/triage-corpora';
import { detectLanguage } from '../../src/language/detect';
import { createTokeniser } from '../../src/language/tokens';
import { vocabularyOf } from '../../src/triage/matcher';
import { createTokeniser as createReferenceTokeniser } from './reference-tokeniser';

// Issue #19 (speed): the tokeniser shares a typed word's tokens between messages and reads the
// two-word forms as it goes. The reference is the tokeniser it replaced, kept verbatim.
const vocab = vocabularyOf();
const tokenise = createTokeniser(vocab);
const reference = createReferenceTokeniser(vocab);

const TABLE = [
  'sa i di cael ateb',
  'so i so i sa i',
  "dw i'm yn gwybod, dwn i'm chwaith",
  'no one came, no ones coming, any one of you',
  'no',
  'no one',
  'sa',
  'i sa',
  'w i wedi ffonio w',
  "ma'r boiler di torri, dwi isio fo wedi trwsio plis",
  'U R gonna fix it b4 2moro? pls',
  "fy nghwyn am y ddamwain, mae'n dal yn wael",
  'no-one no one noone',
  'sa i sa i sa i sa',
];

describe('the tokeniser, each word read once', () => {
  it.each(TABLE)('reads %j as the plain reading does', (text) => {
    expect(tokenise(text)).toEqual(reference(text));
    // Twice: the second reading comes from what the first remembered.
    expect(tokenise(text)).toEqual(reference(text));
  });

  it('reads every corpus line as the plain reading does', () => {
    let differ = 0;
    for (const m of loadAll()) {
      if (JSON.stringify(tokenise(m.text)) !== JSON.stringify(reference(m.text))) differ++;
    }
    expect(differ).toBe(0);
  });

  it('reads 2,000 texts of the words that pair, side by side, as the plain reading does', () => {
    const words = ['sa', 'i', 'so', 'dw', "i'm", 'im', 'dwn', 'w', 'no', 'one', 'ones', 'any', 'sai', 'dwi', "ma'r", 'wi', 'no-one', 'boiler'];
    const gaps = [' ', ', ', '. ', ' - ', "'"];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    let differ = 0;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let j = 1 + next(8); j > 0; j--) text += words[next(words.length)] + gaps[next(gaps.length)];
      if (JSON.stringify(tokenise(text)) !== JSON.stringify(reference(text))) differ++;
    }
    expect(differ).toBe(0);
  });

  it('shares tokens that no caller can change', () => {
    const [a] = tokenise('boiler broken');
    const [b] = tokenise('boiler again');
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { form: string }).form = 'x';
    }).toThrow();
  });
});

describe('the language detector, Welsh letters looked for only when they count', () => {
  // The expression it replaced: a digraph inside a run of word characters.
  const OLD = /[ŵŷ]|\b\w*(dd|ll|ch|wy|ff|rh)\w*\b/i;
  const NEW = /[ŵŷ]|dd|ll|ch|wy|ff|rh/i;
  const texts = ['', 'dd', 'DD', 'a-ll', "o'ch", 'ŵ', 'Ŵ', 'café ff', 'ﬀ', 'x_dd_y', '1dd2', 'd d', 'RH!', 'ſh', 'hello', ...loadAll().map((m) => m.text)];
  it('finds a digraph exactly where the old expression did', () => {
    for (const t of texts) expect([t, NEW.test(t)]).toEqual([t, OLD.test(t)]);
  });
  it.each([
    ['ma hi n oer', 'cy'],
    ['the boiler is broken', 'en'],
    ['llawr', 'unknown'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
