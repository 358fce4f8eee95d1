import { describe, expect, it } from 'vitest';
import { CORPUS_TODAY, loadAll } from '../../src/cli/triage-corpora';
import { createProfileRegistry, DEFAULT_POLICY } from '../../src/policy/profiles';
import { featuresOf, joinRaw, PRAISE_NOT, PRAISE_NOT_READS, punctuated } from '../../src/triage/features';
import { sentencesOf } from '../../src/triage/flag-time';
import { createMatcher } from '../../src/triage/matcher';
import { featureIndexOf, messageFeatures, strongestInMessage, type FeatureIndex, type MessageFeatures } from '../../src/triage/message-features';
import type { LinearModel, TriageWeights } from '../../src/triage/model';
import { createRuleClassifier } from '../../src/triage/rules';
import { CUES } from '../../src/triage/cues';
import { compilePhrase, matchAt } from '../../src/triage/phrase-pattern';
import weights from '../../src/triage/weights.json';

// Issue #19 (speed, fourth round): shortcuts that must read exactly as what they replaced.

describe('the punctuated text of ASCII, by the plainer expression', () => {
  const plain = (text: string) => text.toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}.!?]+/gu, ' ');
  const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
  it.each([ascii, `a${ascii}b`, "Don't  STOP -- it's 2019!? ok...", "a ' b", "x''y", '\t\n', ''])('%j', (text) => {
    expect(punctuated(text)).toBe(plain(text));
  });
  it('reads every ASCII corpus line as before', () => {
    const lines = loadAll().map((m) => m.text).filter((t) => /^[\x00-\x7f]*$/.test(t));
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.filter((t) => punctuated(t) !== plain(t))).toEqual([]);
  });
});

describe('the punctuated text of Latin letters and common punctuation, character by character', () => {
  // The reading it replaced, kept as the reference: lower case, NFD, accents and apostrophes dropped, runs of anything else one space.
  const full = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '').replace(/[^\p{L}\p{N}.!?]+/gu, ' ');
  const codes = [...Array.from({ length: 0x250 }, (_, c) => c), ...Array.from({ length: 0x70 }, (_, c) => 0x2000 + c)];
  it('reads each character alone, between letters and beside spaces as the full reading does', () => {
    for (const c of codes) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, ` ${ch}${ch} `, `Ŵ${ch}'${ch}Â`]) expect({ c, got: punctuated(text) }).toEqual({ c, got: full(text) });
    }
  });
  it('reads every corpus line and random mixtures as the full reading does, and text beyond those characters too', () => {
    const lines = loadAll().map((m) => m.text);
    expect(lines.filter((t) => punctuated(t) !== full(t))).toEqual([]);
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'Z', 'ŵ', 'Ŷ', 'Â', 'ô', 'İ', 'ŉ', 'ß', 'ǅ', '½', '²', '£', ' ', '  ', "'", '’', '‘', '–', '—', '…', '“', '.', '?', '!', '-', '9', '\t', '\n', 'w\u0302', '😀', 'Σ', 'ΑΣ ', '\u0483', 'ﬁ'];
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect({ text, got: punctuated(text) }).toEqual({ text, got: full(text) });
    }
    // Longer than the buffer kept between messages, then an ordinary one after it.
    const long = Array.from({ length: 30_000 }, (_, i) => alphabet[i % 14]).join('');
    expect(punctuated(long) === full(long)).toBe(true);
    expect(punctuated('Mae’r tŷ yn oer – eto!')).toBe(full('Mae’r tŷ yn oer – eto!'));
  });
});

// The explanation's features as a full sort gave them (the reading the top-few list replaced).
function strongestBySort(index: FeatureIndex, model: LinearModel, f: MessageFeatures, label: number, against: number, limit: number) {
  const k = model.labels.length;
  const rows = index.rows(model);
  const bias = index.ids.get('bias') ?? -1;
  const found: Array<{ entry: number; feature: string; weight: number }> = [];
  for (let e = 0; e < f.count; e++) {
    const id = f.ids[e];
    if (id === bias) continue;
    const d = rows[id * k + label] - rows[id * k + against];
    if (d > 0 && (f.from[e] !== -1 || f.texts[e])) found.push({ entry: e, feature: index.names[id], weight: d });
  }
  found.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  const wordsAt = (e: number) => (f.from[e] >= 0 ? f.tokens[f.from[e]].raw : f.from[e] <= -2 ? joinRaw(f.tokens[-f.from[e] - 2], f.tokens[-f.from[e] - 1]) : f.texts[e]);
  return found.slice(0, limit).map((x) => ({ feature: x.feature, words: wordsAt(x.entry), weight: x.weight }));
}

