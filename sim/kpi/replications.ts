/**
 * Independent replications: mean and 95 % confidence half-width of each KPI,
 * using Student's t (replications are i.i.d. days with seeds derived from the
 * scenario seed, so the t interval is the textbook one).
 */
import { deriveSeed } from '../engine/rng';
import type { ChannelKpis } from '../snapshot';

/** Seeds of replications: derived from the scenario seed, so adding one shifts no other (the command line and the lab share them). */
export function replicationSeeds(seed: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => deriveSeed(seed, 'replication', i));
}

export interface Estimate {
  readonly mean: number | null;
  /** Half-width of the 95 % confidence interval; null with fewer than 2 values. */
  readonly ci95: number | null;
  readonly n: number;
}

const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** 0.975 quantile of Student's t with `df` degrees of freedom. */
export function tQuantile975(df: number): number {
  if (df < 1) return NaN;
  if (df < T975.length) return T975[Math.floor(df)];
  // Cornish–Fisher expansion around the normal quantile; < 1e-3 error for df > 30.
  const z = 1.959964;
  const z3 = z ** 3;
  const z5 = z ** 5;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/** Mean and 95 % CI half-width of the finite values (nulls — "no data" — are skipped). */
export function estimate(values: readonly (number | null)[]): Estimate {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: null, ci95: null, n };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n < 2) return { mean, ci95: null, n };
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, ci95: tQuantile975(n - 1) * Math.sqrt(variance / n), n };
}

/** The same shape as the KPIs, with an Estimate in place of each number. */
export type Estimates<T> = { readonly [K in keyof T]: T[K] extends number | null ? Estimate : Estimates<T[K]> };
export type ChannelEstimates = Estimates<ChannelKpis>;

/** Per-KPI estimates over replications, keeping the KPIs' nesting. */
export function estimateAll<T extends object>(runs: readonly T[]): Estimates<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => (r as Record<string, unknown>)[key]);
    out[key] = values.every((v) => v === null || typeof v === 'number')
      ? estimate(values as (number | null)[])
      : estimateAll(values as object[]);
  }
  return out as Estimates<T>;
}

/** Per-KPI estimates over replications of one channel. */
export function estimateChannel(runs: readonly ChannelKpis[]): ChannelEstimates {
  return estimateAll(runs);
}
