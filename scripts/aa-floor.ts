/**
 * Issue #19, sixteenth session: the A/A floor of a leave-corpus-out comparison, with the kind
 * model trained to its optimum. Leaving each training corpus out in turn (`corpusFolds` over
 * the training split only: the held-out fold and fresh corpora are never read), the kind model is
 * fitted twice, without and with meaningless features, and each left-out line read as the
 * complaint bar reads it (a soft kind whose complaint probability reaches the bar is a complaint).
 * Readings that differ are what a change that means nothing moves: a branch's leave-corpus-out
 * difference smaller than this is noise. Counts only: no line is printed.
 *
 *   nice -n 10 npx tsx scripts/aa-floor.ts [--bar 0.21]
 */
import { parseArgs } from 'node:util';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { CORPUS_TODAY, evalSplit, loadAll, ruleReader } from '../src/cli/triage-corpora';
import { argmax, score } from '../src/triage/model';
import { isLostComplaint, isRight, SOFT_KINDS } from '../src/triage/scoring';
import { corpusFolds, decidedByAnswers, featurise, fitKind, TRAIN_OPTIONS, type Featurised } from '../src/triage/train';
import { KINDS, type TriageKind } from '../src/triage/types';

const { values } = parseArgs({ options: { bar: { type: 'string', default: '0.21' } } });
const bar = Number(values.bar);
const train = evalSplit(loadAll()).train;
const read = ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY);
const data = featurise(train, read, TRAIN_OPTIONS.minCount).filter((d) => !decidedByAnswers(d.message.answers));

const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
// Three meaningless properties, so the floor is not one feature's luck: an even number of words,
// a first word of an odd number of letters, a message id whose last character's code is odd.
const noises: Array<[string, (d: Featurised) => boolean]> = [
  ['x:aa_even_words', (d) => words(d.message.text) % 2 === 0],
  ['x:aa_odd_first', (d) => (d.message.text.trim().split(/\s+/)[0]?.length ?? 0) % 2 === 1],
  ['x:aa_odd_id', (d) => d.message.id.charCodeAt(d.message.id.length - 1) % 2 === 1],
];
const withNoise = (name: string, fires: (d: Featurised) => boolean): Featurised[] => data.map((d) => (fires(d) ? { ...d, features: new Map([...d.features, [name, name]]) } : d));
const complaint = KINDS.indexOf('complaint');
function readAll(on: Featurised[]): TriageKind[] {
  const out: TriageKind[] = [];
  for (const { train: tr, test } of corpusFolds(on, (d) => d.message)) {
    const kind = fitKind(tr, TRAIN_OPTIONS);
    for (const d of test) {
      const p = score(kind, d.features);
      const best = KINDS[argmax(p)];
      out.push(SOFT_KINDS.has(best) && p[complaint] >= bar ? 'complaint' : best);
    }
  }
  return out;
}
const order = corpusFolds(data, (d) => d.message).flatMap((f) => f.test);
const base = readAll(data);
const rightOf = (ks: TriageKind[]) => ks.filter((k, i) => isRight(order[i].message, k)).length;
const lostOf = (ks: TriageKind[]) => ks.filter((k, i) => isLostComplaint(order[i].message, k)).length;
console.log(`leave-corpus-out over ${order.length} lines, bar ${bar}: ${rightOf(base)} right, ${lostOf(base)} complaints read as a soft kind`);
for (const [name, fires] of noises) {
  const r = readAll(withNoise(name, fires));
  const changed = r.filter((k, i) => k !== base[i]).length;
  console.log(`${name} (fires on ${data.filter(fires).length}): ${changed} readings changed; right ${rightOf(base)} -> ${rightOf(r)}; complaints read soft ${lostOf(base)} -> ${lostOf(r)}`);
}
