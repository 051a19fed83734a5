// Fits an L2-regularised logistic regression by Newton's method (iteratively reweighted least squares): exact and repeatable.
import type { Linear } from '../../src/analyze/learned/linear.ts';

/** Newton steps at most; a fit converges in far fewer. */
const MAX_STEPS = 50;
/** Change of the largest weight below which the fit has converged. */
const TOLERANCE = 1e-9;

/** Fits weights for standardised features; `l2` is the penalty on each weight (the bias is not penalised).
 * `minScale` floors each feature's scale: a feature seen in a handful of rows has a tiny spread, and dividing by it
 * would let the penalty allow it a huge weight per unit (a rare feature deciding alone). */
export function fitLogistic(features: string[], xs: number[][], ys: number[], l2: number, minScale = 0): Linear {
  const d = features.length;
  const { mean, scale } = standardise(xs, d, minScale);
  const z = xs.map((x) => x.map((v, i) => (v - mean[i]!) / scale[i]!));
  let w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < MAX_STEPS; step++) {
    const { grad, hess } = derivatives(z, ys, w, l2);
    const delta = solve(hess, grad);
    w = w.map((v, i) => v - delta[i]!);
    if (Math.max(...delta.map(Math.abs)) < TOLERANCE) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    features,
    mean: mean.map(round),
    scale: scale.map(round),
    weights: w.slice(0, d).map(round),
    bias: round(w[d]!),
  };
}

function standardise(xs: number[][], d: number, minScale: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of xs) for (let i = 0; i < d; i++) mean[i]! += x[i]! / xs.length;
  for (const x of xs) for (let i = 0; i < d; i++) scale[i]! += (x[i]! - mean[i]!) ** 2 / xs.length;
  // A feature that never varies in the training data keeps scale 1 (its weight stays 0 under the penalty).
  return { mean, scale: scale.map((v) => (v > 1e-12 ? Math.max(Math.sqrt(v), minScale) : 1)) };
}

// Gradient and Hessian of the penalised negative log-likelihood; the last weight is the bias.
function derivatives(z: number[][], ys: number[], w: number[], l2: number) {
  const d = w.length;
  const grad = w.map((v, i) => (i < d - 1 ? l2 * v : 0));
  const hess = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => (i === j && i < d - 1 ? l2 : 0)),
  );
  z.forEach((x, n) => {
    let s = w[d - 1]!;
    for (let i = 0; i < d - 1; i++) s += w[i]! * x[i]!;
    const p = 1 / (1 + Math.exp(-s));
    const r = p * (1 - p);
    for (let i = 0; i < d; i++) {
      const xi = i < d - 1 ? x[i]! : 1;
      grad[i]! += (p - ys[n]!) * xi;
      for (let j = 0; j <= i; j++) hess[i]![j]! += r * xi * (j < d - 1 ? x[j]! : 1);
    }
  });
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) hess[i]![j] = hess[j]![i]!;
  return { grad, hess };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      if (f) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}
