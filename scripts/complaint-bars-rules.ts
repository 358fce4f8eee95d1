/**
 * Ways of choosing the tied complaint bar, applied to the readings scripts/complaint-bars-nested.ts
 * wrote (training split only; no text is read or printed): the curve the shipped rule chooses
 * from (--curve), how far each way's bar moves with each corpus left out of training in turn,
 * and the leave-corpus-out accuracy and complaint recall at the bar each training would choose
 * (each corpus read by the model trained without it, at the bar chosen without it).
 *
 *   npx tsx scripts/complaint-bars-rules.ts --runs /tmp/bars14/nested-0.json --runs /tmp/bars14/nested-1.json [--curve]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BAR_CHOICE, BAR_GRID, chooseComplaintBars, countsPerBar, forced, keptFloor, type BarChoice, type ComplaintRow } from '../src/triage/complaint-bars';
import { isLostComplaint, isRight, SOFT_KINDS } from '../src/triage/scoring';
import { TRAIN_OPTIONS } from '../src/triage/train';

/**
 * Steadier ways of choosing the one (tied) bar, written down before they were measured (issue #19,
 * fourteenth session; docs/triage/rounds.md "Round 14: bars"; committed in complaint-bars.ts
 * first, moved here when neither proved steadier). Both keep the floor of
 * chooseComplaintBars (expected kept complaints over recall plus margin, smoothed by `spread`).
 *
 * - `plateau`: of the bars clearing the floor, those whose expected messages right are within
 *   `tolerance` binomial standard errors of accuracy (sqrt(n·a·(1−a)), a the best bar's share
 *   right) of the best; the middle one of those (the lower of two middles). A flat stretch of
 *   accuracy is chosen by its middle, not by where a few lines tip its maximum.
 * - `resampled`: the tied choice made on `resamples` draws of the corpora with replacement (a
 *   fixed seed: the same draws every run), and the median of the bars chosen.
 */
type SteadyRule = { rule: 'plateau'; tolerance: number } | { rule: 'resampled'; resamples: number };

/** The tied bar, chosen as `steady` says, on rows each tagged with its corpus. */
function chooseSteadyBar(rows: readonly ComplaintRow[], corpusOf: (i: number) => string, steady: SteadyRule, choice: BarChoice = { ...BAR_CHOICE, tied: true }, grid: readonly number[] = BAR_GRID): number {
  if (steady.rule === 'plateau') {
    const counts = countsPerBar(rows, grid, choice.spread);
    const floor = keptFloor(rows.filter((r) => r.kind === 'complaint').length, choice);
    const eps = 1e-9;
    const ok = grid.map((_, i) => counts[i].kept >= floor - eps);
    if (!ok.some(Boolean)) return chooseComplaintBars(rows, { ...choice, tied: true }, grid).complaint;
    const best = Math.max(...counts.filter((_, i) => ok[i]).map((c) => c.right));
    const a = best / rows.length;
    const tol = steady.tolerance * Math.sqrt(rows.length * a * (1 - a));
    const near = grid.filter((_, i) => ok[i] && counts[i].right >= best - tol - eps);
    return near[Math.floor((near.length - 1) / 2)];
  }
  const byCorpus = new Map<string, ComplaintRow[]>();
  rows.forEach((r, i) => {
    const c = corpusOf(i);
    byCorpus.set(c, [...(byCorpus.get(c) ?? []), r]);
  });
  const names = [...byCorpus.keys()].sort();
  // mulberry32: a small fixed generator, so the draws are the same on every machine.
  let seed = 0x5eed14;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bars: number[] = [];
  for (let k = 0; k < steady.resamples; k++) {
    const drawn = names.flatMap(() => byCorpus.get(names[Math.floor(random() * names.length)])!);
    bars.push(chooseComplaintBars(drawn, { ...choice, tied: true }, grid).complaint);
  }
  bars.sort((x, y) => x - y);
  return bars[Math.floor((bars.length - 1) / 2)];
}

type Reading = ComplaintRow & { corpus: string; lang: string; group?: number };

/**
 * Rule B of the sixteenth round (docs/triage/rounds.md "Round 16: bars", written before measuring):
 * on the group readings, of the bars at which the expected (smoothed) complaint recall is at least
 * `recall` in at least `k` of the groups (each group read by the model that did not train on it),
 * the one with most messages expected right, ties to the higher bar; none qualifying, the one with
 * most groups at `recall`, then the lower bar.
 */
