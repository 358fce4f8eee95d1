import { welshRadicals } from '../language/welsh-forms-spoken';
import { createTokeniser, emptyTags, numberOf, tokenSlot, TOKEN_SLOTS, type Token, type Vocabulary } from '../language/tokens';
import { CUES, type Cue } from './cues';
import { compilePhrase, fold, matchAt, type PhrasePattern } from './phrase-pattern';
import { buildTrie, flatten, walkFlat } from './phrase-trie';

/** One cue found in a message: which cue, in which language's list, and the words that matched. */
export interface CueHit {
  cue: Cue;
  lang: 'cy' | 'en';
  phrase: string;
  /** The resident's own words (normalised) that matched. */
  words: string;
}

function wordsOf(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    for (const alt of part.replace(/\?$/, '').split('|')) {
      if (alt === '~' || alt === '~~') continue;
      // "budd-dal*" still makes "budd" a word the tokeniser knows (and can undo "mudd" to).
      const ws = fold(alt.replace(/\*$/, '').replace(/_/g, ' ')).split(' ');
      if (alt.endsWith('*')) ws.pop();
      for (const w of ws) if (w) out.push(w);
    }
  }
  return out;
}

/**
 * Every word the cue lists use. Welsh phrases sometimes spell a word mutated ("ddim", "y
 * ddau gam"); those forms are mapped to the dictionary form other phrases use, so the
 * tokeniser and the phrases agree on one canonical form per word.
 */
export function vocabularyOf(): Vocabulary {
  const en = new Set<string>();
  const cy = new Set<string>();
  const prefixes: string[] = [];
  for (const lists of Object.values(CUES)) {
    for (const phrase of lists.en) for (const w of wordsOf(phrase)) en.add(w);
    for (const phrase of lists.cy) for (const w of wordsOf(phrase)) cy.add(w);
    for (const phrase of [...lists.en, ...lists.cy]) {
      for (const part of phrase.split(/\s+/)) {
        for (const alt of part.replace(/\?$/, '').split('|')) {
          if (!alt.endsWith('*')) continue;
          const stem = fold(alt.slice(0, -1));
          if (stem.length >= 4 && !stem.includes(' ')) prefixes.push(stem);
        }
      }
    }
  }
  const canonical = new Map<string, string>();
  for (const w of cy) {
    if (en.has(w)) continue;
    // A Welsh word of its own ("nwy" gas, "dal" still) keeps its meaning: never mapped to another.
    const base = welshRadicals(w).find((r) => cy.has(r));
    if (base) canonical.set(w, base);
  }
  const words = new Set([...en, ...cy].filter((w) => !canonical.has(w)));
  return { words, prefixes, canonical };
}


export interface Matcher {
  /** `remember` false: a part of a text (a sentence) that must not displace the whole text's remembered words. */
  tokens(text: string, remember?: boolean): Token[];
  /** Every cue phrase found, each reported once per cue with the words it matched. */
  hits(tokens: Token[]): CueHit[];
}

interface FormSteps {
  /** The flat trie's nodes the form leads to from the root. */
  steps: Int32Array;
  /** Its number among the words on edges below the root, or -1. */
  word: number;
}

interface CompiledPhrase {
  cue: Cue;
  lang: 'cy' | 'en';
  phrase: string;
  pattern: PhrasePattern;
}

/**
 * Compiles the cue lists once into token patterns indexed by the words that can anchor them; the
 * result is immutable as far as callers can tell and shared by every classification.
 *
 * A message is read in one pass over its tokens: each token's form (looked up once per distinct
 * form) names the phrases it can anchor, and each such phrase is tried only at the starts its
 * anchor allows, leftmost first, token by token (phrase-pattern.ts). No regular expression runs.
 */
