import type { PhrasePattern } from './phrase-pattern';

/**
 * All the cue phrases as one trie over token sequences, built once: a phrase's alternatives and
 * optional words are spelt out as separate paths (a part with five alternatives is five edges),
 * so phrases that begin alike ("no reply", "no response", "no one has") share their first edges
 * and a message word that starts none of them costs one lookup. Edges are a whole token, a token
 * beginning with a stem, or a gap of up to `max` tokens. Walking it from a token says which
 * phrases match starting there; which words a hit quotes is then worked out for that phrase
 * alone (phrase-pattern.ts `matchAt`), in the order the phrase syntax prescribes.
 */
export interface TrieNode {
  words: Map<string, TrieNode> | null;
  stems: Array<{ stem: string; node: TrieNode }>;
  gaps: Array<{ max: number; node: TrieNode }>;
  /** Phrases (by index) that match when the walk gets here. */
  ends: number[];
}

const node = (): TrieNode => ({ words: null, stems: [], gaps: [], ends: [] });

export interface PhraseTrie {
  root: TrieNode;
  /** Phrases that can match without a word of their own at the start (an optional word or a gap first): tried at every token. */
  unanchored: number[];
}

/**
 * Whether a phrase can be read by walking the trie from a message's token: every match begins
 * with a word or stem of its own. So it is when only optional words come before the part it cannot
 * do without ("my? ex|abuser …": a match starts at "my" or, without it, at "ex"), each way in
 * becoming a first edge; a gap first, or a phrase every part of which may be empty, cannot be.
 */
export function walkable(pattern: PhrasePattern): boolean {
  if (pattern.anchor < 0) return false;
  for (let i = 0; i < pattern.anchor; i++) if (pattern.parts[i].kind === 'gap') return false;
  return true;
}

/**
 * Phrases that can be walked (`walkable`) go in the trie; the rest are `unanchored`, tried at
 * every token. Each phrase is inserted part by part, every alternative (and an optional part's
 * absence) a branch, without first spelling out its paths: a phrase of three parts of ten
 * alternatives is a thousand paths, and building them as arrays was most of the start-up. A gap
 * becomes an edge only once a word follows it (a trailing gap can always take nothing).
 */
export function buildTrie(patterns: readonly PhrasePattern[]): PhraseTrie {
  const root = node();
  const unanchored: number[] = [];
  const wordEdge = (at: TrieNode, word: string): TrieNode => {
    at.words ??= new Map();
    let child = at.words.get(word);
    if (!child) at.words.set(word, (child = node()));
    return child;
  };
  const stemEdge = (at: TrieNode, stem: string): TrieNode => {
    let edge = at.stems.find((e) => e.stem === stem);
    if (!edge) at.stems.push((edge = { stem, node: node() }));
    return edge.node;
  };
  const gapEdge = (at: TrieNode, max: number): TrieNode => {
    let edge = at.gaps.find((e) => e.max === max);
    if (!edge) at.gaps.push((edge = { max, node: node() }));
    return edge.node;
  };
  patterns.forEach((pattern, id) => {
    if (!walkable(pattern)) return void unanchored.push(id);
    const parts = pattern.parts;
    // `at` is where the words so far lead; `gaps` the gaps since, not yet edges.
    const insert = (at: TrieNode, i: number, gaps: readonly number[]): void => {
      if (i === parts.length) {
        if (!at.ends.includes(id)) at.ends.push(id);
        return;
      }
      const part = parts[i];
      if (part.kind === 'gap') return insert(at, i + 1, [...gaps, part.max]);
      for (const a of part.alternatives) {
        if (a.words.length === 0 && a.stem === null) {
          insert(at, i + 1, gaps);
          continue;
        }
        let n = at;
        for (const max of gaps) n = gapEdge(n, max);
        for (const word of a.words) n = wordEdge(n, word);
        if (a.stem !== null) n = stemEdge(n, a.stem);
        insert(n, i + 1, []);
      }
      if (part.optional) insert(at, i + 1, gaps);
    };
    insert(root, 0, []);
  });
  return { root, unanchored };
}

