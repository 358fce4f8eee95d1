import { describe, expect, it } from 'vitest';
import { BAR_CHOICE, BAR_GRID, chooseComplaintBars, forced, keptFloor, normalCdf, type BarChoice, type ComplaintRow } from '../../src/triage/complaint-bars';
import { isLostComplaint, SOFT_KINDS } from '../../src/triage/scoring';
import { chooseBars, complaintThresholds } from '../../src/triage/train';
import type { TriageKind } from '../../src/triage/types';

// Made-up cross-validated readings: no corpus is read here.
const row = (kind: TriageKind, best: TriageKind, p: number, heard: boolean, accept?: TriageKind[]): ComplaintRow => ({ kind, best, p, heard, accept });

/** A small deterministic generator (mulberry32), so the made-up sets are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible set: complaints the model mostly ranks first, first reports mostly below 0.3, a ridge between the bars. */
function readings(seed: number, n = 900): ComplaintRow[] {
  const rnd = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  return Array.from({ length: n }, () => {
    const heard = rnd() < 0.45;
    if (rnd() < 0.35) {
      const first = rnd() < 0.85;
      return row('complaint', first ? 'complaint' : rnd() < 0.7 ? 'service_request' : 'none', first ? sigmoid(1 + normal()) : sigmoid((heard ? -0.4 : -0.9) + normal() * 0.6), heard);
    }
    const kind: TriageKind = rnd() < 0.7 ? 'service_request' : rnd() < 0.5 ? 'none' : 'status_query';
    return row(kind, rnd() < 0.9 ? kind : 'complaint', sigmoid((heard ? -1.2 : -2.4) + normal()), heard);
  });
}

/** Recall as the eval counts it, with the hard bars. */
function recallAt(rows: ComplaintRow[], bars: { complaint: number; complaintCalm: number }): number {
  const complaints = rows.filter((r) => r.kind === 'complaint');
  const read = (r: ComplaintRow) => (SOFT_KINDS.has(r.best) && r.p >= (r.heard ? bars.complaint : bars.complaintCalm) ? 'complaint' : r.best);
  return complaints.filter((r) => !isLostComplaint(r, read(r))).length / complaints.length;
}

const logit = (p: number) => Math.log(p / (1 - p));
/** How far the bars of several choices lie apart, on the log-odds scale (both bars, the wider). */
function spreadOf(chosen: Array<{ complaint: number; complaintCalm: number }>): number {
  const width = (xs: number[]) => Math.max(...xs.map(logit)) - Math.min(...xs.map(logit));
  return Math.max(width(chosen.map((c) => c.complaint)), width(chosen.map((c) => c.complaintCalm)));
}

describe('the normal CDF and the smoothed step', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413],
    [-1, 0.1587],
    [1.96, 0.975],
    [-3, 0.00135],
  ])('Φ(%s) ≈ %s', (x, p) => expect(normalCdf(x)).toBeCloseTo(p, 4));

  it('is the hard step with no spread, a half at the bar itself, and rises with the probability', () => {
    expect(forced(0.3, 0.3, 0)).toBe(1);
    expect(forced(0.29, 0.3, 0)).toBe(0);
    expect(forced(0.3, 0.3, 0.5)).toBeCloseTo(0.5, 6);
    const qs = [0.05, 0.1, 0.2, 0.3, 0.5, 0.8].map((p) => forced(p, 0.3, 0.5));
    for (let i = 1; i < qs.length; i++) expect(qs[i]).toBeGreaterThan(qs[i - 1]);
  });
});

