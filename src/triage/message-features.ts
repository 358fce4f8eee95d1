import { emptyTags, numberOf, tokenSlot, TOKEN_SLOTS, type Token } from '../language/tokens';
import { collect, joinRaw, wordOf } from './features';
import type { LinearModel, TriageWeights } from './model';
import { softmax } from './model';
import type { Analysis } from './rules';
import type { TriageAnswers, TriageResult } from './types';

/**
 * The features of a message by number, for classifying (features.ts names them by string, for
 * training and tests; both come from the one `collect`, so they are the same features in the same
 * order). A long message has about 800 words and word pairs; naming each pair by building a string
 * and looking it up cost more than scoring all four models. Here a token's form is looked up once
 * (remembered per form), a pair is found by its two words' numbers, and the named features
 * (cues, history, families, the rules' reading …) keep their names and words in a small Map for
 * what classify.ts asks of them.
 */

/** What a model set weighs, numbered: built once per weights object, at first use (constant data). */
export interface FeatureIndex {
  /** id → feature name, over every feature any of the four models weighs. */
  names: string[];
  ids: Map<string, number>;
  /** A model's weights by id, `labels.length` per id (0 where the model does not weigh it: adding 0 changes no sum). */
  rows(model: LinearModel): Float64Array;
  /** A token form's `w:` id and its number among the words of weighed pairs (-1: none). */
  form(form: string): FormIds;
  /** The `b:` id of two pair-word numbers, or -1. */
  pair(first: number, second: number): number;
  /**
   * `form` of a typed word's token by its number (tokens.ts NUMBER), for this index: a slot's tag
   * is the number whose ids it holds. Slot TOKEN_SLOTS is scratch for a token without a number.
   */
  slots: { tag: Float64Array; word: Int32Array; pair: Int32Array };
}

interface FormIds {
  word: number;
  pair: number;
}

const indices = new WeakMap<TriageWeights, FeatureIndex>();

export function featureIndexOf(weights: TriageWeights): FeatureIndex {
  const found = indices.get(weights);
  if (found) return found;
  const models = [weights.kind, weights.reason, weights.urgent, weights.safeguarding];
  const ids = new Map<string, number>();
  const names: string[] = [];
  for (const m of models) {
    for (const name of Object.keys(m.weights)) {
      if (!ids.has(name)) (ids.set(name, names.length), names.push(name));
    }
  }
  const rowsByModel = new Map<LinearModel, Float64Array>();
  for (const m of models) {
    const k = m.labels.length;
    const flat = new Float64Array(names.length * k);
    for (const [name, w] of Object.entries(m.weights)) {
      const at = ids.get(name)! * k;
      for (let i = 0; i < k; i++) flat[at + i] = w[i];
    }
    rowsByModel.set(m, flat);
  }
  // Words that begin or end a weighed pair get a number; a pair's id is found by the two numbers.
  const pairWord = new Map<string, number>();
  const wordNumber = (w: string) => {
    let n = pairWord.get(w);
    if (n === undefined) pairWord.set(w, (n = pairWord.size));
    return n;
  };
  const pending: Array<[number, number, number]> = [];
  for (const [name, id] of ids) {
    if (!name.startsWith('b:')) continue;
    // Canonical words never hold an underscore (the tokeniser makes it a space), so it splits a pair name unambiguously.
    const cut = name.indexOf('_', 2);
    if (cut < 0 || name.indexOf('_', cut + 1) >= 0) continue;
    pending.push([wordNumber(name.slice(2, cut)), wordNumber(name.slice(cut + 1)), id]);
  }
  const pair = pairTable(pending);

  const kindWeights = new Map(Object.entries(weights.kind.weights));
  const known = (f: string) => kindWeights.has(f);
  // A form's numbers, worked out once per form (forms recur within and across messages).
  const forms = new Map<string, FormIds>();
  const form = (f: string): FormIds => {
    let found = forms.get(f);
    if (found) return found;
    const word = wordOf(f, known);
    found = { word: ids.get(`w:${word}`) ?? -1, pair: pairWord.get(word) ?? -1 };
    if (forms.size >= 50_000) forms.clear();
    forms.set(f, found);
    return found;
  };
  const slots = { tag: emptyTags(), word: new Int32Array(TOKEN_SLOTS + 1), pair: new Int32Array(TOKEN_SLOTS + 1) };
  const index: FeatureIndex = { names, ids, rows: (m) => rowsByModel.get(m) ?? rowsOfOther(m, ids, names.length), form, pair, slots };
  indices.set(weights, index);
  return index;
}