/** The nodes one token leads to from the root: its whole-word edge and every stem it begins with. */
export function rootStepsOf(trie: PhraseTrie, form: string): TrieNode[] {
  const out: TrieNode[] = [];
  const child = trie.root.words?.get(form);
  if (child) out.push(child);
  for (const e of trie.root.stems) if (form.startsWith(e.stem)) out.push(e.node);
  return out;
}

/**
 * Walks the trie from `at` (a node reached at token `position`), calling `found` with each phrase
 * that ends on the way. A phrase may be reported more than once (several paths).
 */
export function walk(at: TrieNode, forms: readonly string[], position: number, found: (id: number) => void): void {
  for (let k = 0; k < at.ends.length; k++) found(at.ends[k]);
  if (position < forms.length) {
    const form = forms[position];
    const child = at.words?.get(form);
    if (child) walk(child, forms, position + 1, found);
    for (let k = 0; k < at.stems.length; k++) if (form.startsWith(at.stems[k].stem)) walk(at.stems[k].node, forms, position + 1, found);
  }
  for (let k = 0; k < at.gaps.length; k++) {
    const { max, node } = at.gaps[k];
    const most = Math.min(max, forms.length - position);
    for (let take = 0; take <= most; take++) walk(node, forms, position + take, found);
  }
}

/**
 * The trie laid out flat in typed arrays, for reading messages: node n's phrases, stems and gaps
 * are ranges of shared arrays, and every whole-word edge is one entry of a single open-addressed
 * table keyed by (node, word number). A long message visits about a thousand nodes; as objects,
 * maps and small arrays spread over 37,000 nodes, each visit was a handful of cache misses (the
 * same message read twice in a row took half the time of 400 different ones). Built once from
 * `buildTrie`'s nodes; reads exactly the same phrases in the same order as `walk`.
 */
export interface FlatTrie {
  /** Node numbers (into the arrays below) the root's word and stem edges lead to, for a form. */
  rootSteps(form: string): Int32Array;
  /** A form's number among the words on edges below the root, or -1 (no such edge anywhere). */
  wordId(form: string): number;
  endsFrom: Int32Array;
  ends: Int32Array;
  stemsFrom: Int32Array;
  stems: string[];
  stemChild: Int32Array;
  gapsFrom: Int32Array;
  gapMax: Int32Array;
  gapChild: Int32Array;
  /** Whether a node has whole-word edges at all. */
  hasWords: Uint8Array;
  /**
   * The word-edge table: slot s at 3·s holds node, word number, child (node -1: empty), side by
   * side, so a probe reads one place and not three arrays 500 KB apart.
   */
  slots: Int32Array;
  mask: number;
  /**
   * One bit per hash of (node, word) an edge has, 2^20 bits (128 KB): a long message asks for about
   * 1,100 word edges and nine in ten are not there; the bit says so without reading the table,
   * twelve times its size (tenth speed round). A bit set may still be no edge: the table decides.
   */
  filter: Uint32Array;
}

const hashOf = (node: number, word: number) => Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
// The filter's bit is the hash's top 20 bits; the table's slot its low bits (fewer than 20 while
// the trie has fewer than 2^19 word edges), so the two are near independent.
const FILTER_BITS = 20;
const bitOf = (hash: number) => hash >>> (32 - FILTER_BITS);

