/**
 * One normal form for matching what residents type: lower case, accents folded (siŵr → siwr),
 * curly apostrophes straightened, punctuation other than apostrophes turned to spaces.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'@.+\s]/gu, ' ')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of normalisedWords(text)) {
    const trimmed = w.charCodeAt(0) === 0x27 || w.charCodeAt(w.length - 1) === 0x27 ? w.replace(/^'+|'+$/g, '') : w;
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** `words`, for text already through `normalise`. */
export function wordsOfNormalised(normalised: string): string[] {
  return normalised
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

// What `normalise` does to each character after folding accents and case: kept, a space (white
// space, or anything neither a letter, a digit nor one of ' @ . +), or an apostrophe (curly ones).
const KEEP = 1;
const SPACE = 2;
const QUOTE = 3;
const kinds = new Uint8Array(65536);
for (let c = 0; c < 128; c++) kinds[c] = /[\p{L}\p{N}'@.+]/u.test(String.fromCharCode(c)) ? KEEP : SPACE;
kinds[0x60] = QUOTE;
for (const c of [0x2018, 0x2019, 0x02bc, 0x00b4]) kinds[c] = QUOTE;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASCII = /^[\x00-\x7f]*$/;
const CURLY = /[\u2018\u2019\u02bc`´]/g;

function kindAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  let kind = kinds[c];
  if (kind === 0) {
    // A surrogate pair is one character to `normalise`'s expressions; so is classified whole.
    if (c >= 0xd800 && c <= 0xdfff) return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!)) ? KEEP : SPACE;
    const ch = String.fromCharCode(c);
    kinds[c] = kind = LETTER_OR_DIGIT.test(ch) ? KEEP : SPACE;
  }
  return kind;
}

/**
 * `words` before apostrophes are trimmed: exactly `normalise(text).split(' ').filter(Boolean)`,
 * in one pass over the characters rather than a pass per expression (a resident's message is
 * read by the tokeniser and the language detector; 2,000 characters of it must cost little).
 */
export function normalisedWords(text: string, remember = true): readonly string[] {
  // One reading shared: triage's tokeniser and language detector ask for the same text in turn.
  // A part of it read on the way (a sentence, `remember` false) must not push the whole text out.
  if (text === last.text) return last.words;
  const s = (ASCII.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let start = -1;
  let curly = false;
  let i = 0;
  while (i <= n) {
    let kind = i < n ? kindAt(s, i) : SPACE;
    const width = kind === KEEP && i + 1 < n && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
    // A full stop before a space or at the end is a sentence's end, not part of a word ("e.g" keeps its).
    if (kind === KEEP && s.charCodeAt(i) === 0x2e && (i + 1 >= n || kindAt(s, i + 1) === SPACE)) kind = SPACE;
    if (kind === SPACE) {
      if (start >= 0) out.push(curly ? s.slice(start, i).replace(CURLY, "'") : s.slice(start, i));
      start = -1;
      curly = false;
    } else {
      if (start < 0) start = i;
      if (kind === QUOTE) curly = true;
    }
    i += width;
  }
  const words = Object.freeze(out);
  if (remember) last = { text, words };
  return words;
}

let last: { text: string; words: readonly string[] } = { text: '', words: Object.freeze([]) };
