import { createSimulation, deriveSeed, type Scenario } from '../../../sim/index';
import { estimate } from '../../../sim/kpi/replications';
import type { ChannelKpis } from '../../../sim/snapshot';

type NumericKpi = { [K in keyof ChannelKpis]: ChannelKpis[K] extends number | null ? K : never }[keyof ChannelKpis];

export interface Replicated {
  /** Mean, standard error of the mean, and n, per KPI. */
  readonly kpi: (key: NumericKpi | 'occupancy') => { mean: number; se: number; n: number };
  readonly runs: ReturnType<ReturnType<typeof createSimulation>['result']>[];
}

/** Runs `count` independent days with seeds derived from the scenario seed. */
export function replicate(scenario: Scenario, count: number, channel = scenario.channels[0].id): Replicated {
  const runs = Array.from({ length: count }, (_, i) => {
    const sim = createSimulation(scenario, { seed: deriveSeed(scenario.seed, 'validation', i) });
    sim.runToEnd();
    return sim.result();
  });
  return {
    runs,
    kpi: (key) => {
      const values = runs.map((r) => (key === 'occupancy' ? r.kpis.occupancy : r.kpis.byChannel[channel][key]));
      const e = estimate(values);
      const xs = values.filter((v): v is number => v !== null);
      const mean = e.mean ?? NaN;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1));
      return { mean, se: sd / Math.sqrt(xs.length), n: xs.length };
    },
  };
}
