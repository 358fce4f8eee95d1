import { describe, expect, it } from 'vitest';
import { normalise, normalisedWords } from '../../src/language/normalise';
import { createMatcher } from '../../src/triage/matcher';
import { compilePhrase, fold, leftmostMatch, matchAt } from '../../src/triage/phrase-pattern';
import { CUES } from '../../src/triage/cues';
import { vocabularyOf } from '../../src/triage/matcher';
import type { PhrasePattern } from '../../src/triage/phrase-pattern';
import { buildTrie, flatten, rootStepsOf, walk, walkable, walkFlat, type TrieNode } from '../../src/triage/phrase-trie';

/**
 * The trie as it was first built, every path of a phrase spelt out and inserted (the reference for
 * the part-by-part insertion), and a trie written out in one canonical order for comparison.
 */
function trieByPaths(patterns: readonly PhrasePattern[]) {
  type Step = { word: string } | { stem: string } | { gap: number };
  const fresh = (): TrieNode => ({ words: null, stems: [], gaps: [], ends: [] });
  const root = fresh();
  patterns.forEach((pattern, id) => {
    if (!walkable(pattern)) return;
    let paths: Step[][] = [[]];
    for (const part of pattern.parts) {
      if (part.kind === 'gap') {
        paths = paths.map((p) => [...p, { gap: part.max }]);
        continue;
      }
      const ways: Step[][] = part.alternatives.map((a) => [...a.words.map((word) => ({ word })), ...(a.stem === null ? [] : [{ stem: a.stem }])]);
      if (part.optional) ways.push([]);
      paths = paths.flatMap((p) => ways.map((w) => [...p, ...w]));
    }
    for (const path of paths) {
      while (path.length && 'gap' in path[path.length - 1]) path.pop();
      let at = root;
      for (const step of path) {
        if ('word' in step) {
          at.words ??= new Map();
          let child = at.words.get(step.word);
          if (!child) at.words.set(step.word, (child = fresh()));
          at = child;
        } else if ('stem' in step) {
          let edge = at.stems.find((e) => e.stem === step.stem);
          if (!edge) at.stems.push((edge = { stem: step.stem, node: fresh() }));
          at = edge.node;
        } else {
          let edge = at.gaps.find((e) => e.max === step.gap);
          if (!edge) at.gaps.push((edge = { max: step.gap, node: fresh() }));
          at = edge.node;
        }
      }
      if (!at.ends.includes(id)) at.ends.push(id);
    }
  });
  return root;
}
function written(n: TrieNode): unknown {
  return {
    ends: [...n.ends].sort((a, b) => a - b),
    words: [...(n.words ?? new Map<string, TrieNode>())].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, c]) => [w, written(c)]),
    stems: [...n.stems].sort((a, b) => (a.stem < b.stem ? -1 : 1)).map((e) => [e.stem, written(e.node)]),
    gaps: [...n.gaps].sort((a, b) => a.max - b.max).map((e) => [e.max, written(e.node)]),
  };
}

/**
 * The cue phrases are read by a trie over tokens and a token-level reading of each phrase
 * (src/triage/phrase-trie.ts, phrase-pattern.ts). They replaced one regular expression per
 * phrase, and must find what those found and quote the same words: the expression is kept here
 * as the reference.
 */
function referenceRegex(phrase: string): RegExp {
  const alternative = (alt: string) => {
    const prefix = alt.endsWith('*');
    const body = fold((prefix ? alt.slice(0, -1) : alt).replace(/_/g, ' '));
    return body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (prefix ? '\\S*' : '');
  };
  const parts = phrase
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '~') return '(?:\\S+ ){0,3}';
      if (part === '~~') return '(?:\\S+ ){0,7}';
      const optional = part.endsWith('?') && part.length > 1;
      const group = `(?:${(optional ? part.slice(0, -1) : part).split('|').map(alternative).join('|')}) `;
      return optional ? `(?:${group})?` : group;
    });
  return new RegExp(`(?:^| )(${parts.join('')})`);
}

/** The reference reading: the matched text, or null. */
function byRegex(phrase: string, forms: string[]): string | null {
  const m = referenceRegex(phrase).exec(forms.join(' ') + ' ');
  return m ? m[1].trimEnd() : null;
}

/** The automaton's reading: leftmost start from walking the trie, end from the phrase's own order. */
function byTrie(phrase: string, forms: string[]): string | null {
  const pattern = compilePhrase(phrase, new Map());
  const trie = buildTrie([pattern]);
  for (let start = 0; start <= forms.length; start++) {
    let found = false;
    if (start < forms.length) for (const node of rootStepsOf(trie, forms[start])) walk(node, forms, start + 1, () => (found = true));
    if (trie.unanchored.length && matchAt(pattern, forms, start) >= 0) found = true;
    if (found) return forms.slice(start, matchAt(pattern, forms, start)).join(' ');
  }
  return null;
}

