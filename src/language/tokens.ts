import { normalisedWords } from './normalise';
import { welshRadicals, WELSH_CLITIC_U, WELSH_M_AFTER, WELSH_MUTATED_IN_CONTEXT, WELSH_SPOKEN, WELSH_SPOKEN_PAIRS } from './welsh-forms-spoken';

/**
 * Turns a resident's message into canonical tokens for matching: English contractions and
 * text-speak spelt out ("u" → "you", "dont" → "dont"), Welsh clitics split ("ma'r" → "mae
 * yr"), everyday Welsh forms mapped to one spelling ("isio", "moyn" → "eisiau"; "di" →
 * "wedi"), mutated Welsh words taken back to the form the vocabulary knows ("nghwyn" →
 * "cwyn") and small typos corrected against that vocabulary. Each token remembers the words
 * it came from, so a decision can quote what the resident actually wrote.
 */
export interface Token {
  /** Canonical form, matched by the cue phrases. */
  form: string;
  /** What the resident wrote (normalised), for explanations. */
  raw: string;
}

/**
 * A typed word's shared token carries a number (eleventh speed round), given once when the
 * tokeniser first reads the word; the readers that work something out once per token form (the
 * cue automaton's first steps, the model's word numbers, the prefilter's words) keep it in typed
 * arrays at the slot `tokenSlot(number)`, tagged with the number. Before, each reader kept it in a
 * record on the token (an object per token, a record per reader inside it, a typed array inside
 * that): three or four dependent loads a token a reader, where a number costs one and the slot's
 * tag and data sit in arrays read in turn by every token. The tables are of fixed size (a number
 * is never an index into anything that grows: a resident's new words only displace older ones
 * from their slots), and numbers are never reused (a double counts to 2^53), so a tag that
 * matches is the token's own. Under a symbol and not enumerable, so never part of a token's value
 * (JSON, test equality). A token made per message (a two-word form such as "sa i") and a token
 * built by hand have none: readers look those up by string as before.
 */
export const NUMBER: unique symbol = Symbol('token number');
export const numberOf = (t: Token): number => (t as { [NUMBER]?: number })[NUMBER] ?? -1;
/** Slots in a reader's table: more than the tokeniser's 50,000 remembered words, a power of two. */
export const TOKEN_SLOT_BITS = 16;
export const TOKEN_SLOTS = 1 << TOKEN_SLOT_BITS;
export const tokenSlot = (n: number): number => n & (TOKEN_SLOTS - 1);
/** A reader's tags, every slot empty (-1: no number). */
export const emptyTags = (): Float64Array => new Float64Array(TOKEN_SLOTS).fill(-1);
let nextNumber = 0;

function sharedToken(form: string, raw: string): Token {
  const t: Token = { form, raw };
  Object.defineProperty(t, NUMBER, { value: nextNumber++, enumerable: false });
  return Object.freeze(t);
}

export interface Vocabulary {
  words: Set<string>;
  /** Stems from phrases written as "stem*". */
  prefixes: string[];
  /** Mutated Welsh forms the vocabulary itself uses, mapped to their dictionary form ("ddim" → "dim"). */
  canonical: Map<string, string>;
}

