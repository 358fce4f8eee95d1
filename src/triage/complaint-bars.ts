import { isLostComplaint, isRight, SOFT_KINDS } from './scoring';
import type { TriageKind } from './types';

/**
 * Choosing the complaint bars (issue #19, ninth session). The bars used to be the single best
 * pair on a 14-step grid of one jagged count: of the pairs keeping complaint recall at exactly
 * 97% on cross-validated probabilities, the one reading most messages right. The count is flat
 * along a ridge (a higher heard bar buys nearly the same as a lower calm one), so a few lines
 * more or less sent the choice from one end of the ridge to the other (0.35/0.35 → 0.2/0.25 →
 * 0.7/0.15 as corpora were added), and recall held at exactly the floor on probabilities from
 * smaller models than the one shipped. Here both counts are smoothed and the floor has a margin:
 *
 * - **Smoothed**: each bar is taken as uncertain by `spread` on the log-odds scale (a normal
 *   jitter), so a message counts as forced to complaint with the probability that the jittered
 *   bar lies below its complaint probability, not 0 or 1. Expected counts move smoothly with
 *   the bars, so one line more cannot jump the choice along the ridge; the bar is set where a
 *   neighbourhood of bars does well, not where one lucky step does. Log-odds, because a
 *   probability's uncertainty is even there (0.15 vs 0.2 is as far as 0.8 vs 0.85).
 * - **A floor with margin**: the expected kept complaints must clear the recall target by
 *   `margin` binomial standard errors of that recall (sqrt(n·r·(1−r))), the sampling error of a
 *   recall measured on n complaints: a bar that keeps 97.0% on the complaints it was chosen on
 *   keeps less on the next set as often as not; one a standard error above keeps 97% on about
 *   five sets in six, were writing drawn from the same hands.
 */

/** One cross-validated reading for choosing the complaint thresholds. */
export interface ComplaintRow {
  kind: TriageKind;
  accept?: readonly TriageKind[];
  /** The kind the model's probabilities rank first (among all kinds). */
  best: TriageKind;
  /** The complaint probability. */
  p: number;
  /** The cue rules heard dissatisfaction (`r:dissatisfied`). */
  heard: boolean;
}

export interface BarChoice {
  /** The complaint recall to keep (as the eval counts it). */
  recall: number;
  /** How many binomial standard errors of that recall the expected kept complaints must clear it by. */
  margin: number;
  /** The bar's uncertainty on the log-odds scale (standard deviation); 0 is the hard count. */
  spread: number;
  /** One bar for both heard and calm messages. */
  tied?: boolean;
}

/** Bars tried: every hundredth from 0.05 to 0.8 (a smoothed count needs no coarse grid to be steady). */
export const BAR_GRID: readonly number[] = Array.from({ length: 76 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

/**
 * The choice measured in the ninth session (`--complaint-bars smoothed`; not the default, see
 * TrainOptions.complaintBars): recall 97% as before, one standard error of margin, a spread of
 * 0.5 on the log-odds scale (about the distance between bars 0.15 and 0.22, or 0.5 and 0.62).
 */
export const BAR_CHOICE: BarChoice = { recall: 0.97, margin: 1, spread: 0.5 };

const logit = (p: number) => {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
};

/** The standard normal CDF (Abramowitz & Stegun 7.1.26, error under 1.5e-7: ample for a count). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** How likely a row is forced to complaint at bar `t`: the hard step when `spread` is 0. */
export function forced(p: number, t: number, spread: number): number {
  if (spread <= 0) return p >= t ? 1 : 0;
  return normalCdf((logit(p) - logit(t)) / spread);
}

export interface Counts {
  right: number;
  kept: number;
}

/**
 * Expected messages right and complaints kept, among the rows one bar applies to, at each bar
 * of the grid. A row only ever moves between its own best kind and complaint, and each row
 * answers to one bar, so the two bars' counts add up: a pair is two look-ups.
 */
export function countsPerBar(rows: readonly ComplaintRow[], grid: readonly number[], spread: number): Counts[] {
  return grid.map((t) => {
    let right = 0;
    let kept = 0;
    for (const r of rows) {
      const q = SOFT_KINDS.has(r.best) ? forced(r.p, t, spread) : 0;
      right += q * (isRight(r, 'complaint') ? 1 : 0) + (1 - q) * (isRight(r, r.best) ? 1 : 0);
      if (r.kind === 'complaint') kept += q + (1 - q) * (isLostComplaint(r, r.best) ? 0 : 1);
    }
    return { right, kept };
  });
}

/** The complaints the bars must keep, in expectation: the recall floor plus its margin. */
export function keptFloor(complaints: number, choice: Pick<BarChoice, 'recall' | 'margin'>): number {
  const { recall, margin } = choice;
  return recall * complaints + margin * Math.sqrt(complaints * recall * (1 - recall));
}

/**
 * The two bars (`complaint` where the rules heard dissatisfaction, `complaintCalm` where they
 * did not): of the pairs whose expected kept complaints clear the floor, the one with the most
 * messages expected right, then the most complaints kept, then the higher bars (fewer forced
 * complaints). No pair clears it: the pair keeping most.
 */
export function chooseComplaintBars(rows: readonly ComplaintRow[], choice: BarChoice = BAR_CHOICE, grid: readonly number[] = BAR_GRID): { complaint: number; complaintCalm: number } {
  const heard = countsPerBar(
    rows.filter((r) => r.heard),
    grid,
    choice.spread,
  );
  const calm = countsPerBar(
    rows.filter((r) => !r.heard),
    grid,
    choice.spread,
  );
  const floor = keptFloor(rows.filter((r) => r.kind === 'complaint').length, choice);
  // Sums of fractions: differences below this are rounding, not a better pair.
  const eps = 1e-9;
  let best: { i: number; j: number; right: number; kept: number; ok: boolean } | null = null;
  for (let i = grid.length - 1; i >= 0; i--) {
    for (let j = grid.length - 1; j >= 0; j--) {
      if (choice.tied && i !== j) continue;
      const right = heard[i].right + calm[j].right;
      const kept = heard[i].kept + calm[j].kept;
      const ok = kept >= floor - eps;
      const better =
        !best ||
        (ok && !best.ok) ||
        (ok === best.ok && (ok ? right > best.right + eps || (Math.abs(right - best.right) <= eps && kept > best.kept + eps) : kept > best.kept + eps));
      if (better) best = { i, j, right, kept, ok };
    }
  }
  return { complaint: grid[best!.i], complaintCalm: grid[best!.j] };
}