// Phrases here are written as the tokeniser reads words (dictionary forms: "dim", not "ddim"),
// as the matcher maps the cue lists' own spellings.
const matcher = createMatcher();
const formsOf = (text: string) => matcher.tokens(text).map((t) => t.form);

describe('cue phrases over tokens', () => {
  it.each([
    // phrase, message, what it matches (canonical tokens) or null
    ['make ~ complaint', 'I want to make a formal complaint', 'make a formal complaint'],
    ['make ~ complaint', 'make one two three four complaint', null],
    // A gap takes as many words as it can: the same words the expression quoted.
    ['make ~ complaint', 'make complaint x complaint', 'make complaint x complaint'],
    ['ombudsman ~~ investigat*|accepted', 'the ombudsman said last week they had accepted it', 'ombudsman said last week they had accepted'],
    ['complain*', 'I am complaining', 'complaining'],
    // "daliadau" is "taliadau" soft-mutated: the tokeniser gives the dictionary form.
    ['budd-tal*', 'y budd daliadau', 'budd taliadau'],
    ['no-show', 'another no show today', 'no show'],
    ['not_happy|unhappy', 'I am not happy', 'not happy'],
    ['two|three|2|3 times', 'rang 3 times now', '3 times'],
    // Optional words: tried present first, then absent.
    ['still? waiting', 'still waiting', 'still waiting'],
    ['still? waiting', 'been waiting', 'waiting'],
    ['the? boiler|heating ~ broken', 'heating is broken', 'heating is broken'],
    ['said hed|shed|theyd ~ send|come', 'he said hed come round', 'said hed come'],
    // Welsh: mutations undone by the tokeniser ("nghwyn", "gwyn", "chwyn" are "cwyn").
    ['cwyn', 'dw i eisiau gwneud fy nghwyn', 'cwyn'],
    ['gwneud ~ cwyn', 'dw i isio gwneud cwyn', 'gwneud cwyn'],
    ['cwyn ffurfiol', 'ei chwyn ffurfiol hi', 'cwyn ffurfiol'],
    // Clitics: "ma'r" is "mae y", "i'n" is "i yn"; "yr" and "y" are one article.
    ['mae y boeler', "ma'r boeler wedi torri", 'mae y boeler'],
    ['boeler ~ wedi_torri|ddim_yn_gweithio', "ma'r boeler wedi torri eto", 'boeler wedi torri'],
    ['dw i yn blin', "dw i'n flin iawn", 'dw i yn blin'],
    ['gyda yr ombwdsmon', "mae o efo'r ombwdsmon", 'gyda y ombwdsmon'],
    // "sa i" is "dw i ddim" (south), "dw i'm" too (north); "ddim" is "dim" to the matcher.
    ['dw i dim yn', "sa i'n fodlon", 'dw i dim yn'],
    ['dw i dim yn hapus', "dw i'm yn hapus", 'dw i dim yn hapus'],
  ] as const)('%s in "%s"', (phrase, text, expected) => {
    const forms = formsOf(text);
    expect(byTrie(phrase, forms)).toBe(expected);
    expect(byTrie(phrase, forms)).toBe(byRegex(phrase, forms));
  });

  it('reads as the regular expressions did, on random phrases and messages', () => {
    // A fixed-seed generator: the same cases every run.
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const words = ['a', 'ab', 'abc', 'b', 'ba', 'c', 'cab'];
    const part = (): string => {
      const r = random();
      if (r < 0.12) return '~';
      if (r < 0.17) return '~~';
      const alts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const n = 1 + Math.floor(random() * 2);
        const ws = Array.from({ length: n }, () => pick(words));
        return ws.join('_') + (random() < 0.25 ? '*' : '');
      });
      return alts.join('|') + (random() < 0.2 ? '?' : '');
    };
    let compared = 0;
    for (let c = 0; c < 3000; c++) {
      const phrase = Array.from({ length: 1 + Math.floor(random() * 4) }, part).join(' ');
      const forms = Array.from({ length: Math.floor(random() * 14) }, () => pick(words));
      const expected = byRegex(phrase, forms);
      expect({ phrase, forms, found: byTrie(phrase, forms) }).toEqual({ phrase, forms, found: expected });
      const left = leftmostMatch(compilePhrase(phrase, new Map()), forms);
      expect(left ? forms.slice(left[0], left[1]).join(' ') : null).toBe(expected);
      if (expected !== null) compared++;
    }
    // Enough of them match for the comparison to mean something.
    expect(compared).toBeGreaterThan(500);
  });

  it('builds, part by part, the trie that spelling out every path built: the cue lists and random phrases', () => {
    const vocab = vocabularyOf();
    const cues = Object.values(CUES).flatMap((l) => [...l.en, ...l.cy]).map((p) => compilePhrase(p, vocab.canonical));
    expect(written(buildTrie(cues).root)).toEqual(written(trieByPaths(cues)));
    let seed = 5;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const words = ['a', 'ab', 'b', 'c'];
    const part = (): string => {
      const r = random();
      if (r < 0.15) return '~';
      if (r < 0.2) return '~~';
      const alts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => words[Math.floor(random() * words.length)] + (random() < 0.2 ? '*' : ''));
      return alts.join('|') + (random() < 0.25 ? '?' : '');
    };
    for (let round = 0; round < 50; round++) {
      const phrases = Array.from({ length: 40 }, () => compilePhrase(Array.from({ length: 1 + Math.floor(random() * 5) }, part).join(' '), new Map()));
      expect(written(buildTrie(phrases).root)).toEqual(written(trieByPaths(phrases)));
    }
  });

  it('finds on the flat trie what the trie of objects finds, many phrases at once', () => {
    // One trie of many random phrases (shared first words, stems, gaps, optional words), read from
    // every start of random messages both ways: the same phrases, as often, in the same order.
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const words = ['a', 'ab', 'abc', 'b', 'ba', 'c', 'cab', 'd', 'da', 'e'];
    const part = (): string => {
      const r = random();
      if (r < 0.1) return '~';
      if (r < 0.14) return '~~';
      const alts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words) + (random() < 0.2 ? '*' : ''));
      return alts.join('|') + (random() < 0.15 ? '?' : '');
    };
    let found = 0;
    for (let round = 0; round < 20; round++) {
      const phrases = Array.from({ length: 200 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, part).join(' '));
      const trie = buildTrie(phrases.map((p) => compilePhrase(p, new Map())));
      const flat = flatten(trie);
      for (let m = 0; m < 30; m++) {
        const forms = Array.from({ length: Math.floor(random() * 20) }, () => pick(words));
        const ids = Int32Array.from(forms, (f) => flat.wordId(f));
        for (let start = 0; start < forms.length; start++) {
          const byObjects: number[] = [];
          const byFlat: number[] = [];
          for (const node of rootStepsOf(trie, forms[start])) walk(node, forms, start + 1, (id) => byObjects.push(id));
          for (const node of flat.rootSteps(forms[start])) walkFlat(flat, node, ids, forms, start + 1, (id) => byFlat.push(id));
          expect({ forms, start, byFlat }).toEqual({ forms, start, byFlat: byObjects });
          found += byObjects.length;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds the cues of a message with the words the resident wrote', () => {
    const hits = (text: string) => matcher.hits(matcher.tokens(text)).map((h) => `${h.cue}:${h.words}`);
    expect(hits('Dw i am wneud fy nghwyn ffurfiol')).toContain('complaint_word:nghwyn ffurfiol');
    expect(hits("Ma'r boeler wedi torri eto")).toEqual(expect.arrayContaining(['no_heat:boeler wedi torri', 'repeated:eto']));
    expect(hits('The engineer never turned up and nobody called back')).toEqual(expect.arrayContaining(['failure:never turned up', 'failure:nobody called back']));
    expect(hits('')).toEqual([]);
  });

  it('reports a phrase listed twice for one cue once, by its first listing', () => {
    const hits = matcher.hits(matcher.tokens('is that it, not good enough'));
    const keys = hits.map((h) => `${h.cue}:${h.phrase}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('one normalising pass', () => {
  it('splits into the words normalise gives, on tricky characters', () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'B', 'ŵ', 'Â', 'é', ' ', '  ', '.', '..', "'", '’', 'ʼ', '`', '´', '-', '?', '!', '@', '+', '1', '\t', '\n', '\u00a0', '\ufeff', '😀', '𝐀', '\ud800', 'İ', '\u0483', 'ﬁ', '½', 'ꟹ'];
    for (let c = 0; c < 3000; c++) {
      const text = Array.from({ length: Math.floor(random() * 16) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect({ text, words: [...normalisedWords(text)] }).toEqual({ text, words: normalise(text).split(' ').filter(Boolean) });
    }
  });
});