// A Map, not an object: a resident's word such as "constructor" must not find Object's own.
const REWRITE = new Map<string, string[]>(Object.entries({
  // English text-speak and run-together contractions
  u: ['you'], ya: ['you'], ur: ['your'], r: ['are'], pls: ['please'], plz: ['please'], plse: ['please'], pleez: ['please'],
  thx: ['thanks'], thanx: ['thanks'], thnx: ['thanks'], tnx: ['thanks'], cos: ['because'], coz: ['because'], cuz: ['because'],
  bc: ['because'], becuz: ['because'], b4: ['before'], wk: ['week'], wks: ['weeks'], mth: ['month'], mths: ['months'],
  mnth: ['month'], mnths: ['months'], '2day': ['today'], '2moro': ['tomorrow'], tmrw: ['tomorrow'], ppl: ['people'],
  nd: ['and'], wat: ['what'], wot: ['what'], sum1: ['someone'], some1: ['someone'], no1: ['noone'], any1: ['anyone'],
  gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], thru: ['through'], txt: ['text'], msg: ['message'],
  appt: ['appointment'], appts: ['appointments'], apt: ['appointment'], mins: ['minutes'], hrs: ['hours'], yrs: ['years'],
  'no-one': ['noone'], nobodys: ['nobody'], somethin: ['something'], nothin: ['nothing'], havnt: ['havent'], hasnt: ['hasnt'],
  didnt: ['didnt'], doesnt: ['doesnt'], wasnt: ['wasnt'], isnt: ['isnt'], wont: ['wont'], cant: ['cant'], aint: ['aint'],
  // "I've" without its apostrophe is not a mutated "give".
  ive: ['i', 'have'],
  // Everyday Welsh forms, north and south
  dwi: ['dw', 'i'], rydw: ['dw'], ydw: ['dw'], rwy: ['dw'], rwyf: ['dw'], wi: ['dw', 'i'], sai: ['dw', 'i', 'ddim'],
  dwim: ['dw', 'i', 'ddim'], ma: ['mae'], mai: ['mae'], odd: ['oedd'], roedd: ['oedd'], roeddwn: ['oeddwn'], di: ['wedi'], isio: ['eisiau'],
  isie: ['eisiau'], ishe: ['eisiau'], isho: ['eisiau'], eisie: ['eisiau'], moyn: ['eisiau'], mo: ['dim'], efo: ['gyda'],
  hefo: ['gyda'], rwan: ['nawr'], rŵan: ['nawr'], rili: ['wir'], neud: ['gwneud'], gneud: ['gwneud'], nath: ['wnaeth'],
  naeth: ['wnaeth'], sdim: ['does', 'dim'], sna: ['does', 'dim'], plîs: ['plis'], chdi: ['ti'], nw: ['nhw'], ny: ['nhw'],
  heddi: ['heddiw'], fory: ['yfory'], ddoe: ['ddoe'], mis: ['mis'], wthnos: ['wythnos'], ffono: ['ffonio'], ffonies: ['ffoniais'],
  ffonis: ['ffoniais'], trw: ['trwy'], yr: ['y'], gwbod: ['gwybod'], sneb: ['does', 'neb'], drio: ['trio'], trial: ['trio'], yn: ['yn'], "'n": ['yn'], n: ['yn'],
}));

/** Two-word colloquial forms ("sa i", "so i" = "I'm not"). */
const PAIRS: Array<[string, string, string[]]> = [
  ['sa', 'i', ['dw', 'i', 'ddim']],
  // "dw i'm", "dwn i'm": the Welsh 'm is "ddim" (the apostrophe is gone by now, so "im").
  ['dw', 'im', ['dw', 'i', 'ddim']],
  ['dwn', 'im', ['dwn', 'i', 'ddim']],
  ['so', 'i', ['dw', 'i', 'ddim']],
  ['w', 'i', ['dw', 'i']],
  ['no', 'one', ['noone']],
  ['no', 'ones', ['noone', 'is']],
  ['any', 'one', ['anyone']],
  // Everyday Welsh spoken forms (welsh-forms-spoken.ts): "smo i".
  ...WELSH_SPOKEN_PAIRS.map(([a, b, out]): [string, string, string[]] => [a, b, [...out]]),
];

const WELSH_AFTER_SO_I = new Set(['yn', 'wedi', 'eisiau', 'ddim', 'gallu', 'credu', 'gwybod', 'mynd', 'wneud', 'gwneud', 'cael', 'deall', 'hapus', 'siwr', 'siŵr', 'moyn']);

// The pairs by their first word, then their second (the first pair listed wins, as it always has).
const PAIRED = new Map<string, Map<string, string[]>>();
for (const [a, b, out] of PAIRS) {
  const second = PAIRED.get(a) ?? new Map<string, string[]>();
  if (!second.has(b)) second.set(b, out);
  PAIRED.set(a, second);
}

// Welsh clitics after an apostrophe: "ma'r" (mae'r), "i'n", "gyda'i", "i'w", "i'ch", "wedi'u" (welsh-forms-spoken.ts).
const CLITIC: Record<string, string> = { n: 'yn', r: 'y', i: 'ei', w: 'eu', ch: 'eich', u: WELSH_CLITIC_U };

