/**
 * Calibration: each bundled policy plays the scenario over N seeds; the table an
 * exam designer needs (mean, SD, range, blocks) and the gaps the validity
 * contract sets (DOMAIN.md §6: expert − none ≥ 20, none − harmful ≥ 20, SD ≤ 3).
 */
import { deriveSeed } from '../engine/rng';
import type { Scenario } from '../scenario/schema';
import type { ScoreByBlock } from '../snapshot';
import { makePolicy, POLICY_NAMES, type PolicyName } from './index';
import { playScore } from './policy';

export const CONTRACT = { minGap: 20, maxSd: 3 } as const;

export interface PolicyStats {
  readonly mean: number;
  /** Sample standard deviation over the seeds. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly byBlock: ScoreByBlock;
  readonly scores: readonly number[];
}

export interface Calibration {
  readonly scenario: string;
  readonly seeds: readonly number[];
  readonly policies: Readonly<Record<PolicyName, PolicyStats>>;
  readonly gaps: { readonly expertMinusNone: number; readonly noneMinusHarmful: number; readonly expertMinusNovice: number; readonly noviceMinusNone: number };
  /** The validity contract, checked. */
  readonly contract: { readonly pass: boolean; readonly problems: readonly string[] };
}

/** Seeds for calibration, derived from the scenario's own (so they differ from the exam's official seed). */
export function calibrationSeeds(scenario: Scenario, count: number): number[] {
  return Array.from({ length: count }, (_, i) => deriveSeed(scenario.seed, 'calibration', i));
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function stats(scores: readonly number[], blocks: readonly ScoreByBlock[]): PolicyStats {
  const n = scores.length;
  const mean = scores.reduce((s, x) => s + x, 0) / n;
  const sd = n > 1 ? Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
  const avg = (k: keyof ScoreByBlock) => round1(blocks.reduce((s, b) => s + b[k], 0) / n);
  return { mean: round1(mean), sd: Math.round(sd * 100) / 100, min: Math.min(...scores), max: Math.max(...scores), byBlock: { resources: avg('resources'), people: avg('people'), improvement: avg('improvement') }, scores };
}

export function calibrate(scenario: Scenario, seeds: readonly number[]): Calibration {
  const policies = {} as Record<PolicyName, PolicyStats>;
  for (const name of POLICY_NAMES) {
    const results = seeds.map((seed) => playScore(scenario, seed, () => makePolicy(name)));
    policies[name] = stats(results.map((s) => s.total), results.map((s) => s.byBlock));
  }
  const gaps = {
    expertMinusNone: round1(policies.expert.mean - policies.none.mean),
    noneMinusHarmful: round1(policies.none.mean - policies.harmful.mean),
    expertMinusNovice: round1(policies.expert.mean - policies.novice.mean),
    noviceMinusNone: round1(policies.novice.mean - policies.none.mean),
  };
  const problems: string[] = [];
  if (gaps.expertMinusNone < CONTRACT.minGap) problems.push(`expert − none is ${gaps.expertMinusNone}, under ${CONTRACT.minGap}`);
  if (gaps.noneMinusHarmful < CONTRACT.minGap) problems.push(`none − harmful is ${gaps.noneMinusHarmful}, under ${CONTRACT.minGap}`);
  for (const name of POLICY_NAMES) if (policies[name].sd > CONTRACT.maxSd) problems.push(`${name}: SD ${policies[name].sd} over ${CONTRACT.maxSd}`);
  return { scenario: scenario.id, seeds, policies, gaps, contract: { pass: problems.length === 0, problems } };
}
