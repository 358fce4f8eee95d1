/**
 * Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, algorithms 7.4 and 7.5) with a
 * backtracking Armijo line search, for the triage models' training objective: smooth and strongly
 * convex (logistic loss plus an L2 penalty), so it has one minimum and BFGS's curvature pairs are
 * always usable. Pure and deterministic: every sum is taken in index order, so the same objective
 * and start give the same point, bit for bit.
 */

/** The objective at `x`, writing its gradient into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface MinimiseOptions {
  /** Stop once the gradient's length is at most this. */
  gradTolerance: number;
  /** Stop after this many steps whatever the gradient (a bound, not the usual way out). */
  maxIterations: number;
  /** Curvature pairs kept (the usual 5 to 20). */
  memory?: number;
}

export interface Minimised {
  x: Float64Array;
  value: number;
  /** The gradient's length where it stopped. */
  gradNorm: number;
  iterations: number;
  /** Objective evaluations (one a step, more where the line search had to shorten it). */
  evaluations: number;
  /** Why it stopped: the gradient is small enough, the step bound, or no step shorter still lowers the objective (arithmetic's limit). */
  stop: 'gradient' | 'iterations' | 'no-descent';
}

const ARMIJO = 1e-4;
/** Wolfe's curvature constant: the slope along the step must have shrunk to this part of the start's. */
const CURVATURE = 0.9;
/** Near the minimum the objective changes by less than its own rounding (a sum of thousands of terms). */
const ROUNDING = 1e-12;
const MAX_HALVINGS = 30;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function minimise(objective: Objective, start: Float64Array, options: MinimiseOptions): Minimised {
  const n = start.length;
  const m = options.memory ?? 10;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = objective(x, g);
  let evaluations = 1;
  let xNext = new Float64Array(n);
  let gNext = new Float64Array(n);
  const d = new Float64Array(n);
  // The last m steps (s) and gradient changes (y), oldest first, reused as a ring.
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  let iterations = 0;
  let gradNorm = Math.sqrt(dot(g, g));
  let stop: Minimised['stop'] = 'iterations';
  while (iterations < options.maxIterations) {
    if (gradNorm <= options.gradTolerance) {
      stop = 'gradient';
      break;
    }
    // Two-loop recursion: d = -H g, H the inverse Hessian the pairs imply, scaled by the newest pair.
    d.set(g);
    for (let i = s.length - 1; i >= 0; i--) {
      alpha[i] = rho[i] * dot(s[i], d);
      const yi = y[i];
      for (let j = 0; j < n; j++) d[j] -= alpha[i] * yi[j];
    }
    const last = s.length - 1;
    // No pairs yet: a first step of unit length, which the line search shortens if it must.
    const gamma = last >= 0 ? dot(s[last], y[last]) / dot(y[last], y[last]) : 1 / gradNorm;
    for (let j = 0; j < n; j++) d[j] *= gamma;
    for (let i = 0; i < s.length; i++) {
      const beta = rho[i] * dot(y[i], d);
      const si = s[i];
      for (let j = 0; j < n; j++) d[j] += si[j] * (alpha[i] - beta);
    }
    for (let j = 0; j < n; j++) d[j] = -d[j];
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Rounding has spoilt the pairs: start again from steepest descent.
      s.length = y.length = rho.length = 0;
      for (let j = 0; j < n; j++) d[j] = -g[j] / gradNorm;
      slope = -gradNorm;
    }
    let step = 1;
    let accepted = false;
    let next = Infinity;
    for (let h = 0; h <= MAX_HALVINGS && !accepted; h++, step /= 2) {
      for (let j = 0; j < n; j++) xNext[j] = x[j] + step * d[j];
      next = objective(xNext, gNext);
      evaluations++;
      // Armijo's sufficient decrease; or, where the decrease is below the objective's rounding,
      // Hager and Zhang's approximate Wolfe test on the slope, which rounding does not hide.
      accepted = next <= value + ARMIJO * step * slope || (next <= value + ROUNDING * Math.abs(value) && Math.abs(dot(gNext, d)) <= CURVATURE * -slope);
      if (accepted) break;
    }
    if (!accepted) {
      stop = 'no-descent';
      break;
    }
    iterations++;
    const sNew = s.length === m ? s.shift()! : new Float64Array(n);
    const yNew = y.length === m ? y.shift()! : new Float64Array(n);
    if (rho.length === m) rho.shift();
    for (let j = 0; j < n; j++) {
      sNew[j] = xNext[j] - x[j];
      yNew[j] = gNext[j] - g[j];
    }
    const sy = dot(sNew, yNew);
    // A strongly convex objective gives sy > 0; a pair without it (rounding) is dropped.
    if (sy > 0) {
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
    }
    [x, xNext] = [xNext, x];
    [g, gNext] = [gNext, g];
    value = next;
    gradNorm = Math.sqrt(dot(g, g));
  }
  if (stop === 'iterations' && gradNorm <= options.gradTolerance) stop = 'gradient';
  return { x, value, gradNorm, iterations, evaluations, stop };
}
