/**
 * Issue #19: does the kind model's training reach its optimum? trainLinear minimises a strongly
 * convex objective (multinomial logistic loss plus `l2`/2 times the weights' squared length) by
 * L-BFGS and stops once its gradient is short enough to put every weight within
 * `OPTIMUM_DISTANCE` of the optimum (strong convexity: distance <= |gradient| / l2). This fits the
 * kind model as fitKind does, on the training split only (`evalSplit(loadAll()).train`; the
 * held-out fold and fresh corpora are never read), at several distances, and for each prints how
 * the fit ended (steps, objective evaluations, why it stopped, objective, gradient, CPU), how many
 * shipped (rounded, pruned) rows and in-sample kind readings differ from the tightest fit's, and
 * the A/A test: how many readings one meaningless feature (on every message with an even number
 * of words) changes. Counts only: no line is printed.
 *
 *   nice -n 10 npx tsx scripts/training-settles.ts
 *
 * The fifteenth session's measurement of the AdaGrad training this replaced is docs/triage/rounds.md
 * "Does training settle?" (its script: `git show f4b7d80:scripts/training-settles.ts`).
 */
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { CORPUS_TODAY, evalSplit, loadAll, ruleReader } from '../src/cli/triage-corpora';
import { argmax, score, type LinearModel } from '../src/triage/model';
import { decidedByAnswers, featurise, fitKind, OPTIMUM_DISTANCE, TRAIN_OPTIONS, type Featurised, type FitReport } from '../src/triage/train';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

const t0 = cpuMs();
const train = evalSplit(loadAll()).train;
const read = ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY);
const data = featurise(train, read, TRAIN_OPTIONS.minCount);
const usable = data.filter((d) => !decidedByAnswers(d.message.answers));
console.log(`training split: ${train.length} lines, ${usable.length} the kind model learns from; read and featurised in ${((cpuMs() - t0) / 1e3).toFixed(1)} s CPU`);

const NOISE = 'x:aa_noise';
const even = (text: string) => text.trim().split(/\s+/).filter(Boolean).length % 2 === 0;
const noisy: Featurised[] = data.map((d) => (even(d.message.text) ? { ...d, features: new Map([...d.features, [NOISE, NOISE]]) } : d));
console.log(`meaningless feature ${NOISE} fires on ${usable.filter((d) => even(d.message.text)).length} of ${usable.length}`);

function fit(on: Featurised[], distance: number): { model: LinearModel; report: FitReport; cpu: number } {
  let report: FitReport | undefined;
  const started = cpuMs();
  const model = fitKind(on, { ...TRAIN_OPTIONS, optimumDistance: distance, onFitted: (r) => (report = r) });
  return { model, report: report!, cpu: cpuMs() - started };
}
const readings = (model: LinearModel, on: Featurised[]) => on.filter((d) => !decidedByAnswers(d.message.answers)).map((d) => argmax(score(model, d.features)));
const differ = (a: number[], b: number[]) => a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);
const rowsDiffer = (a: LinearModel, b: LinearModel) => {
  let n = 0;
  for (const name of new Set([...Object.keys(a.weights), ...Object.keys(b.weights)])) if (JSON.stringify(a.weights[name]) !== JSON.stringify(b.weights[name])) n++;
  return n;
};

const distances = [1e-2, 1e-3, 1e-4, 1e-5, OPTIMUM_DISTANCE, OPTIMUM_DISTANCE / 10];
const fits = distances.map((d) => ({ distance: d, base: fit(data, d), noisy: fit(noisy, d) }));
const tightest = fits[fits.length - 1].base;
const tightReadings = readings(tightest.model, data);
console.log('\ndistance\tsteps\tevaluations\tstop\tobjective\t|grad|\tshipped rows != tightest\treadings != tightest\tA/A readings changed\tCPU s');
for (const f of fits) {
  const r = readings(f.base.model, data);
  console.log(
    [
      f.distance.toExponential(0) + (f.distance === OPTIMUM_DISTANCE ? ' (shipped)' : ''),
      f.base.report.iterations,
      f.base.report.evaluations,
      f.base.report.stop,
      f.base.report.value.toFixed(7),
      f.base.report.gradNorm.toExponential(2),
      rowsDiffer(f.base.model, tightest.model),
      differ(r, tightReadings),
      differ(r, readings(f.noisy.model, noisy)),
      (f.base.cpu / 1e3).toFixed(1),
    ].join('\t'),
  );
}
const noiseRow = fits[fits.length - 1].noisy.model.weights[NOISE];
console.log(`\nshipped kind rows at the tightest: ${Object.keys(tightest.model.weights).length}; the noise feature's weights there: ${JSON.stringify(noiseRow ?? 'pruned')}`);
