/**
 * The engine in ideal mode must agree with queueing theory (DOMAIN.md §5).
 *
 * Each validation scenario names the reference case it reproduces
 * (test/fixtures/erlang-cases.json, a copy of shared/reference). We run R
 * independent days with seeds derived from the scenario seed and compare the
 * mean of each KPI with the analytic value.
 *
 * Tolerance: |mean − analytic| ≤ 3 standard errors of the mean, the SE being
 * estimated from the R replications themselves. Days are i.i.d., so by the CLT
 * the mean is ~normal and a correct engine fails one KPI with probability
 * ~0.3 %; seeds are fixed, so a run is deterministic and the test is stable.
 * Each day starts empty and discards a 60-minute warm-up, many relaxation times
 * of these queues, so start-up bias is far below one SE (checked with 1000-day
 * runs: M/M/1 SL 0.5786 ± 0.0016 vs 0.5768; C04 ASA 122.8 ± 4.1 s vs 122.78 s).
 * R is chosen so that 3 SE stays small against the KPI and the check can tell
 * c from c − 1 advisers, which the last assertion of each case proves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangC } from '../../../sim/analytics';
import type { Scenario } from '../../../sim/index';
import { teamSize } from '../../../sim/model/team';
import { loadScenario } from '../helpers';
import { replicate } from './replicate';

type ReferenceCase = Record<string, number | string> & { id: string; model: string };
const cases: ReferenceCase[] = JSON.parse(readFileSync('test/fixtures/erlang-cases.json', 'utf8')).cases;

const validation: Array<[file: string, replications: number]> = [
  ['mm1', 1000],
  ['erlang-c-team11', 200],
  ['erlang-c-team12-light', 200],
  ['erlang-a-team11', 200],
  ['erlang-a-team14', 200],
  ['erlang-c-c200', 150],
  ['erlang-a-c250-overload', 60],
];

const Z = 3;

/** Reference field for each engine KPI. */
const fieldsC = { serviceLevel: 'sl', asa: 'asa', pWait: 'pWait', occupancy: 'occupancy' } as const;
const fieldsA = { serviceLevel: 'sl_answeredWithinT_overAllArrivals', asa: 'meanWaitServed_ASA', pWait: 'pWait', abandonRate: 'pAbandon', occupancy: 'occupancy' } as const;

function analyticServiceLevel(s: Scenario, agents: number): number {
  const ch = s.channels[0];
  const input = {
    arrivalsPerHour: ch.arrivals && 'perHour' in ch.arrivals ? ch.arrivals.perHour : NaN,
    ahtSeconds: ch.handleTime.dist === 'exponential' ? ch.handleTime.mean : NaN,
    agents,
    thresholdSeconds: ch.serviceLevel.thresholdSeconds,
  };
  return ch.patience && ch.patience.dist === 'exponential'
    ? erlangA({ ...input, patienceSeconds: ch.patience.mean }).sl_answeredWithinT_overAllArrivals
    : erlangC(input).serviceLevel;
}

describe('ideal mode agrees with queueing theory', () => {
  it.each(validation)('%s matches its reference case within 3 standard errors', (file, replications) => {
    const scenario = loadScenario(`scenarios/validation/${file}.json`);
    expect(scenario.mode).toBe('ideal');
    const ref = cases.find((c) => c.id === scenario.reference);
    expect(ref, `reference case ${scenario.reference}`).toBeDefined();
    const agents = teamSize(scenario);
    expect(agents).toBe(ref!.agents);

    const run = replicate(scenario, replications);
    const fields: Record<string, string> = ref!.model === 'ErlangA' ? fieldsA : fieldsC;
    for (const [kpi, refField] of Object.entries(fields)) {
      const { mean, se, n } = run.kpi(kpi as keyof typeof fieldsA);
      const expected = ref![refField] as number;
      expect(n).toBe(replications);
      expect(Math.abs(mean - expected), `${kpi}: simulated ${mean} ± ${se} (SE) vs analytic ${expected}`).toBeLessThanOrEqual(Z * se);
    }
    if (ref!.model === 'ErlangC') expect(run.kpi('abandonRate').mean).toBe(0);

    // The tolerance must be tight enough to reject a team one adviser short
    // (M/M/1 has no smaller team: its 1000 days give an SE of ~0.0016 on SL).
    if (agents > 1) {
      const sl = run.kpi('serviceLevel');
      const oneShort = analyticServiceLevel(scenario, agents - 1);
      expect(Math.abs(sl.mean - oneShort), `c−1 gives SL ${oneShort}`).toBeGreaterThan(Z * sl.se);
    }
  });

  it('follows a non-stationary profile: volume per interval matches the forecast and SL tracks the load', () => {
    const scenario = loadScenario('scenarios/validation/erlang-c-team11.json');
    const profiled: Scenario = {
      ...scenario,
      id: 'validation-profile',
      stats: { ...scenario.stats, warmupMinutes: 0 },
      team: { generate: { count: 12, skills: { voice: 1 } } },
      channels: [{
        ...scenario.channels[0],
        arrivals: { profile: [{ from: '08:00', perHour: 100 }, { from: '12:00', perHour: 200 }, { from: '16:00', perHour: 100 }] },
      }],
    };
    const R = 100;
    const run = replicate(profiled, R);
    // Volume: each 30-minute interval's mean count within 4 SE of λ·30 min (Poisson: SE = √(λ·0.5h / R)).
    for (let k = 0; k < 24; k++) {
      const rate = k >= 8 && k < 16 ? 200 : 100;
      const mean = run.runs.reduce((s, r) => s + r.kpis.byInterval[k].offered, 0) / R;
      expect(Math.abs(mean - rate / 2), `interval ${k}`).toBeLessThanOrEqual(4 * Math.sqrt(rate / 2 / R));
    }
    // Service level: pointwise-stationary Erlang C in the settled second half of each 4-hour step.
    // Allowance: 3 SE plus 0.03 for what the stationary approximation ignores (queue carry-over).
    for (const [from, to, rate] of [[4, 8, 100], [12, 16, 200], [20, 24, 100]] as const) {
      const perRun = run.runs.map((r) => {
        const rows = r.kpis.byInterval.slice(from, to);
        const answered = rows.reduce((s, i) => s + i.answeredWithinThreshold, 0);
        return answered / rows.reduce((s, i) => s + i.answered + i.abandoned, 0);
      });
      const mean = perRun.reduce((s, x) => s + x, 0) / R;
      const se = Math.sqrt(perRun.reduce((s, x) => s + (x - mean) ** 2, 0) / (R - 1) / R);
      const expected = erlangC({ arrivalsPerHour: rate, ahtSeconds: 180, agents: 12, thresholdSeconds: 20 }).serviceLevel;
      expect(Math.abs(mean - expected), `${rate}/h: ${mean} vs ${expected}`).toBeLessThanOrEqual(3 * se + 0.03);
    }
  });
});