describe('the strongest features, kept as found', () => {
  it('gives what a full sort gave, for every corpus line, label pair and length', () => {
    const w = weights as TriageWeights;
    const index = featureIndexOf(w);
    const rules = createRuleClassifier();
    const profile = createProfileRegistry().get(DEFAULT_POLICY);
    const k = w.kind.labels.length;
    let compared = 0;
    const differ: string[] = [];
    for (const [n, m] of loadAll().entries()) {
      if (n % 3 !== 0) continue;
      const ruled = rules.classify(m.text, profile, {}, { today: CORPUS_TODAY });
      const f = messageFeatures(index, m.text, rules.analyse(m.text), ruled, {});
      for (const limit of [0, 1, 5, 20]) {
        const label = n % k;
        const against = (n + 1 + (n % (k - 1))) % k;
        if (label === against) continue;
        compared++;
        const got = strongestInMessage(index, w.kind, f, label, against, limit);
        if (JSON.stringify(got) !== JSON.stringify(strongestBySort(index, w.kind, f, label, against, limit))) differ.push(m.text);
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });

  it('breaks ties by name, as the sort did', () => {
    // Two features with the same weight: this model weighs "zebra" and "apple" alike.
    const tied: TriageWeights = JSON.parse(JSON.stringify(weights));
    tied.kind.weights['w:zebra'] = tied.kind.labels.map((_, i) => (i === 0 ? 1 : 0));
    tied.kind.weights['w:apple'] = tied.kind.labels.map((_, i) => (i === 0 ? 1 : 0));
    const index = featureIndexOf(tied);
    const rules = createRuleClassifier();
    const profile = createProfileRegistry().get(DEFAULT_POLICY);
    const text = 'zebra apple';
    const f = messageFeatures(index, text, rules.analyse(text), rules.classify(text, profile), {});
    const got = strongestInMessage(index, tied.kind, f, 0, 1, 1);
    expect(got).toEqual(strongestBySort(index, tied.kind, f, 0, 1, 1));
    expect(strongestInMessage(index, tied.kind, f, 0, 1, 20)).toEqual(strongestBySort(index, tied.kind, f, 0, 1, 20));
  });
});

describe('a cue phrase that always takes as many tokens', () => {
  it.each([
    ['not happy', 2],
    ['fix|repair', 1],
    ['no_one|nobody came', 2], // "no one" is one token, as the tokeniser reads it
    ['no_reply|nobody came', -1],
    ['still no_reply|no_answer', 3],
    ['make ~ complaint', -1],
    ['very? upset', -1],
    ['damp* again', 2],
    ['a|b_c', -1],
  ])('%j takes %i (-1: it varies)', (phrase, fixed) => {
    expect(compilePhrase(phrase, new Map()).fixed).toBe(fixed);
  });

  it('ends where reading it again ends, for every cue phrase that has a fixed length', () => {
    let checked = 0;
    for (const lists of Object.values(CUES)) {
      for (const phrase of [...lists.en, ...lists.cy]) {
        const pattern = compilePhrase(phrase, new Map());
        if (pattern.fixed < 0) continue;
        // Each alternative of each part in turn (the others at their first), before and after other words.
        for (let part = 0; part < pattern.parts.length; part++) {
          const p = pattern.parts[part];
          if (p.kind !== 'group') continue;
          for (const alt of p.alternatives) {
            const forms = ['before'];
            pattern.parts.forEach((q, i) => {
              if (q.kind !== 'group') return;
              const a = i === part ? alt : q.alternatives[0];
              forms.push(...a.words, ...(a.stem === null ? [] : [`${a.stem}x`]));
            });
            forms.push('after');
            expect([phrase, matchAt(pattern, forms, 1)]).toEqual([phrase, 1 + pattern.fixed]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

// Issue #19, ninth speed round: the word pairs found in a typed-array table, and a flag cue's
// sentences cut into words before they are tokenised.
describe('the features by number, the word pairs from their table', () => {
  it('are the named features any model weighs, in the order featuresOf finds them, for every third corpus line and a long message', () => {
    const w = weights as TriageWeights;
    const index = featureIndexOf(w);
    const rules = createRuleClassifier();
    const profile = createProfileRegistry().get(DEFAULT_POLICY);
    const kindWeights = new Map(Object.entries(w.kind.weights));
    const lines = loadAll().map((m) => m.text);
    const texts = [...lines.filter((_, n) => n % 3 === 0), lines.slice(0, 60).join(' ')];
    let pairs = 0;
    const differ: string[] = [];
    for (const text of texts) {
      const ruled = rules.classify(text, profile, {}, { today: CORPUS_TODAY });
      const analysis = rules.analyse(text);
      const named = [...featuresOf(text, analysis, ruled, {}, (f) => kindWeights.has(f)).keys()].filter((name) => index.ids.has(name));
      pairs += named.filter((name) => name.startsWith('b:')).length;
      const f = messageFeatures(index, text, analysis, ruled, {});
      const got = Array.from(f.ids.subarray(0, f.count), (id) => index.names[id]);
      if (JSON.stringify(got) !== JSON.stringify(named)) differ.push(text);
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });
});

describe("a flag cue's sentences, asked for by a word", () => {
  it('are the tokenised sentences holding a token typed as that word, in order, for every typed word of every tenth corpus line', () => {
    const matcher = createMatcher();
    const split = (text: string) => text.split(/(?<=[.!?;])\s+|\n+|\s[\u2013\u2014-]\s/);
    let asked = 0;
    const differ: string[] = [];
    for (const [n, m] of loadAll().entries()) {
      if (n % 10 !== 0) continue;
      const sentences = sentencesOf(m.text, matcher.tokens);
      // What settledByTime read before: every sentence tokenised, those with such a token kept.
      const all = split(m.text).map((s) => matcher.tokens(s, false)).filter((s) => s.length);
      // A hit's first word: a typed word, never a two-word form's raw ("sa i'n" is asked as "sa").
      for (const word of new Set([...matcher.tokens(m.text, false).flatMap((t) => t.raw.split(' ')), 'zzz'])) {
        asked++;
        const want = all.filter((s) => s.some((t) => t.raw === word));
        const got = [...sentences.withWord(word)].filter((s) => s.some((t) => t.raw === word));
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${word} in ${m.text}`);
      }
    }
    expect(asked).toBeGreaterThan(3000);
    expect(differ).toEqual([]);
  });
});

// Eleventh speed round: whether praise is denied reads only the last PRAISE_NOT_READS characters
// before it. That finds what the whole text finds only while every match is shorter.
describe('the "not" before praise, read from the end', () => {
  it('has no match longer than what is read', () => {
    // Word lists and spaces, one optional part, anchored at the end: no repeat that could run long.
    expect(PRAISE_NOT.source).not.toMatch(/[*+]|\{/);
    const lists = [...PRAISE_NOT.source.matchAll(/\(\?:([a-z|]+)\)/g)].map((m) => m[1].split('|'));
    expect(PRAISE_NOT.source.replace(/\(\?:[a-z|]+\)/g, 'W')).toBe(' W(?: W)? $');
    // Three spaces and the longest word of each list.
    const longest = 3 + lists.reduce((sum, words) => sum + Math.max(...words.map((w) => w.length)), 0);
    expect(longest).toBeLessThanOrEqual(PRAISE_NOT_READS);
  });

  it('finds the same in a long text as the whole text does', () => {
    const filler = 'the boiler is broken and the heating is off again '.repeat(8);
    for (const tail of [' not very ', ' werent particularly ', ' ddim yn ', ' very ', ' never ', ' was ']) {
      const text = ` ${filler}${tail}`;
      expect(PRAISE_NOT.test(text.slice(Math.max(0, text.length - PRAISE_NOT_READS)))).toBe(PRAISE_NOT.test(text));
    }
  });
});
