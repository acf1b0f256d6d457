/**
 * `npm run sim -- <scenario.json> --vary 'advisers=8..14' --jsonl [--replications R]
 * [--seed N] [--commands log.json] [--shard K/N] [--workers N]`: one JSON line per
 * variant of this shard, `{ variant, replications: { count, seeds, byChannel, occupancy } }`.
 * No timing in the lines, so shards and thread counts can be compared byte for byte.
 */
import { availableParallelism } from 'node:os';
import type { Scenario } from '../index';
import { UsageError } from './args';
import { replicationSeeds } from './runScenario';
import { runSweep } from './sweep';
import { applyVariant, inShard, parseShard, parseVary } from './vary';

/** Replications per variant when --replications is not given. */
export const DEFAULT_SWEEP_REPLICATIONS = 10;

export interface SweepFlags {
  readonly vary: string;
  readonly replications?: number;
  readonly seed?: number;
  readonly shard?: string;
  readonly workers?: number;
}

/** Checks the sweep's flags before anything runs; throws UsageError naming the first problem. */
export function planSweep(flags: SweepFlags) {
  const { variants } = parseVary(flags.vary);
  const shard = flags.shard === undefined ? { k: 1, n: 1 } : parseShard(flags.shard);
  const workers = flags.workers ?? availableParallelism();
  if (workers < 1 || workers > 256) throw new UsageError(['--workers must be between 1 and 256']);
  const replications = flags.replications ?? DEFAULT_SWEEP_REPLICATIONS;
  if (replications < 2) throw new UsageError(['--replications must be at least 2 in a sweep (a confidence interval needs two days)']);
  return { variants: variants.filter((_, i) => inShard(i, shard)), workers, replications };
}

export async function sweepLines(scenario: Scenario, file: string, flags: SweepFlags, commands?: readonly unknown[]): Promise<string[]> {
  const plan = planSweep(flags);
  const variants = plan.variants.map((variant) => {
    const run = applyVariant(scenario, variant, file, commands);
    return { variant, scenario: run.scenario, commands: run.commands };
  });
  const seeds = replicationSeeds(flags.seed ?? scenario.seed, plan.replications);
  const lines = await runSweep({ variants, seeds, commands, workers: plan.workers });
  return lines.map((l) => JSON.stringify(l));
}