describe('choosing the complaint bars', () => {
  it('with no spread and no margin, is the best pair of the hard count (checked against every pair)', () => {
    const rows = readings(1);
    const grid = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7];
    const got = chooseComplaintBars(rows, { recall: 0.97, margin: 0, spread: 0 }, grid);
    const complaints = rows.filter((r) => r.kind === 'complaint').length;
    let best = { right: -1, kept: -1 };
    for (const h of grid)
      for (const c of grid) {
        const read = (r: ComplaintRow) => (SOFT_KINDS.has(r.best) && r.p >= (r.heard ? h : c) ? 'complaint' : r.best);
        const kept = rows.filter((r) => r.kind === 'complaint' && !isLostComplaint(r, read(r))).length;
        const right = rows.filter((r) => read(r) === r.kind).length;
        if (kept >= 0.97 * complaints && (right > best.right || (right === best.right && kept > best.kept))) best = { right, kept };
      }
    expect(best.right).toBeGreaterThan(0);
    const read = (r: ComplaintRow) => (SOFT_KINDS.has(r.best) && r.p >= (r.heard ? got.complaint : got.complaintCalm) ? 'complaint' : r.best);
    expect(rows.filter((r) => read(r) === r.kind).length).toBe(best.right);
  });

  it('keeps the recall floor, and a margin keeps more', () => {
    for (const seed of [2, 3, 4]) {
      const rows = readings(seed);
      const none = chooseComplaintBars(rows, { ...BAR_CHOICE, margin: 0 });
      const one = chooseComplaintBars(rows, BAR_CHOICE);
      const two = chooseComplaintBars(rows, { ...BAR_CHOICE, margin: 2 });
      expect(recallAt(rows, one)).toBeGreaterThanOrEqual(0.97);
      expect(recallAt(rows, two)).toBeGreaterThanOrEqual(recallAt(rows, one));
      expect(recallAt(rows, one)).toBeGreaterThanOrEqual(recallAt(rows, none));
    }
  });

  it('the floor is the recall plus standard errors of it', () => {
    expect(keptFloor(100, { recall: 0.97, margin: 0 })).toBeCloseTo(97, 9);
    expect(keptFloor(100, { recall: 0.97, margin: 1 })).toBeCloseTo(97 + Math.sqrt(100 * 0.97 * 0.03), 9);
  });

  it('reads recall before accuracy: a bar low enough for the floor even when it costs many requests', () => {
    const rows: ComplaintRow[] = [
      ...Array.from({ length: 10 }, () => row('complaint', 'service_request', 0.25, false)),
      ...Array.from({ length: 30 }, () => row('service_request', 'service_request', 0.3, false)),
      ...Array.from({ length: 90 }, () => row('complaint', 'complaint', 0.9, true)),
    ];
    expect(recallAt(rows, chooseComplaintBars(rows))).toBeGreaterThanOrEqual(0.97);
  });

  it('with no pair clearing the floor, keeps the most complaints it can (the lowest bars)', () => {
    const rows: ComplaintRow[] = [...Array.from({ length: 10 }, (_, i) => row('complaint', 'none', 0.01, i % 2 === 0)), ...Array.from({ length: 10 }, () => row('complaint', 'complaint', 0.9, false))];
    expect(chooseComplaintBars(rows)).toEqual({ complaint: BAR_GRID[0], complaintCalm: BAR_GRID[0] });
  });

  it('sets no bar lower than it needs: with every complaint ranked first, the highest bars', () => {
    const rows: ComplaintRow[] = [...Array.from({ length: 50 }, () => row('complaint', 'complaint', 0.9, true)), ...Array.from({ length: 50 }, () => row('service_request', 'service_request', 0.3, false))];
    const bars = chooseComplaintBars(rows);
    expect(bars.complaintCalm).toBeGreaterThan(0.5);
  });

  it('one bar when tied', () => {
    const bars = chooseComplaintBars(readings(5), { ...BAR_CHOICE, tied: true });
    expect(bars.complaint).toBe(bars.complaintCalm);
  });

  it('tied, with no spread and no margin, is the best single bar of the hard count (checked against every bar)', () => {
    for (const seed of [8, 9]) {
      const rows = readings(seed);
      const grid = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7];
      const got = chooseComplaintBars(rows, { recall: 0.97, margin: 0, spread: 0, tied: true }, grid);
      const complaints = rows.filter((r) => r.kind === 'complaint').length;
      const count = (t: number) => {
        const read = (r: ComplaintRow) => (SOFT_KINDS.has(r.best) && r.p >= t ? 'complaint' : r.best);
        return { kept: rows.filter((r) => r.kind === 'complaint' && !isLostComplaint(r, read(r))).length, right: rows.filter((r) => read(r) === r.kind).length };
      };
      let best = { t: -1, right: -1, kept: -1 };
      for (const t of [...grid].reverse()) {
        const c = count(t);
        if (c.kept >= 0.97 * complaints && (c.right > best.right || (c.right === best.right && c.kept > best.kept))) best = { t, ...c };
      }
      expect(best.t).toBeGreaterThan(0);
      expect(got).toEqual({ complaint: best.t, complaintCalm: best.t });
    }
  });

  it('tied, a bar low enough for the heard complaints applies to calm first reports too', () => {
    // 20 complaints heard but ranked a first report at 0.4 must be forced to keep 97 of 100;
    // 30 calm first reports sit at 0.35. Two bars: heard 0.4, calm as high as the grid goes.
    // One bar: the highest that still forces the complaints, 0.4, above the first reports.
    const rows: ComplaintRow[] = [
      ...Array.from({ length: 20 }, () => row('complaint', 'service_request', 0.4, true)),
      ...Array.from({ length: 30 }, () => row('service_request', 'service_request', 0.35, false)),
      ...Array.from({ length: 80 }, () => row('complaint', 'complaint', 0.9, false)),
    ];
    const hard = { recall: 0.97, margin: 0, spread: 0 };
    expect(chooseComplaintBars(rows, hard)).toEqual({ complaint: 0.4, complaintCalm: 0.8 });
    expect(chooseComplaintBars(rows, { ...hard, tied: true })).toEqual({ complaint: 0.4, complaintCalm: 0.4 });
    // With the first reports at 0.45 instead, the one bar that keeps the floor forces them too: recall before accuracy.
    const higher = rows.map((r) => (r.kind === 'service_request' ? { ...r, p: 0.45 } : r));
    const tied = chooseComplaintBars(higher, { ...hard, tied: true });
    expect(tied.complaint).toBe(0.4);
    expect(recallAt(higher, tied)).toBeGreaterThanOrEqual(0.97);
  });

  it('tied keeps the floor with its margin, and moves no more than two bars under small perturbations', () => {
    const base = readings(10);
    const perturbed = Array.from({ length: 12 }, (_, k) => {
      const rnd = random(200 + k);
      return base.filter(() => rnd() > 0.03).map((r) => ({ ...r, p: 1 / (1 + Math.exp(-(logit(r.p) + (rnd() - 0.5) * 0.2))) }));
    });
    const tied = perturbed.map((rows) => chooseComplaintBars(rows, { ...BAR_CHOICE, tied: true }));
    const two = perturbed.map((rows) => chooseComplaintBars(rows, BAR_CHOICE));
    for (const [i, rows] of perturbed.entries()) expect(recallAt(rows, tied[i])).toBeGreaterThanOrEqual(0.97);
    expect(spreadOf(tied)).toBeLessThanOrEqual(spreadOf(two));
  });

  it('is stable under small perturbations: a few lines dropped or a little noise moves the smoothed bars less than the hard count', () => {
    const base = readings(6);
    const perturbed = Array.from({ length: 12 }, (_, k) => {
      const rnd = random(100 + k);
      // Drop about 3% of the lines and nudge every probability a little on the log-odds scale.
      return base.filter(() => rnd() > 0.03).map((r) => ({ ...r, p: 1 / (1 + Math.exp(-(logit(r.p) + (rnd() - 0.5) * 0.2))) }));
    });
    const smooth = perturbed.map((rows) => chooseComplaintBars(rows, BAR_CHOICE));
    const hard = perturbed.map((rows) => chooseComplaintBars(rows, { recall: 0.97, margin: 0, spread: 0 }));
    const before = perturbed.map((rows) => complaintThresholds(rows));
    // About the distance between 0.2 and 0.27, or 0.5 and 0.6.
    expect(spreadOf(smooth)).toBeLessThan(0.4);
    expect(spreadOf(smooth)).toBeLessThan(spreadOf(hard));
    expect(spreadOf(smooth)).toBeLessThan(spreadOf(before));
    for (const [i, rows] of perturbed.entries()) expect(recallAt(rows, smooth[i])).toBeGreaterThanOrEqual(0.97);
  });

  it('training keeps the single best pair unless told to smooth', () => {
    const rows = readings(7);
    expect(chooseBars(rows, {})).toEqual(complaintThresholds(rows));
    expect(chooseBars(rows, { complaintBars: 'argmax' })).toEqual(complaintThresholds(rows));
    expect(chooseBars(rows, { complaintBars: 'smoothed' })).toEqual(chooseComplaintBars(rows, BAR_CHOICE));
    expect(chooseBars(rows, { complaintBars: 'tied' })).toEqual(chooseComplaintBars(rows, { ...BAR_CHOICE, tied: true }));
    expect(chooseBars(rows, { complaintBars: 'tied', barMargin: 0.5 })).toEqual(chooseComplaintBars(rows, { ...BAR_CHOICE, margin: 0.5, tied: true }));
    const wide: BarChoice = { recall: 0.98, margin: 2, spread: 1 };
    expect(chooseBars(rows, { complaintBars: 'smoothed', complaintRecall: 0.98, barMargin: 2, barSpread: 1 })).toEqual(chooseComplaintBars(rows, wide));
  });
});
