/**
 * Running a scenario headless for the command line: one day, and optionally
 * N replications with seeds derived from the scenario seed (KPIs as mean ± CI).
 */
import { createSimulation, type Scenario, type SimulationHandle, type SimulationResult } from '../index';
import { estimateChannel, replicationSeeds, type ChannelEstimates } from '../kpi/replications';

export interface RunOutput extends SimulationResult {
  readonly wallMs: number;
  readonly replications?: {
    readonly count: number;
    readonly seeds: readonly number[];
    readonly byChannel: Readonly<Record<string, ChannelEstimates>>;
    readonly occupancy: ChannelEstimates['serviceLevel'];
  };
}

export { replicationSeeds } from '../kpi/replications';

/** The KPIs of one replication that its summary reads (small enough to post from a worker thread). */
export type ReplicationKpis = Pick<SimulationResult['kpis'], 'byChannel' | 'occupancy'>;

/** Mean and 95 % CI of each KPI over replications run with `seeds`, in that order. */
export function summariseReplications(scenario: Scenario, seeds: readonly number[], runs: readonly ReplicationKpis[]): NonNullable<RunOutput['replications']> {
  const byChannel = Object.fromEntries(
    scenario.channels.map((c) => [c.id, estimateChannel(runs.map((r) => r.byChannel[c.id]))]),
  );
  const occupancy = estimateChannel(runs.map((r) => ({ ...r.byChannel[scenario.channels[0].id], serviceLevel: r.occupancy }))).serviceLevel;
  return { count: runs.length, seeds, byChannel, occupancy };
}

/**
 * `finished` sees the main run once it has ended, for what is read off the simulation
 * rather than its result (the timesheet), so the `--json` output stays the contract.
 */
export function runScenario(
  scenario: Scenario,
  opts: { seed?: number; commands?: readonly unknown[]; replications?: number; finished?: (sim: SimulationHandle) => void },
): RunOutput {
  const started = performance.now();
  const sim = createSimulation(scenario, { seed: opts.seed, commands: opts.commands });
  sim.runToEnd();
  const result = sim.result();
  opts.finished?.(sim);
  const wallMs = performance.now() - started;
  const n = opts.replications ?? 1;
  if (n < 2) return { ...result, wallMs };

  const seeds = replicationSeeds(opts.seed ?? scenario.seed, n);
  const runs = seeds.map((seed) => {
    const r = createSimulation(scenario, { seed, commands: opts.commands });
    r.runToEnd();
    return r.result();
  });
  const replications = summariseReplications(scenario, seeds, runs.map((r) => r.kpis));
  return { ...result, wallMs: performance.now() - started, replications };
}

/** One replication's KPI totals, packed (unpackTotals reads them): the unit of work a sweep hands to a worker thread. */
export function runReplication(scenario: Scenario, seed: number, commands?: readonly unknown[]): Float64Array<ArrayBuffer> {
  const sim = createSimulation(scenario, { seed, commands });
  sim.runToEnd();
  // The totals alone: a sweep needs no score, interval rows or result hash.
  return sim.packedTotals();
}