function kOfGroupsBar(rows: readonly Reading[], k: number, recall = BAR_CHOICE.recall, spread = BAR_CHOICE.spread, grid: readonly number[] = BAR_GRID): number {
  const groups = [...new Set(rows.map((r) => r.group ?? -1))];
  const all = countsPerBar(rows, grid, spread);
  const perGroup = groups.map((g) => {
    const rs = rows.filter((r) => (r.group ?? -1) === g);
    const complaints = rs.filter((r) => r.kind === 'complaint').length;
    return { complaints, counts: countsPerBar(rs, grid, spread) };
  });
  const eps = 1e-9;
  const atRecall = grid.map((_, i) => perGroup.filter((g) => g.complaints === 0 || g.counts[i].kept >= recall * g.complaints - eps).length);
  const ok = grid.map((_, i) => i).filter((i) => atRecall[i] >= k);
  if (ok.length) return grid[ok.reduce((b, i) => (all[i].right > all[b].right + eps || (Math.abs(all[i].right - all[b].right) <= eps && i > b) ? i : b))];
  const most = Math.max(...atRecall);
  return grid[atRecall.indexOf(most)];
}
type Run = { without: string; byCorpus: Reading[]; byGroup: Reading[] };

const { values } = parseArgs({ options: { runs: { type: 'string', multiple: true }, curve: { type: 'boolean', default: false }, jackknife: { type: 'boolean', default: false }, 'groups-from': { type: 'string' } } });
const runs = values.runs!.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Run[]);
const whole = runs.find((r) => r.without === '(none)');
// --groups-from: the whole split's group readings from another run (another group count, --groups-only).
if (whole && values['groups-from']) whole.byGroup = (JSON.parse(readFileSync(values['groups-from'], 'utf8')) as Run[])[0].byGroup;
const choice = { ...BAR_CHOICE, margin: TRAIN_OPTIONS.barMargin ?? BAR_CHOICE.margin, tied: true };