export function createMatcher(): Matcher {
  const vocab = vocabularyOf();
  const phrases: CompiledPhrase[] = [];
  // A phrase listed twice for one cue (in both languages, or twice in a list) is reported once,
  // by its first listing: later listings are never tried.
  const listed = new Set<string>();
  for (const [cue, lists] of Object.entries(CUES) as Array<[Cue, { en: string[]; cy: string[] }]>) {
    for (const lang of ['en', 'cy'] as const) {
      for (const phrase of lists[lang]) {
        const key = `${cue}:${phrase}`;
        if (listed.has(key)) continue;
        listed.add(key);
        phrases.push({ cue, lang, phrase, pattern: compilePhrase(phrase, vocab.canonical) });
      }
    }
  }
  const tokenise = createTokeniser(vocab);

  const trie = buildTrie(phrases.map((p) => p.pattern));
  const unanchored = trie.unanchored;
  const flat = flatten(trie);
  // The nodes each form leads to from the root and its word number below it, worked out once per
  // distinct form (words recur within and across messages): one look-up of the form a token.
  const byForm = new Map<string, FormSteps>();
  const formSteps = (form: string): FormSteps => {
    let found = byForm.get(form);
    if (found) return found;
    found = { steps: flat.rootSteps(form), word: flat.wordId(form) };
    if (byForm.size >= 50_000) byForm.clear();
    byForm.set(form, found);
    return found;
  };
  // A typed word's token's word number and root steps by its number (tokens.ts NUMBER): fixed-size
  // tables, a slot's tag the number whose values it holds.
  const slotTag = emptyTags();
  const slotWord = new Int32Array(TOKEN_SLOTS);
  const slotSteps: Int32Array[] = new Array<Int32Array>(TOKEN_SLOTS).fill(new Int32Array(0));
  // Per message, reused: each token's word number and root steps (hits runs to completion).
  let words = new Int32Array(256);
  let stepsAt: Int32Array[] = [];

  // Scratch space reused by every message (hits runs to completion, so nothing interleaves): the
  // leftmost start found for each phrase (-1: none yet) and the phrases found.
  const startOf = new Int32Array(phrases.length).fill(-1);
  const found = new Int32Array(phrases.length);
  let count = 0;
  let start = 0;
  const record = (id: number) => {
    if (startOf[id] < 0) {
      startOf[id] = start;
      found[count++] = id;
    }
  };

  const quote = (tokens: Token[], from: number, end: number): string => {
    // As the regular expressions quoted: the tokens of the match (the token at the start when the
    // match is empty), each resident's word once.
    const stop = end > from ? end - 1 : from;
    const raws: string[] = [];
    for (let i = from; i <= stop && i < tokens.length; i++) if (!(raws[raws.length - 1] ?? '').endsWith(tokens[i].raw)) raws.push(tokens[i].raw);
    return raws.join(' ');
  };

  return {
    tokens: tokenise,
    hits(tokens) {
      const n = tokens.length;
      const forms = new Array<string>(n);
      if (words.length < n) words = new Int32Array(2 * n);
      if (stepsAt.length < n) stepsAt = new Array<Int32Array>(2 * n);
      for (let i = 0; i < n; i++) {
        const t = tokens[i];
        forms[i] = t.form;
        // By a typed word's token number: one look-up by string a typed word, not a token.
        const num = numberOf(t);
        if (num >= 0) {
          const s = tokenSlot(num);
          if (slotTag[s] !== num) {
            const f = formSteps(t.form);
            slotTag[s] = num;
            slotWord[s] = f.word;
            slotSteps[s] = f.steps;
          }
          words[i] = slotWord[s];
          stepsAt[i] = slotSteps[s];
        } else {
          const f = formSteps(t.form);
          words[i] = f.word;
          stepsAt[i] = f.steps;
        }
      }
      count = 0;
      // Starts in ascending order, so the first start a phrase is found at is its leftmost.
      for (start = 0; start <= n; start++) {
        if (start < n) {
          const steps = stepsAt[start];
          for (let k = 0; k < steps.length; k++) walkFlat(flat, steps[k], words, forms, start + 1, record);
        }
        for (let u = 0; u < unanchored.length; u++) {
          const id = unanchored[u];
          if (startOf[id] < 0 && matchAt(phrases[id].pattern, forms, start) >= 0) record(id);
        }
      }
      // Phrase order decides the order of the hits; keep it.
      const order = found.subarray(0, count).sort();
      const out: CueHit[] = [];
      for (let o = 0; o < count; o++) {
        const id = order[o];
        const p = phrases[id];
        const from = startOf[id];
        startOf[id] = -1;
        // A phrase whose every match is as long needs no second reading to know where it ends.
        const end = p.pattern.fixed >= 0 ? from + p.pattern.fixed : matchAt(p.pattern, forms, from);
        out.push({ cue: p.cue, lang: p.lang, phrase: p.phrase, words: quote(tokens, from, end) });
      }
      return out;
    },
  };
}
