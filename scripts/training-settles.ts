/**
 * Issue #19, fifteenth session (conv16): does the kind model's training settle in
 * `TRAIN_OPTIONS.iterations` passes? trainLinear fits a convex objective (L2-penalised multinomial
 * logistic loss) by full-batch AdaGrad, so every run that settles lands on the same optimum; a run
 * stopped early lands wherever the optimiser's course took it, and a meaningless feature then moves
 * readings through the course rather than through the optimum.
 *
 * On the training split only (`evalSplit(loadAll()).train`; the held-out fold and fresh corpora are
 * never read), it fits the kind model as fitKind does, once, with snapshots at 300, 600, 1200, …
 * passes (AdaGrad is deterministic and `iterations` only bounds its loop, so the snapshot at N is
 * the run of N passes: checked at the first count against fitKind itself, byte for byte). For each
 * count it prints the penalised objective and the gradient's norm at that point, the largest change
 * of any weight since the previous count, how many shipped (rounded, pruned) weights differ from
 * the longest run's, and how many kind readings (argmax of the rounded model on the training
 * lines it learned from, in-sample) differ from the longest run's. Then the A/A test: the same,
 * with one meaningless feature added to every message with an even number of words, and how many
 * readings differ between with and without at each count. Counts only: no line is printed.
 *
 *   nice -n 10 npx tsx scripts/training-settles.ts [--max 9600]
 *
 * CPU seconds are cumulative (the run of N passes costs the figure at N, less the shared reading).
 */
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { CORPUS_TODAY, evalSplit, loadAll, ruleReader } from '../src/cli/triage-corpora';
import { classWeights, decidedByAnswers, featurise, fitKind, TRAIN_OPTIONS, unrolledPass, type TrainOptions } from '../src/triage/train';
import { KINDS } from '../src/triage/types';

interface Example {
  features: string[];
  label: number;
  weight: number;
}

interface Snapshot {
  iterations: number;
  /** Raw weights, feature-major (f * k + label), over `names`. */
  w: Float64Array;
  objective: number;
  gradNorm: number;
  cpuMs: number;
}

interface Run {
  names: string[];
  k: number;
  rows: Int32Array[];
  snapshots: Snapshot[];
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

/** trainLinear's loop as it stands (same feature set, order, pass and steps), with snapshots at `at`. */
function settle(examples: Example[], k: number, options: TrainOptions, at: number[]): Run {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const least = (f: string) => (f.startsWith('b:') ? (options.pairMinCount ?? options.minCount) : options.minCount);
  const names = [...counts.keys()].filter((f) => f === 'bias' || counts.get(f)! >= least(f)).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const starts = new Int32Array(examples.length + 1);
  const slots: number[] = [];
  const rows: Int32Array[] = [];
  examples.forEach((e, n) => {
    const row: number[] = [];
    for (const f of e.features) {
      const i = index.get(f);
      if (i !== undefined) {
        slots.push(i * k);
        row.push(i);
      }
    }
    rows.push(Int32Array.from(row));
    starts[n + 1] = slots.length;
  });
  const flat = Int32Array.from(slots);
  const total = examples.reduce((s, e) => s + e.weight, 0);
  const scales = Float64Array.from(examples, (e) => e.weight / total);
  const labelOf = Int32Array.from(examples, (e) => e.label);
  const w = new Float64Array(names.length * k);
  const g2 = new Float64Array(names.length * k);
  const grad = new Float64Array(names.length * k);
  const pass = unrolledPass(k);
  const rate = 0.5;
  const last = Math.max(...at);
  const snapshots: Snapshot[] = [];
  const started = cpuMs();
  for (let it = 0; it < last; it++) {
    for (let j = 0; j < grad.length; j++) grad[j] = options.l2 * w[j];
    pass(flat, starts, scales, labelOf, w, grad);
    for (let j = 0; j < w.length; j++) {
      g2[j] += grad[j] * grad[j];
      if (g2[j] > 0) w[j] -= (rate * grad[j]) / Math.sqrt(g2[j]);
    }
    if (at.includes(it + 1)) {
      const spent = cpuMs() - started;
      // The objective and its gradient at the snapshot's weights (one more pass, not counted above).
      const g = new Float64Array(w.length);
      let penalty = 0;
      for (let j = 0; j < w.length; j++) {
        g[j] = options.l2 * w[j];
        penalty += w[j] * w[j];
      }
      pass(flat, starts, scales, labelOf, w, g);
      let loss = 0;
      const s = new Float64Array(k);
      for (let n = 0; n < rows.length; n++) {
        s.fill(0);
        for (const f of rows[n]) for (let c = 0; c < k; c++) s[c] += w[f * k + c];
        let max = -Infinity;
        for (let c = 0; c < k; c++) max = Math.max(max, s[c]);
        let sum = 0;
        for (let c = 0; c < k; c++) sum += Math.exp(s[c] - max);
        loss += scales[n] * (max + Math.log(sum) - s[labelOf[n]]);
      }
      let norm = 0;
      for (const v of g) norm += v * v;
      snapshots.push({ iterations: it + 1, w: Float64Array.from(w), objective: loss + (options.l2 / 2) * penalty, gradNorm: Math.sqrt(norm), cpuMs: spent });
    }
  }
  return { names, k, rows, snapshots };
}

/** trainLinear's rounding and pruning (k > 2: no base label), as a name → row table. */
function shipped(run: Run, w: Float64Array): Map<string, number[]> {
  const out = new Map<string, number[]>();
  run.names.forEach((name, i) => {
    const row = Array.from({ length: run.k }, (_, c) => Math.round(w[i * run.k + c] * 1e3) / 1e3 + 0);
    if (row.some((v) => Math.abs(v) >= 0.01)) out.set(name, row);
  });
  return out;
}

/** Argmax of the shipped model's scores on each training line (ties to the earlier label, as model.ts). */
function readings(run: Run, w: Float64Array): number[] {
  const table = shipped(run, w);
  const k = run.k;
  return run.rows.map((row) => {
    const s = new Array<number>(k).fill(0);
    for (const f of row) {
      const ws = table.get(run.names[f]);
      if (ws) for (let c = 0; c < k; c++) s[c] += ws[c];
    }
    let best = 0;
    for (let c = 1; c < k; c++) if (s[c] > s[best]) best = c;
    return best;
  });
}

const differ = (a: number[], b: number[]) => a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);
const largestChange = (a: Float64Array, b: Float64Array) => {
  let m = 0;
  for (let j = 0; j < a.length; j++) m = Math.max(m, Math.abs(a[j] - b[j]));
  return m;
};
const shippedDiffer = (a: Map<string, number[]>, b: Map<string, number[]>) => {
  let n = 0;
  for (const name of new Set([...a.keys(), ...b.keys()])) if (JSON.stringify(a.get(name)) !== JSON.stringify(b.get(name))) n++;
  return n;
};