const decide = (r: ComplaintRow, t: number) => (SOFT_KINDS.has(r.best) && r.p >= t ? 'complaint' : r.best);
function hard(rows: ComplaintRow[], t: number) {
  const c = rows.filter((r) => r.kind === 'complaint');
  // Read as complaint, and of those, rightly (a reading the line accepts counts): complaint precision.
  const read = rows.filter((r) => decide(r, t) === 'complaint');
  return { right: rows.filter((r) => isRight(r, decide(r, t))).length, n: rows.length, kept: c.filter((r) => !isLostComplaint(r, decide(r, t))).length, complaints: c.length, read: read.length, readRight: read.filter((r) => isRight(r, 'complaint')).length };
}
function smooth(rows: ComplaintRow[], t: number) {
  let right = 0;
  let kept = 0;
  for (const r of rows) {
    const q = SOFT_KINDS.has(r.best) ? forced(r.p, t, choice.spread) : 0;
    right += q * (isRight(r, 'complaint') ? 1 : 0) + (1 - q) * (isRight(r, r.best) ? 1 : 0);
    if (r.kind === 'complaint') kept += q + (1 - q) * (isLostComplaint(r, r.best) ? 0 : 1);
  }
  return { right, kept };
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const LANGS = ['en', 'cy', 'mixed'];
const lang = (l: string) => l;

if (values.curve && whole) {
  const rows = whole.byCorpus;
  const floor = keptFloor(rows.filter((r) => r.kind === 'complaint').length, choice);
  console.log(`${rows.length} readings, ${rows.filter((r) => r.kind === 'complaint').length} complaints, floor ${floor.toFixed(1)} expected kept; chosen ${chooseComplaintBars(rows, choice).complaint}`);
  console.log('| bar | expected kept | expected right | hard kept | hard right | recall en / cy / mixed |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const t of BAR_GRID.filter((t) => t <= 0.4)) {
    const s = smooth(rows, t);
    const h = hard(rows, t);
    const per = LANGS.map((l) => {
      const x = hard(rows.filter((r) => lang(r.lang) === l), t);
      return pct(x.kept, x.complaints);
    });
    console.log(`| ${t.toFixed(2)} | ${s.kept.toFixed(1)}${s.kept >= floor ? '' : ' (under)'} | ${s.right.toFixed(1)} | ${h.kept}/${h.complaints} | ${h.right}/${h.n} | ${per.join(' / ')} |`);
  }
  // One corpus's readings dropped from the rows the bar is chosen on (no retraining): which corpora move it.
  const names = [...new Set(rows.map((r) => r.corpus))].sort();
  console.log(`\nchosen with one corpus's readings dropped: ${names.map((c) => `${c} ${chooseComplaintBars(rows.filter((r) => r.corpus !== c), choice).complaint}`).join(', ')}`);
}

const ways: Array<{ name: string; bar: (rows: Reading[]) => number; sources?: ReadonlyArray<'byCorpus' | 'byGroup'> }> = [
  { name: 'tied, smoothed 0.5, +0.5 SE (shipped)', bar: (rows) => chooseComplaintBars(rows, choice).complaint },
  { name: 'plateau, middle within 0.5 SE', bar: (rows) => chooseSteadyBar(rows, (i) => rows[i].corpus, { rule: 'plateau', tolerance: 0.5 }, choice) },
  { name: 'resampled corpora, median of 31', bar: (rows) => chooseSteadyBar(rows, (i) => rows[i].corpus, { rule: 'resampled', resamples: 31 }, choice) },
  // Sixteenth round, rule B: only on the group readings (it counts groups).
  { name: '97% in at least 7 of 8 groups', bar: (rows) => kOfGroupsBar(rows, 7), sources: ['byGroup'] },
];
// --jackknife: no training with a corpus left out, but the whole split's readings with that corpus's
// readings dropped (the other corpora's readings still came from models that saw it): a cheap
// stand-in for retraining without it, for a loaded machine.
const left = values.jackknife && whole
  ? [...new Set(whole.byCorpus.map((r) => r.corpus))].sort().map((c) => ({ without: c, byCorpus: whole.byCorpus.filter((r) => r.corpus !== c), byGroup: whole.byGroup.filter((r) => r.corpus !== c) }))
  : runs.filter((r) => r.without !== '(none)');
console.log(`\n${left.length} ${values.jackknife ? "corpora's readings dropped in turn (jackknife, no retraining)" : 'trainings with one corpus left out'}${whole ? ', and the whole split' : ''}`);
console.log('| way | readings | whole split | range with one corpus out (SD) | leave-corpus-out right | complaint recall | en | cy | mixed | complaint precision |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const way of ways) {
  for (const source of way.sources ?? (['byCorpus', 'byGroup'] as const)) {
    const bars = left.map((r) => ({ without: r.without, bar: way.bar(r[source]) }));
    const xs = bars.map((b) => b.bar);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    // Each corpus read by the model that never saw it (the whole split's leave-corpus-out readings), at the bar chosen without it.
    let out = { right: 0, n: 0, kept: 0, complaints: 0, read: 0, readRight: 0 };
    const per: Record<string, { kept: number; complaints: number }> = Object.fromEntries(LANGS.map((l) => [l, { kept: 0, complaints: 0 }]));
    if (whole) {
      for (const b of bars) {
        const rows = whole.byCorpus.filter((r) => r.corpus === b.without);
        const h = hard(rows, b.bar);
        out = { right: out.right + h.right, n: out.n + h.n, kept: out.kept + h.kept, complaints: out.complaints + h.complaints, read: out.read + h.read, readRight: out.readRight + h.readRight };
        for (const l of LANGS) {
          const x = hard(rows.filter((r) => lang(r.lang) === l), b.bar);
          per[l].kept += x.kept;
          per[l].complaints += x.complaints;
        }
      }
    }
    const wholeBar = whole ? way.bar(whole[source]).toFixed(2) : '-';
    console.log(
      `| ${way.name} | ${source === 'byCorpus' ? 'one model a corpus' : 'one model a group'} | ${wholeBar} | ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} (${sd.toFixed(3)}) | ${whole ? `${out.right}/${out.n} ${pct(out.right, out.n)}` : '-'} | ${whole ? `${out.kept}/${out.complaints} ${pct(out.kept, out.complaints)}` : '-'} | ${LANGS.map((l) => (whole ? `${per[l].kept}/${per[l].complaints} ${pct(per[l].kept, per[l].complaints)}` : '-')).join(' | ')} | ${whole ? `${out.readRight}/${out.read} ${pct(out.readRight, out.read)}` : '-'} |`,
    );
    console.error(`${way.name}, ${source}: ${bars.map((b) => `${b.without} ${b.bar}`).join(', ')}`);
  }
}
