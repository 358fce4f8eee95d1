import { describe, expect, it } from 'vitest';
import { minimise, type Objective } from '../../src/triage/lbfgs';

/** A badly scaled convex quadratic, 1/2 sum a_i (x_i - c_i)^2: its minimum is c, known exactly. */
function quadratic(n: number): { objective: Objective; c: Float64Array; a: Float64Array } {
  const a = Float64Array.from({ length: n }, (_, i) => 0.01 + (i % 7) * 3);
  const c = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 5);
  return {
    a,
    c,
    objective: (x, g) => {
      let f = 0;
      for (let i = 0; i < n; i++) {
        const d = x[i]! - c[i]!;
        g[i] = a[i]! * d;
        f += 0.5 * a[i]! * d * d;
      }
      return f;
    },
  };
}

/**
 * L2-penalised logistic regression on a fixed, separable toy set: without the penalty it has no
 * minimum, with it exactly one (the case training relies on).
 */
function logistic(l2: number): Objective {
  const xs = [[1, 0.5], [1, 2], [1, -1], [1, 3], [1, -2.5], [1, 0.1]];
  const ys = [1, 1, 0, 1, 0, 0];
  return (w, g) => {
    let f = 0;
    for (let j = 0; j < w.length; j++) {
      g[j] = l2 * w[j]!;
      f += (l2 / 2) * w[j]! * w[j]!;
    }
    xs.forEach((x, n) => {
      const z = x[0]! * w[0]! + x[1]! * w[1]!;
      const p = 1 / (1 + Math.exp(-z));
      f += (Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - ys[n]! * z) / xs.length;
      for (let j = 0; j < 2; j++) g[j] += ((p - ys[n]!) * x[j]!) / xs.length;
    });
    return f;
  };
}

describe('minimise (L-BFGS)', () => {
  it('finds a badly scaled quadratic\'s minimum to the tolerance strong convexity promises', () => {
    const { objective, c, a } = quadratic(500);
    const mu = Math.min(...a);
    const fit = minimise(objective, new Float64Array(500), { gradTolerance: mu * 1e-6, maxIterations: 2000 });
    expect(fit.stop).toBe('gradient');
    // Strong convexity with modulus mu: |x - x*| <= |grad| / mu.
    const distance = Math.sqrt(c.reduce((s, ci, i) => s + (fit.x[i]! - ci) ** 2, 0));
    expect(distance).toBeLessThanOrEqual(1e-6);
    expect(fit.iterations).toBeLessThan(500);
  });

  it('reaches the penalised logistic optimum, which a much longer run confirms', () => {
    const objective = logistic(0.01);
    const fit = minimise(objective, new Float64Array(2), { gradTolerance: 0.01 * 1e-6, maxIterations: 500 });
    const longer = minimise(objective, fit.x, { gradTolerance: 0, maxIterations: 200 });
    expect(fit.stop).toBe('gradient');
    expect(Math.hypot(fit.x[0]! - longer.x[0]!, fit.x[1]! - longer.x[1]!)).toBeLessThanOrEqual(1e-6);
    // A weak penalty on separable data: the weights are large, so the start was far from them.
    expect(Math.abs(fit.x[1]!)).toBeGreaterThan(1);
  });

  it('gives the same bits every run (training must be reproducible)', () => {
    const objective = logistic(0.005);
    const a = minimise(objective, new Float64Array(2), { gradTolerance: 1e-12, maxIterations: 300 });
    const b = minimise(objective, new Float64Array(2), { gradTolerance: 1e-12, maxIterations: 300 });
    expect(Buffer.from(a.x.buffer).equals(Buffer.from(b.x.buffer))).toBe(true);
    expect(a.iterations).toBe(b.iterations);
  });

  it('stops at its step bound, and says so, when the tolerance is out of reach', () => {
    const { objective } = quadratic(50);
    const fit = minimise(objective, new Float64Array(50), { gradTolerance: 0, maxIterations: 3 });
    expect(fit.iterations).toBe(3);
    expect(fit.stop).toBe('iterations');
  });

  it('asked for more than arithmetic allows, ends within its bound and does not stray from the optimum', () => {
    const objective = logistic(0.01);
    const near = minimise(objective, new Float64Array(2), { gradTolerance: 0.01 * 1e-6, maxIterations: 500 });
    const fit = minimise(objective, new Float64Array(2), { gradTolerance: 0, maxIterations: 2000 });
    expect(fit.iterations).toBeLessThanOrEqual(2000);
    expect(Math.hypot(fit.x[0]! - near.x[0]!, fit.x[1]! - near.x[1]!)).toBeLessThanOrEqual(1e-6);
    expect(fit.value).toBeLessThanOrEqual(near.value + 1e-15);
  });
});
