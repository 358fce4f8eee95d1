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

type Step = { word: string } | { stem: string } | { gap: number };

const node = (): TrieNode => ({ words: null, stems: [], gaps: [], ends: [] });

/** Every path through a pattern, as steps (a trailing gap can always take nothing, so it is left off). */
function pathsOf(pattern: PhrasePattern): Step[][] {
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
  return paths.map((p) => {
    while (p.length && 'gap' in p[p.length - 1]) p.pop();
    return p;
  });
}

export interface PhraseTrie {
  root: TrieNode;
  /** Phrases that can match without a word of their own at the start (an optional word or a gap first): tried at every token. */
  unanchored: number[];
}

/** Phrases whose first part is a word they cannot match without go in the trie; the rest are `unanchored`. */
export function buildTrie(patterns: readonly PhrasePattern[]): PhraseTrie {
  const root = node();
  const unanchored: number[] = [];
  patterns.forEach((pattern, id) => {
    if (pattern.anchor !== 0) return void unanchored.push(id);
    for (const path of pathsOf(pattern)) {
      let at = root;
      for (const step of path) {
        if ('word' in step) {
          at.words ??= new Map();
          let child = at.words.get(step.word);
          if (!child) at.words.set(step.word, (child = node()));
          at = child;
        } else if ('stem' in step) {
          let edge = at.stems.find((e) => e.stem === step.stem);
          if (!edge) at.stems.push((edge = { stem: step.stem, node: node() }));
          at = edge.node;
        } else {
          let edge = at.gaps.find((e) => e.max === step.gap);
          if (!edge) at.gaps.push((edge = { max: step.gap, node: node() }));
          at = edge.node;
        }
      }
      if (!at.ends.includes(id)) at.ends.push(id);
    }
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
