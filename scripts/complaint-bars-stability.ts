/**
 * How far the complaint bars move between trainings (issue #19, ninth session): trains with each
 * corpus left out in turn (and with none left out), takes the leave-corpus-out readings training
 * chooses the bars on, and prints the bars each way of choosing gives on them, with their spread.
 * Every training corpus; no fresh corpus (none is fresh between rounds; a fresh one is skipped).
 *
 *   npx tsx scripts/complaint-bars-stability.ts [--cache /tmp/bars/rows.json]
 *   npx tsx scripts/complaint-bars-stability.ts --rows a.json --rows b.json
 *
 * The readings take about 120 kind-model fits (an hour on a loaded machine); `--cache` keeps
 * them in a file so ways of choosing can be compared again without refitting. `--rows` reads
 * instead the readings `eval:triage -- --cv-corpus --compare-bars --bars-rows <file>` wrote: the
 * trainings of leave-corpus-out inside the training split, each with one corpus left out (there
 * the first line is a corpus left out, not the training on everything). Counts only: no message
 * is printed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORPUS_TODAY, isFresh, loadAll, ruleReader } from '../src/cli/triage-corpora';
import { createProfileRegistry, DEFAULT_POLICY } from '../src/policy/profiles';
import { BAR_GRID, chooseComplaintBars, forced, type BarChoice, type ComplaintRow } from '../src/triage/complaint-bars';
import { isLostComplaint, isRight, SOFT_KINDS } from '../src/triage/scoring';
import { complaintThresholds, corpusComplaintRows, corpusFolds, featurise, TRAIN_OPTIONS } from '../src/triage/train';

const { values } = parseArgs({ options: { cache: { type: 'string' }, rows: { type: 'string', multiple: true } } });

type Runs = Array<{ without: string; rows: ComplaintRow[] }>;

function readings(): Runs {
  if (values.rows?.length) return values.rows.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Runs);
  if (values.cache && existsSync(values.cache)) return JSON.parse(readFileSync(values.cache, 'utf8')) as Runs;
  const all = loadAll().filter((m) => !isFresh(m));
  const reader = ruleReader(createProfileRegistry().get(DEFAULT_POLICY), CORPUS_TODAY);
  const subsets = [{ without: '(none)', train: all }, ...corpusFolds(all, (m) => m).map((f) => ({ without: f.corpus, train: f.train }))];
  const runs: Runs = [];
  for (const s of subsets) {
    const started = Date.now();
    const data = featurise(s.train, reader, TRAIN_OPTIONS.minCount);
    runs.push({ without: s.without, rows: corpusComplaintRows(data, TRAIN_OPTIONS) });
    console.error(`without ${s.without}: ${s.train.length} messages, ${Date.now() - started} ms`);
  }
  if (values.cache) writeFileSync(values.cache, JSON.stringify(runs));
  return runs;
}

const ways: Array<{ name: string; choose: (rows: ComplaintRow[]) => { complaint: number; complaintCalm: number } }> = [
  { name: 'argmax, 14-step grid (before)', choose: (rows) => complaintThresholds(rows) },
  ...(
    [
      ['hard count, fine grid', { recall: 0.97, margin: 0, spread: 0 }],
      ['floor + 1 SE, hard', { recall: 0.97, margin: 1, spread: 0 }],
      ['smoothed 0.5, no margin', { recall: 0.97, margin: 0, spread: 0.5 }],
      ['smoothed 0.5 + 1 SE (measured)', { recall: 0.97, margin: 1, spread: 0.5 }],
      ['smoothed 1.0 + 1 SE', { recall: 0.97, margin: 1, spread: 1 }],
      ['smoothed 0.5 + 1 SE, one bar', { recall: 0.97, margin: 1, spread: 0.5, tied: true }],
      ['smoothed 0.5 + 0.5 SE, one bar (the default since the eleventh session)', { recall: 0.97, margin: 0.5, spread: 0.5, tied: true }],
    ] as Array<[string, BarChoice]>
  ).map(([name, choice]) => ({ name, choose: (rows: ComplaintRow[]) => chooseComplaintBars(rows, choice, BAR_GRID) })),
];

/** Hard counts at the chosen bars, on the readings they were chosen on. */
function hard(rows: ComplaintRow[], bars: { complaint: number; complaintCalm: number }) {
  const decide = (r: ComplaintRow) => (SOFT_KINDS.has(r.best) && forced(r.p, r.heard ? bars.complaint : bars.complaintCalm, 0) ? 'complaint' : r.best);
  const complaints = rows.filter((r) => r.kind === 'complaint');
  return { right: rows.filter((r) => isRight(r, decide(r))).length / rows.length, recall: complaints.filter((r) => !isLostComplaint(r, decide(r))).length / complaints.length };
}

const runs = readings();
const logit = (p: number) => Math.log(p / (1 - p));
const sd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
};
console.log(`left out: ${runs.map((r) => r.without).join(', ')}\n`);
console.log('| way of choosing | bars (heard / calm), first training | heard bar: range, SD of log-odds | calm bar: range, SD of log-odds | pairs seen | right / recall on the first training readings |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const way of ways) {
  const chosen = runs.map((r) => ({ without: r.without, ...way.choose(r.rows) }));
  const heard = chosen.map((c) => c.complaint);
  const calm = chosen.map((c) => c.complaintCalm);
  const full = chosen[0];
  const fit = hard(runs[0].rows, full);
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}, ${sd(xs.map(logit)).toFixed(2)}`;
  const pairs = new Set(chosen.map((c) => `${c.complaint}/${c.complaintCalm}`)).size;
  console.log(`| ${way.name} | ${full.complaint} / ${full.complaintCalm} | ${range(heard)} | ${range(calm)} | ${pairs} | ${(100 * fit.right).toFixed(1)}% / ${(100 * fit.recall).toFixed(1)}% |`);
  console.error(`${way.name}: ${chosen.map((c) => `${c.without} ${c.complaint}/${c.complaintCalm}`).join('; ')}`);
}
