import { describe, expect, it } from 'vitest';
import { loopPass, unrolledPass } from '../../src/triage/train';

/**
 * trainLinear's gradient pass written out per label count (unrolledPass) must give the plain
 * loop's bits exactly, or the committed weights would change with the code rather than the data.
 * Random rows from a fixed seed, each label count the models use and a few more.
 */
function rows(k: number, seed: number) {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const features = 40;
  const starts = [0];
  const slots: number[] = [];
  const n = 200;
  for (let r = 0; r < n; r++) {
    const count = 1 + Math.floor(next() * 12);
    for (let i = 0; i < count; i++) slots.push(Math.floor(next() * features) * k);
    starts.push(slots.length);
  }
  const w = Float64Array.from({ length: features * k }, () => (next() - 0.5) * 6);
  return {
    flat: Int32Array.from(slots),
    starts: Int32Array.from(starts),
    scales: Float64Array.from({ length: n }, () => next() / n),
    labelOf: Int32Array.from({ length: n }, () => Math.floor(next() * k)),
    w,
    grad: () => Float64Array.from({ length: features * k }, (_, j) => 0.005 * w[j]!),
  };
}

/** The weighted cross-entropy written the obvious way: -log of the softmax probability of each row's label. */
function naiveLoss(k: number, d: ReturnType<typeof rows>): number {
  let loss = 0;
  for (let n = 0; n < d.labelOf.length; n++) {
    const s = Array.from({ length: k }, (_, c) => {
      let t = 0;
      for (let p = d.starts[n]!; p < d.starts[n + 1]!; p++) t += d.w[d.flat[p]! + c]!;
      return t;
    });
    const z = s.reduce((a, v) => a + Math.exp(v), 0);
    loss -= d.scales[n]! * Math.log(Math.exp(s[d.labelOf[n]!]!) / z);
  }
  return loss;
}

describe('the unrolled gradient pass', () => {
  it.each([3, 5, 7, 9, 12, 16])('gives the plain loop\'s bits, gradient and loss, for %i labels', (k) => {
    for (const seed of [1, 2, 3]) {
      const d = rows(k, seed);
      const a = d.grad();
      const b = d.grad();
      const lossA = loopPass(k, d.flat, d.starts, d.scales, d.labelOf, d.w, a);
      const lossB = unrolledPass(k)(d.flat, d.starts, d.scales, d.labelOf, d.w, b);
      expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
      expect(lossB).toBe(lossA);
      expect(lossA).toBeCloseTo(naiveLoss(k, d), 10);
      expect(a.some((v, j) => v !== 0.005 * d.w[j]!)).toBe(true);
    }
  });
});
