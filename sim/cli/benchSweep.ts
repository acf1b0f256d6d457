/**
 * The bench's sweep: 30 variants (8 to 37 advisers) × 50 replications of the
 * 12-adviser day, run once on one core (in this thread) and once on every core
 * (worker threads, the bundled sweepWorker.mjs), in the same process so the
 * speed-up is a ratio of two measurements under the same machine load.
 */
import { availableParallelism } from 'node:os';
import type { Scenario } from '../index';
import { replicationSeeds } from './runScenario';
import { runSweep, type SweepLine } from './sweep';
import { resizeTeam } from './vary';

export const SWEEP_TARGETS = { wallMs: 10_000, speedupOnAllCores: 1.7 } as const;

export async function measureSweep(day12: Scenario, quick: boolean) {
  const variantCount = quick ? 10 : 30;
  const replications = quick ? 20 : 50;
  const variants = Array.from({ length: variantCount }, (_, i) => ({ variant: { advisers: 8 + i }, scenario: resizeTeam(day12, 8 + i) }));
  const seeds = replicationSeeds(day12.seed, replications);
  const timed = async (workers: number) => {
    const t0 = performance.now();
    const lines = await runSweep({ variants, seeds, workers });
    return { ms: performance.now() - t0, lines };
  };
  const cores = availableParallelism();
  const one = await timed(1);
  const all = await timed(cores);
  if (!sameLines(one.lines, all.lines)) throw new Error('bench sweep: one core and all cores gave different results');
  const round = (x: number, digits: number) => Number(x.toFixed(digits));
  return {
    variants: variantCount,
    replications,
    cores,
    wallMs: round(all.ms, 0),
    oneCoreWallMs: round(one.ms, 0),
    speedupOnAllCores: round(one.ms / all.ms, 2),
  };
}

const sameLines = (a: readonly SweepLine[], b: readonly SweepLine[]) => JSON.stringify(a) === JSON.stringify(b);
