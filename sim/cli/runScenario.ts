/**
 * Running a scenario headless for the command line: one day, and optionally
 * N replications with seeds derived from the scenario seed (KPIs as mean ± CI).
 */
import { createSimulation, deriveSeed, type Scenario, type SimulationResult } from '../index';
import { estimateChannel, type ChannelEstimates } from '../kpi/replications';

export interface RunOutput extends SimulationResult {
  readonly wallMs: number;
  readonly replications?: {
    readonly count: number;
    readonly seeds: readonly number[];
    readonly byChannel: Readonly<Record<string, ChannelEstimates>>;
    readonly occupancy: ChannelEstimates['serviceLevel'];
  };
}

/** Seeds of replications: derived from the scenario seed, so adding one shifts no other. */
export function replicationSeeds(seed: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => deriveSeed(seed, 'replication', i));
}

export function runScenario(scenario: Scenario, opts: { seed?: number; commands?: readonly unknown[]; replications?: number }): RunOutput {
  const started = performance.now();
  const sim = createSimulation(scenario, { seed: opts.seed, commands: opts.commands });
  sim.runToEnd();
  const result = sim.result();
  const wallMs = performance.now() - started;
  const n = opts.replications ?? 1;
  if (n < 2) return { ...result, wallMs };

  const seeds = replicationSeeds(opts.seed ?? scenario.seed, n);
  const runs = seeds.map((seed) => {
    const r = createSimulation(scenario, { seed, commands: opts.commands });
    r.runToEnd();
    return r.result();
  });
  const byChannel = Object.fromEntries(
    scenario.channels.map((c) => [c.id, estimateChannel(runs.map((r) => r.kpis.byChannel[c.id]))]),
  );
  const occupancy = estimateChannel(runs.map((r) => ({ ...r.kpis.byChannel[scenario.channels[0].id], serviceLevel: r.kpis.occupancy }))).serviceLevel;
  return { ...result, wallMs: performance.now() - started, replications: { count: n, seeds, byChannel, occupancy } };
}
