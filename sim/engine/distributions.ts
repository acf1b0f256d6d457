/**
 * Random variates and the compiler from a scenario `Distribution` to a sampler.
 *
 * Samplers are compiled once (parameters, cumulative tables) and then called on the
 * hot path, where they allocate nothing. Every uniform is taken as `1 - u` before a
 * logarithm: `u` is in [0, 1), so `1 - u` is in (0, 1] and no draw yields Infinity.
 */
import type { RandomStream } from './rng';
import { exp, log, pow } from './detMath';

/**
 * A distribution as the kernel knows it (times in seconds). The scenario schema's
 * distributions are this shape; the kernel does not import the schema.
 */
export type Distribution =
  | { readonly dist: 'exponential'; readonly mean: number }
  | { readonly dist: 'lognormal'; readonly mean: number; readonly cv: number }
  | { readonly dist: 'gamma'; readonly mean: number; readonly cv: number }
  | { readonly dist: 'constant'; readonly value: number }
  | { readonly dist: 'empirical'; readonly values: readonly number[]; readonly weights?: readonly number[] };

/** Draws one value from the stream. */
export type Sampler = (rng: RandomStream) => number;

/**
 * Exponential with the given mean, by inversion: −mean·ln(1−u). One draw. The `+ 0`
 * turns u = 0's −0 into +0, which `Intl.NumberFormat` would otherwise print as "-0".
 */
export function exponential(rng: RandomStream, mean: number): number {
  return -mean * log(1 - rng.next()) + 0;
}

/**
 * Standard normal by the polar method (two draws a try). The spare variate is
 * discarded rather than cached: a cache would have to live per stream.
 */
export function standardNormal(rng: RandomStream): number {
  // Marsaglia's polar method: no trigonometry (Math.cos differs between engines
  // in the last bit; see detMath.ts). Rejects ~21 % of pairs; the spare normal is
  // not cached, so each call is self-contained.
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
  }
}

/**
 * Gamma(shape, scale) by Marsaglia & Tsang (2000). For shape < 1 it samples
 * Gamma(shape + 1) and multiplies by U^(1/shape), the standard boost, because the
 * squeeze needs shape ≥ 1/3 and is efficient only from 1 upwards.
 */
export function gammaSample(rng: RandomStream, shape: number, scale: number): number {
  if (shape < 1) {
    const boost = pow(1 - rng.next(), 1 / shape);
    return gammaSample(rng, shape + 1, scale) * boost;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.next();
    const x2 = x * x;
    // Cheap squeeze first; it accepts ~98 % of candidates without a logarithm.
    if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
    if (log(u) < 0.5 * x2 + d * (1 - v + log(v))) return d * v * scale;
  }
}

/** Parameters of the underlying normal for a lognormal with this mean and cv. */
export function lognormalParams(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = log(1 + cv * cv);
  return { mu: log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** True with probability p. One draw; p ≤ 0 is never, p ≥ 1 is always. */
export function bernoulli(rng: RandomStream, p: number): boolean {
  return rng.next() < p;
}

/**
 * A sampler of indices 0…n−1 with probability proportional to `weights`. Builds the
 * cumulative table once; each draw is one uniform and a binary search. Zero-weight
 * indices are never returned.
 */
export function compileDiscreteIndex(weights: readonly number[]): Sampler {
  if (weights.length === 0) throw new Error('discrete: needs at least one weight');
  const cum = new Float64Array(weights.length);
  let total = 0;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`discrete: weight ${i} must be finite and ≥ 0, got ${w}`);
    total += w;
    cum[i] = total;
    if (w > 0) last = i;
  }
  if (last < 0) throw new Error('discrete: at least one weight must be positive');
  const lastIndex = last;
  return (rng) => {
    const x = rng.next() * total;
    // First i with cum[i] > x; equal cum values (zero weights) are skipped by the strict test.
    let lo = 0;
    let hi = lastIndex;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A sampler returning `values[i]` with probability ∝ `weights[i]` (uniform if omitted). */
export function discreteSampler(values: readonly number[], weights?: readonly number[]): Sampler {
  if (values.length === 0) throw new Error('discrete: needs at least one value');
  if (weights && weights.length !== values.length) throw new Error('discrete: one weight per value');
  const vals = Float64Array.from(values);
  if (!weights) {
    const n = vals.length;
    // min() guards the (theoretical) case u·n rounding up to n.
    return (rng) => vals[Math.min(n - 1, Math.floor(rng.next() * n))];
  }
  const index = compileDiscreteIndex(weights);
  return (rng) => vals[index(rng)];
}

/**
 * Compiles a scenario distribution into a sampler. Parameters are assumed valid (the
 * scenario schema checks them). `constant` consumes no draw.
 */
export function compileSampler(d: Distribution): Sampler {
  switch (d.dist) {
    case 'exponential': {
      const mean = d.mean;
      return (rng) => exponential(rng, mean);
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(d.mean, d.cv);
      return (rng) => exp(mu + sigma * standardNormal(rng));
    }
    case 'gamma': {
      // cv² = 1/shape and mean = shape·scale.
      const shape = 1 / (d.cv * d.cv);
      const scale = d.mean * d.cv * d.cv;
      return (rng) => gammaSample(rng, shape, scale);
    }
    case 'constant': {
      const value = d.value;
      return () => value;
    }
    case 'empirical':
      return discreteSampler(d.values, d.weights);
  }
}

/** The exact mean of a distribution (for Erlang formulas, staffing and tests). */
export function distributionMean(d: Distribution): number {
  switch (d.dist) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return d.mean;
    case 'constant':
      return d.value;
    case 'empirical': {
      const w = d.weights;
      let sum = 0;
      let total = 0;
      for (let i = 0; i < d.values.length; i++) {
        const wi = w ? w[i] : 1;
        sum += wi * d.values[i];
        total += wi;
      }
      return sum / total;
    }
  }
}
