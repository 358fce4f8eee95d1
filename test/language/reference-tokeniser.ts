// The tokeniser as it was before issue #19's fourth speed round (commit 0535aa1), with the third kind
// round's reading rules (h19-kind3: likelier typos, plurals, "so i" only before Welsh; h19-kind4: "ive"), kept as the
// reference the faster one must read exactly as (test/language/fast-paths.test.ts).
import { normalisedWords } from '../../src/language/normalise';
// The eighth Welsh round's reading rules (welsh-forms-spoken.ts) are read here the plain way too.
import { welshRadicals as radicals, WELSH_CLITIC_U, WELSH_M_AFTER, WELSH_MUTATED_IN_CONTEXT, WELSH_SPOKEN, WELSH_SPOKEN_PAIRS } from '../../src/language/welsh-forms-spoken';
// The typo rule is the shipped one: the reference checks how words are split, paired and corrected around it.
import { likelyTypo } from '../../src/language/tokens';

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
  // h19-kind4: "I've" without its apostrophe is not a mutated "give".
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

function known(vocab: Vocabulary, w: string): boolean {
  return vocab.words.has(w) || vocab.prefixes.some((p) => w.startsWith(p));
}

/** Builds a correction function with a per-vocabulary cache, so repeated words cost one lookup. */
export function createTokeniser(vocab: Vocabulary): (text: string) => Token[] {
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
      // English words into Welsh ones ("regards" → "rheg…").
      const base = radicals(w).find((r) => vocab.words.has(r) || vocab.prefixes.some((p) => p.length >= 5 && r.startsWith(p)));
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

  return (text: string): Token[] => {
    const tokens: Token[] = [];
    for (const word of normalisedWords(text)) for (const form of partsOf(word)) tokens.push({ form, raw: word });
    const paired: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let pair = i + 1 < tokens.length ? PAIRED.get(tokens[i].form)?.get(tokens[i + 1].form) : undefined;
      // "so i" is southern Welsh for "I'm not" only with Welsh after it ("so i'n", "so i 'di"); "So I rang" is English.
      if (pair && tokens[i].form === 'so' && !WELSH_AFTER_SO_I.has(tokens[i + 2]?.form ?? '')) pair = undefined;
      if (pair) {
        const rawPair = `${tokens[i].raw} ${tokens[i + 1].raw}`;
        for (const f of pair) paired.push({ form: f, raw: rawPair });
        i++;
      } else paired.push(tokens[i]);
    }
    for (const t of paired) t.form = correct(t.form);
    // A word that is a mutation only in some company, typed alone, is kept as typed where the words either side do not make it one.
    for (let i = 0; i < paired.length; i++) {
      const t = paired[i];
      const rule = WELSH_MUTATED_IN_CONTEXT.get(t.raw);
      if (!rule || t.form !== rule.base) continue;
      if (!rule.mutated(i > 0 ? paired[i - 1].form : '', i + 1 < paired.length ? paired[i + 1].form : '', text)) t.form = rule.otherwise ?? t.raw;
    }
    return paired;
  };
}