const { values } = parseArgs({ options: { max: { type: 'string', default: '9600' } } });
const max = Number(values.max);
const at: number[] = [];
for (let n = TRAIN_OPTIONS.iterations; n <= max; n *= 2) at.push(n);

const t0 = cpuMs();
const train = evalSplit(loadAll()).train;
const read = ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY);
const data = featurise(train, read, TRAIN_OPTIONS.minCount);
const usable = data.filter((d) => !decidedByAnswers(d.message.answers));
const labels = usable.map((d) => KINDS.indexOf(d.message.kind));
const kw = classWeights(labels, KINDS.length, TRAIN_OPTIONS.classPower);
console.log(`training split: ${train.length} lines, ${usable.length} the kind model learns from; read and featurised in ${((cpuMs() - t0) / 1e3).toFixed(1)} s CPU`);

// The arbitrary property: an even number of words (whitespace-separated) in the message.
const even = (text: string) => text.trim().split(/\s+/).filter(Boolean).length % 2 === 0;
const NOISE = 'x:aa_noise';
const examples = (noise: boolean): Example[] =>
  usable.map((d, i) => ({ features: [...d.features.keys(), ...(noise && even(d.message.text) ? [NOISE] : [])], label: labels[i], weight: kw[labels[i]] }));
console.log(`meaningless feature ${NOISE} fires on ${usable.filter((d) => even(d.message.text)).length} of ${usable.length}`);

const base = settle(examples(false), KINDS.length, TRAIN_OPTIONS, at);
// The snapshot at 300 is the shipped training's kind model: checked against fitKind itself.
const first = Object.fromEntries(shipped(base, base.snapshots[0].w));
const fitted = fitKind(data, { ...TRAIN_OPTIONS, iterations: at[0] }).weights;
if (JSON.stringify(first) !== JSON.stringify(fitted)) throw new Error(`the snapshot at ${at[0]} is not fitKind's model: settle() no longer follows trainLinear`);
console.log(`snapshot at ${at[0]} = fitKind at ${at[0]}, byte for byte`);
const noisy = settle(examples(true), KINDS.length, TRAIN_OPTIONS, at);

const longest = base.snapshots.length - 1;
const endReadings = readings(base, base.snapshots[longest].w);
const endShipped = shipped(base, base.snapshots[longest].w);
const noisyEnd = readings(noisy, noisy.snapshots[longest].w);
console.log(`\npasses\tobjective\t|grad|\tmax dw (prev)\tshipped rows != ${at[longest]}\treadings != ${at[longest]}\tA/A readings changed\tA/A max dw (shared)\tnoise readings != own ${at[longest]}\tCPU s (cumulative)`);
base.snapshots.forEach((s, i) => {
  const n = noisy.snapshots[i];
  const r = readings(base, s.w);
  const rn = readings(noisy, n.w);
  // The noisy run's weights on the features both runs have (the noise feature sorts to its own slot).
  const shared = new Float64Array(s.w.length);
  const nIndex = new Map(noisy.names.map((name, j) => [name, j]));
  base.names.forEach((name, j) => {
    const o = nIndex.get(name)!;
    for (let c = 0; c < base.k; c++) shared[j * base.k + c] = n.w[o * base.k + c];
  });
  console.log(
    [
      s.iterations,
      s.objective.toFixed(6),
      s.gradNorm.toExponential(2),
      i ? largestChange(s.w, base.snapshots[i - 1].w).toFixed(4) : '-',
      shippedDiffer(shipped(base, s.w), endShipped),
      differ(r, endReadings),
      differ(r, rn),
      largestChange(s.w, shared).toFixed(4),
      differ(rn, noisyEnd),
      (s.cpuMs / 1e3).toFixed(1),
    ].join('\t'),
  );
});
console.log(`\nshipped kind rows at ${at[longest]}: ${endShipped.size}; noise feature's weight at ${at[longest]}: ${JSON.stringify(Array.from({ length: noisy.k }, (_, c) => +noisy.snapshots[longest].w[noisy.names.indexOf(NOISE) * noisy.k + c].toFixed(3)))}`);
