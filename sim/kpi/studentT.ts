/**
 * Quantiles of Student's t for any confidence level: the density integrated
 * by Simpson's rule (smooth, so 400 panels give ~1e-6) and inverted by
 * bisection. Bit-identical across engines (sim/engine/detMath.ts), no tables
 * beyond the Lanczos coefficients.
 */
import { exp, log } from '../engine/detMath';

const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];

/** ln Γ(x) for x ≥ 0.5 (Lanczos, g = 7; ~1e-15 relative), all a t quantile with df ≥ 1 needs. */
export function logGamma(x: number): number {
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * log(2 * Math.PI) + (z + 0.5) * log(t) - t + log(a);
}

/** P(0 ≤ T ≤ t) for t ≥ 0, Student's t with `df` degrees of freedom. */
function halfCdf(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * log(df * Math.PI);
  const f = (x: number) => exp(logC - ((df + 1) / 2) * log(1 + (x * x) / df));
  const panels = 400;
  const h = t / panels;
  let sum = f(0) + f(t);
  for (let i = 1; i < panels; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
}

/**
 * The quantile of order `p` (0.5 < p < 1) of Student's t with `df` ≥ 1
 * degrees of freedom: the multiplier of s/√n for a two-sided interval at
 * confidence 2p − 1.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df >= 1)) return NaN;
  let low = 0;
  let high = 1;
  while (halfCdf(high, df) < p - 0.5) {
    low = high;
    high *= 2;
    if (high > 1e7) return Infinity;
  }
  for (let i = 0; i < 60 && high - low > 1e-9 * high; i++) {
    const mid = (low + high) / 2;
    if (halfCdf(mid, df) < p - 0.5) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