// The weighed pairs by their two words' numbers, open-addressed in one typed array (constant data,
// a few hundred kilobytes; slot s at 3·s holds the first word, the second, the id): a long message
// asks it of each of its 400 tokens, and a Map keyed by number spread those look-ups over the heap
// (ninth speed round). Most pairs a message asks for are not weighed: one bit per hash of a
// weighed pair (2^17 bits, 16 KB) says so without reading the table (tenth speed round).
const PAIR_FILTER_BITS = 17;
function pairTable(entries: ReadonlyArray<readonly [number, number, number]>): (first: number, second: number) => number {
  let size = 16;
  while (size < 2 * entries.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(3 * size);
  for (let s = 0; s < size; s++) slots[3 * s] = -1;
  const filter = new Uint32Array((1 << PAIR_FILTER_BITS) / 32);
  const hashOf = (a: number, b: number) => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
  // The filter reads the hash's top bits, the slot its low ones.
  const bitOf = (hash: number) => hash >>> (32 - PAIR_FILTER_BITS);
  for (const [a, b, id] of entries) {
    const hash = hashOf(a, b);
    const bit = bitOf(hash);
    filter[bit >>> 5] |= 1 << (bit & 31);
    let s = hash & mask;
    while (slots[3 * s] !== -1 && !(slots[3 * s] === a && slots[3 * s + 1] === b)) s = (s + 1) & mask;
    // A pair named twice keeps its last id, as Map.set did.
    (slots[3 * s] = a), (slots[3 * s + 1] = b), (slots[3 * s + 2] = id);
  }
  return (a, b) => {
    const hash = hashOf(a, b);
    const bit = bitOf(hash);
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    for (let s = hash & mask; slots[3 * s] !== -1; s = (s + 1) & mask) if (slots[3 * s] === a && slots[3 * s + 1] === b) return slots[3 * s + 2];
    return -1;
  };
}

// A model not among the index's four (never, in classify.ts): its rows by this index's ids.
function rowsOfOther(m: LinearModel, ids: Map<string, number>, size: number): Float64Array {
  const k = m.labels.length;
  const flat = new Float64Array(size * k);
  for (const [name, w] of Object.entries(m.weights)) {
    const id = ids.get(name);
    if (id !== undefined) for (let i = 0; i < k; i++) flat[id * k + i] = w[i];
  }
  return flat;
}

/** A message's features: the weighed ones by id in first-seen order, and every named one by name. */
export interface MessageFeatures {
  count: number;
  ids: Int32Array;
  /** Where an entry's words come from: >= 0 the word of that token, <= -2 the pair at token -(n + 2), -1 `texts`. */
  from: Int32Array;
  texts: string[];
  tokens: readonly Token[];
  /** Every feature that is not a word or a word pair (weighed or not), with its words: `has`, `get`, `keys` as features.ts's Map. */
  named: Map<string, string>;
}

// Which ids a message has already, by message number: no clearing between messages.
let seenOf = new Uint32Array(0);
let generation = 0;

export function messageFeatures(index: FeatureIndex, text: string, analysis: Analysis, ruled: TriageResult, answers: TriageAnswers): MessageFeatures {
  const tokens = analysis.tokens;
  const capacity = 2 * tokens.length + 64;
  const out: MessageFeatures = { count: 0, ids: new Int32Array(capacity), from: new Int32Array(capacity), texts: [], tokens, named: new Map() };
  if (seenOf.length < index.names.length) (seenOf = new Uint32Array(index.names.length)), (generation = 0);
  if (++generation === 0xffffffff) (seenOf.fill(0), (generation = 1));
  const gen = generation;
  const seen = seenOf;
  const push = (id: number, from: number, words: string) => {
    if (seen[id] === gen) return;
    seen[id] = gen;
    if (out.count === out.ids.length) grow(out);
    out.ids[out.count] = id;
    out.from[out.count] = from;
    if (from === -1) out.texts[out.count] = words;
    out.count++;
  };
  collect(text, analysis, ruled, answers, {
    add(name, words) {
      if (out.named.has(name)) return;
      out.named.set(name, words);
      const id = index.ids.get(name);
      if (id !== undefined) push(id, -1, words);
    },
    tokens(ts) {
      const n = ts.length;
      const { word, pair } = index.slots;
      let at = n > 0 ? slotOf(index, ts[0]) : 0;
      let hereWord = word[at];
      let herePair = pair[at];
      for (let i = 0; i < n; i++) {
        if (hereWord >= 0) push(hereWord, i, '');
        if (i + 1 < n) {
          at = slotOf(index, ts[i + 1]);
          const nextPair = pair[at];
          if (herePair >= 0 && nextPair >= 0) {
            const id = index.pair(herePair, nextPair);
            if (id >= 0) push(id, -(i + 2), '');
          }
          hereWord = word[at];
          herePair = nextPair;
        }
      }
    },
  });
  return out;
}


// The slot of index.slots holding a token's ids: its number's, filled the first time, or the
// scratch slot for a token without one (read before the next token is looked up).
function slotOf(index: FeatureIndex, t: Token): number {
  const { tag, word, pair } = index.slots;
  const num = numberOf(t);
  const s = num >= 0 ? tokenSlot(num) : TOKEN_SLOTS;
  if (num < 0 || tag[s] !== num) {
    const ids = index.form(t.form);
    if (num >= 0) tag[s] = num;
    word[s] = ids.word;
    pair[s] = ids.pair;
  }
  return s;
}

function grow(f: MessageFeatures) {
  const ids = new Int32Array(f.ids.length * 2);
  const from = new Int32Array(f.ids.length * 2);
  ids.set(f.ids);
  from.set(f.from);
  f.ids = ids;
  f.from = from;
}

function wordsAt(f: MessageFeatures, entry: number): string {
  const from = f.from[entry];
  if (from >= 0) return f.tokens[from].raw;
  if (from <= -2) return joinRaw(f.tokens[-from - 2], f.tokens[-from - 1]);
  return f.texts[entry];
}

/** The model's probabilities, summed in the features' order as `score` in model.ts sums them. */
export function scoreMessage(index: FeatureIndex, model: LinearModel, f: MessageFeatures): number[] {
  const k = model.labels.length;
  const rows = index.rows(model);
  const s = new Array<number>(k).fill(0);
  for (let e = 0; e < f.count; e++) {
    const at = f.ids[e] * k;
    for (let i = 0; i < k; i++) s[i] += rows[at + i];
  }
  return softmax(s);
}

/**
 * `strongestFor` in model.ts by number: the features that pushed `label` above `against` most,
 * strongest first, ties by name, the bias left out. Words are worked out only for those returned.
 */
export function strongestInMessage(index: FeatureIndex, model: LinearModel, f: MessageFeatures, label: number, against: number, limit: number): Array<{ feature: string; words: string; weight: number }> {
  const k = model.labels.length;
  const rows = index.rows(model);
  const bias = index.ids.get('bias') ?? -1;
  // Only the strongest `limit` are kept as they are found (insertion into a short sorted list):
  // a long message has hundreds of features that push the right way, and sorting them all to
  // return five cost more than scoring. The order is total (ids are distinct, so names are), so
  // the list is the one a full sort would begin with.
  const found: Array<{ entry: number; feature: string; weight: number }> = [];
  if (limit <= 0) return [];
  const before = (d: number, name: string, x: { feature: string; weight: number }) => d > x.weight || (d === x.weight && name < x.feature);
  for (let e = 0; e < f.count; e++) {
    const id = f.ids[e];
    if (id === bias) continue;
    const d = rows[id * k + label] - rows[id * k + against];
    // A named feature with no words explains nothing (word and pair features always have words).
    if (!(d > 0 && (f.from[e] !== -1 || f.texts[e]))) continue;
    if (found.length === limit && !before(d, index.names[id], found[limit - 1])) continue;
    const name = index.names[id];
    let at = found.length < limit ? found.length : limit - 1;
    while (at > 0 && before(d, name, found[at - 1])) at--;
    if (found.length === limit) found.pop();
    found.splice(at, 0, { entry: e, feature: name, weight: d });
  }
  return found.slice(0, limit).map((x) => ({ feature: x.feature, words: wordsAt(f, x.entry), weight: x.weight }));
}