function splitWord(word: string): string[] {
  const w = word.replace(/^'+|'+$/g, '');
  if (!w) return [];
  const m = /n't$/.test(w) ? null : /^(.+?)'(n|r|i|w|ch|u)$/.exec(w);
  if (m) return [...splitWord(m[1]), CLITIC[m[2]]];
  // The Welsh 'm (ddim) after a pronoun: "o'm", "nhw'm" (welsh-forms-spoken.ts); English "i'm" is "im".
  const neg = /^([a-z]+)'m$/.exec(w);
  if (neg && WELSH_M_AFTER.has(neg[1])) return [neg[1], 'ddim'];
  // English contractions are matched without the apostrophe ("dont", "im", "its").
  return [w.replace(/'/g, '')];
}

/**
 * Whether `typed` is more likely a slip for `word` than a word of its own. One letter swapped
 * for another, or one dropped or added in a short word, is how English words differ from each
 * other ("lived"/"livid", "bloke"/"broke", "leaving"/"leaking", "talking"/"taking"); two letters
 * transposed ("recieved"), or one dropped or added in a long word ("complant"), is how typing slips;
 * an "s" added is a plural or a possessive of the word ("water's").
 */
export function likelyTypo(typed: string, word: string): boolean {
  // A plural or a possessive ("water's", "boilers") is the word itself.
  if (typed === `${word}s`) return true;
  if (typed.length === word.length) {
    let i = 0;
    while (i < typed.length && typed[i] === word[i]) i++;
    return i + 1 < typed.length && typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
  }
  if (Math.abs(typed.length - word.length) !== 1 || Math.min(typed.length, word.length) < 7) return false;
  const [long, short] = typed.length > word.length ? [typed, word] : [word, typed];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

function known(vocab: Vocabulary, w: string): boolean {
  return vocab.words.has(w) || vocab.prefixes.some((p) => w.startsWith(p));
}

/** Builds a correction function with a per-vocabulary cache, so repeated words cost one lookup. */
/** `remember` false: a part of a text being read (a sentence) leaves the whole text's words remembered (normalise.ts). */
export type Tokenise = (text: string, remember?: boolean) => Token[];

export function createTokeniser(vocab: Vocabulary): Tokenise {
  // Everyday north and south Welsh spelt out (welsh-forms-spoken.ts), except a form a cue phrase
  // spells itself: its phrase would no longer match. A form listed in REWRITE keeps that reading.
  const spoken = new Map<string, readonly string[]>();
  for (const [typed, out] of WELSH_SPOKEN) if (!REWRITE.has(typed) && !known(vocab, typed) && !vocab.canonical.has(typed)) spoken.set(typed, out);
  const cache = new Map<string, string>();
  const byFirst = new Map<string, string[]>();
  for (const w of vocab.words) {
    if (w.length < 5 || /\d/.test(w)) continue;
    const list = byFirst.get(w[0]) ?? [];
    list.push(w);
    byFirst.set(w[0], list);
  }

  function correct(w: string): string {
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    let out = vocab.canonical.get(w) ?? w;
    if (out === w && !known(vocab, w) && !/\d/.test(w)) {
      // Undoing a mutation must land on a whole word, or a long stem: short stems would turn
      // English words into Welsh ones ("regards" → "rheg…"). A Welsh word of its own ("nwy" gas,
      // "dal" still) is never taken for a mutated one (welsh-forms-spoken.ts).
      const base = welshRadicals(w).find((r) => vocab.words.has(r) || vocab.prefixes.some((p) => p.length >= 5 && r.startsWith(p)));
      // Four letters or more before the "s": Welsh "lles", "dros", "nos" are words of their own.
      const single = w.length >= 5 && w.endsWith('s') ? w.slice(0, -1) : '';
      if (base) out = vocab.canonical.get(base) ?? base;
      // A plural or a possessive ("baby's", "boilers") is the word itself, however short.
      else if (single && vocab.words.has(single)) out = vocab.canonical.get(single) ?? single;
      else if (w.length >= 5) {
        const near = (byFirst.get(w[0]) ?? []).find((v) => likelyTypo(w, v));
        if (near) out = near;
      }
    }
    if (cache.size < 50_000) cache.set(w, out);
    return out;
  }

  // What each word as typed splits and is spelt out into, before corrections: worked out once per
  // distinct word (words recur within and across messages).
  const partsCache = new Map<string, string[]>();
  const partsOf = (word: string): string[] => {
    let parts = partsCache.get(word);
    if (parts) return parts;
    parts = [];
    for (const part of splitWord(word)) for (const r of REWRITE.get(part) ?? spoken.get(part) ?? [part]) parts.push(r);
    if (partsCache.size >= 50_000) partsCache.clear();
    partsCache.set(word, parts);
    return parts;
  };

  // What each typed word becomes, worked out once per distinct word: its parts before corrections
  // (the two-word forms are read from those) and its tokens after them. The tokens are shared by
  // every message that has the word, so they are frozen; only a two-word form makes new ones.
  interface Word {
    parts: readonly string[];
    tokens: readonly Token[];
    /** By part, 1 where it could begin a two-word form (PAIRED has it); null where none could. */
    paired: Uint8Array | null;
    /** A word of one part read as a mutation only in some company (WELSH_MUTATED_IN_CONTEXT). */
    contextual: boolean;
  }
  const wordCache = new Map<string, Word>();
  const wordOf = (word: string): Word => {
    let found = wordCache.get(word);
    if (found) return found;
    const parts = partsOf(word);
    // Whether a part could begin a two-word form is kept with the word: one look-up by string a
    // typed word, not a look-up in PAIRED of every part of every message.
    const paired = parts.some((part) => PAIRED.has(part)) ? Uint8Array.from(parts, (part) => (PAIRED.has(part) ? 1 : 0)) : null;
    // Kept with the word too, for the same reason: asked of every word of every message.
    const contextual = parts.length === 1 && WELSH_MUTATED_IN_CONTEXT.has(word);
    found = { parts, tokens: parts.map((form) => sharedToken(correct(form), word)), paired, contextual };
    if (wordCache.size >= 50_000) wordCache.clear();
    wordCache.set(word, found);
    return found;
  };

  // The part after part `k` of word `w`, across words (what follows a "so i"), or ''.
  const partAfter = (words: readonly string[], w: number, k: number): string => {
    const parts = wordOf(words[w]).parts;
    if (k + 1 < parts.length) return parts[k + 1];
    for (let v = w + 1; v < words.length; v++) {
      const next = wordOf(words[v]).parts;
      if (next.length) return next[0];
    }
    return '';
  };

  // A word read as a mutation only in some company ("y gwyn" a complaint, "asbestos gwyn" white;
  // welsh-forms-spoken.ts): where the words either side do not make it one, a token of the word as
  // typed, shared by every message that keeps it so.
  const asTyped = new Map<string, Token>();
  const inContext = (out: Token[], at: readonly number[], text: string) => {
    for (const i of at) {
      const t = out[i];
      const rule = WELSH_MUTATED_IN_CONTEXT.get(t.raw)!;
      if (t.form !== rule.base || rule.mutated(i > 0 ? out[i - 1].form : '', i + 1 < out.length ? out[i + 1].form : '', text)) continue;
      let own = asTyped.get(t.raw);
      if (!own) asTyped.set(t.raw, (own = sharedToken(rule.otherwise ?? t.raw, t.raw)));
      out[i] = own;
    }
  };

  return (text: string, remember = true): Token[] => {
    const out: Token[] = [];
    let contextual: number[] | null = null;
    const words = normalisedWords(text, remember);
    // A two-word form pairs a part with the next part, across words as within one: the part left
    // over from the word before, if it could begin one.
    let pending: { part: string; token: Token } | null = null;
    for (let w = 0; w < words.length; w++) {
      const entry = wordOf(words[w]);
      const { parts, tokens, paired } = entry;
      // Most words: nothing pending and no part that could begin a two-word form.
      if (pending === null && paired === null) {
        if (entry.contextual) (contextual ??= []).push(out.length);
        for (let k = 0; k < tokens.length; k++) out.push(tokens[k]);
        continue;
      }
      for (let k = 0; k < parts.length; k++) {
        if (pending) {
          let pair = PAIRED.get(pending.part)!.get(parts[k]);
          // "so i" is southern Welsh for "I'm not" only with Welsh after it ("so i'n", "so i 'di"); "So I rang" is English.
          if (pair && pending.part === 'so' && !WELSH_AFTER_SO_I.has(partAfter(words, w, k))) pair = undefined;
          if (pair) {
            const rawPair = `${pending.token.raw} ${tokens[k].raw}`;
            for (const f of pair) out.push({ form: correct(f), raw: rawPair });
            pending = null;
            continue;
          }
          out.push(pending.token);
          pending = null;
        }
        if (paired !== null && paired[k] === 1) pending = { part: parts[k], token: tokens[k] };
        else {
          if (entry.contextual) (contextual ??= []).push(out.length);
          out.push(tokens[k]);
        }
      }
    }
    if (pending) out.push(pending.token);
    if (contextual) inContext(out, contextual, text);
    return out;
  };
}
