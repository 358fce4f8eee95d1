import type { Features } from './features';

/**
 * A linear model over named features: a score per label is the sum of the weights of the
 * features present, and softmax turns scores into probabilities. Small and explainable: what
 * moved a decision is the features whose weights for the chosen label most exceed their weights
 * for the runner-up.
 */
export interface LinearModel {
  labels: string[];
  /** feature name → one weight per label, in `labels` order. Absent features weigh nothing. */
  weights: Record<string, number[]>;
}

/** The committed model file (src/triage/weights.json), produced by `npm run train:triage`. */
export interface TriageWeights {
  version: 1;
  /** What it was trained on, for the record: files and message counts. */
  trainedOn: Array<{ corpus: string; messages: number }>;
  kind: LinearModel;
  /** Which exclusion, when the kind model says "excluded" and the rules name none. */
  reason: LinearModel;
  urgent: LinearModel;
  safeguarding: LinearModel;
  /** Decision thresholds, chosen by cross-validation on the training data only. */
  thresholds: {
    /** A complaint probability at least this high makes a complaint whatever wins (missing one is the worst error). */
    complaint: number;
    /**
     * The same bar for messages in which the rules heard no dissatisfaction (issue #19, the
     * kind-accuracy work); weights trained before it have none, and `complaint` serves both.
     */
    complaintCalm?: number;
    /** A service request or "nothing" with a complaint probability this high is asked about. */
    clarify: number;
    /**
     * A complaint reading forced by the bar where the rules heard unhappiness, with a complaint
     * probability under this, is asked about too (TrainOptions.askHeard); absent, none is.
     */
    complaintAsk?: number;
    urgent: number;
    safeguarding: number;
  };
}

export interface Scored {
  probabilities: number[];
}

// The weights as a Map, made once per model: a long message looks up hundreds of features, and
// an object with thousands of keys is slow to ask.
const tables = new WeakMap<LinearModel['weights'], Map<string, number[]>>();
export function weightsOf(model: LinearModel): Map<string, number[]> {
  let table = tables.get(model.weights);
  if (!table) tables.set(model.weights, (table = new Map(Object.entries(model.weights))));
  return table;
}

// Precomputed indices: every feature name any model weighs gets a number, each model its weights
// by number, and a message's features are looked up by name once however many models score them
// (kind, urgent, safeguarding, reason, and the explanation twice).
const ids = new Map<string, number>();
const rowsByModel = new WeakMap<LinearModel['weights'], Array<number[] | undefined>>();
function rowsOf(model: LinearModel): Array<number[] | undefined> {
  let rows = rowsByModel.get(model.weights);
  if (rows) return rows;
  for (const name of weightsOf(model).keys()) if (!ids.has(name)) ids.set(name, ids.size);
  rows = [];
  for (const [name, w] of weightsOf(model)) rows[ids.get(name)!] = w;
  rowsByModel.set(model.weights, rows);
  return rows;
}
// A message's feature numbers (-1 for names no model weighs), in the Map's order; worked out again
// if the Map has grown or a model has been added since.
const idsByFeatures = new WeakMap<Features, { size: number; known: number; ids: Int32Array }>();
function idsOf(features: Features): Int32Array {
  const found = idsByFeatures.get(features);
  if (found && found.size === features.size && found.known === ids.size) return found.ids;
  const out = new Int32Array(features.size);
  let k = 0;
  for (const name of features.keys()) out[k++] = ids.get(name) ?? -1;
  idsByFeatures.set(features, { size: features.size, known: ids.size, ids: out });
  return out;
}

export function score(model: LinearModel, features: Features): number[] {
  const k = model.labels.length;
  const s = new Array<number>(k).fill(0);
  const rows = rowsOf(model);
  const present = idsOf(features);
  for (let f = 0; f < present.length; f++) {
    const w = present[f] >= 0 ? rows[present[f]] : undefined;
    if (!w) continue;
    for (let i = 0; i < k; i++) s[i] += w[i];
  }
  return softmax(s);
}

export function softmax(s: number[]): number[] {
  let max = -Infinity;
  for (const v of s) if (v > max) max = v;
  let sum = 0;
  const e = s.map((v) => {
    const x = Math.exp(v - max);
    sum += x;
    return x;
  });
  return e.map((x) => x / sum);
}

/** Features that pushed `label` above `against` most, strongest first (the bias term excluded). */
export function strongestFor(model: LinearModel, features: Features, label: number, against: number, limit: number): Array<{ feature: string; words: string; weight: number }> {
  const out: Array<{ feature: string; words: string; weight: number }> = [];
  const rows = rowsOf(model);
  const present = idsOf(features);
  let f = 0;
  for (const [feature, words] of features) {
    const id = present[f++];
    const w = id >= 0 ? rows[id] : undefined;
    if (!w || feature === 'bias' || !words) continue;
    const d = w[label] - w[against];
    if (d > 0) out.push({ feature, words, weight: d });
  }
  // Ties broken by name, so the same text always gives the same explanation.
  out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return out.slice(0, limit);
}

/** Index of the highest value; ties go to the earlier label. */
export function argmax(p: number[]): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}