export function flatten(trie: PhraseTrie): FlatTrie {
  // Number the nodes below the root depth first, so a phrase's nodes sit near one another.
  const numbers = new Map<TrieNode, number>();
  const order: TrieNode[] = [];
  const visit = (n: TrieNode) => {
    if (numbers.has(n)) return;
    numbers.set(n, order.length);
    order.push(n);
    if (n.words) for (const child of n.words.values()) visit(child);
    for (const e of n.stems) visit(e.node);
    for (const e of n.gaps) visit(e.node);
  };
  // The root itself is never walked from (a walk starts at the node a first token leads to).
  if (trie.root.words) for (const child of trie.root.words.values()) visit(child);
  for (const e of trie.root.stems) visit(e.node);
  for (const e of trie.root.gaps) visit(e.node);
  const count = order.length;
  const wordIds = new Map<string, number>();
  let edges = 0;
  for (const n of order) {
    if (!n.words) continue;
    for (const word of n.words.keys()) {
      if (!wordIds.has(word)) wordIds.set(word, wordIds.size);
      edges++;
    }
  }
  const endsFrom = new Int32Array(count + 1);
  const stemsFrom = new Int32Array(count + 1);
  const gapsFrom = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    endsFrom[i + 1] = endsFrom[i] + order[i].ends.length;
    stemsFrom[i + 1] = stemsFrom[i] + order[i].stems.length;
    gapsFrom[i + 1] = gapsFrom[i] + order[i].gaps.length;
  }
  const ends = new Int32Array(endsFrom[count]);
  const stems: string[] = [];
  const stemChild = new Int32Array(stemsFrom[count]);
  const gapMax = new Int32Array(gapsFrom[count]);
  const gapChild = new Int32Array(gapsFrom[count]);
  const hasWords = new Uint8Array(count);
  let size = 1;
  while (size < 2 * edges + 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(3 * size);
  for (let s = 0; s < size; s++) slots[3 * s] = -1;
  const filter = new Uint32Array((1 << FILTER_BITS) / 32);
  order.forEach((n, i) => {
    n.ends.forEach((id, k) => (ends[endsFrom[i] + k] = id));
    n.stems.forEach((e, k) => {
      stems.push(e.stem);
      stemChild[stemsFrom[i] + k] = numbers.get(e.node)!;
    });
    n.gaps.forEach((e, k) => {
      gapMax[gapsFrom[i] + k] = e.max;
      gapChild[gapsFrom[i] + k] = numbers.get(e.node)!;
    });
    if (!n.words) return;
    hasWords[i] = n.words.size > 0 ? 1 : 0;
    for (const [word, child] of n.words) {
      const w = wordIds.get(word)!;
      const hash = hashOf(i, w);
      const bit = bitOf(hash);
      filter[bit >>> 5] |= 1 << (bit & 31);
      let s = hash & mask;
      while (slots[3 * s] !== -1) s = (s + 1) & mask;
      slots[3 * s] = i;
      slots[3 * s + 1] = w;
      slots[3 * s + 2] = numbers.get(child)!;
    }
  });
  return {
    rootSteps: (form) => Int32Array.from(rootStepsOf(trie, form), (n) => numbers.get(n)!),
    wordId: (form) => wordIds.get(form) ?? -1,
    endsFrom,
    ends,
    stemsFrom,
    stems,
    stemChild,
    gapsFrom,
    gapMax,
    gapChild,
    hasWords,
    slots,
    mask,
    filter,
  };
}

/** The child of `node` by the whole word numbered `word`, or -1. */
export function wordChild(t: FlatTrie, node: number, word: number): number {
  const hash = hashOf(node, word);
  const bit = bitOf(hash);
  if ((t.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
  const slots = t.slots;
  for (let s = hash & t.mask; ; s = (s + 1) & t.mask) {
    const at = slots[3 * s];
    if (at === -1) return -1;
    if (at === node && slots[3 * s + 1] === word) return slots[3 * s + 2];
  }
}

/**
 * `walk` on the flat trie: from node `at` (reached at token `position`), every phrase that ends on
 * the way, given the tokens' forms (for the stems) and word numbers (`wordId`).
 */
export function walkFlat(t: FlatTrie, at: number, words: Int32Array, forms: readonly string[], position: number, found: (id: number) => void): void {
  for (let k = t.endsFrom[at], e = t.endsFrom[at + 1]; k < e; k++) found(t.ends[k]);
  if (position < forms.length) {
    const word = words[position];
    if (word >= 0 && t.hasWords[at] === 1) {
      const child = wordChild(t, at, word);
      if (child >= 0) walkFlat(t, child, words, forms, position + 1, found);
    }
    const s0 = t.stemsFrom[at];
    const s1 = t.stemsFrom[at + 1];
    if (s0 < s1) {
      const form = forms[position];
      for (let k = s0; k < s1; k++) if (form.startsWith(t.stems[k])) walkFlat(t, t.stemChild[k], words, forms, position + 1, found);
    }
  }
  for (let k = t.gapsFrom[at], e = t.gapsFrom[at + 1]; k < e; k++) {
    const node = t.gapChild[k];
    const most = Math.min(t.gapMax[k], forms.length - position);
    for (let take = 0; take <= most; take++) walkFlat(t, node, words, forms, position + take, found);
  }
}
